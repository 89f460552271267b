import {
  CLIENT_ERRORS,
  parseClientEvent,
  TEXTS,
  toWire,
  type ProtocolVersion,
  type ServerEvent,
  type UnsequencedEvent,
} from '../protocol';
import type { AssistantService } from './service';
import type { Session } from './session';

/** How a transport turns sessions into resume tokens and back (signing lives with the transport). */
export interface SessionTokens {
  tokenFor(session: Session): string;
  /** The live session a valid token names, or undefined for a forged token or a forgotten session. */
  sessionFor(token: string): Session | undefined;
}

export const SESSION_EXPIRED_MESSAGE =
  'Tu sesión anterior ya no existe en el servidor (expiró o el servidor se reinició). ' +
  'Las respuestas que esperabas se perdieron: vuelve a preguntar.';

export interface ClientChannelOptions {
  service: AssistantService;
  session: Session;
  version: ProtocolVersion;
  tokens: SessionTokens;
  /** The client's address, for per-address rate limits. */
  clientKey?: string;
  /** Sends one serialised frame; `event` is what it encodes (an SSE transport needs its seq). */
  deliver: (frame: string, event: ServerEvent) => void;
}

/**
 * One client connection's view of a session, independent of the transport: it parses frames, forwards
 * valid ones to the service and serialises session events for the connection's protocol version.
 */
export class ClientChannel {
  readonly version: ProtocolVersion;
  private current: Session;
  private unsubscribe: (() => void) | undefined;
  /** Session events up to this seq were delivered live (or predate the connection); later ones were too. */
  private subscribedAtSeq = 0;

  constructor(private readonly options: ClientChannelOptions) {
    this.current = options.session;
    this.version = options.version;
  }

  get session(): Session {
    return this.current;
  }

  /** Greets the client (token and conversation so far) and starts relaying the session's events to it. */
  open(): void {
    const transcript = this.current.snapshot();
    this.sendLocal({
      type: 'connection',
      message: TEXTS.connected,
      provider: this.options.service.providerKind,
      session: this.options.tokens.tokenFor(this.current),
      ...(transcript.length > 0 ? { transcript } : {}),
    });
    this.attach(this.current);
  }

  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  receiveBinary(): void {
    this.sendLocal({ type: 'error', code: 'bad_request', message: CLIENT_ERRORS.binary });
  }

  receive(raw: string): void {
    const parsed = parseClientEvent(raw, this.version);
    if (!parsed.ok) {
      this.sendLocal({ type: 'error', code: 'bad_request', message: parsed.error });
      return;
    }
    const { event } = parsed;
    switch (event.type) {
      case 'reset':
        this.options.service.reset(this.session);
        return;
      case 'stop':
        this.options.service.stop(this.session);
        return;
      case 'resume':
        this.resume(event.session, event.after);
        return;
      case 'message': {
        const outcome = this.options.service.submit(
          this.session,
          { id: event.id, input: event.message },
          this.options.clientKey,
        );
        if (outcome.kind === 'answered') this.send(outcome.event);
        if (outcome.kind === 'rejected') {
          this.sendLocal({
            type: 'error',
            id: event.id,
            code: outcome.error.code,
            message: outcome.error.userMessage,
          });
        }
        return;
      }
    }
  }

  /**
   * Replays what the client missed: every event after `after` that this connection has not already
   * delivered live, in order, then keeps relaying. Nothing is sent twice and nothing is skipped.
   */
  private resume(token: string, after: number): void {
    const target = this.options.tokens.sessionFor(token);
    // A seq the session never issued means the client knew an earlier session under the same id.
    if (!target || after > target.lastSeq) {
      this.sendLocal({ type: 'error', code: 'session_expired', message: SESSION_EXPIRED_MESSAGE });
      return;
    }
    if (target !== this.current) {
      this.unsubscribe?.();
      this.current = target;
      const missed = target.eventsAfter(after);
      this.attach(target);
      this.replay(missed);
      return;
    }
    this.replay(target.eventsAfter(after).filter((event) => event.seq <= this.subscribedAtSeq));
  }

  private replay(events: ServerEvent[]): void {
    for (const event of events) this.send(event);
  }

  private attach(session: Session): void {
    this.subscribedAtSeq = session.lastSeq;
    this.unsubscribe = session.subscribe((event) => this.send(event));
  }

  private sendLocal(event: UnsequencedEvent): void {
    this.send(this.current.stamp(event));
  }

  private send(event: ServerEvent): void {
    const frame = toWire(event, this.version);
    if (frame !== undefined) this.options.deliver(frame, event);
  }
}
