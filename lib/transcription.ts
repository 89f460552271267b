/**
 * The voice-transcription endpoint's contract, shared by the server route and the browser client. Used
 * when the browser cannot recognise speech itself: the client records a clip and the server transcribes
 * it with OpenAI. See docs/protocol.md ("Voice transcription").
 */
import { z } from 'zod';

export const TRANSCRIPTION_PATH = '/api/voz/transcripcion';

/** Defaults of TRANSCRIPTION_MAX_SECONDS / TRANSCRIPTION_MAX_BYTES; the client starts from these. */
export const DEFAULT_TRANSCRIPTION_MAX_SECONDS = 60;
export const DEFAULT_TRANSCRIPTION_MAX_BYTES = 4 * 1024 * 1024;

/** Request header with the clip's length as the client measured it, in milliseconds. */
export const RECORDING_DURATION_HEADER = 'x-recording-duration-ms';
/** Response header (on every answer of the endpoint) with the server's recording limit, in seconds. */
export const MAX_SECONDS_HEADER = 'x-transcription-max-seconds';
/**
 * Extra length the server accepts over the limit: the client stops on a timer, which may fire a few
 * milliseconds late.
 */
export const DURATION_TOLERANCE_MS = 1_000;

/** Accepted `Content-Type` values (parameters such as `;codecs=opus` allowed) and the file name each gets. */
export const AUDIO_FILE_NAMES = {
  'audio/webm': 'voz.webm',
  'audio/mp4': 'voz.mp4',
  'audio/ogg': 'voz.ogg',
  'audio/mpeg': 'voz.mp3',
  'audio/wav': 'voz.wav',
} as const;

export type AudioMimeType = keyof typeof AUDIO_FILE_NAMES;

/** `audio/webm;codecs=opus` → `audio/webm`; undefined when the type is not one the endpoint accepts. */
export function audioMimeType(contentType: string | undefined): AudioMimeType | undefined {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  return essence && Object.hasOwn(AUDIO_FILE_NAMES, essence) ? (essence as AudioMimeType) : undefined;
}

export const transcriptionResponseSchema = z.union([
  z.object({ text: z.string() }),
  z.object({ error: z.string().min(1) }),
]);
export type TranscriptionResponse = z.infer<typeof transcriptionResponseSchema>;
