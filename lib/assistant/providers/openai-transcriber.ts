import OpenAI from 'openai';
import { z } from 'zod';
import { AUDIO_FILE_NAMES, type AudioMimeType } from '../../transcription';
import { AssistantError } from '../errors';
import { fromOpenAIError, OPENAI_USER_ERRORS } from './openai-errors';

export interface OpenAITranscriberOptions {
  apiKey: string;
  model: string;
  baseURL?: string;
  /** The SDK's timeout: for a non-streamed call it bounds the whole transcription. */
  timeoutMs: number;
  maxRetries: number;
}

export interface TranscriptionRequest {
  /** The clip as received; the upload shares its storage instead of copying it. */
  audio: Blob;
  type: AudioMimeType;
  signal: AbortSignal;
}

export const TRANSCRIPTION_USER_ERRORS = {
  unreadableAudio:
    'El servicio de inteligencia artificial no pudo procesar la grabación. Intenta grabar de nuevo, cerca del micrófono.',
} as const;

// The SDK types the result, but the server behind OPENAI_BASE_URL may be any "compatible" service.
const transcriptionSchema = z.object({ text: z.string() });

/** Speech to text with OpenAI's audio API, in Spanish. */
export class OpenAITranscriber {
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAITranscriberOptions) {
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries,
      // fetch keeps a tee'd copy of a streamed request body for as long as a redirect could replay it:
      // the whole clip, a second time, until OpenAI answers. The API never redirects an upload, and with
      // redirects refused fetch sends the body without keeping that copy.
      fetchOptions: { redirect: 'error' },
    });
  }

  async transcribe({ audio, type, signal }: TranscriptionRequest): Promise<string> {
    let result: unknown;
    try {
      result = await this.client.audio.transcriptions.create(
        {
          // OpenAI tells the audio format by the file name's extension, so it must match the content type.
          // A File made from a Blob references the Blob's bytes (the SDK's `toFile` would copy a buffer),
          // and fetch streams it into the multipart body, so the clip is held once while it goes upstream.
          file: new File([audio], AUDIO_FILE_NAMES[type], { type }),
          model: this.options.model,
          language: 'es',
        },
        { signal },
      );
    } catch (error) {
      // A 400 here is about the clip (corrupt, too short, unknown format), not about the question.
      if (error instanceof OpenAI.BadRequestError) {
        throw new AssistantError('upstream_failed', TRANSCRIPTION_USER_ERRORS.unreadableAudio, {
          cause: error,
        });
      }
      throw fromOpenAIError(error);
    }
    const parsed = transcriptionSchema.safeParse(result);
    if (!parsed.success) throw new AssistantError('upstream_failed', OPENAI_USER_ERRORS.failed);
    return parsed.data.text.trim();
  }
}
