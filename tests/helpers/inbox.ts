import { EVENT_WAIT_MS, SEQUENCE_WAIT_MS } from './waits';

/** What a test client received, consumed in arrival order by tests that await it. */
export class Inbox<T> {
  readonly items: T[] = [];
  private cursor = 0;
  private waiters: Array<() => void> = [];
  private endedBecause: string | undefined;

  push(item: T): void {
    this.items.push(item);
    this.wake();
  }

  /** Nothing more will arrive; waiting for more fails with `reason`. */
  end(reason: string): void {
    this.endedBecause = reason;
    this.wake();
  }

  /** The next item not yet consumed. */
  async next(timeoutMs = EVENT_WAIT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    while (this.cursor >= this.items.length) {
      if (this.endedBecause !== undefined) throw new Error(this.endedBecause);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`nothing arrived within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.items[this.cursor++] as T;
  }

  /** Consumes items until one matches, returning every item consumed (the match last). */
  async until(predicate: (item: T) => boolean, timeoutMs = SEQUENCE_WAIT_MS): Promise<T[]> {
    const seen: T[] = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const item = await this.next(Math.max(1, deadline - Date.now()));
      seen.push(item);
      if (predicate(item)) return seen;
    }
  }

  private wake(): void {
    this.waiters.splice(0).forEach((wake) => wake());
  }
}
