import { WebSocket, type RawData } from 'ws';
import { Inbox } from './inbox';
import { EVENT_WAIT_MS, SEQUENCE_WAIT_MS } from './waits';
import { PROTOCOL_V2 } from '../../lib/wire';

/** A `ws` socket that behaves as the page's WebSocket does, for the browser transport running in Node. */
export function browserLikeSocket(url: string, protocol: string): globalThis.WebSocket {
  const socket = new WebSocket(url, protocol);
  // A browser reports a failed socket only through `close`; `ws` also emits `error`, which must be heard.
  socket.on('error', () => undefined);
  return socket as unknown as globalThis.WebSocket;
}

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
  private readonly inbox = new Inbox<WireEvent>();

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: RawData) => {
      this.frames.push(data.toString());
      this.inbox.push(JSON.parse(data.toString()) as WireEvent);
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() });
        this.inbox.end('socket closed while waiting for an event');
      });
    });
  }

  static async connect(
    url: string,
    /** `localAddress`: another loopback source (127.0.0.2…), i.e. another client address for the server. */
    options: { v2?: boolean; headers?: Record<string, string>; localAddress?: string } = {},
  ): Promise<TestClient & { upgradeHeaders: Record<string, string | string[] | undefined> }> {
    const socket = new WebSocket(url, options.v2 ? [PROTOCOL_V2] : [], {
      headers: options.headers,
      localAddress: options.localAddress,
    });
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

  /** The next event not yet consumed. */
  next(timeoutMs = EVENT_WAIT_MS): Promise<WireEvent> {
    return this.inbox.next(timeoutMs);
  }

  /** Consumes events until one matches, returning every event consumed (the match last). */
  until(predicate: (event: WireEvent) => boolean, timeoutMs = SEQUENCE_WAIT_MS): Promise<WireEvent[]> {
    return this.inbox.until(predicate, timeoutMs);
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
