import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TranscriptionBehavior } from './behaviors';
import { missingParameter, sendError, invalidUrl, sendJson, sendScriptedError } from './http-replies';
import type { MultipartBody } from './multipart';
import { isRecord } from './request-checks';

export const DEFAULT_TRANSCRIPTION = '¿Cuándo vence mi declaración de renta?';
/** The extensions api.openai.com accepts for transcription; it tells the format by the file name. */
const AUDIO_EXTENSIONS = ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm'];

/** `POST /v1/audio/transcriptions` with the checks api.openai.com makes on the multipart form. */
export function handleTranscription(
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  key: string,
  transcriptions: { script: TranscriptionBehavior[]; text: string },
): void {
  if (req.method !== 'POST') return invalidUrl(req, res);
  // A JSON body (the SDK never sends one here) reads as a form without fields.
  const form = isRecord(body) && isRecord(body.fields) ? (body as unknown as MultipartBody) : undefined;
  const missing = (param: string) => sendError(res, 400, missingParameter(param));
  const model = form?.fields.model;
  if (!model) return missing('model');
  const file = form.files.file;
  if (!file) return missing('file');
  const extension = /\.([a-z0-9]+)$/i.exec(file.filename)?.[1]?.toLowerCase() ?? '';
  if (!AUDIO_EXTENSIONS.includes(extension) || file.size === 0) {
    return sendError(res, 400, {
      message: `Invalid file format. Supported formats: ${JSON.stringify(AUDIO_EXTENSIONS)}`,
      type: 'invalid_request_error',
      param: 'file',
      code: 'invalid_value',
    });
  }
  const { language } = form.fields;
  if (language !== undefined && !/^[a-z]{2}$/.test(language)) {
    return sendError(res, 400, {
      message: `Invalid language '${language}'. Language parameter must be specified in ISO-639-1 format.`,
      type: 'invalid_request_error',
      param: 'language',
      code: 'invalid_language_format',
    });
  }
  const behavior = transcriptions.script.shift() ?? { kind: 'text', text: transcriptions.text };
  const transcribed = (text: string) =>
    sendJson(res, 200, {
      text,
      usage: { type: 'duration', seconds: Math.max(1, Math.round(file.size / 4_000)) },
    });
  switch (behavior.kind) {
    case 'hang':
      return;
    case 'hold': {
      const answer = () => transcribed(transcriptions.text);
      behavior.release.then(answer, answer);
      return;
    }
    case 'http-error':
      return sendScriptedError(res, behavior, { model, key });
    case 'text':
      return transcribed(behavior.text);
  }
}
