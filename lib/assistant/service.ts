import { randomUUID } from 'node:crypto';
import { TEXTS, type ServerEvent } from '../protocol';
import { AssistantError, toAssistantError, tooManyQuestionsMessage, USER_ERRORS } from './errors';
import type { AssistantProvider } from './provider';
import type { QueuedMessage, Session } from './session';
import type { MemorySessionStore } from './session-store';

export interface ServiceLogger {
  info(event: string, fields?: Record<string, string | number | boolean | undefined>): void;
  warn(event: string, fields?: Record<string, string | number | boolean | undefined>): void;
}

/** Admits or refuses one event for a key (a session, a client address). */
export interface RateLimit {
  take(key: string): { allowed: true } | { allowed: false; retryAfterMs: number };
}

export interface AssistantServiceOptions {
  provider: AssistantProvider;
  store: MemorySessionStore;
  logger: ServiceLogger;
  generationTimeoutMs: number;
  queueMax: number;
  /** New questions per session and per client address; re-sent ids are free. */
  rateLimits?: { perSession: RateLimit; perClient: RateLimit };
}

/** Why a generation was aborted; decides what, if anything, the client is told. */
type AbortReason = 'stop' | 'reset' | 'shutdown' | 'timeout';

export type SubmitOutcome =
  | { kind: 'queued'; id: string }
  /** The id was answered before: the caller re-sends this final event to the asking connection. */
  | { kind: 'answered'; event: ServerEvent }
  /** The id is already queued or being answered; its events will arrive as usual. */
  | { kind: 'in-progress'; id: string }
  | { kind: 'rejected'; error: AssistantError };

/**
 * The transport-agnostic core: per-session FIFO of questions, one generation at a time per session,
 * many sessions concurrently. Transports call `submit`, `stop` and `reset` and listen to the session.
 */
export class AssistantService {
  private shuttingDown = false;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: AssistantServiceOptions) {}

  /** False once shutdown began: readiness turns red so load balancers stop sending new clients. */
  get accepting(): boolean {
    return !this.shuttingDown;
  }

  get providerKind() {
    return this.options.provider.kind;
  }

  submit(session: Session, message: { id?: string; input: string }, clientKey?: string): SubmitOutcome {
    if (this.shuttingDown) {
      return { kind: 'rejected', error: new AssistantError('shutting_down', USER_ERRORS.shuttingDown) };
    }
    if (message.id !== undefined) {
      const known = session.outcomeOf(message.id);
      if (known === 'pending') return { kind: 'in-progress', id: message.id };
      if (known) return { kind: 'answered', event: known };
    }
    const limited = this.rateLimited(session, clientKey);
    if (limited) return { kind: 'rejected', error: limited };
    const pending = session.queue.length + (session.running ? 1 : 0);
    if (pending >= this.options.queueMax) {
      return { kind: 'rejected', error: new AssistantError('queue_full', USER_ERRORS.queueFull) };
    }
    const id = message.id ?? `srv-${randomUUID()}`;
    session.markPending(id);
    session.queue.push({ id, input: message.input });
    session.touch();
    this.pump(session);
    return { kind: 'queued', id };
  }

  private rateLimited(session: Session, clientKey: string | undefined): AssistantError | undefined {
    const limits = this.options.rateLimits;
    if (!limits) return undefined;
    const bySession = limits.perSession.take(session.id);
    const decision =
      bySession.allowed && clientKey !== undefined ? limits.perClient.take(clientKey) : bySession;
    if (decision.allowed) return undefined;
    this.options.logger.warn('rate_limited', { session: session.logTag });
    return new AssistantError('rate_limited', tooManyQuestionsMessage(decision.retryAfterMs), {
      retryAfterSeconds: Math.ceil(decision.retryAfterMs / 1000),
    });
  }

  /** Ends the current generation; the answer so far is kept and marked as stopped. */
  stop(session: Session): void {
    session.running?.controller.abort('stop' satisfies AbortReason);
  }

  /** Drops the queue and the running answer, deletes the upstream conversation and starts afresh. */
  reset(session: Session): void {
    for (const queued of session.queue) session.forgetOutcome(queued.id);
    session.running?.controller.abort('reset' satisfies AbortReason);
    const oldConversation = session.conversationId;
    session.clear();
    if (oldConversation) this.deleteConversation(oldConversation);
    session.emit({ type: 'reset', message: TEXTS.reset });
  }

  /** Releases what a dropped session held upstream. */
  discard(session: Session): void {
    session.running?.controller.abort('reset' satisfies AbortReason);
    if (session.conversationId) this.deleteConversation(session.conversationId);
    session.clear();
  }

  /**
   * Refuses new questions, lets running answers finish for up to `graceMs`, then aborts what is left
   * (those clients receive a Spanish error saying the server is restarting).
   */
  async shutdown(graceMs: number, sessions: Iterable<Session>): Promise<void> {
    this.shuttingDown = true;
    const all = [...sessions];
    for (const session of all) {
      for (const queued of session.queue.splice(0)) {
        session.emit({
          type: 'error',
          id: queued.id,
          code: 'shutting_down',
          message: USER_ERRORS.shuttingDown,
        });
      }
    }
    const settled = Promise.allSettled([...this.inFlight]);
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([settled, graceOver]);
    clearTimeout(timer);
    for (const session of all) session.running?.controller.abort('shutdown' satisfies AbortReason);
    await Promise.allSettled([...this.inFlight]);
  }

  private pump(session: Session): void {
    if (session.running) return;
    const next = session.queue.shift();
    if (!next) return;
    const controller = new AbortController();
    session.running = { id: next.id, controller };
    const work = this.generate(session, next, controller).finally(() => {
      this.inFlight.delete(work);
      if (session.running?.controller === controller) session.running = undefined;
      session.touch();
      this.pump(session);
    });
    this.inFlight.add(work);
  }

  private async generate(
    session: Session,
    message: QueuedMessage,
    controller: AbortController,
  ): Promise<void> {
    const { provider, logger, generationTimeoutMs } = this.options;
    const { signal } = controller;
    const epoch = session.epoch;
    const timer = setTimeout(() => controller.abort('timeout' satisfies AbortReason), generationTimeoutMs);
    const startedAt = Date.now();
    session.addToTranscript({ id: message.id, role: 'user', text: message.input });
    let text = '';
    try {
      if (!session.conversationId) {
        const created = await provider.createConversation(signal);
        if (session.epoch !== epoch) {
          this.deleteConversation(created);
          return;
        }
        session.conversationId = created;
      }
      for await (const delta of provider.streamReply({
        conversationId: session.conversationId,
        input: message.input,
        signal,
      })) {
        if (signal.aborted) break;
        text += delta;
        session.emit({ type: 'delta', id: message.id, delta });
      }
      if (signal.aborted) throw signal.reason;
      this.finish(session, message.id, text, false);
      logger.info('generation.completed', {
        session: session.logTag,
        ms: Date.now() - startedAt,
        chars: text.length,
      });
    } catch (error) {
      const reason: unknown = signal.aborted ? signal.reason : undefined;
      if (reason === 'reset' || session.epoch !== epoch) return;
      if (reason === 'stop') {
        this.finish(session, message.id, text, true);
        logger.info('generation.stopped', { session: session.logTag, ms: Date.now() - startedAt });
        return;
      }
      const failure =
        reason === 'shutdown'
          ? new AssistantError('shutting_down', USER_ERRORS.shuttingDown)
          : reason === 'timeout'
            ? new AssistantError('upstream_timeout', USER_ERRORS.generationTimeout)
            : toAssistantError(error);
      if (failure.code === 'conversation_lost') session.conversationId = undefined;
      session.addToTranscript({ id: message.id, role: 'assistant', text, status: 'error' });
      session.emit({ type: 'error', id: message.id, code: failure.code, message: failure.userMessage });
      logger.warn('generation.failed', {
        session: session.logTag,
        code: failure.code,
        cause: failure.code === 'internal' ? String((failure.cause as Error | undefined)?.name) : undefined,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  private finish(session: Session, id: string, text: string, stopped: boolean): void {
    session.addToTranscript({
      id,
      role: 'assistant',
      text,
      ...(stopped ? { status: 'stopped' as const } : {}),
    });
    session.emit({ type: 'response', id, message: text, ...(stopped ? { stopped: true } : {}) });
  }

  private deleteConversation(conversationId: string): void {
    this.options.provider.deleteConversation(conversationId).catch((error: unknown) => {
      this.options.logger.warn('conversation.delete_failed', { error: (error as Error)?.name });
    });
  }
}
