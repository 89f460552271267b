import { beforeEach, describe, expect, it, vi } from 'vitest';
import { VOICE_MESSAGES } from '../../lib/client/speech/voice-errors';
import {
  createVoiceInput,
  standingNotice,
  voiceMethod,
  type VoiceInputEnvironment,
} from '../../lib/client/speech/voice-input';
import type { ProviderKind } from '../../lib/protocol';
import {
  FakeMediaRecorder,
  FakePermissionStatus,
  FakeRecognition,
  FakeTrack,
  flush,
} from '../helpers/speech-fakes';

interface Options {
  recognition?: boolean;
  recorder?: boolean;
  provider?: ProviderKind;
  permission?: FakePermissionStatus;
  transcription?: () => Promise<Response>;
}

function setup(options: Options = {}) {
  const { recognition = true, recorder = true, provider = 'openai', permission } = options;
  const sent: string[] = [];
  const track = new FakeTrack();
  const beforeCapture = vi.fn();
  const fetch = vi.fn<VoiceInputEnvironment['fetch']>(
    options.transcription ??
      (() => Promise.resolve(Response.json({ text: '¿Cuándo vence mi declaración?' }))),
  );
  const globals: VoiceInputEnvironment['globals'] = {
    ...(recognition ? { webkitSpeechRecognition: FakeRecognition } : {}),
    ...(recorder ? { MediaRecorder: FakeMediaRecorder } : {}),
    navigator: {
      mediaDevices: { getUserMedia: () => Promise.resolve({ getTracks: () => [track] }) },
      ...(permission ? { permissions: { query: () => Promise.resolve(permission) } } : {}),
    },
  };
  const store = createVoiceInput({
    globals,
    fetch,
    provider: () => provider,
    send: (text) => sent.push(text),
    beforeCapture,
  });
  const detach = store.getState().attach();
  return { store, state: store.getState, sent, track, fetch, beforeCapture, detach };
}

beforeEach(() => {
  FakeRecognition.instances = [];
  FakeMediaRecorder.instances = [];
});

describe('choosing how to listen', () => {
  const support = (recognitionSupported: boolean, recorderSupported: boolean, preferRecorder = false) => ({
    recognitionSupported,
    recorderSupported,
    preferRecorder,
  });

  it('uses recognition when present, recording with OpenAI otherwise, else typing', () => {
    expect(voiceMethod(support(true, true), 'openai')).toBe('recognition');
    expect(voiceMethod(support(false, true), 'openai')).toBe('recorder');
    expect(voiceMethod(support(false, true), 'local')).toBe('typing');
    expect(voiceMethod(support(false, false), 'openai')).toBe('typing');
    expect(voiceMethod(support(true, true, true), 'openai')).toBe('recorder');
    expect(voiceMethod(support(true, true, true), 'local')).toBe('recognition');
  });

  it('says up front what happens when recognition is missing, once the provider is known', () => {
    expect(standingNotice(support(false, true), undefined)).toEqual({});
    expect(standingNotice(support(false, true), 'openai')).toEqual({
      info: VOICE_MESSAGES.recordingWillBeTranscribed,
    });
    expect(standingNotice(support(false, true), 'local').problem).toMatchObject({ next: 'type' });
    expect(standingNotice(support(true, true), 'local')).toEqual({});
  });
});

describe('voice input with speech recognition', () => {
  it('listens on the first tap and sends what was said on the second', () => {
    const { state, sent, beforeCapture } = setup();
    state().toggle();
    expect(beforeCapture).toHaveBeenCalledTimes(1);
    expect(state().phase).toBe('listening');
    const recognition = FakeRecognition.last();
    recognition.hear('¿Qué es el RUT?', false);
    expect(state().interim).toBe('¿Qué es el RUT?');
    state().toggle();
    expect(recognition.stopped).toBe(true);
    recognition.hear('¿Qué es el RUT?', true, true);
    recognition.end();
    expect(sent).toEqual(['¿Qué es el RUT?']);
    expect(state()).toMatchObject({ phase: 'idle', interim: '', problem: undefined });
  });

  it('offers recording after a network failure with OpenAI, and records on request', async () => {
    const { state, sent, fetch } = setup();
    state().toggle();
    FakeRecognition.last().fail('network');
    FakeRecognition.last().end();
    expect(state().problem).toMatchObject({ next: 'record' });
    state().record();
    expect(state().problem).toBeUndefined();
    await flush();
    expect(state().phase).toBe('recording');
    state().toggle();
    await vi.waitFor(() => expect(sent).toEqual(['¿Cuándo vence mi declaración?']));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(state().preferRecorder).toBe(true);
  });

  it('points to typing after a failure in offline mode', () => {
    const { state } = setup({ provider: 'local' });
    state().toggle();
    FakeRecognition.last().fail('service-not-allowed');
    FakeRecognition.last().end();
    expect(state().problem).toMatchObject({ next: 'type' });
    state().record();
    expect(FakeMediaRecorder.instances).toHaveLength(0);
  });

  it('stops listening, keeping nothing, when the tab is hidden', () => {
    const { state, sent } = setup();
    state().toggle();
    state().setActive(false);
    expect(FakeRecognition.last().aborted).toBe(true);
    FakeRecognition.last().hear('tarde', true);
    FakeRecognition.last().end();
    expect(sent).toEqual([]);
    expect(state().phase).toBe('idle');
  });
});

describe('voice input by recording', () => {
  it('records, uploads and sends the transcription; shows the elapsed time meanwhile', async () => {
    vi.useFakeTimers();
    const { state, sent, fetch } = setup({ recognition: false });
    state().toggle();
    expect(state().phase).toBe('starting');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state().phase).toBe('recording');
    expect(state().elapsedMs).toBeGreaterThanOrEqual(750);
    state().toggle();
    await vi.waitFor(() => expect(sent).toEqual(['¿Cuándo vence mi declaración?']));
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ headers: { 'x-recording-duration-ms': '1000' } });
    vi.useRealTimers();
  });

  it('gives up while waiting for the microphone, and releases it once the browser grants it', async () => {
    const { state, track, fetch } = setup({ recognition: false });
    state().toggle();
    expect(state().phase).toBe('starting');
    state().toggle();
    expect(state().phase).toBe('idle');
    await flush();
    expect(track.stopped).toBe(true);
    expect(state().phase).toBe('idle');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the server error and learns its recording limit', async () => {
    const { state, sent } = setup({
      recognition: false,
      transcription: () =>
        Promise.resolve(
          Response.json(
            { error: 'La grabación es demasiado larga.' },
            { status: 413, headers: { 'x-transcription-max-seconds': '30' } },
          ),
        ),
    });
    state().toggle();
    await flush();
    state().toggle();
    await vi.waitFor(() => expect(state().phase).toBe('idle'));
    expect(state()).toMatchObject({
      problem: { message: 'La grabación es demasiado larga.' },
      maxSeconds: 30,
    });
    expect(sent).toEqual([]);
  });

  it('says so when the microphone goes away mid-recording', async () => {
    const { state, track, fetch } = setup({ recognition: false });
    state().toggle();
    await flush();
    track.end();
    await vi.waitFor(() => expect(state().problem?.message).toBe(VOICE_MESSAGES.microphoneLost));
    expect(state().phase).toBe('idle');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('microphone permission', () => {
  it('explains a blocked microphone and offers typing', async () => {
    const { state } = setup({ permission: new FakePermissionStatus('denied') });
    await flush();
    expect(state()).toMatchObject({
      permission: 'denied',
      problem: { message: VOICE_MESSAGES.permissionDenied, next: 'type' },
    });
  });

  it('stops listening and says so when the permission is revoked mid-use, and clears it once granted', async () => {
    const permission = new FakePermissionStatus('granted');
    const { state, sent } = setup({ permission });
    await flush();
    state().toggle();
    permission.change('denied');
    expect(FakeRecognition.last().aborted).toBe(true);
    expect(state()).toMatchObject({
      phase: 'idle',
      problem: { message: VOICE_MESSAGES.permissionRevoked, next: 'type' },
    });
    permission.change('granted');
    expect(state().problem).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('stops recording when the permission is revoked', async () => {
    const permission = new FakePermissionStatus('prompt');
    const { state, track, fetch } = setup({ recognition: false, permission });
    await flush();
    expect(state().permission).toBe('prompt');
    state().toggle();
    await flush();
    permission.change('denied');
    expect(state()).toMatchObject({ phase: 'idle', problem: { message: VOICE_MESSAGES.permissionRevoked } });
    await flush();
    expect(track.stopped).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('stops watching and capturing once detached', async () => {
    const permission = new FakePermissionStatus('granted');
    const { state, detach } = setup({ permission });
    await flush();
    state().toggle();
    detach();
    expect(FakeRecognition.last().aborted).toBe(true);
    expect(permission.listenerCount).toBe(0);
  });
});
