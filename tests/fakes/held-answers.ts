/**
 * Answers a test holds in the middle of their stream until it releases them by name, so a transient state
 * (an answer streaming, a stop, a reload mid-answer) lasts exactly as long as the test needs on any
 * machine, however loaded. A release that arrives before its answer reaches the hold is remembered.
 */

/**
 * In a question, `[[hold:name]]` makes the fake model say a few words, then wait for `name`'s release;
 * `[[trickle:name]]` keeps it saying a word every `TRICKLE_INTERVAL_MS` until then, for a test that needs
 * deltas to keep arriving while it acts (following the stream as it grows).
 */
export const HOLD_MARKER = /\[\[(hold|trickle):([a-z0-9-]{1,120})\]\]/i;
export const TRICKLE_INTERVAL_MS = 40;
/** `POST /_fake/holds/<name>/release`: how a test in another process releases a held answer. */
export const HOLD_RELEASE_PATH = /^\/_fake\/holds\/([a-z0-9-]{1,120})\/release$/i;

export class HeldAnswers {
  private readonly waiting = new Map<string, Array<() => void>>();
  private readonly released = new Set<string>();

  /** Settles once `name` is released; at once when it already was. */
  wait(name: string): Promise<void> {
    if (this.released.has(name)) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.set(name, [...(this.waiting.get(name) ?? []), resolve]);
    });
  }

  release(name: string): void {
    this.released.add(name);
    for (const resolve of this.waiting.get(name) ?? []) resolve();
    this.waiting.delete(name);
  }

  /** Lets every held answer go and forgets every release, so one test's names never reach the next. */
  clear(): void {
    for (const resolvers of this.waiting.values()) for (const resolve of resolvers) resolve();
    this.waiting.clear();
    this.released.clear();
  }
}
