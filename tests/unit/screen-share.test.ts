import { describe, expect, it, vi } from 'vitest';
import {
  isScreenShareSupported,
  SCREEN_SHARE_MESSAGES,
  screenShareErrorMessage,
  startScreenShare,
  type DisplayMediaDevices,
} from '../../lib/client/screen-share';

/** Like MediaStreamTrack: stop() ends the track silently; only the browser dispatches `ended`. */
class FakeTrack extends EventTarget {
  readyState: 'live' | 'ended' = 'live';
  stops = 0;
  stop() {
    this.stops += 1;
    this.readyState = 'ended';
  }
  endFromBrowser() {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

class FakeStream {
  constructor(readonly tracks: FakeTrack[]) {}
  getTracks() {
    return this.tracks;
  }
}

function fakeDevices(result: FakeStream | Error) {
  const getDisplayMedia = vi.fn<NonNullable<DisplayMediaDevices<FakeStream>['getDisplayMedia']>>(async () => {
    if (result instanceof Error) throw result;
    return result;
  });
  return { devices: { getDisplayMedia }, getDisplayMedia };
}

describe('screen share support', () => {
  it('is supported only where getDisplayMedia is a function', () => {
    expect(isScreenShareSupported(fakeDevices(new FakeStream([])).devices)).toBe(true);
    // iOS Safari and Android browsers have mediaDevices without getDisplayMedia.
    expect(isScreenShareSupported({})).toBe(false);
    // Insecure contexts have no mediaDevices at all.
    expect(isScreenShareSupported(undefined)).toBe(false);
    expect(isScreenShareSupported(null)).toBe(false);
  });

  it('rejects with the unsupported explanation instead of calling a missing getDisplayMedia', async () => {
    const error = await startScreenShare<FakeStream>({}).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'NotSupportedError' });
    expect(screenShareErrorMessage(error)).toBe(SCREEN_SHARE_MESSAGES.unsupported);
  });
});

describe('startScreenShare', () => {
  it('asks for video only and returns the stream', async () => {
    const stream = new FakeStream([new FakeTrack()]);
    const { devices, getDisplayMedia } = fakeDevices(stream);
    const share = await startScreenShare(devices);
    expect(getDisplayMedia).toHaveBeenCalledExactlyOnceWith({ video: true, audio: false });
    expect(share.stream).toBe(stream);
  });

  it('stop() stops every track, once, without reporting an ending from the browser', async () => {
    const tracks = [new FakeTrack(), new FakeTrack()];
    const share = await startScreenShare(fakeDevices(new FakeStream(tracks)).devices);
    const ended = vi.fn();
    share.onEnded(ended);

    share.stop();
    share.stop();

    expect(tracks.map((track) => [track.readyState, track.stops])).toEqual([
      ['ended', 1],
      ['ended', 1],
    ]);
    tracks[0]?.endFromBrowser();
    expect(ended).not.toHaveBeenCalled();
  });

  it('an ending from the browser runs the callback once and stops the remaining tracks', async () => {
    const tracks = [new FakeTrack(), new FakeTrack()];
    const share = await startScreenShare(fakeDevices(new FakeStream(tracks)).devices);
    const ended = vi.fn();
    share.onEnded(ended);

    tracks[0]?.endFromBrowser();
    tracks[1]?.endFromBrowser();
    tracks[0]?.dispatchEvent(new Event('ended'));

    expect(ended).toHaveBeenCalledTimes(1);
    expect(tracks[1]?.stops).toBe(1);
    share.stop();
    expect(tracks[1]?.stops).toBe(1);
  });

  it('an unregistered callback is not run', async () => {
    const track = new FakeTrack();
    const share = await startScreenShare(fakeDevices(new FakeStream([track])).devices);
    const ended = vi.fn();
    const kept = vi.fn();
    const unregister = share.onEnded(ended);
    share.onEnded(kept);
    unregister();

    track.endFromBrowser();

    expect(ended).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('passes the browser refusal through unchanged', async () => {
    const refusal = new DOMException('Permission denied', 'NotAllowedError');
    await expect(startScreenShare(fakeDevices(refusal).devices)).rejects.toBe(refusal);
  });
});

describe('screenShareErrorMessage', () => {
  it.each([
    ['NotAllowedError', SCREEN_SHARE_MESSAGES.notAllowed],
    ['NotFoundError', SCREEN_SHARE_MESSAGES.notFound],
    ['NotReadableError', SCREEN_SHARE_MESSAGES.notReadable],
    ['AbortError', SCREEN_SHARE_MESSAGES.notReadable],
    ['SecurityError', SCREEN_SHARE_MESSAGES.security],
    ['NotSupportedError', SCREEN_SHARE_MESSAGES.unsupported],
    ['InvalidStateError', SCREEN_SHARE_MESSAGES.unknown],
  ])('maps %s to its Spanish message', (name, message) => {
    expect(screenShareErrorMessage(new DOMException('browser text', name))).toBe(message);
  });

  it('maps anything else to the generic message', () => {
    expect(screenShareErrorMessage(new TypeError('bad constraints'))).toBe(SCREEN_SHARE_MESSAGES.unknown);
    expect(screenShareErrorMessage('a string')).toBe(SCREEN_SHARE_MESSAGES.unknown);
    expect(screenShareErrorMessage(null)).toBe(SCREEN_SHARE_MESSAGES.unknown);
  });

  it('each message says what to do next', () => {
    expect(SCREEN_SHARE_MESSAGES.notAllowed).toMatch(/intentarlo de nuevo/);
    expect(SCREEN_SHARE_MESSAGES.notAllowed).toMatch(/Grabación de pantalla/);
    expect(SCREEN_SHARE_MESSAGES.notFound).toMatch(/Grabación de pantalla/);
    expect(SCREEN_SHARE_MESSAGES.unsupported).toMatch(/iPhone, iPad y Android/);
    for (const message of Object.values(SCREEN_SHARE_MESSAGES)) expect(message).toMatch(/intenta|puedes/i);
  });
});
