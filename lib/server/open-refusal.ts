import { USER_ERRORS } from '../assistant/errors';
import { SessionCapacityError, StoreUnavailableError } from '../assistant/store/session-store';
import type { ErrorCode } from '../protocol';

/** Why a session could not be opened, as the client is told (the close reason stays short). */
export function openRefusal(error: unknown): { code: ErrorCode; message: string; closeReason: string } {
  if (error instanceof SessionCapacityError) {
    return { code: 'server_busy', message: USER_ERRORS.serverBusy, closeReason: 'Capacidad agotada' };
  }
  if (error instanceof StoreUnavailableError) {
    return {
      code: 'store_unavailable',
      message: USER_ERRORS.storeUnavailable,
      closeReason: 'Sesiones no disponibles',
    };
  }
  return { code: 'internal', message: USER_ERRORS.internal, closeReason: 'Error interno' };
}
