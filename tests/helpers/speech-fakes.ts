import type { PermissionStatusLike } from '../../lib/client/speech/microphone-permission';
import type {
  RecognitionLike,
  RecognitionResultLike,
  RecognitionResultListLike,
} from '../../lib/client/speech/recognition';
import type { MediaRecorderLike, RecorderApi, StreamLike, TrackLike } from '../../lib/client/speech/recorder';
import type { SynthesisLike, UtteranceLike, VoiceLike } from '../../lib/client/speech/synthesis';

/** Browser speech objects for Node tests: each records what the code under test did and lets the test act. */

export class FakeRecognition implements RecognitionLike {
  static instances: FakeRecognition[] = [];
  lang = '';
  interimResults = false;
  continuous = true;
  maxAlternatives = 5;
  onresult: RecognitionLike['onresult'] = null;
  onerror: RecognitionLike['onerror'] = null;
  onend: RecognitionLike['onend'] = null;
  started = false;
  stopped = false;
  aborted = false;
  private results: RecognitionResultLike[] = [];

  constructor() {
    FakeRecognition.instances.push(this);
  }

  static last(): FakeRecognition {
    const last = FakeRecognition.instances.at(-1);
    if (!last) throw new Error('no recognition was created');
    return last;
  }

  start(): void {
    this.started = true;
  }

  stop(): void {
    this.stopped = true;
  }

  abort(): void {
    this.aborted = true;
  }

  /** Appends (or, with `replaceLast`, revises) a result and delivers the whole list, as browsers do. */
  hear(transcript: string, isFinal: boolean, replaceLast = false): void {
    const result = Object.assign([{ transcript }], { isFinal }) as unknown as RecognitionResultLike;
    if (replaceLast) this.results[this.results.length - 1] = result;
    else this.results.push(result);
    this.onresult?.({ results: [...this.results] as RecognitionResultListLike });
  }

  fail(error: string): void {
    this.onerror?.({ error });
  }

  end(): void {
    this.onend?.();
  }
}

export class FakeUtterance implements UtteranceLike {
  lang = '';
  voice: VoiceLike | null = null;
  volume = 1;
  onend: UtteranceLike['onend'] = null;
  onerror: UtteranceLike['onerror'] = null;
  constructor(public text = '') {}
}

export class FakeSynthesis implements SynthesisLike {
  spoken: FakeUtterance[] = [];
  cancels = 0;
  private listeners = new Set<() => void>();

  constructor(public voices: VoiceLike[] = []) {}

  speak(utterance: UtteranceLike): void {
    this.spoken.push(utterance as FakeUtterance);
  }

  cancel(): void {
    this.cancels += 1;
  }

  getVoices(): readonly VoiceLike[] {
    return this.voices;
  }

  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.delete(listener);
  }

  loadVoices(voices: VoiceLike[]): void {
    this.voices = voices;
    for (const listener of this.listeners) listener();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** The texts actually read aloud (the silent unlock utterance left out). */
  get texts(): string[] {
    return this.spoken.filter((utterance) => utterance.text !== '').map((utterance) => utterance.text);
  }
}

export class FakeTrack implements TrackLike {
  stopped = false;
  private listeners = new Set<() => void>();

  stop(): void {
    this.stopped = true;
  }

  addEventListener(_type: 'ended', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'ended', listener: () => void): void {
    this.listeners.delete(listener);
  }

  /** The browser ended the track (device unplugged, permission revoked). */
  end(): void {
    for (const listener of this.listeners) listener();
  }
}

export class FakeMediaRecorder implements MediaRecorderLike {
  static instances: FakeMediaRecorder[] = [];
  static supported = new Set(['audio/webm;codecs=opus', 'audio/webm']);
  static isTypeSupported(type: string): boolean {
    return FakeMediaRecorder.supported.has(type);
  }

  readonly mimeType: string;
  state: 'inactive' | 'recording' = 'inactive';
  ondataavailable: MediaRecorderLike['ondataavailable'] = null;
  onstop: MediaRecorderLike['onstop'] = null;

  constructor(
    readonly stream: StreamLike,
    readonly options: { mimeType?: string; audioBitsPerSecond?: number } = {},
  ) {
    this.mimeType = options.mimeType ?? 'audio/webm';
    FakeMediaRecorder.instances.push(this);
  }

  static last(): FakeMediaRecorder {
    const last = FakeMediaRecorder.instances.at(-1);
    if (!last) throw new Error('no recorder was created');
    return last;
  }

  start(): void {
    this.state = 'recording';
  }

  /** Like browsers: the data, then `stop`, both asynchronously. */
  stop(): void {
    this.state = 'inactive';
    queueMicrotask(() => {
      this.ondataavailable?.({ data: new Blob([new Uint8Array(1234)], { type: this.mimeType }) });
      this.onstop?.();
    });
  }
}

export function fakeRecorderApi(track = new FakeTrack()): RecorderApi & { track: FakeTrack } {
  return {
    track,
    MediaRecorder: FakeMediaRecorder,
    getUserMedia: () => Promise.resolve({ getTracks: () => [track] }),
  };
}

export class FakePermissionStatus implements PermissionStatusLike {
  private listeners = new Set<() => void>();
  constructor(public state: string) {}

  addEventListener(_type: 'change', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'change', listener: () => void): void {
    this.listeners.delete(listener);
  }

  change(state: string): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

/** Lets pending promise callbacks run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
