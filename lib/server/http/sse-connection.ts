/** Keeps proxies and load balancers from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;
const encoder = new TextEncoder();

/**
 * The body of one Server-Sent Events response. Frames wait here until the host's writer (Next, or the
 * custom server's web adapter) reads them, which it does only as fast as the socket drains. Once the host
 * has started reading, a reader more than `maxBufferedBytes` behind is cut at its next frame, as on the
 * WebSocket, so the server never holds more than that for it (EventSource reconnects with Last-Event-ID
 * and resumes where it stopped). What is queued before the first read (the greeting and the replay, sent
 * while the response is being prepared) is exempt: nobody could have read it yet, and its size is bounded
 * by the session's own.
 */
export class SseConnection {
  readonly body: ReadableStream<Uint8Array>;
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  private readonly waiting: Uint8Array[] = [];
  private waitingBytes = 0;
  private reading = false;
  /** Set while the host waits for a frame and none is queued. */
  private wake: (() => void) | undefined;
  private ended = false;
  private readonly endListeners: Array<() => void> = [];
  private readonly keepAlive: NodeJS.Timeout;

  constructor(
    private readonly maxBufferedBytes: number,
    private readonly onSlowReader: () => void,
  ) {
    this.body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.controller = controller;
        },
        // With a high-water mark of 0 the stream asks for a frame only when the host reads one.
        pull: (controller) => {
          this.reading = true;
          const frame = this.waiting.shift();
          if (!frame) return new Promise<void>((resolve) => (this.wake = resolve));
          this.waitingBytes -= frame.byteLength;
          controller.enqueue(frame);
        },
        cancel: () => this.end(),
      },
      { highWaterMark: 0 },
    );
    // Tells the browser how soon to retry after a drop (EventSource's own reconnect).
    this.write('retry: 2000\n\n');
    this.keepAlive = setInterval(() => this.write(': ping\n\n'), KEEP_ALIVE_MS);
  }

  send(frame: string): void {
    this.write(frame);
  }

  /** Runs once when the connection ends, whichever way (client gone, refused, cut). */
  onEnd(listener: () => void): void {
    if (this.ended) listener();
    else this.endListeners.push(listener);
  }

  end(): void {
    this.finish(() => this.controller.close());
  }

  private write(text: string): void {
    if (this.ended) return;
    if (this.reading && this.waitingBytes > this.maxBufferedBytes) {
      this.onSlowReader();
      this.finish(() => this.controller.error(new Error('slow reader')));
      return;
    }
    const frame = encoder.encode(text);
    const wake = this.wake;
    this.wake = undefined;
    if (wake) {
      this.controller.enqueue(frame);
      wake();
      return;
    }
    this.waiting.push(frame);
    this.waitingBytes += frame.byteLength;
  }

  private finish(closeBody: () => void): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.keepAlive);
    this.waiting.length = 0;
    this.waitingBytes = 0;
    this.wake?.();
    this.wake = undefined;
    try {
      closeBody();
    } catch {
      // Already closed or cancelled by the host after the client went away.
    }
    for (const listener of this.endListeners.splice(0)) listener();
  }
}
