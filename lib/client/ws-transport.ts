import { PROTOCOL_V2, serverEventSchema, type ClientEvent, type ServerEvent } from '../protocol';

export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface TransportListener {
  onEvent(event: ServerEvent): void;
  onStatus(status: ConnectionStatus): void;
}

/** What the store needs from a network transport; the WebSocket is the only one for now. */
export interface AssistantTransport {
  connect(): void;
  /** Returns false when the event could not be handed to the network (not connected). */
  send(event: ClientEvent): boolean;
  close(): void;
}

export interface WebSocketTransportOptions {
  url: string;
  listener: TransportListener;
  /** First reconnect delay; doubles up to `maxDelayMs`, with full jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  createSocket?: (url: string, protocol: string) => WebSocket;
}

export function assistantSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/assistant/`;
}

/** WebSocket transport on protocol v2, reconnecting with exponential backoff and jitter. */
export class WebSocketTransport implements AssistantTransport {
  private socket: WebSocket | undefined;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private wanted = false;

  constructor(private readonly options: WebSocketTransportOptions) {}

  connect(): void {
    this.wanted = true;
    if (this.socket && this.socket.readyState <= WebSocket.OPEN) return;
    clearTimeout(this.retryTimer);
    this.options.listener.onStatus(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const create = this.options.createSocket ?? ((url, protocol) => new WebSocket(url, protocol));
    const socket = create(this.options.url, PROTOCOL_V2);
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.options.listener.onStatus('open');
    };
    socket.onmessage = (message) => {
      if (typeof message.data !== 'string') return;
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = serverEventSchema.safeParse(data);
      if (parsed.success) this.options.listener.onEvent(parsed.data);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      if (!this.wanted) {
        this.options.listener.onStatus('closed');
        return;
      }
      this.scheduleReconnect();
    };
  }

  send(event: ClientEvent): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(event));
    return true;
  }

  close(): void {
    this.wanted = false;
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = undefined;
    this.attempt = 0;
    socket?.close(1000);
    this.options.listener.onStatus('closed');
  }

  private scheduleReconnect(): void {
    const { baseDelayMs = 500, maxDelayMs = 15_000 } = this.options;
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** this.attempt);
    this.attempt += 1;
    this.options.listener.onStatus('reconnecting');
    this.retryTimer = setTimeout(() => this.connect(), Math.random() * ceiling);
  }
}
