import type { ClientEvent, ClientResume, ServerEvent } from '../protocol';

export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface TransportListener {
  onEvent(event: ServerEvent): void;
  onStatus(status: ConnectionStatus): void;
}

/** What the store needs from a network transport. */
export interface AssistantTransport {
  connect(): void;
  /** Returns false when the event could not be handed to the network (not connected). */
  send(event: ClientEvent): boolean;
  close(): void;
}

type ConnectionEvent = Extract<ServerEvent, { type: 'connection' }>;

/**
 * The client half of resumption: remembers the session token and the last seq seen, asks for what it
 * missed after a reconnect, and drops events it already has, so every event is handled exactly once.
 */
export class ResumableSession {
  private token: string | undefined;
  private greetedToken: string | undefined;
  private lastSeq = -1;

  /** Handles a new connection's greeting; returns the `resume` to send before anything else, if any. */
  greet(connection: ConnectionEvent): ClientResume | undefined {
    this.greetedToken = connection.session;
    if (this.token === undefined) {
      this.token = connection.session;
      this.lastSeq = connection.seq;
      return undefined;
    }
    return { type: 'resume', session: this.token, after: this.lastSeq };
  }

  /** False for an event this client already handled (a replay overlapping what arrived live). */
  admit(event: ServerEvent): boolean {
    if (event.type === 'connection') return true;
    if (event.type === 'error' && event.code === 'session_expired') {
      // The old session is gone: continue with the one this connection was greeted into.
      this.token = this.greetedToken;
      this.lastSeq = event.seq;
      return true;
    }
    if (event.seq <= this.lastSeq) return false;
    this.lastSeq = event.seq;
    return true;
  }
}
