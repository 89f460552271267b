import type { ErrorCode, UnsequencedEvent } from '../protocol';
import { AssistantError, USER_ERRORS } from './errors';
import { SessionCapacityError, StoreUnavailableError } from './store/store-errors';

export type ErrorEvent = Extract<UnsequencedEvent, { type: 'error' }>;

/** The protocol's error event; `id` names the question it answers, so the page marks that one failed. */
export function errorEvent(code: ErrorCode, message: string, id?: string): ErrorEvent {
  return { type: 'error', ...(id === undefined ? {} : { id }), code, message };
}

/**
 * An event no session numbers (a refusal before any session, or a failure of the store that issues the
 * numbers): seq 0, which clients never take for a duplicate.
 */
export function unnumbered<E extends UnsequencedEvent>(event: E): E & { seq: 0 } {
  return { ...event, seq: 0 };
}

export interface OpenRefusal {
  code: ErrorCode;
  message: string;
  /** WebSocket close reasons must stay short (123 bytes), so they only name the cause. */
  closeReason: string;
  /** The HTTP status an event stream is refused with. */
  status: number;
  retryAfterSeconds: number;
  /** The protective limit that refused, for `runtime.refusals`; absent for a failure. */
  limit?: string;
}

/** Why a session could not be opened, as the client is told (every transport alike). */
export function openRefusal(error: unknown): OpenRefusal {
  if (error instanceof SessionCapacityError) {
    return {
      code: 'server_busy',
      message: USER_ERRORS.serverBusy,
      closeReason: 'Capacidad agotada',
      status: 503,
      retryAfterSeconds: 60,
      limit: 'session_capacity',
    };
  }
  if (error instanceof AssistantError && (error.code === 'rate_limited' || error.code === 'server_busy')) {
    const rateLimited = error.code === 'rate_limited';
    return {
      code: error.code,
      message: error.userMessage,
      closeReason: rateLimited ? 'Demasiadas sesiones nuevas' : 'Servidor saturado',
      status: rateLimited ? 429 : 503,
      retryAfterSeconds: error.retryAfterSeconds ?? 5,
      limit: rateLimited ? 'new_sessions_per_address' : 'overloaded',
    };
  }
  if (error instanceof StoreUnavailableError) {
    return {
      code: 'store_unavailable',
      message: USER_ERRORS.storeUnavailable,
      closeReason: 'Sesiones no disponibles',
      status: 503,
      retryAfterSeconds: 5,
    };
  }
  return {
    code: 'internal',
    message: USER_ERRORS.internal,
    closeReason: 'Error interno',
    status: 503,
    retryAfterSeconds: 5,
  };
}

/** A client event that failed to be handled (the store failed mid-request, or a bug), as the client is told. */
export function failureEvent(error: unknown, id?: string): ErrorEvent & { seq: 0 } {
  const refusal = openRefusal(error);
  return unnumbered(errorEvent(refusal.code, refusal.message, id));
}
