import OpenAI from 'openai';
import { AssistantError, retryAfterText } from '../errors';
import { MalformedEventError } from './responses-events';

export const OPENAI_USER_ERRORS = {
  auth: 'El asistente no pudo autenticarse con el servicio de inteligencia artificial. El equipo técnico debe revisar la configuración. Mientras tanto, consulta https://www.dian.gov.co.',
  conversationLost:
    'La conversación anterior ya no está disponible en el servicio de inteligencia artificial. Empezaremos una nueva: vuelve a escribir tu pregunta.',
  quota:
    'El servicio de inteligencia artificial no tiene cupo disponible en este momento. Intenta más tarde o consulta https://www.dian.gov.co.',
  unavailable:
    'El servicio de inteligencia artificial no está disponible en este momento. Intenta de nuevo en unos minutos.',
  unreachable:
    'No fue posible conectar con el servicio de inteligencia artificial. Intenta de nuevo en unos minutos.',
  timeout: 'El servicio de inteligencia artificial tardó demasiado en responder. Intenta de nuevo.',
  interrupted: 'La respuesta se interrumpió antes de terminar. Intenta de nuevo.',
  failed: 'El servicio de inteligencia artificial no pudo completar la respuesta. Intenta de nuevo.',
  incomplete: 'La respuesta quedó incompleta. Intenta con una pregunta más corta o más concreta.',
  truncated:
    '_La respuesta se cortó porque alcanzó el largo máximo permitido. Si necesitas el resto, pregunta ' +
    'por la parte que te falta._',
  rejected: 'El servicio de inteligencia artificial rechazó la solicitud. Intenta reformular tu pregunta.',
} as const;

export function rateLimitMessage(retryAfterSeconds: number | undefined): string {
  const when =
    retryAfterSeconds === undefined ? 'en unos segundos' : `en ${retryAfterText(retryAfterSeconds * 1000)}`;
  return `El servicio de inteligencia artificial está recibiendo demasiadas solicitudes. Intenta de nuevo ${when}.`;
}

/**
 * How long the upstream asked to wait: `retry-after-ms` (even 0, as the SDK reads it since 7.x), else
 * `retry-after` in seconds or as an HTTP date.
 */
export function retryAfterMs(headers: Headers | undefined): number | undefined {
  const rawMilliseconds = headers?.get('retry-after-ms');
  const milliseconds = rawMilliseconds ? Number(rawMilliseconds) : Number.NaN;
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  const milliseconds = retryAfterMs(headers);
  return milliseconds === undefined ? undefined : Math.ceil(milliseconds / 1000);
}

export function isConversationLocked(error: unknown): boolean {
  return error instanceof OpenAI.BadRequestError && error.code === 'conversation_locked';
}

/** Maps whatever the SDK threw to an error with a message for the citizen. */
export function fromOpenAIError(error: unknown): AssistantError {
  if (error instanceof AssistantError) return error;
  if (error instanceof MalformedEventError) {
    return new AssistantError('upstream_failed', OPENAI_USER_ERRORS.failed, { cause: error });
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new AssistantError('upstream_timeout', OPENAI_USER_ERRORS.timeout, { cause: error });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new AssistantError('upstream_unavailable', OPENAI_USER_ERRORS.unreachable, { cause: error });
  }
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    return new AssistantError('upstream_auth', OPENAI_USER_ERRORS.auth, { cause: error });
  }
  if (
    error instanceof OpenAI.NotFoundError &&
    (error.param === 'conversation' || /conversation/i.test(error.message))
  ) {
    return new AssistantError('conversation_lost', OPENAI_USER_ERRORS.conversationLost, { cause: error });
  }
  if (error instanceof OpenAI.RateLimitError) {
    if (error.code === 'insufficient_quota') {
      return new AssistantError('upstream_rate_limited', OPENAI_USER_ERRORS.quota, { cause: error });
    }
    const seconds = retryAfterSeconds(error.headers);
    return new AssistantError('upstream_rate_limited', rateLimitMessage(seconds), {
      cause: error,
      retryAfterSeconds: seconds,
    });
  }
  if (error instanceof OpenAI.InternalServerError) {
    return new AssistantError('upstream_unavailable', OPENAI_USER_ERRORS.unavailable, { cause: error });
  }
  if (
    error instanceof OpenAI.APIError &&
    error.status !== undefined &&
    error.status >= 400 &&
    error.status < 500
  ) {
    return new AssistantError('upstream_failed', OPENAI_USER_ERRORS.rejected, { cause: error });
  }
  if (error instanceof OpenAI.APIError) {
    // Errors delivered inside the event stream carry no HTTP status.
    return new AssistantError('upstream_failed', OPENAI_USER_ERRORS.failed, { cause: error });
  }
  // Anything else thrown while reading the body (socket reset, "terminated") means the stream was cut.
  return new AssistantError('upstream_interrupted', OPENAI_USER_ERRORS.interrupted, { cause: error });
}
