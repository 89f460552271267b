import { type ClientEvent } from '../protocol';
import { LinkWatch } from './link-watch';
import { watchPageLifecycle, type PageLifecycleTarget } from './page-lifecycle';
import {
  parseServerFrame,
  reconnectDelay,
  ResumableSession,
  type AssistantTransport,
  type TransportListener,
} from './transport';
import { ASSISTANT_WS_PATH, CLOSE_CLIENT_GAVE_UP, PROTOCOL_V2 } from '../wire';

export interface WebSocketTransportOptions {
  url: string;
  listener: TransportListener;
  /** First reconnect delay; doubles up to `maxDelayMs`, with full jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A socket that is not greeted by the server within this time is abandoned and retried. */
  connectTimeoutMs?: number;
  /** After the page was hidden this long, an open socket is presumed dead (iOS kills them silently). */
  staleAfterHiddenMs?: number;
  /** While an answer is awaited, a socket silent this long is pinged… */
  silenceBeforeProbeMs?: number;
  /** …and replaced if the pong does not come within this long. */
  probeTimeoutMs?: number;
  createSocket?: (url: string, protocol: string) => WebSocket;
  /** Page events that trigger a reconnect; absent outside a browser. */
  page?: PageLifecycleTarget;
}

// WebSocket.readyState values, spelled out so the module also loads where no WebSocket global exists.
const CONNECTING = 0;
const OPEN = 1;

export function assistantSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${ASSISTANT_WS_PATH}`;
}

/**
 * WebSocket transport on protocol v2. Reconnects with exponential backoff and full jitter, and at once
 * when the page returns, comes back online or leaves the back/forward cache; each new socket resumes the
 * session so nothing is lost or handled twice. Reports `open` only once the session is re-attached.
 */
export class WebSocketTransport implements AssistantTransport {
  private socket: WebSocket | undefined;
  private greeted = false;
  /** Whether any socket of this transport was greeted: only one that never was means the door is missing. */
  private everGreeted = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  private wanted = false;
  /** Between `pagehide` and the page's return: the socket is closed on purpose, not retried. */
  private parked = false;
  /** Between the device's `offline` and `online` events: nothing to retry on, so nothing is tried. */
  private offline = false;
  private stopWatching: (() => void) | undefined;
  private readonly session = new ResumableSession();
  private readonly watch: LinkWatch;

  constructor(private readonly options: WebSocketTransportOptions) {
    this.watch = new LinkWatch({
      // A pong comes back in milliseconds on a live link, so the wait can be short: a dead one freezes
      // the citizen's answer under "Escribiendo…" for 6 s at most, not the minutes TCP takes.
      silenceMs: options.silenceBeforeProbeMs ?? 3_000,
      probeTimeoutMs: options.probeTimeoutMs ?? 3_000,
      probe: () => this.socket?.send(JSON.stringify({ type: 'ping' } satisfies ClientEvent)),
      onDead: () => this.reconnectNow(true),
    });
  }

  connect(): void {
    this.wanted = true;
    this.parked = false;
    if (this.options.page && !this.stopWatching) {
      this.stopWatching = watchPageLifecycle(this.options.page, {
        onReturn: (hiddenMs) => this.onReturn(hiddenMs),
        onLeave: () => this.park(),
        onOnline: () => this.backOnline(),
        onOffline: () => this.goOffline(),
      });
    }
    if (this.socket) return;
    clearTimeout(this.retryTimer);
    this.options.listener.onStatus(this.attempt === 0 ? 'connecting' : 'reconnecting');
    this.openSocket();
  }

  send(event: ClientEvent): boolean {
    if (!this.greeted || this.socket?.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(event));
    this.watch.sent(event);
    return true;
  }

  close(): void {
    this.wanted = false;
    this.stopWatching?.();
    this.stopWatching = undefined;
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    this.dropSocket(1000);
    this.options.listener.onStatus('closed');
  }

  private openSocket(): void {
    const create = this.options.createSocket ?? ((url, protocol) => new WebSocket(url, protocol));
    const socket = create(this.options.url, PROTOCOL_V2);
    this.socket = socket;
    this.greeted = false;
    this.connectTimer = setTimeout(() => this.abandon(socket), this.options.connectTimeoutMs ?? 10_000);
    socket.onmessage = (message) => {
      const event = this.socket === socket ? parseServerFrame(message.data) : undefined;
      if (!event) return;
      this.watch.heard(event);
      if (event.type === 'pong') return;
      if (event.type === 'connection') {
        clearTimeout(this.connectTimer);
        // The resume goes out before anything queued, so the server re-attaches first.
        const resume = this.session.greet(event);
        if (resume) socket.send(JSON.stringify(resume));
        this.greeted = true;
        this.everGreeted = true;
        this.watch.attach();
        this.attempt = 0;
        this.options.listener.onEvent(event);
        this.options.listener.onStatus('open');
        return;
      }
      if (this.session.admit(event)) this.options.listener.onEvent(event);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.abandon(socket);
    };
  }

  /** Gives up on a socket that closed or never got going, and retries unless that is not wanted. */
  private abandon(socket: WebSocket): void {
    if (this.socket !== socket) return;
    this.dropSocket(CLOSE_CLIENT_GAVE_UP);
    if (!this.wanted) {
      this.options.listener.onStatus('closed');
      return;
    }
    // A socket that fails while the device has no network says nothing about the door.
    if (!this.everGreeted && this.deviceOnline()) this.options.listener.onUnreachable?.();
    if (!this.wanted || this.parked) return;
    if (this.offline) this.options.listener.onStatus('reconnecting');
    else this.scheduleReconnect();
  }

  private dropSocket(code: number): void {
    clearTimeout(this.connectTimer);
    this.watch.detach();
    const socket = this.socket;
    this.socket = undefined;
    this.greeted = false;
    if (!socket) return;
    socket.onmessage = null;
    socket.onclose = null;
    if (socket.readyState === CONNECTING || socket.readyState === OPEN) socket.close(code);
  }

  private park(): void {
    if (!this.wanted) return;
    this.parked = true;
    clearTimeout(this.retryTimer);
    this.dropSocket(1000);
    this.options.listener.onStatus('reconnecting');
  }

  private deviceOnline(): boolean {
    return !this.offline && (typeof navigator === 'undefined' || navigator.onLine !== false);
  }

  /** Said at once, instead of after the seconds a silent socket takes to be noticed dead. */
  private goOffline(): void {
    this.offline = true;
    if (!this.wanted || this.parked) return;
    clearTimeout(this.retryTimer);
    this.dropSocket(CLOSE_CLIENT_GAVE_UP);
    this.options.listener.onStatus('reconnecting');
  }

  private backOnline(): void {
    this.offline = false;
    this.reconnectNow(true);
  }

  private onReturn(hiddenMs: number): void {
    if (!this.wanted) return;
    this.parked = false;
    this.reconnectNow(hiddenMs >= (this.options.staleAfterHiddenMs ?? 5_000));
  }

  /** Connects now instead of waiting for the backoff; `recycle` also replaces an open but suspect socket. */
  private reconnectNow(recycle: boolean): void {
    if (!this.wanted || this.parked || this.offline) return;
    if (this.socket && !recycle) return;
    this.dropSocket(CLOSE_CLIENT_GAVE_UP);
    this.attempt = 0;
    clearTimeout(this.retryTimer);
    this.options.listener.onStatus('reconnecting');
    this.openSocket();
  }

  private scheduleReconnect(): void {
    const delay = reconnectDelay(this.attempt, this.options.baseDelayMs, this.options.maxDelayMs);
    this.attempt += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), delay);
    // Told last: a listener may close this transport from the callback (the HTTP fallback does), and that
    // close must find the timer to clear, or the abandoned transport goes on knocking.
    this.options.listener.onStatus('reconnecting');
  }
}
