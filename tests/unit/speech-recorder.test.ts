import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getRecorderApi,
  pickRecordingMimeType,
  RECORDING_BITS_PER_SECOND,
  startRecording,
} from '../../lib/client/speech/recorder';
import { transcribeClip } from '../../lib/client/speech/transcription-client';
import { recorderProblem, VOICE_MESSAGES } from '../../lib/client/speech/voice-errors';
import { TRANSCRIPTION_PATH } from '../../lib/transcription';
import { fakeRecorderApi, FakeMediaRecorder } from '../helpers/speech-fakes';

beforeEach(() => {
  FakeMediaRecorder.instances = [];
  FakeMediaRecorder.supported = new Set(['audio/webm;codecs=opus', 'audio/webm']);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('pickRecordingMimeType', () => {
  const supporting =
    (...types: string[]) =>
    (type: string) =>
      types.includes(type);

  it('prefers Opus in WebM where the browser records it (Chrome, Firefox, Edge)', () => {
    expect(pickRecordingMimeType(supporting('audio/webm;codecs=opus', 'audio/webm', 'audio/mp4'))).toBe(
      'audio/webm;codecs=opus',
    );
    expect(pickRecordingMimeType(supporting('audio/webm', 'audio/mp4'))).toBe('audio/webm');
  });

  it('takes MP4 where WebM is unsupported (older Safari)', () => {
    expect(pickRecordingMimeType(supporting('audio/mp4'))).toBe('audio/mp4');
  });

  it('leaves the choice to the browser when it supports none or cannot say', () => {
    expect(pickRecordingMimeType(supporting('audio/ogg'))).toBeUndefined();
    expect(pickRecordingMimeType(undefined)).toBeUndefined();
    expect(
      pickRecordingMimeType(() => {
        throw new Error('broken');
      }),
    ).toBeUndefined();
  });
});

describe('getRecorderApi', () => {
  it('needs MediaRecorder and getUserMedia', () => {
    const getUserMedia = vi.fn();
    expect(
      getRecorderApi({ MediaRecorder: FakeMediaRecorder, navigator: { mediaDevices: { getUserMedia } } }),
    ).toBeDefined();
    expect(getRecorderApi({ navigator: { mediaDevices: { getUserMedia } } })).toBeUndefined();
    expect(getRecorderApi({ MediaRecorder: FakeMediaRecorder, navigator: {} })).toBeUndefined();
  });

  it('calls getUserMedia on its mediaDevices object', async () => {
    const mediaDevices = {
      getUserMedia(this: unknown) {
        return Promise.resolve({ getTracks: () => [], self: this });
      },
    };
    const api = getRecorderApi({ MediaRecorder: FakeMediaRecorder, navigator: { mediaDevices } });
    await expect(api?.getUserMedia({ audio: {} })).resolves.toMatchObject({ self: mediaDevices });
  });
});

describe('startRecording', () => {
  it('records in the preferred type at a speech bitrate and returns the clip with its length', async () => {
    let clock = 1_000;
    const api = fakeRecorderApi();
    const recording = await startRecording(api, { maxDurationMs: 60_000, now: () => clock });
    expect(FakeMediaRecorder.last().options).toEqual({
      mimeType: 'audio/webm;codecs=opus',
      audioBitsPerSecond: RECORDING_BITS_PER_SECOND,
    });
    clock = 4_250;
    recording.stop();
    const outcome = await recording.outcome;
    expect(outcome).toMatchObject({
      kind: 'clip',
      type: 'audio/webm;codecs=opus',
      durationMs: 3_250,
      reachedLimit: false,
    });
    expect(outcome.kind === 'clip' && outcome.blob.size).toBe(1234);
    expect(api.track.stopped).toBe(true);
  });

  it('stops by itself at the limit', async () => {
    vi.useFakeTimers();
    const recording = await startRecording(fakeRecorderApi(), { maxDurationMs: 60_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await recording.outcome).toMatchObject({ kind: 'clip', reachedLimit: true, durationMs: 60_000 });
  });

  it('throws the audio away when cancelled', async () => {
    const api = fakeRecorderApi();
    const recording = await startRecording(api, { maxDurationMs: 60_000 });
    recording.cancel();
    recording.stop();
    expect(await recording.outcome).toEqual({ kind: 'cancelled' });
    expect(api.track.stopped).toBe(true);
  });

  it('ends as device-lost when the microphone track ends (unplugged or permission revoked)', async () => {
    const api = fakeRecorderApi();
    const recording = await startRecording(api, { maxDurationMs: 60_000 });
    api.track.end();
    expect(await recording.outcome).toEqual({ kind: 'device-lost' });
  });

  it('passes on a refused microphone and releases it when the recorder cannot start', async () => {
    const denied = new DOMException('Permission denied', 'NotAllowedError');
    await expect(
      startRecording(
        { ...fakeRecorderApi(), getUserMedia: () => Promise.reject(denied) },
        { maxDurationMs: 1 },
      ),
    ).rejects.toBe(denied);

    const api = fakeRecorderApi();
    vi.spyOn(FakeMediaRecorder.prototype, 'start').mockImplementationOnce(() => {
      throw new DOMException('no', 'NotSupportedError');
    });
    await expect(startRecording(api, { maxDurationMs: 1 })).rejects.toThrow('no');
    expect(api.track.stopped).toBe(true);
  });
});

describe('recorderProblem', () => {
  it('maps getUserMedia failures to the permission or device message', () => {
    expect(recorderProblem(new DOMException('x', 'NotAllowedError'))).toEqual({
      message: VOICE_MESSAGES.permissionDenied,
      next: 'type',
    });
    for (const name of ['NotFoundError', 'NotReadableError', 'OverconstrainedError']) {
      expect(recorderProblem(new DOMException('x', name)).message).toBe(VOICE_MESSAGES.noMicrophone);
    }
    expect(recorderProblem('weird').next).toBe('retry');
  });
});

describe('transcribeClip', () => {
  const clip = { blob: new Blob([new Uint8Array(10)]), type: 'audio/webm;codecs=opus', durationMs: 2_345.6 };
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('posts the clip with its type and length, and returns the text and the server limit', async () => {
    const fetch = vi.fn(() =>
      Promise.resolve(json(200, { text: ' ¿Qué es la UVT? ' }, { 'x-transcription-max-seconds': '45' })),
    );
    expect(await transcribeClip(fetch, clip)).toEqual({
      kind: 'text',
      text: '¿Qué es la UVT?',
      maxSeconds: 45,
    });
    expect(fetch).toHaveBeenCalledWith(TRANSCRIPTION_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'audio/webm;codecs=opus', 'x-recording-duration-ms': '2346' },
      body: clip.blob,
      signal: undefined,
    });
  });

  it("shows the server's Spanish error", async () => {
    const fetch = () => Promise.resolve(json(413, { error: 'La grabación es demasiado larga.' }));
    expect(await transcribeClip(fetch, clip)).toEqual({
      kind: 'problem',
      problem: { message: 'La grabación es demasiado larga.', next: 'retry' },
      maxSeconds: undefined,
    });
  });

  it('explains a network failure, an unexpected answer and an empty transcription', async () => {
    const offline = await transcribeClip(() => Promise.reject(new TypeError('Failed to fetch')), clip);
    expect(offline).toMatchObject({ problem: { message: VOICE_MESSAGES.uploadFailed } });
    const html = await transcribeClip(() => Promise.resolve(new Response('<html>', { status: 502 })), clip);
    expect(html).toMatchObject({ problem: { message: VOICE_MESSAGES.badServerAnswer } });
    const silent = await transcribeClip(() => Promise.resolve(json(200, { text: '  ' })), clip);
    expect(silent).toMatchObject({ problem: { message: VOICE_MESSAGES.emptyTranscription } });
  });
});
