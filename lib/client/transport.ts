import { serverEventSchema, type ClientEvent, type ClientResume, type ServerEvent } from '../protocol';

export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';
export type TransportKind = 'websocket' | 'http';

export interface TransportListener {
  onEvent(event: ServerEvent): void;
  onStatus(status: ConnectionStatus): void;
  /** Which door the client uses, for the panel's diagnostic line. */
  onTransport?(kind: TransportKind): void;
  /**
   * The WebSocket closed, was refused or timed out before the server ever greeted it: the door may not
   * exist on this host. Said before the transport retries, so the listener can close it instead.
   */
  onUnreachable?(): void;
}

/** What the store needs from a network transport. */
export interface AssistantTransport {
  connect(): void;
  /** Returns false when the event could not be handed to the network (not connected). */
  send(event: ClientEvent): boolean;
  close(): void;
}

type ConnectionEvent = Extract<ServerEvent, { type: 'connection' }>;

/** A frame from the server as a validated event; anything else (not text, not JSON, unknown) is ignored. */
export function parseServerFrame(data: unknown): ServerEvent | undefined {
  if (typeof data !== 'string') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = serverEventSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** Exponential backoff with full jitter: a random wait up to `base · 2^attempt`, capped at `max`. */
export function reconnectDelay(attempt: number, baseDelayMs = 500, maxDelayMs = 15_000): number {
  return Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
}

/**
 * The client half of resumption: remembers the session token and the last seq seen, asks for what it
 * missed after a reconnect, and drops events it already has, so every event is handled exactly once.
 */
export class ResumableSession {
  private token_: string | undefined;
  private greetedToken: string | undefined;
  private lastSeq = -1;

  /** The token of the session being followed, once greeted. */
  get token(): string | undefined {
    return this.token_;
  }

  /** The last seq handled (-1 before the first greeting). */
  get lastSeen(): number {
    return this.lastSeq;
  }

  /** Handles a new connection's greeting; returns the `resume` to send before anything else, if any. */
  greet(connection: ConnectionEvent): ClientResume | undefined {
    this.greetedToken = connection.session;
    if (this.token_ === undefined) {
      this.token_ = connection.session;
      this.lastSeq = connection.seq;
      return undefined;
    }
    return { type: 'resume', session: this.token_, after: this.lastSeq };
  }

  /**
   * Handles the greeting of a connection the server already resumed (an SSE stream follows the cookie's
   * session after the seq in its URL): that session's token is the one to act with from now on.
   */
  greetResumed(connection: ConnectionEvent): void {
    if (this.token_ === undefined) this.lastSeq = connection.seq;
    this.token_ = this.greetedToken = connection.session;
  }

  /** False for an event this client already handled (a replay overlapping what arrived live). */
  admit(event: ServerEvent): boolean {
    // seq 0 numbers refusals outside the session's sequence (server full, store unreachable): always shown.
    if (event.type === 'connection' || (event.type === 'error' && event.seq === 0)) return true;
    if (event.type === 'error' && event.code === 'session_expired') {
      // The old session is gone: continue with the one this connection was greeted into.
      this.token_ = this.greetedToken;
      this.lastSeq = event.seq;
      return true;
    }
    if (event.seq <= this.lastSeq) return false;
    this.lastSeq = event.seq;
    // A new conversation of the same session: the old token no longer opens it.
    if (event.type === 'reset' && event.session !== undefined)
      this.token_ = this.greetedToken = event.session;
    return true;
  }
}
