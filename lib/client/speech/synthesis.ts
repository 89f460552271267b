/**
 * Reading answers aloud with `speechSynthesis`, written against the objects passed in so it runs in tests
 * without a browser.
 */
import { markdownToPlainText } from '../plain-text';
import { RECOGNITION_LANG } from './recognition';

/**
 * Chrome stops speaking an utterance after about 15 seconds without an `end` event, so long answers are
 * read as a queue of short utterances: one sentence each, long sentences cut at clauses or words.
 */
export const MAX_CHUNK_CHARS = 180;

export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
}

export interface UtteranceLike {
  text: string;
  lang: string;
  voice: VoiceLike | null;
  volume: number;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type UtteranceConstructor = new (text?: string) => UtteranceLike;

export interface SynthesisLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  getVoices(): readonly VoiceLike[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export interface SynthesisGlobals {
  speechSynthesis?: unknown;
  SpeechSynthesisUtterance?: unknown;
}

export interface SynthesisApi {
  synthesis: SynthesisLike;
  Utterance: UtteranceConstructor;
}

export function getSynthesis(globals: SynthesisGlobals): SynthesisApi | undefined {
  const { speechSynthesis: synthesis, SpeechSynthesisUtterance: Utterance } = globals;
  if (typeof synthesis !== 'object' || synthesis === null || typeof Utterance !== 'function')
    return undefined;
  return { synthesis: synthesis as SynthesisLike, Utterance: Utterance as UtteranceConstructor };
}

/** Android reports `es_CO`, others `es-CO`. */
const normalizedLang = (lang: string) => lang.replace(/_/g, '-').toLowerCase();

/** 0 is best: Colombian Spanish, then other American Spanish (closer to it than Castilian), then any Spanish. */
function spanishRank(voice: VoiceLike): number | undefined {
  const lang = normalizedLang(voice.lang);
  if (lang === 'es-co') return 0;
  if (lang === 'es' || lang === 'es-es') return 2;
  if (lang.startsWith('es-')) return 1;
  return undefined;
}

export function pickSpanishVoice<Voice extends VoiceLike>(voices: readonly Voice[]): Voice | undefined {
  let best: { voice: Voice; rank: number } | undefined;
  for (const voice of voices) {
    const rank = spanishRank(voice);
    if (rank !== undefined && (best === undefined || rank < best.rank)) best = { voice, rank };
  }
  return best?.voice;
}

/** What a listener should hear: no markdown, and bare web addresses reduced to their host name. */
export function speechText(markdown: string): string {
  // The final character class leaves a sentence's closing punctuation out of the address.
  return markdownToPlainText(markdown).replace(/https?:\/\/[^\s)]*[^\s).,;:!?]/g, (address) => {
    try {
      return new URL(address).hostname;
    } catch {
      return address;
    }
  });
}

function packWords(sentence: string, maxLength: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const word of sentence.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length > maxLength && current) {
      chunks.push(current);
      current = word;
    } else {
      current = candidate;
    }
    // A clause boundary past half the budget is a more natural pause than the word limit.
    if (/[,;:]$/.test(current) && current.length >= maxLength / 2) {
      chunks.push(current);
      current = '';
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

export function splitIntoChunks(text: string, maxLength = MAX_CHUNK_CHARS): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
    .flatMap((sentence) => (sentence.length <= maxLength ? [sentence] : packWords(sentence, maxLength)));
}

export interface Speaker {
  /** Reads a (markdown) answer, replacing whatever was being read. */
  speak(markdown: string): void;
  cancel(): void;
  /**
   * iOS reads aloud only after something was spoken inside a tap handler: call this synchronously from
   * the first tap. Later calls do nothing.
   */
  unlock(): void;
  dispose(): void;
}

export function createSpeaker(
  { synthesis, Utterance }: SynthesisApi,
  onSpeakingChange: (speaking: boolean) => void,
): Speaker {
  // Voices load asynchronously in Chrome: often none at first, then a `voiceschanged` event.
  let voice = pickSpanishVoice(synthesis.getVoices());
  const onVoicesChanged = () => {
    voice = pickSpanishVoice(synthesis.getVoices()) ?? voice;
  };
  synthesis.addEventListener('voiceschanged', onVoicesChanged);

  let generation = 0;
  // Referenced until spoken: Chrome drops the events of utterances that were garbage-collected.
  let queue: UtteranceLike[] = [];
  let speaking = false;
  let unlocked = false;
  const setSpeaking = (value: boolean) => {
    if (speaking === value) return;
    speaking = value;
    onSpeakingChange(value);
  };

  const cancel = () => {
    generation += 1;
    queue = [];
    synthesis.cancel();
    setSpeaking(false);
  };

  return {
    speak(markdown) {
      cancel();
      const chunks = splitIntoChunks(speechText(markdown));
      if (chunks.length === 0) return;
      const current = generation;
      const finished = () => {
        if (generation !== current) return;
        queue = [];
        setSpeaking(false);
      };
      queue = chunks.map((chunk, index) => {
        const utterance = new Utterance(chunk);
        utterance.lang = voice?.lang ?? RECOGNITION_LANG;
        utterance.voice = voice ?? null;
        if (index === chunks.length - 1) {
          utterance.onend = finished;
          utterance.onerror = finished;
        }
        return utterance;
      });
      setSpeaking(true);
      for (const utterance of queue) synthesis.speak(utterance);
    },
    cancel,
    unlock() {
      if (unlocked) return;
      unlocked = true;
      const silent = new Utterance('');
      silent.volume = 0;
      synthesis.speak(silent);
    },
    dispose() {
      cancel();
      synthesis.removeEventListener('voiceschanged', onVoicesChanged);
    },
  };
}
