import { WebSocket, type RawData } from 'ws';
import { PROTOCOL_V2 } from '../../lib/protocol';

export interface WireEvent {
  type: string;
  message?: string;
  id?: string;
  delta?: string;
  seq?: number;
  code?: string;
  stopped?: boolean;
  provider?: string;
  [key: string]: unknown;
}

/**
 * A real `ws` client that records every frame, so tests can await events in order and also assert on
 * the exact raw text the server sent.
 */
export class TestClient {
  readonly frames: string[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private cursor = 0;
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: RawData) => {
      this.frames.push(data.toString());
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() });
        this.waiters.splice(0).forEach((wake) => wake());
      });
    });
  }

  static async connect(
    url: string,
    options: { v2?: boolean; headers?: Record<string, string> } = {},
  ): Promise<TestClient & { upgradeHeaders: Record<string, string | string[] | undefined> }> {
    const socket = new WebSocket(url, options.v2 ? [PROTOCOL_V2] : [], { headers: options.headers });
    let upgradeHeaders: Record<string, string | string[] | undefined> = {};
    socket.on('upgrade', (response) => {
      upgradeHeaders = response.headers;
    });
    const client = new TestClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`unexpected response ${response.statusCode}`)),
      );
    });
    return Object.assign(client, { upgradeHeaders });
  }

  send(event: unknown): void {
    this.socket.send(JSON.stringify(event));
  }

  sendRaw(data: string | Buffer, options: { binary?: boolean } = {}): void {
    this.socket.send(data, { binary: options.binary ?? typeof data !== 'string' });
  }

  /** The next frame not yet consumed, parsed. */
  async next(timeoutMs = 5_000): Promise<WireEvent> {
    const deadline = Date.now() + timeoutMs;
    while (this.cursor >= this.frames.length) {
      if (this.socket.readyState === WebSocket.CLOSED)
        throw new Error('socket closed while waiting for an event');
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return JSON.parse(this.frames[this.cursor++] as string) as WireEvent;
  }

  /** Consumes events until one matches, returning every event consumed (the match last). */
  async until(predicate: (event: WireEvent) => boolean, timeoutMs = 10_000): Promise<WireEvent[]> {
    const seen: WireEvent[] = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const event = await this.next(Math.max(1, deadline - Date.now()));
      seen.push(event);
      if (predicate(event)) return seen;
    }
  }

  /** Resolves true when nothing arrives within `ms`. */
  async quiet(ms: number): Promise<boolean> {
    const before = this.frames.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.frames.length === before;
  }

  close(): void {
    this.socket.close();
  }
}
