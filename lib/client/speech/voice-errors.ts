/**
 * What the Voz tab tells the citizen when voice input cannot work, in plain Spanish, and the next best
 * way forward: try again, record the question for server-side transcription, or type it in the Chat tab.
 */
export type NextStep = 'retry' | 'record' | 'type';

export interface VoiceProblem {
  message: string;
  next: NextStep;
}

/** Whether the server-side transcription path exists (OpenAI configured and MediaRecorder available). */
export interface Fallbacks {
  canRecord: boolean;
}

const TYPE_INSTEAD = 'Mientras tanto, puedes escribir tu pregunta en la pestaña Chat.';
const RECORD_INSTEAD = 'Puedes grabar tu pregunta y el asistente la transcribirá.';
const ENABLE_MICROPHONE =
  'Para activarlo, toca el candado o el ícono de ajustes junto a la dirección de la página, busca ' +
  '«Micrófono» en la configuración del sitio, elige «Permitir» y recarga la página.';

export const VOICE_MESSAGES = {
  permissionPrompt:
    'Al tocar «Hablar», el navegador te pedirá permiso para usar el micrófono. Acéptalo para dictar tu pregunta.',
  permissionDenied: `El micrófono está bloqueado para esta página. ${ENABLE_MICROPHONE} ${TYPE_INSTEAD}`,
  permissionRevoked: `Se retiró el permiso del micrófono, así que dejamos de escuchar. ${ENABLE_MICROPHONE} ${TYPE_INSTEAD}`,
  microphoneLost:
    'El micrófono dejó de funcionar y la grabación se detuvo. Revisa que siga conectado y vuelve a intentarlo, o escribe tu pregunta en la pestaña Chat.',
  noMicrophone:
    'No encontramos un micrófono que funcione. Revisa que esté conectado y que otra aplicación no lo esté usando, o escribe tu pregunta en la pestaña Chat.',
  noSpeech: 'No escuchamos nada. Toca «Hablar» y di tu pregunta cerca del micrófono.',
  emptyTranscription:
    'No logramos entender la grabación. Toca «Hablar» y vuelve a decir tu pregunta cerca del micrófono.',
  recordingWillBeTranscribed:
    'Este navegador no reconoce la voz por sí mismo: al tocar «Hablar» grabaremos tu pregunta y el asistente la transcribirá.',
  reachedLimit: (seconds: number) =>
    `Llegaste al máximo de ${seconds} segundos de grabación; enviamos lo que grabaste.`,
  uploadFailed:
    'No se pudo enviar la grabación. Revisa tu conexión a internet e inténtalo de nuevo, o escribe tu pregunta en la pestaña Chat.',
  badServerAnswer: 'El servidor respondió algo inesperado al transcribir tu pregunta. Inténtalo de nuevo.',
  speechOutputUnsupported:
    'Este navegador no puede leer las respuestas en voz alta; las verás escritas aquí arriba.',
} as const;

/**
 * Speech recognition failures, by the `error` codes of the Web Speech API, plus `unsupported` (no API at
 * all, as in Firefox) and `start-failed` (the browser refused to start). `aborted` is ours: not a problem.
 */
export function recognitionProblem(code: string, { canRecord }: Fallbacks): VoiceProblem | undefined {
  const otherwise = (reason: string): VoiceProblem =>
    canRecord
      ? { message: `${reason} ${RECORD_INSTEAD}`, next: 'record' }
      : { message: `${reason} Escribe tu pregunta en la pestaña Chat.`, next: 'type' };
  switch (code) {
    case 'aborted':
      return undefined;
    case 'unsupported':
      return otherwise('Este navegador no permite dictar por voz.');
    case 'service-not-allowed':
      // iOS home-screen apps and browsers with the speech service turned off fail this way at start.
      return otherwise(
        'El dictado por voz no está disponible aquí (por ejemplo, en una app agregada a la pantalla de inicio).',
      );
    case 'network':
      return otherwise(
        'El servicio de reconocimiento de voz del navegador no respondió; puede ser la conexión a internet.',
      );
    case 'language-not-supported':
      return otherwise('Este navegador no reconoce voz en español.');
    case 'not-allowed':
      return { message: VOICE_MESSAGES.permissionDenied, next: 'type' };
    case 'audio-capture':
      return { message: VOICE_MESSAGES.noMicrophone, next: 'type' };
    case 'no-speech':
      return { message: VOICE_MESSAGES.noSpeech, next: 'retry' };
    default:
      return {
        message:
          'El reconocimiento de voz falló. Inténtalo de nuevo o escribe tu pregunta en la pestaña Chat.',
        next: 'retry',
      };
  }
}

/** `getUserMedia` / `MediaRecorder` failures, by the DOMException name. */
export function recorderProblem(error: unknown): VoiceProblem {
  const name = isNamed(error) ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return { message: VOICE_MESSAGES.permissionDenied, next: 'type' };
    case 'NotFoundError':
    case 'NotReadableError':
    case 'OverconstrainedError':
    case 'AbortError':
      return { message: VOICE_MESSAGES.noMicrophone, next: 'type' };
    default:
      return {
        message:
          'No se pudo grabar tu pregunta. Inténtalo de nuevo o escribe tu pregunta en la pestaña Chat.',
        next: 'retry',
      };
  }
}

function isNamed(value: unknown): value is { name: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
  );
}
