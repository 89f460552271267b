import type { ServerResponse } from 'node:http';

/** Keeps proxies and load balancers from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;
const encoder = new TextEncoder();

/** Where a connection's frames go once a host has taken its response: a Web body or a Node response. */
interface SseOutput {
  /** Bytes written that the client has not taken yet; past the bound the reader is cut. */
  backlog(): number;
  write(text: string): void;
  close(): void;
  /** Drops the client at once (a slow reader): nothing more is written. */
  cut(): void;
}

/**
 * One Server-Sent Events response, whichever server sends it. Frames queue here until a host takes the
 * response: Next (or any host speaking Web `Response`) reads `webBody()`, which it does only as fast as
 * the socket drains; the custom server calls `pipeTo(res)`, which writes each frame straight to Node's
 * response, with no Web stream, encoder or reader promise per frame. Once the host has the response, a
 * reader more than `maxBufferedBytes` behind is cut at its next frame, as on the WebSocket, so the server
 * never holds more than that for it (EventSource reconnects with Last-Event-ID and resumes where it
 * stopped). What is queued before (the greeting and the replay, sent while the response is being
 * prepared) is exempt: nobody could have read it yet, and its size is bounded by the session's own.
 */
export class SseConnection {
  private queued: string[] = [];
  private output: SseOutput | undefined;
  private ended = false;
  private readonly endListeners: Array<() => void> = [];
  private readonly keepAlive: NodeJS.Timeout;

  constructor(
    private readonly maxBufferedBytes: number,
    private readonly onSlowReader: () => void,
  ) {
    // Tells the browser how soon to retry after a drop (EventSource's own reconnect).
    this.write('retry: 2000\n\n');
    this.keepAlive = setInterval(() => this.write(': ping\n\n'), KEEP_ALIVE_MS);
  }

  get isEnded(): boolean {
    return this.ended;
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
    this.finish((output) => output?.close());
  }

  /**
   * The frames as a Web body (Next route handlers). With a high-water mark of 0 the stream asks for a
   * frame only when the host reads one, so a slow reader's backlog stays here, where it is bounded.
   */
  webBody(): ReadableStream<Uint8Array> {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const waiting: Uint8Array[] = [];
    let waitingBytes = 0;
    let reading = false;
    /** Set while the host waits for a frame and none is queued. */
    let wake: (() => void) | undefined;
    const release = () => {
      const woken = wake;
      wake = undefined;
      woken?.();
    };
    const body = new ReadableStream<Uint8Array>(
      {
        start: (control) => {
          controller = control;
        },
        pull: (control) => {
          reading = true;
          const frame = waiting.shift();
          if (!frame) return new Promise<void>((resolve) => (wake = resolve));
          waitingBytes -= frame.byteLength;
          control.enqueue(frame);
        },
        cancel: () => this.end(),
      },
      { highWaterMark: 0 },
    );
    this.attach({
      backlog: () => (reading ? waitingBytes : 0),
      write: (text) => {
        const frame = encoder.encode(text);
        if (wake) {
          controller.enqueue(frame);
          release();
          return;
        }
        waiting.push(frame);
        waitingBytes += frame.byteLength;
      },
      close: () => {
        waiting.length = 0;
        release();
        tryTo(() => controller.close());
      },
      cut: () => {
        waiting.length = 0;
        release();
        tryTo(() => controller.error(new Error('slow reader')));
      },
    });
    return body;
  }

  /**
   * Writes the frames straight to a Node response whose head has been sent (the custom server). What
   * waits in Node's buffers for the socket counts as the reader's backlog.
   */
  pipeTo(res: ServerResponse): void {
    this.attach({
      backlog: () => res.writableLength,
      write: (text) => void res.write(text),
      close: () => void res.end(),
      cut: () => void res.destroy(),
    });
  }

  private attach(output: SseOutput): void {
    if (this.ended) {
      output.close();
      return;
    }
    const queued = this.queued;
    this.queued = [];
    this.output = output;
    // The greeting and the replay go out together, exempt from the backlog bound (see above).
    for (const text of queued) output.write(text);
  }

  private write(text: string): void {
    if (this.ended) return;
    const output = this.output;
    if (output === undefined) {
      this.queued.push(text);
      return;
    }
    if (output.backlog() > this.maxBufferedBytes) {
      this.onSlowReader();
      this.finish((cutting) => cutting?.cut());
      return;
    }
    output.write(text);
  }

  private finish(closeOutput: (output: SseOutput | undefined) => void): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.keepAlive);
    this.queued = [];
    closeOutput(this.output);
    for (const listener of this.endListeners.splice(0)) listener();
  }
}

function tryTo(action: () => void): void {
  try {
    action();
  } catch {
    // Already closed or cancelled by the host after the client went away.
  }
}
