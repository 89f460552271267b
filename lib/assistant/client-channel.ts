import {
  CLIENT_ERRORS,
  parseClientEvent,
  PONG,
  TEXTS,
  toWire,
  type ParseResult,
  type ProtocolVersion,
  type ServerEvent,
  type UnsequencedEvent,
} from '../protocol';
import { errorEvent, failureEvent } from './error-events';
import { USER_ERRORS } from './errors';
import type { AssistantService } from './service';
import { runSessionCommand, type SessionCommand } from './session-commands';
import type { Subscription } from './store/session-store';

/**
 * How long a new v2 connection holds the session's live events while waiting for a `resume`: a client that
 * resumes must get its replay before anything newer, or it would drop the replay as already seen.
 */
export const RESUME_WINDOW_MS = 1_000;

export interface ClientChannelOptions {
  service: AssistantService;
  sessionId: string;
  version: ProtocolVersion;
  /** The client's address, for per-address rate limits. */
  clientKey?: string;
  /** Sends one serialised frame; `event` is what it encodes (an SSE transport needs its seq). */
  deliver: (frame: string, event: ServerEvent) => void;
  /**
   * The client may send `resume` as its first frame (a WebSocket): hold live events for
   * `RESUME_WINDOW_MS` until it does or sends anything else.
   */
  resumeWindow?: boolean;
  /** Told about a frame that failed (for the log); the client is told separately. */
  onFailure?: (error: unknown) => void;
  /** Every frame received so far has been handled (a transport that stopped reading may read again). */
  onDrained?: () => void;
}

/**
 * One client connection's view of a session, independent of the transport: it parses frames, forwards
 * valid ones to the service and serialises session events for the connection's protocol version. Frames
 * are handled one at a time, in arrival order, even though the store answers asynchronously.
 */
export class ClientChannel {
  readonly version: ProtocolVersion;
  private current: string;
  private subscription: Subscription | undefined;
  /** Session events after this seq reach the connection through its subscription. */
  private subscribedAfter = 0;
  private holding = false;
  private holdTimer: NodeJS.Timeout | undefined;
  private pending: Promise<void> = Promise.resolve();
  private waiting = 0;
  private closed = false;

  constructor(private readonly options: ClientChannelOptions) {
    this.current = options.sessionId;
    this.version = options.version;
  }

  get sessionId(): string {
    return this.current;
  }

  /** Frames received but not handled yet. */
  get backlog(): number {
    return this.waiting;
  }

  /**
   * Greets the client (token and conversation so far) and starts relaying the session's events to it.
   * `resume` resumes at once (a transport that knows it up front): the conversation `token` names, or
   * without a token this connection's own session. Rejects when the session cannot be opened (store
   * unreachable, or a new session refused: `AssistantError`, `SessionCapacityError`).
   */
  open(resume?: { token?: string; after: number }): Promise<void> {
    const opening = this.greet(
      resume !== undefined || (this.version === 2 && this.options.resumeWindow === true),
    );
    this.pending = opening.then(() => (resume ? this.resume(resume.token, resume.after) : undefined));
    return this.pending;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.holdTimer);
    this.subscription?.close();
    this.subscription = undefined;
  }

  receiveBinary(): void {
    this.enqueue(() => this.sendLocal(errorEvent('bad_request', CLIENT_ERRORS.binary)));
  }

  receive(raw: string): void {
    const parsed = parseClientEvent(raw, this.version);
    // «Cerrar y borrar» sends erase and closes at once: the erase is what closing meant, so it is carried
    // out even when the close overtakes it. Every other frame of a closed connection is dropped.
    this.enqueue(() => this.handle(parsed), parsed.ok && parsed.event.type === 'erase');
  }

  /** Resolves once every frame received so far has been handled (tests, graceful close). */
  settled(): Promise<void> {
    return this.pending;
  }

  private enqueue(step: () => Promise<void>, evenIfClosed = false): void {
    this.waiting += 1;
    this.pending = this.pending
      .catch(() => undefined)
      .then(() => (this.closed && !evenIfClosed ? undefined : step()))
      .catch((error: unknown) => this.reportFailure(error))
      .finally(() => {
        this.waiting -= 1;
        if (this.waiting === 0) this.options.onDrained?.();
      });
  }

  private async greet(hold: boolean): Promise<void> {
    const { service, clientKey } = this.options;
    const { seq, transcript, token } = await service.open(this.current, clientKey);
    if (this.closed) return;
    this.send({
      type: 'connection',
      message: TEXTS.connected,
      provider: service.providerKind,
      session: token,
      ...(transcript.length > 0 ? { transcript } : {}),
      seq,
    });
    this.attach(this.current, seq, hold);
    if (hold) this.holdTimer = setTimeout(() => this.stopHolding(), RESUME_WINDOW_MS);
  }

  private async handle(parsed: ParseResult): Promise<void> {
    if (!parsed.ok) {
      await this.sendLocal(errorEvent('bad_request', parsed.error));
      return;
    }
    const { event } = parsed;
    if (event.type === 'resume') {
      await this.resume(event.session, event.after);
      return;
    }
    this.stopHolding();
    if (event.type === 'ping') {
      // Answered without the store: the client asks whether this link works, not whether Redis does.
      this.send(PONG);
      return;
    }
    try {
      await this.apply(event);
    } catch (error) {
      // A question that failed names its id, so the page marks that answer failed instead of waiting on.
      this.reportFailure(error, event.type === 'message' ? event.id : undefined);
    }
  }

  private async apply(command: SessionCommand): Promise<void> {
    const { service, clientKey } = this.options;
    const outcome = await runSessionCommand(service, this.current, command, clientKey);
    if (outcome.kind === 'answered') this.send(outcome.event);
    if (outcome.kind === 'refused') await this.sendLocal(outcome.event);
  }

  /**
   * Replays what the client missed: every event after `after` that this connection has not already
   * delivered, in order, then keeps relaying. Nothing is sent twice and nothing is skipped.
   */
  private async resume(token: string | undefined, after: number): Promise<void> {
    const { service } = this.options;
    const live =
      token === undefined ? await service.liveSession(this.current) : await service.sessionForToken(token);
    // A seq the session never issued means the client knew an earlier conversation of this session.
    if (live === undefined || after > live.lastSeq) {
      this.stopHolding();
      await this.sendLocal(errorEvent('session_expired', USER_ERRORS.sessionExpired));
      return;
    }
    const target = live.sessionId;
    if (target === this.current && !this.holding) {
      // Live since `subscribedAfter`: only what came before it is missing.
      const missed = await service.eventsAfter(target, after);
      for (const event of missed) if (event.seq <= this.subscribedAfter) this.send(event);
      return;
    }
    clearTimeout(this.holdTimer);
    this.holding = false;
    this.subscription?.close();
    this.current = target;
    this.attach(target, after, false);
  }

  private attach(sessionId: string, after: number, hold: boolean): void {
    // A connection closed while its set-up awaited the store must not leave a listener behind.
    if (this.closed) return;
    this.subscribedAfter = after;
    this.holding = hold;
    this.subscription = this.options.service.subscribe(sessionId, { after, held: true }, (event) =>
      this.send(event),
    );
    if (!hold) this.subscription.release();
  }

  private stopHolding(): void {
    if (!this.holding) return;
    this.holding = false;
    clearTimeout(this.holdTimer);
    this.subscription?.release();
  }

  private async sendLocal(event: UnsequencedEvent): Promise<void> {
    // An answer to the client's own frame: it is not resuming, so the session's events may flow too.
    this.stopHolding();
    await this.subscription?.sendLocal(event);
  }

  /** A frame could not be handled (the store failed mid-request, or a bug): the citizen learns it now. */
  private reportFailure(error: unknown, messageId?: string): void {
    this.options.onFailure?.(error);
    this.send(failureEvent(error, messageId));
  }

  private send(event: ServerEvent): void {
    if (this.closed) return;
    const frame = frameOf(event, this.version);
    if (frame !== undefined) this.options.deliver(frame, event);
  }
}

/**
 * The store hands one event to every listener of its session in one synchronous loop: the frame made for
 * the first connection of a version is reused by the next ones instead of serialising the event again.
 * Events are never changed once sequenced, so the same object always makes the same frame.
 */
let lastEvent: ServerEvent | undefined;
let lastVersion: ProtocolVersion | undefined;
let lastFrame: string | undefined;

function frameOf(event: ServerEvent, version: ProtocolVersion): string | undefined {
  if (event === lastEvent && version === lastVersion) return lastFrame;
  lastFrame = toWire(event, version);
  lastEvent = event;
  lastVersion = version;
  return lastFrame;
}
