import type { ServerResponse } from 'node:http';

/** One in-flight streamed response: owns its timers so a disconnect or shutdown leaves nothing scheduled. */
export class Exchange {
  closed = false;
  private readonly cancels = new Set<() => void>();
  private readonly closeHandlers: Array<() => void> = [];

  constructor(readonly res: ServerResponse) {
    res.on('close', () => this.markClosed());
  }

  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.closeHandlers.push(handler);
  }

  /** Resolves true after `ms`, or false as soon as the exchange is over. */
  pause(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (ms <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const cancel = () => {
        clearTimeout(timer);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.cancels.delete(cancel);
        resolve(!this.closed);
      }, ms);
      this.cancels.add(cancel);
    });
  }

  /** Resolves true when `event` settles, or false as soon as the exchange is over. */
  until(event: Promise<unknown>): Promise<boolean> {
    return new Promise((resolve) => {
      this.onClose(() => resolve(false));
      event.then(
        () => resolve(!this.closed),
        () => resolve(false),
      );
    });
  }

  /** Resolves once the bytes reached the socket, so a following `destroy` cannot swallow them. */
  write(chunk: string): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      // Also settle on close: a write to a socket torn down underneath it may never call back.
      const settle = () => {
        this.cancels.delete(settle);
        resolve();
      };
      this.cancels.add(settle);
      this.res.write(chunk, settle);
    });
  }

  end(): void {
    if (this.closed) return;
    this.res.end();
    // Release the conversation now rather than on 'close': a client reacting to the final event must find it free.
    this.markClosed();
  }

  destroy(): void {
    this.res.destroy();
    this.markClosed();
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const cancel of this.cancels) cancel();
    this.cancels.clear();
    for (const handler of this.closeHandlers.splice(0)) handler();
  }
}
