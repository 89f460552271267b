import type { Page } from '@playwright/test';

/**
 * Fakes of the browser's speech APIs, installed before the page's own scripts run, plus a probe
 * (`window.__speechProbe`) that records what the app did with them. Headless Chromium has no usable speech
 * recognition or voices, and the permission states must be chosen per test.
 */

/** One step of what a fake recognition does after `start()`; each `start()` takes the next script. */
export type RecognitionStep =
  | { interim: string }
  | { final: string }
  | { error: string }
  /** Waits until the app calls `stop()` (the person taps "Dejar de escuchar"). */
  | 'wait-for-stop';

export interface SpeechFakeOptions {
  /** `missing` deletes both SpeechRecognition names, as in Firefox. */
  recognition?: 'fake' | 'missing';
  recognitionScripts?: RecognitionStep[][];
  /** Loaded a moment after start-up with a `voiceschanged` event, as Chrome does. */
  voices?: { lang: string; name: string }[];
  /** How long each utterance "speaks" before its `end` event. */
  utteranceMs?: number;
  /** Fakes `navigator.permissions.query({ name: 'microphone' })`. */
  permission?: 'granted' | 'prompt' | 'denied';
  /** `denied` makes getUserMedia reject with NotAllowedError; otherwise Chromium's fake device answers. */
  getUserMedia?: 'fake-device' | 'denied';
}

export interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | null;
}

export interface SpeechProbe {
  recognitions: { lang: string; interimResults: boolean; stopped: boolean; aborted: boolean }[];
  /** Bodies posted to the transcription endpoint (Playwright cannot read a Blob request body). */
  uploads: { type: string; size: number }[];
  spoken: SpokenUtterance[];
  cancels: number;
  speaking: boolean;
  setPermission(state: string): void;
}

/** Runs in the page: must be self-contained (Playwright serialises it). */
function installSpeechFakes(options: SpeechFakeOptions): void {
  const target = window as unknown as Record<string, unknown>;
  const probe: SpeechProbe = {
    recognitions: [],
    uploads: [],
    spoken: [],
    cancels: 0,
    speaking: false,
    setPermission: () => undefined,
  };
  target.__speechProbe = probe;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  delete target.SpeechRecognition;
  delete target.webkitSpeechRecognition;
  if (options.recognition !== 'missing') {
    const scripts = options.recognitionScripts ?? [];
    let started = 0;
    class FakeSpeechRecognition {
      lang = '';
      interimResults = false;
      continuous = true;
      maxAlternatives = 1;
      onresult: ((event: unknown) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      private record = { lang: '', interimResults: false, stopped: false, aborted: false };
      private stopRequested: () => void = () => undefined;
      private stopPromise = new Promise<void>((resolve) => {
        this.stopRequested = resolve;
      });

      start() {
        this.record = {
          lang: this.lang,
          interimResults: this.interimResults,
          stopped: false,
          aborted: false,
        };
        probe.recognitions.push(this.record);
        const script = scripts[Math.min(started, scripts.length - 1)] ?? [];
        started += 1;
        void this.run(script);
      }

      stop() {
        this.record.stopped = true;
        this.stopRequested();
      }

      abort() {
        this.record.aborted = true;
        this.stopRequested();
      }

      private async run(script: RecognitionStep[]) {
        const results: { transcript: string; isFinal: boolean }[] = [];
        const deliver = () => {
          const list = results.map((result) =>
            Object.assign([{ transcript: result.transcript }], { isFinal: result.isFinal }),
          );
          this.onresult?.({ results: list, resultIndex: 0 });
        };
        for (const step of script) {
          await pause(40);
          if (this.record.aborted) break;
          if (step === 'wait-for-stop') {
            await this.stopPromise;
          } else if ('interim' in step) {
            if (results.at(-1)?.isFinal === false) results.pop();
            results.push({ transcript: step.interim, isFinal: false });
            deliver();
          } else if ('final' in step) {
            if (results.at(-1)?.isFinal === false) results.pop();
            results.push({ transcript: step.final, isFinal: true });
            deliver();
          } else {
            this.onerror?.({ error: step.error });
          }
        }
        if (this.record.aborted) this.onerror?.({ error: 'aborted' });
        await pause(20);
        this.onend?.();
      }
    }
    target.webkitSpeechRecognition = FakeSpeechRecognition;
  }

  class FakeUtterance {
    lang = '';
    voice: { lang: string; name: string } | null = null;
    volume = 1;
    rate = 1;
    pitch = 1;
    onend: ((event: unknown) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    constructor(public text = '') {}
  }
  let voices: { lang: string; name: string }[] = [];
  const voiceListeners = new Set<() => void>();
  let queue: FakeUtterance[] = [];
  let current: { utterance: FakeUtterance; timer: ReturnType<typeof setTimeout> } | undefined;
  const next = () => {
    const utterance = queue.shift();
    probe.speaking = utterance !== undefined;
    if (!utterance) return;
    const timer = setTimeout(() => {
      current = undefined;
      utterance.onend?.({});
      next();
    }, options.utteranceMs ?? 150);
    current = { utterance, timer };
  };
  const synthesis = {
    getVoices: () => voices,
    addEventListener: (_type: string, listener: () => void) => voiceListeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => voiceListeners.delete(listener),
    speak(utterance: FakeUtterance) {
      probe.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang ?? null });
      queue.push(utterance);
      if (!current) next();
    },
    cancel() {
      probe.cancels += 1;
      queue = [];
      const interrupted = current;
      current = undefined;
      probe.speaking = false;
      if (interrupted) {
        clearTimeout(interrupted.timer);
        interrupted.utterance.onerror?.({ error: 'interrupted' });
      }
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  target.SpeechSynthesisUtterance = FakeUtterance;
  setTimeout(() => {
    voices = options.voices ?? [];
    for (const listener of voiceListeners) listener();
  }, 50);

  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    if (String(input).endsWith('/api/voz/transcripcion') && init?.body instanceof Blob) {
      probe.uploads.push({ type: init.body.type, size: init.body.size });
    }
    return fetch(input, init);
  };

  if (options.permission) {
    const status = new EventTarget() as EventTarget & { state: string };
    status.state = options.permission;
    probe.setPermission = (state) => {
      status.state = state;
      status.dispatchEvent(new Event('change'));
    };
    const query = navigator.permissions.query.bind(navigator.permissions);
    navigator.permissions.query = ((descriptor: PermissionDescriptor) =>
      descriptor.name === ('microphone' as PermissionName)
        ? Promise.resolve(status as unknown as PermissionStatus)
        : query(descriptor)) as typeof navigator.permissions.query;
  }
  if (options.getUserMedia === 'denied') {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  }
}

export async function installSpeech(page: Page, options: SpeechFakeOptions = {}): Promise<void> {
  await page.addInitScript(installSpeechFakes, options);
}

export function speechProbe(page: Page): Promise<Omit<SpeechProbe, 'setPermission'>> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __speechProbe: SpeechProbe }).__speechProbe;
    return {
      recognitions: probe.recognitions,
      uploads: probe.uploads,
      spoken: probe.spoken,
      cancels: probe.cancels,
      speaking: probe.speaking,
    };
  });
}

/** What was read aloud, without the silent utterance that unlocks speech on iOS. */
export async function spokenTexts(page: Page): Promise<string[]> {
  return (await speechProbe(page)).spoken
    .filter((utterance) => utterance.text !== '')
    .map((utterance) => utterance.text);
}

export async function setMicrophonePermission(page: Page, state: string): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { __speechProbe: SpeechProbe }).__speechProbe.setPermission(value);
  }, state);
}
