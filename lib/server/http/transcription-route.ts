import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { retryAfterText, toAssistantError, USER_ERRORS, type AssistantError } from '../../assistant/errors';
import { OpenAITranscriber, type TranscriptionRequest } from '../../assistant/providers/openai-transcriber';
import {
  audioMimeType,
  DURATION_TOLERANCE_MS,
  MAX_SECONDS_HEADER,
  RECORDING_DURATION_HEADER,
  TRANSCRIPTION_PATH,
} from '../../transcription';
import { clientIp } from '../client-ip';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import { isOriginAllowed } from '../origin';
import { RateLimiter } from '../rate-limit';
import { readCookie, SESSION_COOKIE, verifySessionCookie } from '../session-cookie';
import { readLimitedBody } from './body';
import { sendJson, type ApiRoute } from './router';

export type TranscriptionConfig = Pick<
  AppConfig,
  | 'ALLOWED_ORIGINS'
  | 'SESSION_SECRET'
  | 'provider'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_TIMEOUT_MS'
  | 'OPENAI_MAX_RETRIES'
  | 'OPENAI_TRANSCRIPTION_MODEL'
  | 'TRANSCRIPTION_MAX_BYTES'
  | 'TRANSCRIPTION_MAX_SECONDS'
  | 'RATE_LIMIT_IP_PER_MINUTE'
  | 'TRUST_PROXY'
>;

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
 * speech recognition. Same Origin rule and session cookie as the WebSocket; bytes are the hard limit,
 * the client-reported duration a courtesy check (it can be forged).
 */
export function createTranscriptionRoute(
  config: TranscriptionConfig,
  logger: Logger,
  transcriber: Transcriber | undefined = createTranscriber(config),
): ApiRoute {
  const maxDurationMs = config.TRANSCRIPTION_MAX_SECONDS * 1000;
  const limitHeaders = { [MAX_SECONDS_HEADER]: String(config.TRANSCRIPTION_MAX_SECONDS) };
  // One clip at a time per session, and a per-address budget, bound what one client can spend upstream.
  const inFlight = new Set<string>();
  const perClient = new RateLimiter(config.RATE_LIMIT_IP_PER_MINUTE);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    const reply = (status: number, payload: { text: string } | { error: string }, extra = {}) => {
      sendJson(res, status, payload, { ...limitHeaders, ...extra });
      logger.info('voice.transcription', { status, ms: Date.now() - started });
    };
    const refuse = (status: number, error: string, extra: Record<string, string> = {}) =>
      reply(status, { error }, status === 413 ? { connection: 'close', ...extra } : extra);

    if (!isOriginAllowed(req.headers.origin, req.headers.host, config.ALLOWED_ORIGINS)) {
      return refuse(403, TRANSCRIPTION_ERRORS.origin);
    }
    const sessionId = verifySessionCookie(
      readCookie(req.headers.cookie, SESSION_COOKIE),
      config.SESSION_SECRET,
    );
    if (!sessionId) return refuse(401, TRANSCRIPTION_ERRORS.session);
    if (!transcriber) return refuse(503, TRANSCRIPTION_ERRORS.localMode);
    const type = audioMimeType(req.headers['content-type']);
    if (!type) return refuse(415, TRANSCRIPTION_ERRORS.mediaType);
    const headers = requestHeadersSchema.safeParse(req.headers);
    if (!headers.success) return refuse(400, TRANSCRIPTION_ERRORS.durationHeader);
    const declaredBytes = headers.data['content-length'];
    const durationMs = headers.data[RECORDING_DURATION_HEADER];
    if (declaredBytes !== undefined && declaredBytes > config.TRANSCRIPTION_MAX_BYTES) {
      return refuse(413, TRANSCRIPTION_ERRORS.tooLarge(config.TRANSCRIPTION_MAX_BYTES));
    }
    if (durationMs !== undefined && durationMs > maxDurationMs + DURATION_TOLERANCE_MS) {
      return refuse(413, TRANSCRIPTION_ERRORS.tooLong(config.TRANSCRIPTION_MAX_SECONDS));
    }
    if (inFlight.has(sessionId)) return refuse(429, TRANSCRIPTION_ERRORS.busy);
    if (perClient.size > 10_000) perClient.sweep();
    const budget = perClient.take(clientIp(req, config.TRUST_PROXY));
    if (!budget.allowed) {
      return refuse(429, TRANSCRIPTION_ERRORS.rateLimited(budget.retryAfterMs), {
        'retry-after': String(Math.ceil(budget.retryAfterMs / 1000)),
      });
    }

    inFlight.add(sessionId);
    const abort = new AbortController();
    // Nobody is waiting for the text once the browser has gone: stop paying for it.
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    try {
      const body = await readLimitedBody(req, config.TRANSCRIPTION_MAX_BYTES);
      if (body.kind === 'aborted') return;
      if (body.kind === 'too-large') {
        return refuse(413, TRANSCRIPTION_ERRORS.tooLarge(config.TRANSCRIPTION_MAX_BYTES));
      }
      if (body.body.length === 0) return refuse(400, TRANSCRIPTION_ERRORS.empty);
      const text = await transcriber.transcribe({ audio: body.body, type, signal: abort.signal });
      logger.debug('voice.transcribed', { bytes: body.body.length, type, durationMs });
      reply(200, { text });
    } catch (error) {
      if (abort.signal.aborted) return;
      const failure = toAssistantError(error);
      logger.warn('voice.transcription_failed', { code: failure.code });
      const retry: Record<string, string> =
        failure.retryAfterSeconds === undefined ? {} : { 'retry-after': String(failure.retryAfterSeconds) };
      refuse(UPSTREAM_STATUS[failure.code] ?? 502, failure.userMessage, retry);
    } finally {
      inFlight.delete(sessionId);
    }
  };

  return { method: 'POST', path: TRANSCRIPTION_PATH, handle };
}
