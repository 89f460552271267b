/**
 * The Voz tab's input side as a small store: listen with the browser's speech recognition, or record and
 * have the server transcribe, or send the person to the Chat tab, and say in Spanish why. Kept out of React
 * so that it can be driven by browser events and tested in Node with fake browser objects.
 */
import { createStore } from 'zustand/vanilla';
import type { ProviderKind } from '../../protocol';
import { DEFAULT_TRANSCRIPTION_MAX_SECONDS } from '../../transcription';
import {
  watchMicrophonePermission,
  type MicrophonePermission,
  type PermissionsLike,
} from './microphone-permission';
import {
  getRecognitionConstructor,
  startRecognition,
  type RecognitionConstructor,
  type RecognitionGlobals,
  type RecognitionSession,
} from './recognition';
import {
  getRecorderApi,
  startRecording,
  type RecorderApi,
  type RecorderGlobals,
  type Recording,
} from './recorder';
import { transcribeClip } from './transcription-client';
import { recognitionProblem, recorderProblem, VOICE_MESSAGES, type VoiceProblem } from './voice-errors';

export type VoicePhase = 'idle' | 'starting' | 'listening' | 'recording' | 'transcribing';
export type VoiceMethod = 'recognition' | 'recorder' | 'typing';

export interface VoiceInputEnvironment {
  globals: RecognitionGlobals & RecorderGlobals & { navigator?: { permissions?: unknown } };
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** The assistant's current provider: with `openai` the server can transcribe recordings. */
  provider(): ProviderKind | undefined;
  send(text: string): void;
  /** Runs synchronously inside the tap that starts listening (unlock and silence speech output). */
  beforeCapture(): void;
  now?: () => number;
}

export interface VoiceInputState {
  recognitionSupported: boolean;
  recorderSupported: boolean;
  /** Set once the person chose recording after recognition failed. */
  preferRecorder: boolean;
  phase: VoicePhase;
  /** What recognition heard so far, shown while listening. */
  interim: string;
  elapsedMs: number;
  /** The server's recording limit (learned from its answers; the shared default until then). */
  maxSeconds: number;
  permission: MicrophonePermission;
  problem: VoiceProblem | undefined;
  /** Something worth knowing that is not a failure (e.g. the recording reached its limit). */
  info: string | undefined;
  /** The main button: start listening or recording, or finish it. */
  toggle(): void;
  /** Switch to recording (the fallback offered after a recognition failure) and start at once. */
  record(): void;
  /** The tab was shown or hidden; hiding it ends any capture, keeping nothing. */
  setActive(active: boolean): void;
  /** Starts watching the microphone permission; the returned function stops it and any capture. */
  attach(): () => void;
}

export type VoiceInputStore = ReturnType<typeof createVoiceInput>;

const ELAPSED_TICK_MS = 250;

export function voiceMethod(
  state: Pick<VoiceInputState, 'recognitionSupported' | 'recorderSupported' | 'preferRecorder'>,
  provider: ProviderKind | undefined,
): VoiceMethod {
  const canRecord = state.recorderSupported && provider === 'openai';
  if (state.recognitionSupported && !(state.preferRecorder && canRecord)) return 'recognition';
  return canRecord ? 'recorder' : 'typing';
}

/** What the tab says before anyone taps, when recognition is missing: the path it will take instead. */
export function standingNotice(
  state: Pick<VoiceInputState, 'recognitionSupported' | 'recorderSupported' | 'preferRecorder'>,
  provider: ProviderKind | undefined,
): { problem?: VoiceProblem; info?: string } {
  if (state.recognitionSupported || provider === undefined) return {};
  if (voiceMethod(state, provider) === 'recorder') return { info: VOICE_MESSAGES.recordingWillBeTranscribed };
  return { problem: recognitionProblem('unsupported', { canRecord: false }) };
}

const PERMISSION_PROBLEMS: ReadonlySet<string> = new Set([
  VOICE_MESSAGES.permissionDenied,
  VOICE_MESSAGES.permissionRevoked,
]);

export function createVoiceInput(env: VoiceInputEnvironment) {
  const now = env.now ?? (() => Date.now());
  const Recognition = getRecognitionConstructor(env.globals);
  const recorderApi = getRecorderApi(env.globals);
  let recognition: RecognitionSession | undefined;
  let recording: Recording | undefined;
  let upload: AbortController | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  // Bumped by every cancellation, so the late callbacks of an abandoned capture change nothing.
  let capture = 0;

  return createStore<VoiceInputState>()((set, get) => {
    const canRecord = () => get().recorderSupported && env.provider() === 'openai';

    const stopTicker = () => {
      clearInterval(ticker);
      ticker = undefined;
    };

    const cancelCapture = () => {
      capture += 1;
      recognition?.abort();
      recording?.cancel();
      upload?.abort();
      recognition = undefined;
      recording = undefined;
      upload = undefined;
      stopTicker();
      set({ phase: 'idle', interim: '', elapsedMs: 0 });
    };

    const listen = (Recognition: RecognitionConstructor) => {
      const id = capture;
      set({ phase: 'listening', interim: '' });
      recognition = startRecognition(Recognition, {
        onInterim: (interim) => {
          if (id === capture) set({ interim });
        },
        onEnd: (outcome) => {
          if (id !== capture) return;
          recognition = undefined;
          set({ phase: 'idle', interim: '' });
          if (outcome.kind === 'text') env.send(outcome.text);
          if (outcome.kind === 'error') {
            set({ problem: recognitionProblem(outcome.code, { canRecord: canRecord() }) });
          }
        },
      });
    };

    const recordAndTranscribe = async (api: RecorderApi) => {
      const id = capture;
      set({ phase: 'starting' });
      let started: Recording;
      try {
        started = await startRecording(api, { maxDurationMs: get().maxSeconds * 1000, now });
      } catch (error) {
        if (id === capture) set({ phase: 'idle', problem: recorderProblem(error) });
        return;
      }
      // Cancelled while the browser was asking for the microphone.
      if (id !== capture) return started.cancel();
      recording = started;
      const startedAt = now();
      set({ phase: 'recording', elapsedMs: 0 });
      ticker = setInterval(() => set({ elapsedMs: now() - startedAt }), ELAPSED_TICK_MS);

      const outcome = await started.outcome;
      if (id !== capture) return;
      recording = undefined;
      stopTicker();
      if (outcome.kind !== 'clip') {
        set({
          phase: 'idle',
          elapsedMs: 0,
          problem:
            outcome.kind === 'device-lost'
              ? { message: VOICE_MESSAGES.microphoneLost, next: 'type' }
              : undefined,
        });
        return;
      }
      set({
        phase: 'transcribing',
        elapsedMs: 0,
        info: outcome.reachedLimit ? VOICE_MESSAGES.reachedLimit(get().maxSeconds) : undefined,
      });
      upload = new AbortController();
      const result = await transcribeClip(env.fetch, outcome, upload.signal);
      if (id !== capture) return;
      upload = undefined;
      set({ phase: 'idle', ...(result.maxSeconds ? { maxSeconds: result.maxSeconds } : {}) });
      if (result.kind === 'text') env.send(result.text);
      else set({ problem: result.problem });
    };

    const start = (method: VoiceMethod) => {
      env.beforeCapture();
      set({ problem: undefined, info: undefined });
      if (method === 'recognition' && Recognition) listen(Recognition);
      if (method === 'recorder' && recorderApi) void recordAndTranscribe(recorderApi);
    };

    const onPermission = (permission: MicrophonePermission) => {
      const { phase, problem } = get();
      set({ permission });
      if (permission === 'denied') {
        const capturing = phase !== 'idle' && phase !== 'transcribing';
        if (capturing) cancelCapture();
        set({
          problem: {
            message: capturing ? VOICE_MESSAGES.permissionRevoked : VOICE_MESSAGES.permissionDenied,
            next: 'type',
          },
        });
      } else if (problem && PERMISSION_PROBLEMS.has(problem.message)) {
        set({ problem: undefined });
      }
    };

    return {
      recognitionSupported: Recognition !== undefined,
      recorderSupported: recorderApi !== undefined,
      preferRecorder: false,
      phase: 'idle',
      interim: '',
      elapsedMs: 0,
      maxSeconds: DEFAULT_TRANSCRIPTION_MAX_SECONDS,
      permission: 'unknown',
      problem: undefined,
      info: undefined,
      toggle() {
        const { phase } = get();
        if (phase === 'listening') return recognition?.stop();
        if (phase === 'recording') return recording?.stop();
        // Still waiting for the microphone (a permission prompt may be open): give up on this capture.
        if (phase === 'starting') return cancelCapture();
        if (phase !== 'idle') return;
        start(voiceMethod(get(), env.provider()));
      },
      record() {
        if (get().phase !== 'idle' || !canRecord()) return;
        set({ preferRecorder: true });
        start('recorder');
      },
      setActive(active) {
        if (!active && get().phase !== 'idle') cancelCapture();
      },
      attach() {
        const permissions = env.globals.navigator?.permissions as PermissionsLike | undefined;
        const unwatch = watchMicrophonePermission(permissions, onPermission);
        return () => {
          unwatch();
          cancelCapture();
        };
      },
    };
  });
}
