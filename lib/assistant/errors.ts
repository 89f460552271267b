import type { ErrorCode } from '../protocol';

/** A failure with a message fit to show to the citizen, in Spanish. */
export class AssistantError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string,
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(userMessage, options);
    this.name = 'AssistantError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
  readonly retryAfterSeconds: number | undefined;
}

export const USER_ERRORS = {
  queueFull: 'Ya tienes varias preguntas en espera. Espera a que termine la respuesta actual.',
  shuttingDown:
    'El servidor se está reiniciando y tu respuesta se interrumpió. Vuelve a preguntar en un momento.',
  generationTimeout:
    'La respuesta tardó demasiado y se canceló. Intenta de nuevo con una pregunta más corta.',
  internal: 'Ocurrió un error inesperado en el asistente. Intenta de nuevo.',
  originRefused: 'Solicitud rechazada: esta página no está autorizada para usar el asistente.',
  serverBusy:
    'El asistente está atendiendo a demasiadas personas en este momento. Intenta de nuevo en unos minutos.',
  generationLost:
    'El servidor que preparaba tu respuesta dejó de responder y la respuesta se perdió. Vuelve a preguntar.',
  storeUnavailable:
    'El asistente no puede guardar tu conversación en este momento (falla temporal del servidor). ' +
    'Intenta de nuevo en unos segundos.',
  sessionExpired:
    'Tu sesión anterior ya no existe en el servidor (expiró o el servidor se reinició). ' +
    'Las respuestas que esperabas se perdieron: vuelve a preguntar.',
  overloaded:
    'El asistente está saturado en este momento y no puede abrir conversaciones nuevas. Las conversaciones ' +
    'en curso continúan. Intenta de nuevo en unos segundos.',
  inboundBacklog:
    'Tu conexión envió mensajes más rápido de lo que el asistente puede atenderlos y se cerró. ' +
    'Vuelve a conectarte en unos segundos.',
  tooManyConnections:
    'Hay demasiadas conexiones abiertas al asistente desde tu red. Cierra otras pestañas del asistente ' +
    'o intenta de nuevo en un minuto.',
  budgetExhausted:
    'El asistente alcanzó su límite de uso por hoy. Vuelve a intentarlo mañana (el cupo se renueva a la ' +
    'medianoche, hora de Colombia). Mientras tanto, puedes consultar https://www.dian.gov.co.',
  serverFull:
    'El servidor tiene demasiadas conexiones abiertas en este momento. Intenta de nuevo en unos segundos.',
  requestTimeout:
    'La solicitud tardó demasiado en llegar completa y se canceló. Revisa tu conexión e intenta de nuevo.',
  badRequest: 'La solicitud llegó incompleta o mal formada. Recarga la página e intenta de nuevo.',
  unratableAnswer:
    'No se pudo registrar tu calificación: esa respuesta no existe en esta conversación o aún no ha terminado. ' +
    'Califica una respuesta completa.',
  tooManyVerdictChanges:
    'Ya cambiaste muchas veces tu calificación de esta respuesta; quedó registrada la última que elegiste.',
} as const;

/** "23 segundos", "1 minuto y 5 segundos": when to try again, in words. */
export function retryAfterText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const part = (value: number, one: string, many: string) => `${value} ${value === 1 ? one : many}`;
  if (minutes === 0) return part(seconds, 'segundo', 'segundos');
  const minutesText = part(minutes, 'minuto', 'minutos');
  return rest === 0 ? minutesText : `${minutesText} y ${part(rest, 'segundo', 'segundos')}`;
}

export function tooManyQuestionsMessage(retryAfterMs: number): string {
  return `Enviaste demasiadas preguntas en poco tiempo. Intenta de nuevo en ${retryAfterText(retryAfterMs)}.`;
}

export function tooManyNewSessionsMessage(retryAfterMs: number): string {
  return (
    'Se abrieron demasiadas conversaciones nuevas desde tu red en poco tiempo. ' +
    `Intenta de nuevo en ${retryAfterText(retryAfterMs)}.`
  );
}

export function tooManyFramesMessage(retryAfterMs: number): string {
  return (
    'Llegaron demasiados mensajes al asistente en poco tiempo desde tu conexión o tu red. ' +
    `Intenta de nuevo en ${retryAfterText(retryAfterMs)}.`
  );
}

export function toAssistantError(error: unknown): AssistantError {
  return error instanceof AssistantError
    ? error
    : new AssistantError('internal', USER_ERRORS.internal, { cause: error });
}
