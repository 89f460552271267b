/**
 * A thin wrapper over the Web Speech API's `SpeechRecognition` (still `webkitSpeechRecognition` in Chrome
 * and Safari), written against the objects passed in so it runs in tests without a browser.
 */

export const RECOGNITION_LANG = 'es-CO';

interface AlternativeLike {
  readonly transcript: string;
}

export interface RecognitionResultLike {
  readonly isFinal: boolean;
  readonly length: number;
  readonly [index: number]: AlternativeLike;
}

export interface RecognitionResultListLike {
  readonly length: number;
  readonly [index: number]: RecognitionResultLike;
}

export interface RecognitionLike {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  maxAlternatives: number;
  onresult: ((event: { readonly results: RecognitionResultListLike }) => void) | null;
  onerror: ((event: { readonly error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

export type RecognitionConstructor = new () => RecognitionLike;

export interface RecognitionGlobals {
  SpeechRecognition?: unknown;
  webkitSpeechRecognition?: unknown;
}

/** The recognition constructor, unprefixed first; undefined where the browser has none (Firefox). */
export function getRecognitionConstructor(globals: RecognitionGlobals): RecognitionConstructor | undefined {
  const candidate = globals.SpeechRecognition ?? globals.webkitSpeechRecognition;
  return typeof candidate === 'function' ? (candidate as RecognitionConstructor) : undefined;
}

export type RecognitionOutcome =
  | { kind: 'text'; text: string }
  /** Ended without words and without an error: the person stopped before saying anything. */
  | { kind: 'empty' }
  | { kind: 'error'; code: string };

export interface RecognitionHandlers {
  /** The words heard so far, final and tentative together, for live display. */
  onInterim(text: string): void;
  /** Called exactly once. */
  onEnd(outcome: RecognitionOutcome): void;
}

export interface RecognitionSession {
  /** Stops listening and keeps what was heard (the browser then delivers its final result). */
  stop(): void;
  /** Stops listening and discards everything; ends at once with the `aborted` error. */
  abort(): void;
}

const joinTranscripts = (results: RecognitionResultLike[]) =>
  results
    .map((result) => result[0]?.transcript.trim() ?? '')
    .filter(Boolean)
    .join(' ');

/** Listens for one utterance in Colombian Spanish, reporting tentative text as it comes. */
export function startRecognition(
  Recognition: RecognitionConstructor,
  handlers: RecognitionHandlers,
): RecognitionSession {
  const recognition = new Recognition();
  recognition.lang = RECOGNITION_LANG;
  recognition.interimResults = true;
  // One question per tap; the browser ends by itself when the person stops talking.
  recognition.continuous = false;
  recognition.maxAlternatives = 1;

  let finalText = '';
  let interimText = '';
  let errorCode: string | undefined;
  let ended = false;
  const end = (outcome: RecognitionOutcome) => {
    if (ended) return;
    ended = true;
    recognition.onresult = null;
    recognition.onerror = null;
    recognition.onend = null;
    handlers.onEnd(outcome);
  };

  recognition.onresult = (event) => {
    // Rebuilt from the whole list each time: Android Chrome re-sends earlier results with later indexes.
    const results = Array.from({ length: event.results.length }, (_, index) => event.results[index]).filter(
      (result): result is RecognitionResultLike => result !== undefined,
    );
    finalText = joinTranscripts(results.filter((result) => result.isFinal));
    interimText = joinTranscripts(results.filter((result) => !result.isFinal));
    handlers.onInterim([finalText, interimText].filter(Boolean).join(' '));
  };
  recognition.onerror = (event) => {
    errorCode ??= event.error;
  };
  recognition.onend = () => {
    if (errorCode !== undefined) return end({ kind: 'error', code: errorCode });
    // Some engines end on stop() before marking the last result final; what was shown is what was said.
    const text = finalText || interimText;
    end(text ? { kind: 'text', text } : { kind: 'empty' });
  };

  try {
    recognition.start();
  } catch {
    end({ kind: 'error', code: 'start-failed' });
  }

  return {
    stop: () => {
      if (!ended) recognition.stop();
    },
    abort: () => {
      if (ended) return;
      recognition.abort();
      // Settled here rather than on the browser's late `end`, so the caller's state changes at once.
      end({ kind: 'error', code: 'aborted' });
    },
  };
}
