import { serverEventSchema, type ClientEvent, type ServerEvent } from '../protocol';
import { watchPageLifecycle, type PageLifecycleTarget } from './page-lifecycle';
import {
  parseServerFrame,
  reconnectDelay,
  ResumableSession,
  type AssistantTransport,
  type TransportListener,
} from './transport';
import { ASSISTANT_HTTP_PATH, SESSION_TOKEN_HEADER } from '../wire';

/** The parts of EventSource the transport uses; a fake in unit tests. */
export interface EventSourceLike {
  readonly readyState: number;
  onmessage: ((message: { data: unknown }) => void) | null;
  onerror: (() => void) | null;
  close(): void;
}

export interface HttpTransportOptions {
  listener: TransportListener;
  url?: string;
  createEventSource?: (url: string) => EventSourceLike;
  fetch?: typeof fetch;
  /** First reconnect delay after the stream closed for good; doubles up to `maxDelayMs`, with jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  page?: PageLifecycleTarget;
  /** A POST unanswered this long is given up: the next ones wait for it, so it must not hang forever. */
  postTimeoutMs?: number;
}

const EVENT_SOURCE_CLOSED = 2;
// The server answers a POST at once (the answer itself comes on the stream), so this only ends a request
// a proxy or a dead network holds.
const POST_TIMEOUT_MS = 15_000;

/**
 * Protocol v2 over plain HTTP for hosts without WebSockets: server events arrive on an EventSource (which
 * resumes by itself with Last-Event-ID), client events go out as POSTs. Reports `open` once greeted.
 */
export class HttpTransport implements AssistantTransport {
  private source: EventSourceLike | undefined;
  private greeted = false;
  private wanted = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopWatching: (() => void) | undefined;
  private readonly session = new ResumableSession();
  /**
   * The last POST still in flight. Requests go out one at a time in the order sent: two concurrent POSTs
   * may reach the server in either order, and a question typed right after a reset would then be wiped by
   * the reset that arrived second.
   */
  private lastPost: Promise<void> | undefined;
  /** Bumped when the stream is dropped: what was queued before then is not sent (see `send`). */
  private postEpoch = 0;

  constructor(private readonly options: HttpTransportOptions) {}

  connect(): void {
    this.wanted = true;
    if (this.options.page && !this.stopWatching) {
      this.stopWatching = watchPageLifecycle(this.options.page, {
        onReturn: () => this.reopen(),
        onLeave: () => this.dropSource(),
        onOnline: () => this.reopen(),
        onOffline: () => this.goOffline(),
      });
    }
    if (this.source) return;
    clearTimeout(this.retryTimer);
    this.options.listener.onStatus(this.session.token === undefined ? 'connecting' : 'reconnecting');
    this.openSource();
  }

  send(event: ClientEvent): boolean {
    const token = this.session.token;
    if (!this.greeted || token === undefined) return false;
    const previous = this.lastPost;
    const epoch = this.postEpoch;
    // What was queued when the stream dropped is not sent: the store re-sends unanswered questions with
    // the same ids once the stream is back, in order.
    const current = previous
      ? previous.then(() => (epoch === this.postEpoch ? this.post(token, event) : undefined))
      : this.post(token, event);
    this.lastPost = current;
    void current.then(() => {
      if (this.lastPost === current) this.lastPost = undefined;
    });
    return true;
  }

  /** Never rejects: every failure is handled here. */
  private post(token: string, event: ClientEvent): Promise<void> {
    const post = this.options.fetch ?? fetch;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.options.postTimeoutMs ?? POST_TIMEOUT_MS);
    return (
      post(this.options.url ?? ASSISTANT_HTTP_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SESSION_TOKEN_HEADER]: token },
        body: JSON.stringify(event),
        signal: deadline.signal,
      })
        .then(async (response) => {
          // The server no longer knows the session (e.g. it restarted): reopen the stream, which says so,
          // and the store re-sends what is unanswered.
          if (response.status === 401) return this.restart();
          const body = (await response.json().catch(() => undefined)) as { event?: unknown } | undefined;
          if (body?.event !== undefined) {
            // An id answered before: the same event may also be on the stream, so it goes through the dedupe.
            const answered = serverEventSchema.safeParse(body.event);
            if (answered.success) this.deliver(answered.data);
            return;
          }
          // A refusal answers this request only and is never on the stream: no dedupe by seq.
          const refusal = serverEventSchema.safeParse(body);
          if (refusal.success && refusal.data.type === 'error') this.options.listener.onEvent(refusal.data);
        })
        // The request may or may not have arrived: reconnect, and the store re-sends it with the same id.
        .catch(() => this.restart())
        .finally(() => clearTimeout(timer))
    );
  }

  close(): void {
    this.wanted = false;
    this.stopWatching?.();
    this.stopWatching = undefined;
    clearTimeout(this.retryTimer);
    this.dropSource();
    this.options.listener.onStatus('closed');
  }

  private openSource(): void {
    const base = this.options.url ?? ASSISTANT_HTTP_PATH;
    // A fresh EventSource carries no Last-Event-ID, so the resume point travels in the URL; the session is
    // the cookie's (a token in a URL would end up in logs).
    const { token, lastSeen } = this.session;
    const query = token === undefined ? '' : `?after=${lastSeen}`;
    const create =
      this.options.createEventSource ?? ((url: string) => new EventSource(url) as unknown as EventSourceLike);
    const source = create(`${base}${query}`);
    this.source = source;
    this.greeted = false;
    source.onmessage = (message) => {
      const event = this.source === source ? parseServerFrame(message.data) : undefined;
      if (event) this.deliver(event);
    };
    source.onerror = () => {
      if (this.source !== source) return;
      this.greeted = false;
      this.options.listener.onStatus('reconnecting');
      // CONNECTING means EventSource retries by itself (with Last-Event-ID); CLOSED means it gave up.
      if (source.readyState === EVENT_SOURCE_CLOSED) this.restart();
    };
  }

  private deliver(event: ServerEvent): void {
    if (event.type === 'connection') {
      // The server resumed from the URL or Last-Event-ID already; nothing to send back.
      this.session.greetResumed(event);
      this.greeted = true;
      this.attempt = 0;
      this.options.listener.onEvent(event);
      this.options.listener.onStatus('open');
      return;
    }
    if (this.session.admit(event)) this.options.listener.onEvent(event);
  }

  /** Said at once; nothing is retried until the device reports a network again (`reopen`). */
  private goOffline(): void {
    if (!this.wanted) return;
    clearTimeout(this.retryTimer);
    this.dropSource();
    this.options.listener.onStatus('reconnecting');
  }

  private reopen(): void {
    if (!this.wanted || (this.source && this.greeted)) return;
    this.dropSource();
    this.attempt = 0;
    this.connect();
  }

  private restart(): void {
    if (!this.wanted) return;
    this.dropSource();
    const delay = reconnectDelay(this.attempt, this.options.baseDelayMs, this.options.maxDelayMs);
    this.attempt += 1;
    this.options.listener.onStatus('reconnecting');
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private dropSource(): void {
    const source = this.source;
    this.source = undefined;
    this.greeted = false;
    this.postEpoch += 1;
    this.lastPost = undefined;
    if (!source) return;
    source.onmessage = null;
    source.onerror = null;
    source.close();
  }
}
