import { z } from 'zod';
import { retryAfterText, toAssistantError, USER_ERRORS, type AssistantError } from '../../assistant/errors';
import { OpenAITranscriber, type TranscriptionRequest } from '../../assistant/providers/openai-transcriber';
import {
  audioMimeType,
  DURATION_TOLERANCE_MS,
  MAX_SECONDS_HEADER,
  RECORDING_DURATION_HEADER,
} from '../../transcription';
import { maskPersonalData } from '../../privacy/personal-data';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import { isOriginAllowed } from '../origin';
import type { AssistantRuntime } from '../runtime';
import { cookieSessionId } from '../session-identity';
import { readUploadBody } from './body';
import { jsonResponse } from './json-response';

export type TranscriptionConfig = Pick<
  AppConfig,
  | 'ALLOWED_ORIGINS'
  | 'SESSION_SECRET'
  | 'COOKIE_SECURE'
  | 'provider'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_TIMEOUT_MS'
  | 'OPENAI_MAX_RETRIES'
  | 'OPENAI_TRANSCRIPTION_MODEL'
  | 'TRANSCRIPTION_MAX_BYTES'
  | 'TRANSCRIPTION_MAX_SECONDS'
  | 'TRANSCRIPTION_UPLOAD_TIMEOUT_MS'
>;

/** The per-process and shared limits the endpoint draws from (the server's runtime provides them). */
export type TranscriptionLimits = Pick<AssistantRuntime, 'transcriptionBudget' | 'uploadsPerIp' | 'refusals'>;

export interface Transcriber {
  transcribe(request: TranscriptionRequest): Promise<string>;
}

const megabytes = (bytes: number) =>
  (bytes / (1024 * 1024)).toLocaleString('es-CO', { maximumFractionDigits: 1 });

export const TRANSCRIPTION_ERRORS = {
  origin: USER_ERRORS.originRefused,
  session: 'Tu sesión con el asistente no es válida o expiró. Recarga la página y vuelve a intentarlo.',
  localMode:
    'La transcripción de voz necesita el servicio de inteligencia artificial (OpenAI), que no está ' +
    'configurado en este servidor. Escribe tu pregunta en la pestaña Chat.',
  mediaType: 'Formato de audio no admitido. Envía la grabación como WebM, MP4, OGG, MP3 o WAV.',
  durationHeader: `El encabezado ${RECORDING_DURATION_HEADER} debe ser la duración de la grabación en milisegundos (un número entero).`,
  empty: 'La grabación llegó vacía. Intenta grabar de nuevo.',
  busy: 'Ya se está transcribiendo otra grabación tuya. Espera a que termine.',
  tooManyUploads:
    'Se están enviando demasiadas grabaciones a la vez desde tu red. Espera a que terminen e intenta de nuevo.',
  uploadTimeout:
    'La grabación tardó demasiado en llegar y se canceló. Revisa tu conexión o graba una pregunta más corta.',
  rateLimited: (retryAfterMs: number) =>
    `Enviaste demasiadas grabaciones en poco tiempo. Intenta de nuevo en ${retryAfterText(retryAfterMs)}.`,
  tooLarge: (maxBytes: number) =>
    `La grabación es demasiado grande: el máximo es ${megabytes(maxBytes)} MB. Graba una pregunta más corta.`,
  tooLong: (maxSeconds: number) =>
    `La grabación es demasiado larga: el máximo es ${maxSeconds} segundos. Graba una pregunta más corta.`,
} as const;

const UPSTREAM_STATUS: Partial<Record<AssistantError['code'], number>> = {
  upstream_rate_limited: 429,
  upstream_unavailable: 503,
  upstream_timeout: 504,
  internal: 500,
};

const integerHeader = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform(Number)
  .optional();
const requestHeadersSchema = z.object({
  'content-length': integerHeader,
  [RECORDING_DURATION_HEADER]: integerHeader,
});

export function createTranscriber(config: TranscriptionConfig): Transcriber | undefined {
  if (config.provider !== 'openai' || !config.OPENAI_API_KEY) return undefined;
  return new OpenAITranscriber({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_TRANSCRIPTION_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
  });
}

/**
 * `POST /api/voz/transcripcion`: a recorded question (raw audio body) to text, for browsers without
 * speech recognition. Same Origin rule and session cookie as the assistant; bytes are the hard limit, the
 * client-reported duration a courtesy check (it can be forged). Written against the Web `Request` and
 * `Response`, so the custom server and a Next route handler (`next start`) serve it with the same code.
 */
export function createTranscription(
  config: TranscriptionConfig,
  logger: Logger,
  limits: TranscriptionLimits,
  transcriber: Transcriber | undefined = createTranscriber(config),
) {
  const maxDurationMs = config.TRANSCRIPTION_MAX_SECONDS * 1000;
  const limitHeaders = { [MAX_SECONDS_HEADER]: String(config.TRANSCRIPTION_MAX_SECONDS) };
  // One clip at a time per session (in this process) bounds what one client can spend upstream at once.
  const inFlight = new Set<string>();

  return async function transcribe(request: Request, clientKey: string): Promise<Response> {
    const started = Date.now();
    const reply = (status: number, payload: { text: string } | { error: string }, extra = {}) => {
      logger.info('voice.transcription', { status, ms: Date.now() - started });
      return jsonResponse(status, payload, { ...limitHeaders, ...extra });
    };
    const refuse = (status: number, error: string, extra: Record<string, string> = {}) =>
      reply(status, { error }, extra);
    // A refusal that leaves an upload unread (or half read) closes the connection instead of reading the rest.
    const refuseUpload = (status: number, error: string, extra: Record<string, string> = {}) =>
      refuse(status, error, { connection: 'close', ...extra });

    const header = (name: string) => request.headers.get(name) ?? undefined;
    if (!isOriginAllowed(header('origin'), header('host'), config.ALLOWED_ORIGINS)) {
      return refuse(403, TRANSCRIPTION_ERRORS.origin);
    }
    const sessionId = cookieSessionId(header('cookie'), config);
    if (!sessionId) return refuse(401, TRANSCRIPTION_ERRORS.session);
    if (!transcriber) return refuse(503, TRANSCRIPTION_ERRORS.localMode);
    const type = audioMimeType(header('content-type'));
    if (!type) return refuse(415, TRANSCRIPTION_ERRORS.mediaType);
    const headers = requestHeadersSchema.safeParse({
      'content-length': header('content-length'),
      [RECORDING_DURATION_HEADER]: header(RECORDING_DURATION_HEADER),
    });
    if (!headers.success) return refuse(400, TRANSCRIPTION_ERRORS.durationHeader);
    const declaredBytes = headers.data['content-length'];
    const durationMs = headers.data[RECORDING_DURATION_HEADER];
    if (declaredBytes !== undefined && declaredBytes > config.TRANSCRIPTION_MAX_BYTES) {
      return refuseUpload(413, TRANSCRIPTION_ERRORS.tooLarge(config.TRANSCRIPTION_MAX_BYTES));
    }
    if (durationMs !== undefined && durationMs > maxDurationMs + DURATION_TOLERANCE_MS) {
      return refuseUpload(413, TRANSCRIPTION_ERRORS.tooLong(config.TRANSCRIPTION_MAX_SECONDS));
    }
    if (inFlight.has(sessionId)) return refuse(429, TRANSCRIPTION_ERRORS.busy);
    // Every upload in progress holds up to TRANSCRIPTION_MAX_BYTES until its answer: one address gets a
    // few at a time across the process, whatever the sessions its cookies name.
    if (!limits.uploadsPerIp.acquire(clientKey)) {
      limits.refusals.count('upload_concurrency');
      return refuseUpload(429, TRANSCRIPTION_ERRORS.tooManyUploads);
    }
    inFlight.add(sessionId);
    try {
      const allowed = await limits.transcriptionBudget.take(clientKey);
      if (!allowed.allowed) {
        return refuse(429, TRANSCRIPTION_ERRORS.rateLimited(allowed.retryAfterMs), {
          'retry-after': String(Math.ceil(allowed.retryAfterMs / 1000)),
        });
      }
      // The deadline runs from the request's arrival, so time spent above counts against it too.
      const body = await readUploadBody(request, {
        maxBytes: config.TRANSCRIPTION_MAX_BYTES,
        deadlineMs: config.TRANSCRIPTION_UPLOAD_TIMEOUT_MS - (Date.now() - started),
      });
      if (body.kind === 'aborted') return refuse(400, TRANSCRIPTION_ERRORS.empty);
      if (body.kind === 'too-large') {
        return refuseUpload(413, TRANSCRIPTION_ERRORS.tooLarge(config.TRANSCRIPTION_MAX_BYTES));
      }
      if (body.kind === 'timed-out') {
        limits.refusals.count('upload_timeout');
        return refuseUpload(408, TRANSCRIPTION_ERRORS.uploadTimeout);
      }
      if (body.body.size === 0) return refuse(400, TRANSCRIPTION_ERRORS.empty);
      // Nobody is waiting for the text once the browser has gone: the request's signal stops paying for it.
      const text = await transcriber.transcribe({ audio: body.body, type, signal: request.signal });
      logger.debug('voice.transcribed', { bytes: body.body.size, type, durationMs });
      // The page shows this text as the citizen's question and sends it as one: masked here, the panel shows
      // the placeholders too. The question is masked again on arrival, like any other.
      return reply(200, { text: maskPersonalData(text).text });
    } catch (error) {
      const failure = toAssistantError(error);
      if (!request.signal.aborted) logger.warn('voice.transcription_failed', { code: failure.code });
      const retry: Record<string, string> =
        failure.retryAfterSeconds === undefined ? {} : { 'retry-after': String(failure.retryAfterSeconds) };
      return refuse(UPSTREAM_STATUS[failure.code] ?? 502, failure.userMessage, retry);
    } finally {
      inFlight.delete(sessionId);
      limits.uploadsPerIp.release(clientKey);
    }
  };
}

export type TranscriptionHandler = ReturnType<typeof createTranscription>;
