/**
 * Screen sharing for the demonstration mode: a local preview only, never sent anywhere. Written against
 * the few members of MediaDevices, MediaStream and MediaStreamTrack it uses, so it runs in Node tests.
 */

export interface ScreenTrack {
  stop(): void;
  addEventListener(type: 'ended', listener: () => void): void;
  removeEventListener(type: 'ended', listener: () => void): void;
}

export interface ScreenStream {
  getTracks(): readonly ScreenTrack[];
}

export interface DisplayMediaDevices<S extends ScreenStream = ScreenStream> {
  getDisplayMedia?: (options: { video: true; audio: false }) => Promise<S>;
}

export interface ScreenShare<S extends ScreenStream> {
  readonly stream: S;
  /** Stops every track. Safe to call more than once; never fires the `onEnded` callbacks. */
  stop(): void;
  /**
   * Runs `callback` once when the share ends outside the page: the browser's own "stop sharing" control,
   * or the shared window closing. Returns a function that unregisters it.
   */
  onEnded(callback: () => void): () => void;
}

export const SCREEN_SHARE_MESSAGES = {
  unsupported:
    'Tu navegador no permite compartir la pantalla desde una página web (ocurre en iPhone, iPad y Android). Puedes seguir con el chat o la voz, o abrir esta página en un computador.',
  notAllowed:
    'No se compartió la pantalla: cancelaste la selección o el navegador no dio permiso. Puedes intentarlo de nuevo con «Compartir pantalla». Si el navegador no te deja elegir, revisa que tenga permiso para grabar la pantalla (en Mac: Configuración del Sistema › Privacidad y seguridad › Grabación de pantalla) y vuelve a abrirlo.',
  notFound:
    'No encontramos ninguna pantalla o ventana para compartir. Revisa que el navegador tenga permiso para grabar la pantalla (en Mac: Configuración del Sistema › Privacidad y seguridad › Grabación de pantalla) y vuelve a intentarlo.',
  notReadable:
    'El equipo no dejó capturar la pantalla: otra aplicación puede estar usándola o la captura se interrumpió. Cierra otras aplicaciones que graben la pantalla y vuelve a intentarlo.',
  security:
    'El navegador bloqueó compartir la pantalla en esta página por seguridad (por ejemplo, si no se abrió con https o si está dentro de otra página). Abre la página directamente en el navegador y vuelve a intentarlo.',
  unknown:
    'No se pudo compartir la pantalla por un error inesperado. Vuelve a intentarlo; si sigue fallando, recarga la página o usa otro navegador de computador.',
} as const;

// DOMException names from the Screen Capture spec and what browsers actually throw (Chrome reports the
// user cancelling the picker and the OS refusing permission both as NotAllowedError).
const MESSAGE_BY_ERROR_NAME: Record<string, string> = {
  NotSupportedError: SCREEN_SHARE_MESSAGES.unsupported,
  NotAllowedError: SCREEN_SHARE_MESSAGES.notAllowed,
  NotFoundError: SCREEN_SHARE_MESSAGES.notFound,
  NotReadableError: SCREEN_SHARE_MESSAGES.notReadable,
  AbortError: SCREEN_SHARE_MESSAGES.notReadable,
  SecurityError: SCREEN_SHARE_MESSAGES.security,
};

export function isScreenShareSupported(devices: DisplayMediaDevices | null | undefined): boolean {
  return typeof devices?.getDisplayMedia === 'function';
}

export function screenShareErrorMessage(error: unknown): string {
  const name =
    typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
      ? error.name
      : '';
  return MESSAGE_BY_ERROR_NAME[name] ?? SCREEN_SHARE_MESSAGES.unknown;
}

/**
 * Asks the browser for a screen (it shows its own picker; call it from a click, which browsers require).
 * Rejects with the browser's error, or a NotSupportedError where getDisplayMedia does not exist.
 */
export async function startScreenShare<S extends ScreenStream>(
  devices: DisplayMediaDevices<S>,
): Promise<ScreenShare<S>> {
  if (typeof devices.getDisplayMedia !== 'function') {
    throw new DOMException('getDisplayMedia is not available', 'NotSupportedError');
  }
  const stream = await devices.getDisplayMedia({ video: true, audio: false });
  const tracks = stream.getTracks();
  const callbacks = new Set<() => void>();
  let active = true;

  const release = () => {
    active = false;
    for (const track of tracks) {
      track.removeEventListener('ended', handleEnded);
      track.stop();
    }
  };

  // Each track of the share reports its own `ended`; the share ends, and the callbacks run, only once.
  function handleEnded() {
    if (!active) return;
    release();
    for (const callback of [...callbacks]) callback();
    callbacks.clear();
  }

  for (const track of tracks) track.addEventListener('ended', handleEnded);

  return {
    stream,
    stop() {
      if (!active) return;
      release();
      callbacks.clear();
    },
    onEnded(callback) {
      if (active) callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
  };
}
