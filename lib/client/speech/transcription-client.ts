import {
  MAX_SECONDS_HEADER,
  RECORDING_DURATION_HEADER,
  TRANSCRIPTION_PATH,
  transcriptionResponseSchema,
} from '../../transcription';
import type { Clip } from './recorder';
import { VOICE_MESSAGES, type VoiceProblem } from './voice-errors';

export type TranscriptionResult =
  | { kind: 'text'; text: string; maxSeconds: number | undefined }
  | { kind: 'problem'; problem: VoiceProblem; maxSeconds: number | undefined };

type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

function maxSecondsFrom(response: Response): number | undefined {
  const value = Number(response.headers.get(MAX_SECONDS_HEADER));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * Sends a recorded question to the server for transcription. The session cookie goes along (same origin);
 * the server's recording limit comes back on every answer, for the next recording.
 */
export async function transcribeClip(
  fetchFn: FetchLike,
  clip: Clip,
  signal?: AbortSignal,
): Promise<TranscriptionResult> {
  let response: Response;
  try {
    response = await fetchFn(TRANSCRIPTION_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': clip.type,
        [RECORDING_DURATION_HEADER]: String(Math.max(0, Math.round(clip.durationMs))),
      },
      body: clip.blob,
      signal,
    });
  } catch {
    return {
      kind: 'problem',
      problem: { message: VOICE_MESSAGES.uploadFailed, next: 'retry' },
      maxSeconds: undefined,
    };
  }
  const maxSeconds = maxSecondsFrom(response);
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    payload = undefined;
  }
  const parsed = transcriptionResponseSchema.safeParse(payload);
  if (!parsed.success) {
    return {
      kind: 'problem',
      problem: { message: VOICE_MESSAGES.badServerAnswer, next: 'retry' },
      maxSeconds,
    };
  }
  if ('error' in parsed.data) {
    return { kind: 'problem', problem: { message: parsed.data.error, next: 'retry' }, maxSeconds };
  }
  const text = parsed.data.text.trim();
  if (!text) {
    return {
      kind: 'problem',
      problem: { message: VOICE_MESSAGES.emptyTranscription, next: 'retry' },
      maxSeconds,
    };
  }
  return { kind: 'text', text, maxSeconds };
}
