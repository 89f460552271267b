import type { ClientEvent } from '../protocol';
import type { DoorMemory } from './door-memory';
import type { AssistantTransport, TransportKind, TransportListener } from './transport';

export interface FallbackTransportOptions {
  listener: TransportListener;
  /** `auto`: WebSocket first, HTTP if it never opens; `http`: hosts known to have no WebSockets. */
  mode: 'auto' | 'http';
  /** A socket that never opened in this tab sends later panels straight to HTTP. */
  memory?: DoorMemory;
  createWebSocket(listener: TransportListener): AssistantTransport;
  createHttp(listener: TransportListener): AssistantTransport;
}

/**
 * Picks the door: the WebSocket when it works, otherwise the HTTP transport, for good. Once a WebSocket
 * has opened, later drops are its own business (it reconnects and resumes); only a socket that never
 * opens — a host without WebSockets, a proxy that refuses upgrades — sends the client to HTTP.
 */
export class FallbackTransport implements AssistantTransport {
  private current: AssistantTransport;
  private kind: TransportKind;

  constructor(private readonly options: FallbackTransportOptions) {
    const http = options.mode === 'http' || options.memory?.webSocketFailed() === true;
    this.kind = http ? 'http' : 'websocket';
    this.current =
      this.kind === 'http' ? this.createHttp() : options.createWebSocket(this.webSocketListener());
  }

  connect(): void {
    this.options.listener.onTransport?.(this.kind);
    this.current.connect();
  }

  send(event: ClientEvent): boolean {
    return this.current.send(event);
  }

  close(): void {
    this.current.close();
  }

  private webSocketListener(): TransportListener {
    const { listener } = this.options;
    // Once given up on, the socket's last words (its `closed`) must not reach the store.
    return {
      onEvent: (event) => {
        if (this.kind === 'websocket') listener.onEvent(event);
      },
      onStatus: (status) => {
        if (this.kind === 'websocket') listener.onStatus(status);
      },
      onUnreachable: () => {
        if (this.kind === 'websocket') this.switchToHttp();
      },
    };
  }

  private switchToHttp(): void {
    this.options.memory?.rememberWebSocketFailed();
    this.kind = 'http';
    const failed = this.current;
    this.current = this.createHttp();
    failed.close();
    this.connect();
  }

  private createHttp(): AssistantTransport {
    return this.options.createHttp(this.options.listener);
  }
}
