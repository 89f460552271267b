import { request, type Agent, type ClientRequest, type IncomingMessage } from 'node:http';
import { WebSocket } from 'ws';
import { Inbox } from '../../tests/helpers/inbox';
import { ASSISTANT_HTTP_PATH, ASSISTANT_WS_PATH, PROTOCOL_V2, SESSION_TOKEN_HEADER } from '../../lib/wire';

/**
 * The assistant's wire protocol as a hostile or ordinary client speaks it (docs/protocol.md): WebSocket v2,
 * the HTTP/SSE transport and its POSTs, with cookies kept like a browser keeps them. Nothing here knows
 * the server's internals, so the attacks keep working whatever the server does inside.
 */

export { ASSISTANT_HTTP_PATH, ASSISTANT_WS_PATH, SESSION_TOKEN_HEADER } from '../../lib/wire';
/** One connection attempt never waits longer than this, however saturated the server is. */
export const CONNECT_TIMEOUT_MS = 10_000;

export interface Target {
  host: string;
  port: number;
}

export const originOf = (target: Target) => `http://${target.host}:${target.port}`;

/** A protocol v2 server event, as far as the harness reads it. */
export interface WireEvent {
  type: string;
  id?: string;
  message?: string;
  code?: string;
  seq?: number;
  session?: string;
  transcript?: Array<{ id: string; role: string; text: string; status?: string }>;
}

/** Whatever cookies the server set (its name may change, e.g. `__Host-` in production), sent back as a browser would. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(setCookie: string | string[] | undefined): void {
    for (const line of [setCookie ?? []].flat()) {
      const pair = line.split(';', 1)[0] ?? '';
      const equals = pair.indexOf('=');
      if (equals > 0) this.cookies.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
    }
  }

  get empty(): boolean {
    return this.cookies.size === 0;
  }

  header(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
  }
}

export interface ConnectOptions {
  localAddress: string;
  jar?: CookieJar;
  headers?: Record<string, string>;
  /** False for a flood: the server's replies are read off the socket but not kept. */
  keepEvents?: boolean;
}

/** A WebSocket v2 connection whose events can be awaited in order. */
export class AssistantSocket {
  readonly events = new Inbox<WireEvent>();
  readonly closed: Promise<number>;

  constructor(
    readonly socket: WebSocket,
    keepEvents = true,
  ) {
    socket.on('message', (data) => {
      if (!keepEvents) return;
      try {
        this.events.push(JSON.parse(data.toString()) as WireEvent);
      } catch {
        this.events.push({ type: 'unreadable' });
      }
    });
    this.closed = new Promise((resolve) =>
      socket.on('close', (code) => {
        this.events.end(`closed_${code}`);
        resolve(code);
      }),
    );
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  send(event: unknown): void {
    this.socket.send(JSON.stringify(event));
  }

  /** The `connection` event every connection starts with (or whatever refusal came instead). */
  async greeting(timeoutMs = CONNECT_TIMEOUT_MS): Promise<WireEvent> {
    return this.events.next(timeoutMs);
  }

  until(predicate: (event: WireEvent) => boolean, timeoutMs: number): Promise<WireEvent[]> {
    return this.events.until(predicate, timeoutMs);
  }

  close(): void {
    this.socket.terminate();
  }
}

/** Opens a v2 WebSocket with the server's own Origin, as the page would; cookies set by the handshake go to `jar`. */
export function connectWebSocket(target: Target, options: ConnectOptions): Promise<AssistantSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${target.host}:${target.port}${ASSISTANT_WS_PATH}`, PROTOCOL_V2, {
      localAddress: options.localAddress,
      perMessageDeflate: false,
      handshakeTimeout: CONNECT_TIMEOUT_MS,
      headers: { origin: originOf(target), ...options.jar?.header(), ...options.headers },
    });
    const client = new AssistantSocket(socket, options.keepEvents);
    socket.on('upgrade', (response) => options.jar?.take(response.headers['set-cookie']));
    socket.once('open', () => resolve(client));
    socket.on('error', reject);
    socket.once('unexpected-response', (_request, response) => {
      response.resume();
      reject(new Error(`http_${response.statusCode}`));
      socket.terminate();
    });
  });
}

/** Splits a Server-Sent Events byte stream into its events' JSON. */
function readServerSentEvents(response: IncomingMessage, inbox: Inbox<WireEvent>): void {
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let boundary = buffer.indexOf('\n\n');
    while (boundary >= 0) {
      for (const line of buffer.slice(0, boundary).split('\n')) {
        if (!line.startsWith('data:')) continue;
        try {
          inbox.push(JSON.parse(line.slice(5).trim()) as WireEvent);
        } catch {
          inbox.push({ type: 'unreadable' });
        }
      }
      buffer = buffer.slice(boundary + 2);
      boundary = buffer.indexOf('\n\n');
    }
  });
  response.on('close', () => inbox.end('stream_ended'));
}

export interface EventStream {
  readonly request: ClientRequest;
  readonly response: IncomingMessage;
  readonly status: number;
  readonly events: Inbox<WireEvent>;
  /** Everything the server answered when it refused the stream (a JSON error event). */
  readonly refusal?: WireEvent;
}

/** `GET /api/assistant`: the event stream, cookies as a browser sends them, the page's Origin. */
export function openEventStream(target: Target, options: ConnectOptions): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const stream = request({
      host: target.host,
      port: target.port,
      path: ASSISTANT_HTTP_PATH,
      method: 'GET',
      localAddress: options.localAddress,
      agent: false,
      headers: {
        accept: 'text/event-stream',
        origin: originOf(target),
        ...options.jar?.header(),
        ...options.headers,
      },
      timeout: CONNECT_TIMEOUT_MS,
    });
    stream.on('timeout', () => stream.destroy(new Error('timeout')));
    stream.on('error', reject);
    stream.on('response', (response) => {
      options.jar?.take(response.headers['set-cookie']);
      stream.setTimeout(0);
      const events = new Inbox<WireEvent>();
      const status = response.statusCode ?? 0;
      if (status === 200) {
        readServerSentEvents(response, events);
        resolve({ request: stream, response, status, events });
        return;
      }
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        let refusal: WireEvent | undefined;
        try {
          refusal = JSON.parse(body) as WireEvent;
        } catch {
          refusal = undefined;
        }
        resolve({ request: stream, response, status, events, refusal });
      });
    });
    stream.end();
  });
}

export interface PostOptions extends ConnectOptions {
  path?: string;
  agent?: Agent;
  token?: string;
}

/** `POST /api/assistant` with one client event (or another path's JSON); resolves with status and JSON answer. */
export function postEvent(
  target: Target,
  event: unknown,
  options: PostOptions,
): Promise<{ status: number; body: WireEvent | undefined }> {
  const body = JSON.stringify(event);
  return new Promise((resolve, reject) => {
    const post = request({
      host: target.host,
      port: target.port,
      path: options.path ?? ASSISTANT_HTTP_PATH,
      method: 'POST',
      localAddress: options.localAddress,
      agent: options.agent ?? false,
      timeout: CONNECT_TIMEOUT_MS,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        origin: originOf(target),
        ...(options.token === undefined ? {} : { [SESSION_TOKEN_HEADER]: options.token }),
        ...options.jar?.header(),
        ...options.headers,
      },
    });
    post.on('timeout', () => post.destroy(new Error('timeout')));
    post.on('error', reject);
    post.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        let parsed: WireEvent | undefined;
        try {
          parsed = JSON.parse(text) as WireEvent;
        } catch {
          parsed = undefined;
        }
        resolve({ status: response.statusCode ?? 0, body: parsed });
      });
    });
    post.end(body);
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Short, stable names for why something failed, for counting (`http_429`, `ECONNRESET`, `timeout`…). */
export function failureName(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return code;
    if (error.message.startsWith('nothing arrived')) return 'timeout';
    return /^[\w.]+$/.test(error.message) ? error.message : error.name;
  }
  return String(error);
}
