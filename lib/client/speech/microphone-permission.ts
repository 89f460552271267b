/**
 * The microphone permission as the Permissions API reports it, watched for changes (a person can revoke
 * it from the browser's site settings while the page is open).
 */
export type MicrophonePermission = 'granted' | 'prompt' | 'denied' | 'unknown';

export interface PermissionStatusLike {
  readonly state: string;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

export interface PermissionsLike {
  query(descriptor: { name: string }): Promise<PermissionStatusLike>;
}

export function toMicrophonePermission(state: string | undefined): MicrophonePermission {
  return state === 'granted' || state === 'prompt' || state === 'denied' ? state : 'unknown';
}

/**
 * Reports the current state, then every change, until the returned function is called. Browsers without
 * the API, or that do not know the `microphone` name (older Firefox throws), report `unknown` once.
 */
export function watchMicrophonePermission(
  permissions: PermissionsLike | undefined,
  onChange: (permission: MicrophonePermission) => void,
): () => void {
  let stopped = false;
  let unsubscribe = () => {};
  if (!permissions || typeof permissions.query !== 'function') {
    onChange('unknown');
    return () => {};
  }
  // Wrapped so that an engine throwing synchronously ends up in the same rejection path.
  Promise.resolve()
    .then(() => permissions.query({ name: 'microphone' }))
    .then(
      (status) => {
        if (stopped) return;
        const listener = () => onChange(toMicrophonePermission(status.state));
        status.addEventListener('change', listener);
        unsubscribe = () => status.removeEventListener('change', listener);
        listener();
      },
      () => {
        if (!stopped) onChange('unknown');
      },
    );
  return () => {
    stopped = true;
    unsubscribe();
  };
}
