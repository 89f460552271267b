/**
 * Recording a spoken question with `MediaRecorder`, for browsers without speech recognition; the clip is
 * then transcribed by the server. Written against the objects passed in so it runs in tests.
 */

/**
 * In order of preference. Opus in WebM (Chrome, Edge, Firefox, Safari 18.4+) is the smallest for speech
 * and OpenAI reads it; older Safari records only AAC in MP4, which is chosen when WebM is unsupported.
 * When none is reported as supported, the browser's default is used and its type sent as is.
 */
export const RECORDING_MIME_CANDIDATES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4'] as const;

/** Plenty for intelligible speech, and keeps a 60-second clip near 240 KB. */
export const RECORDING_BITS_PER_SECOND = 32_000;

export function pickRecordingMimeType(
  isTypeSupported: ((type: string) => boolean) | undefined,
): string | undefined {
  if (!isTypeSupported) return undefined;
  return RECORDING_MIME_CANDIDATES.find((type) => {
    try {
      return isTypeSupported(type);
    } catch {
      return false;
    }
  });
}

export interface TrackLike {
  stop(): void;
  addEventListener(type: 'ended', listener: () => void): void;
  removeEventListener(type: 'ended', listener: () => void): void;
}

export interface StreamLike {
  getTracks(): TrackLike[];
}

export interface MediaRecorderLike {
  readonly mimeType: string;
  readonly state: string;
  ondataavailable: ((event: { readonly data: Blob }) => void) | null;
  onstop: (() => void) | null;
  start(): void;
  stop(): void;
}

export interface MediaRecorderConstructorLike {
  new (stream: StreamLike, options?: { mimeType?: string; audioBitsPerSecond?: number }): MediaRecorderLike;
  isTypeSupported?(type: string): boolean;
}

export interface RecorderApi {
  MediaRecorder: MediaRecorderConstructorLike;
  getUserMedia(constraints: { audio: Record<string, boolean> }): Promise<StreamLike>;
}

export interface RecorderGlobals {
  MediaRecorder?: unknown;
  navigator?: { mediaDevices?: { getUserMedia?: unknown } };
}

export function getRecorderApi(globals: RecorderGlobals): RecorderApi | undefined {
  const { MediaRecorder } = globals;
  const mediaDevices = globals.navigator?.mediaDevices;
  const getUserMedia = mediaDevices?.getUserMedia;
  if (typeof MediaRecorder !== 'function' || typeof getUserMedia !== 'function') return undefined;
  return {
    MediaRecorder: MediaRecorder as MediaRecorderConstructorLike,
    getUserMedia: (constraints) => getUserMedia.call(mediaDevices, constraints) as Promise<StreamLike>,
  };
}

export interface Clip {
  blob: Blob;
  /** The recorder's actual type, e.g. `audio/webm;codecs=opus`, sent as the upload's Content-Type. */
  type: string;
  durationMs: number;
}

export type RecordingOutcome =
  | ({ kind: 'clip'; reachedLimit: boolean } & Clip)
  | { kind: 'cancelled' }
  /** The microphone went away (unplugged, permission revoked, taken by the system). */
  | { kind: 'device-lost' };

export interface Recording {
  /** Settles once, after the microphone has been released. */
  readonly outcome: Promise<RecordingOutcome>;
  /** Ends the recording and keeps the clip. */
  stop(): void;
  /** Ends the recording and throws the audio away. */
  cancel(): void;
}

export interface RecordingOptions {
  maxDurationMs: number;
  now?: () => number;
}

/** Asks for the microphone (which may prompt) and starts recording; rejects with the DOMException on refusal. */
export async function startRecording(
  api: RecorderApi,
  { maxDurationMs, now = () => Date.now() }: RecordingOptions,
): Promise<Recording> {
  const stream = await api.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
  const tracks = stream.getTracks();
  const chosenType = pickRecordingMimeType(api.MediaRecorder.isTypeSupported?.bind(api.MediaRecorder));

  let ending: RecordingOutcome['kind'] | undefined;
  let reachedLimit = false;
  let stoppedAt: number | undefined;
  const onTrackEnded = () => finish('device-lost');
  const releaseMicrophone = () => {
    for (const track of tracks) {
      track.removeEventListener('ended', onTrackEnded);
      track.stop();
    }
  };

  let recorder: MediaRecorderLike;
  const startedAt = now();
  try {
    recorder = new api.MediaRecorder(stream, {
      ...(chosenType ? { mimeType: chosenType } : {}),
      audioBitsPerSecond: RECORDING_BITS_PER_SECOND,
    });
    recorder.start();
  } catch (error) {
    releaseMicrophone();
    throw error;
  }
  const timer = setTimeout(() => {
    reachedLimit = true;
    finish('clip');
  }, maxDurationMs);

  const chunks: Blob[] = [];
  let settle: (outcome: RecordingOutcome) => void = () => {};
  const outcome = new Promise<RecordingOutcome>((resolve) => {
    settle = resolve;
  });
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  recorder.onstop = () => {
    clearTimeout(timer);
    releaseMicrophone();
    // A recorder that stops on its own lost its source.
    const kind = ending ?? 'device-lost';
    if (kind !== 'clip') return settle({ kind });
    const type = recorder.mimeType || chosenType || chunks[0]?.type || '';
    settle({
      kind,
      reachedLimit,
      type,
      blob: new Blob(chunks, { type }),
      durationMs: (stoppedAt ?? now()) - startedAt,
    });
  };

  function finish(kind: RecordingOutcome['kind']) {
    if (ending !== undefined) return;
    ending = kind;
    stoppedAt = now();
    // An inactive recorder has stopped on its own; its `stop` event settles the outcome.
    if (recorder.state !== 'inactive') recorder.stop();
  }

  for (const track of tracks) track.addEventListener('ended', onTrackEnded);

  return { outcome, stop: () => finish('clip'), cancel: () => finish('cancelled') };
}
