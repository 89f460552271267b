import { type HeldAnswers, HOLD_MARKER, TRICKLE_INTERVAL_MS } from '../held-answers';

/**
 * What the fake "model" does for a request: the scripts a test enqueues, and the markers typed in the browser
 * (`[[hold:…]]`, `[[trickle:…]]`, `[[tool:…]]`, `[[fault:…]]`) that pick one when the script is empty.
 */

export type ChunkSize = 'word' | 'char' | number;

/** A function call the fake "model" makes; `arguments` objects are sent as JSON text, strings verbatim. */
export interface ScriptedCall {
  name: string;
  arguments: string | Record<string, unknown>;
}

/** What the next accepted `POST /v1/responses` does. Rejections (401, 404, locked…) never consume the script. */
export type Behavior =
  | { kind: 'text'; text: string; chunkDelayMs?: number; chunkSize?: ChunkSize }
  /** `text` is what the model says before calling (a "preamble"), streamed as a message item first. */
  | { kind: 'function-call'; calls: ScriptedCall[]; text?: string; chunkDelayMs?: number }
  /** `deltas` pieces, one every `intervalMs`, each stamped with the clock (see `paced-answer.ts`). */
  | { kind: 'paced'; deltas: number; intervalMs: number }
  | {
      kind: 'http-error';
      status: number;
      code?: string | null;
      message?: string;
      type?: string;
      headers?: Record<string, string>;
    }
  | { kind: 'hang' }
  /**
   * Streams `afterDeltas` pieces, then waits for `release` before the rest (saying a word every
   * `trickleMs` meanwhile, when set): the test, not the clock, decides how long the answer streams.
   */
  | {
      kind: 'held';
      release: Promise<unknown>;
      afterDeltas?: number;
      trickleMs?: number;
      text?: string;
      chunkDelayMs?: number;
    }
  | { kind: 'stall'; afterDeltas: number; text?: string; chunkDelayMs?: number }
  | { kind: 'cut'; afterDeltas: number; text?: string; chunkDelayMs?: number }
  | { kind: 'failed'; afterDeltas?: number; message?: string; text?: string; chunkDelayMs?: number }
  | {
      kind: 'error-event';
      /**
       * `nested` (`{type:'error', error:{…}}`) is what api.openai.com has been observed to send, and the SDK
       * throws an APIError for it; `flat` (`{type:'error', code, message}`) is the documented shape, which the
       * SDK yielded as an ordinary event until 6.x and throws as an APIError since 7.x.
       */
      shape?: 'nested' | 'flat';
      afterDeltas?: number;
      code?: string;
      message?: string;
      text?: string;
      chunkDelayMs?: number;
    };

/**
 * What the next `POST /v1/audio/transcriptions` does; `hang` never answers, like the Responses `hang`;
 * `hold` answers the default text once `release` settles, so a test decides how long uploads stay in flight.
 */
export type TranscriptionBehavior =
  | { kind: 'text'; text: string }
  | { kind: 'hold'; release: Promise<unknown> }
  | Extract<Behavior, { kind: 'http-error' } | { kind: 'hang' }>;

export const DEFAULT_CHUNK_DELAY_MS = 5;
/** How many deltas the `[[fault:stall|cut|failed|error-event]]` markers let through first, so a partial answer shows. */
export const MARKER_DELTAS_BEFORE_FAULT = 2;
export const MARKER_RETRY_AFTER_SECONDS = 7;

export function simulatedAnswer(input: string): string {
  return `Respuesta simulada de OpenAI: ${input}`;
}

/** The behaviour used when the script is empty, so a browser-driven test can pick faults by what it types. */
export function behaviorForInput(input: string, holds: HeldAnswers): Behavior {
  const held = HOLD_MARKER.exec(input);
  if (held?.[1] && held[2]) {
    const release = holds.wait(held[2].toLowerCase());
    return held[1].toLowerCase() === 'trickle'
      ? { kind: 'held', release, trickleMs: TRICKLE_INTERVAL_MS }
      : { kind: 'held', release };
  }
  // `[[tool:filing_deadline {"nit_last_two_digits":"45","filing_year":2026}]]` makes the model call a tool.
  const tool = /\[\[tool:([a-zA-Z0-9_-]+)\s+(\{[^\]]*\})\]\]/.exec(input);
  if (tool?.[1] && tool[2]) return { kind: 'function-call', calls: [{ name: tool[1], arguments: tool[2] }] };
  const fault = /\[\[fault:([a-z0-9-]+)\]\]/i.exec(input)?.[1]?.toLowerCase();
  switch (fault) {
    case '401':
      return { kind: 'http-error', status: 401 };
    case '429':
      return {
        kind: 'http-error',
        status: 429,
        code: 'rate_limit_exceeded',
        headers: { 'retry-after': String(MARKER_RETRY_AFTER_SECONDS) },
      };
    case '500':
      return { kind: 'http-error', status: 500 };
    case '503':
      return { kind: 'http-error', status: 503 };
    case 'hang':
      return { kind: 'hang' };
    case 'stall':
      return { kind: 'stall', afterDeltas: MARKER_DELTAS_BEFORE_FAULT };
    case 'cut':
      return { kind: 'cut', afterDeltas: MARKER_DELTAS_BEFORE_FAULT };
    case 'failed':
      return { kind: 'failed', afterDeltas: MARKER_DELTAS_BEFORE_FAULT };
    case 'error-event':
      return { kind: 'error-event', afterDeltas: MARKER_DELTAS_BEFORE_FAULT };
    default:
      break;
  }
  return { kind: 'text', text: simulatedAnswer(input), chunkDelayMs: DEFAULT_CHUNK_DELAY_MS };
}

export function simulatedToolAnswer(toolNames: readonly string[]): string {
  return `Respuesta simulada de OpenAI con los resultados de: ${toolNames.join(', ')}.`;
}
