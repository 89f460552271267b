import { describe, expect, it } from 'vitest';
import {
  toMicrophonePermission,
  watchMicrophonePermission,
  type MicrophonePermission,
} from '../../lib/client/speech/microphone-permission';
import { FakePermissionStatus, flush } from '../helpers/speech-fakes';

function watch(permissions: Parameters<typeof watchMicrophonePermission>[0]) {
  const seen: MicrophonePermission[] = [];
  const stop = watchMicrophonePermission(permissions, (permission) => seen.push(permission));
  return { seen, stop };
}

describe('toMicrophonePermission', () => {
  it('keeps the three Permissions API states and calls anything else unknown', () => {
    expect(['granted', 'prompt', 'denied', 'revoked', undefined].map(toMicrophonePermission)).toEqual([
      'granted',
      'prompt',
      'denied',
      'unknown',
      'unknown',
    ]);
  });
});

describe('watchMicrophonePermission', () => {
  it('asks for the microphone permission, reports its state and then every change', async () => {
    const status = new FakePermissionStatus('prompt');
    const names: string[] = [];
    const { seen, stop } = watch({
      query: (descriptor) => {
        names.push(descriptor.name);
        return Promise.resolve(status);
      },
    });
    await flush();
    expect(names).toEqual(['microphone']);
    status.change('granted');
    status.change('denied');
    expect(seen).toEqual(['prompt', 'granted', 'denied']);
    stop();
    expect(status.listenerCount).toBe(0);
  });

  it('reports unknown without the API, or when the browser does not know the name', async () => {
    expect(watch(undefined).seen).toEqual(['unknown']);
    const rejecting = watch({
      query: () => Promise.reject(new TypeError("'microphone' is not a valid name")),
    });
    const throwing = watch({
      query: () => {
        throw new TypeError('not supported');
      },
    });
    await flush();
    expect(rejecting.seen).toEqual(['unknown']);
    expect(throwing.seen).toEqual(['unknown']);
  });

  it('reports nothing once stopped, even if the query answers later', async () => {
    const status = new FakePermissionStatus('denied');
    const { seen, stop } = watch({ query: () => Promise.resolve(status) });
    stop();
    await flush();
    expect(seen).toEqual([]);
    expect(status.listenerCount).toBe(0);
  });
});
