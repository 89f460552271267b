import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { TEXTS, type ServerEvent, type Verdict } from '../protocol';
import type { AnswerSignals } from './answer-signals';
import {
  AssistantError,
  toAssistantError,
  tooManyNewSessionsMessage,
  tooManyQuestionsMessage,
  USER_ERRORS,
} from './errors';
import { hiddenKinds, maskPersonalData, privacyNotice } from '../privacy/personal-data';
import { FREE_ANSWER_ENTRY, type AnswerSource, type AssistantProvider } from './provider';
import type { AnswerObserver } from './answer-observer';
import { newIncarnation, type SessionTokens } from './session-tokens';
import {
  type EventListener,
  type Job,
  type OrphanError,
  type SessionStore,
  type SubscribeOptions,
  type Subscription,
} from './store/session-store';
import { errorEvent, unnumbered } from './error-events';
import type { TranscriptEntry } from '../protocol';
import { sessionLogTag } from './session-log-tag';
import { StoreUnavailableError } from './store/store-errors';

export interface ServiceLogger {
  info(event: string, fields?: Record<string, string | number | boolean | undefined>): void;
  warn(event: string, fields?: Record<string, string | number | boolean | undefined>): void;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Admits or refuses one event for a key (a session, a client address). */
export interface RateLimit {
  take(key: string): RateDecision | Promise<RateDecision>;
}

/** Whether the process is too loaded to take new sessions (event-loop lag); running ones go on. */
export interface LoadSignal {
  readonly overloaded: boolean;
  readonly retryAfterSeconds: number;
}

export interface AssistantServiceOptions {
  provider: AssistantProvider;
  store: SessionStore;
  tokens: SessionTokens;
  logger: ServiceLogger;
  generationTimeoutMs: number;
  queueMax: number;
  /**
   * How long a generation's claim on its session lasts without renewal. If the instance answering dies,
   * another one reports the answer as lost after this long and takes the next question.
   */
  leaseMs?: number;
  /**
   * New questions per session and per client address (re-sent ids are free), and new sessions per client
   * address (reconnecting to an existing session is free).
   */
  rateLimits?: { perSession: RateLimit; perClient: RateLimit; newSessionsPerClient: RateLimit };
  /** While overloaded, sessions are not created (a newcomer is told to come back); existing ones open. */
  load?: LoadSignal;
  /** Where citizens' verdicts and the questions the knowledge base could not answer are counted. */
  signals: AnswerSignals;
  /** Operators' metrics: told once per question and per answer, never per delta. */
  observer?: AnswerObserver;
}

/** What a connection opening a session greets its client with. */
export interface OpenedConversation {
  seq: number;
  transcript: TranscriptEntry[];
  /** The resume token of the session's current conversation. */
  token: string;
}

/** Why a generation was aborted; decides what, if anything, the client is told. */
type AbortReason = 'stop' | 'reset' | 'shutdown' | 'timeout' | 'lost';

export type SubmitOutcome =
  | { kind: 'queued'; id: string }
  /** The id was answered before: the caller re-sends this final event to the asking connection. */
  | { kind: 'answered'; event: ServerEvent }
  /** The id is already queued or being answered; its events will arrive as usual. */
  | { kind: 'in-progress'; id: string }
  | { kind: 'rejected'; error: AssistantError };

export type RateOutcome = { kind: 'recorded' } | { kind: 'rejected'; error: AssistantError };

const DEFAULT_LEASE_MS = 15_000;
/**
 * Changes of mind one answer's verdict may go through (withdrawals included): enough for any citizen,
 * and a bound on the `feedback` events a client can make its session log and the counters take.
 */
export const MAX_VERDICT_CHANGES = 10;
const ORPHAN_ERROR: OrphanError = { code: 'generation_lost', message: USER_ERRORS.generationLost };

/**
 * The transport-agnostic core: per-session FIFO of questions, one generation at a time per session (across
 * every instance sharing the store, through a renewed lease), many sessions concurrently. Transports call
 * `submit`, `stop` and `reset` and follow the session's events through the store.
 */
export class AssistantService {
  private shuttingDown = false;
  private readonly inFlight = new Set<Promise<void>>();
  /** Generations this process runs, by session. */
  private readonly running = new Map<string, AbortController>();
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID()}`;
  private readonly leaseMs: number;
  private readonly watchdog: NodeJS.Timeout;

  constructor(private readonly options: AssistantServiceOptions) {
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    options.store.onControl((sessionId, action) => this.running.get(sessionId)?.abort(action));
    // Questions whose answerer vanished wait in the store; whichever instance looks first picks them up.
    // Conversations of sessions that expired are deleted upstream the same way.
    this.watchdog = setInterval(
      () => {
        void this.pumpDue();
        void this.deleteExpiredConversations();
      },
      Math.max(250, this.leaseMs / 3),
    );
    this.watchdog.unref();
  }

  /** False once shutdown began: readiness turns red so load balancers stop sending new clients. */
  get accepting(): boolean {
    return !this.shuttingDown;
  }

  get providerKind() {
    return this.options.provider.kind;
  }

  /** Counts as activity, so a session in use does not expire. */
  touch(sessionId: string): Promise<void> {
    return this.options.store.touch(sessionId);
  }

  /** The session if it lives, with its last seq. */
  async liveSession(sessionId: string): Promise<{ sessionId: string; lastSeq: number } | undefined> {
    const state = await this.options.store.state(sessionId);
    return state && { sessionId, lastSeq: state.lastSeq };
  }

  /** The session's events after `after`, for a client that missed them. */
  eventsAfter(sessionId: string, after: number): Promise<ServerEvent[]> {
    return this.options.store.eventsAfter(sessionId, after);
  }

  /** Follows the session's events after `options.after`. */
  subscribe(sessionId: string, options: SubscribeOptions, listener: EventListener): Subscription {
    return this.options.store.subscribe(sessionId, options, listener);
  }

  /** A seq of the session for an event told to one client only (a refusal over HTTP). */
  stamp(sessionId: string): Promise<number> {
    return this.options.store.stamp(sessionId);
  }

  /**
   * Opens the session a connection names, creating it when it does not exist (any more) — unless the
   * process is overloaded or the address opened too many new sessions lately (`AssistantError`), or the
   * store is full of sessions in use (`SessionCapacityError`).
   */
  async open(sessionId: string, clientKey?: string): Promise<OpenedConversation> {
    const { store, tokens } = this.options;
    const opened = (await store.open(sessionId)) ?? (await this.create(sessionId, clientKey));
    return {
      seq: opened.seq,
      transcript: opened.transcript,
      token: tokens.tokenFor(sessionId, opened.incarnation),
    };
  }

  private async create(sessionId: string, clientKey: string | undefined) {
    const { load, rateLimits, store } = this.options;
    if (load?.overloaded) {
      throw new AssistantError('server_busy', USER_ERRORS.overloaded, {
        retryAfterSeconds: load.retryAfterSeconds,
      });
    }
    if (rateLimits && clientKey !== undefined) {
      const decision = await rateLimits.newSessionsPerClient.take(clientKey);
      if (!decision.allowed) {
        throw new AssistantError('rate_limited', tooManyNewSessionsMessage(decision.retryAfterMs), {
          retryAfterSeconds: Math.ceil(decision.retryAfterMs / 1000),
        });
      }
    }
    const created = await store.open(sessionId, { incarnation: newIncarnation() });
    if (!created) throw new Error('store returned no session for a creation');
    return created;
  }

  /**
   * The live session a resume token names, with its last seq; undefined for a forged token or for a
   * conversation that ended (reset, expiry), so an old token never reaches a newer conversation.
   */
  async sessionForToken(token: string): Promise<{ sessionId: string; lastSeq: number } | undefined> {
    const named = this.options.tokens.read(token);
    if (!named) return undefined;
    const state = await this.options.store.state(named.sessionId);
    if (state?.incarnation !== named.incarnation) return undefined;
    return { sessionId: named.sessionId, lastSeq: state.lastSeq };
  }

  async submit(
    sessionId: string,
    message: { id?: string; input: string },
    clientKey?: string,
  ): Promise<SubmitOutcome> {
    const outcome = await this.admit(sessionId, message, clientKey);
    if (outcome.kind === 'queued') this.options.observer?.queued();
    else if (outcome.kind === 'rejected') this.options.observer?.rejected(outcome.error.code);
    return outcome;
  }

  private async admit(
    sessionId: string,
    message: { id?: string; input: string },
    clientKey: string | undefined,
  ): Promise<SubmitOutcome> {
    if (this.shuttingDown) {
      return { kind: 'rejected', error: new AssistantError('shutting_down', USER_ERRORS.shuttingDown) };
    }
    const { store } = this.options;
    if (message.id !== undefined) {
      const known = await store.outcomeOf(sessionId, message.id);
      if (known === 'pending') return { kind: 'in-progress', id: message.id };
      if (known) return { kind: 'answered', event: known };
    }
    const limited = await this.rateLimited(sessionId, clientKey);
    if (limited) return { kind: 'rejected', error: limited };
    const id = message.id ?? `srv-${randomUUID()}`;
    // Every transport hands its question here, and nothing before this line keeps it: from the queue on
    // (store, transcript, upstream model), only the masked text exists.
    const masked = maskPersonalData(message.input);
    if (masked.hidden.length > 0) {
      this.options.logger.info('privacy.masked', {
        session: sessionLogTag(sessionId),
        kinds: masked.hidden.join(','),
      });
    }
    const result = await store.enqueue(sessionId, { id, input: masked.text }, this.options.queueMax);
    switch (result.kind) {
      case 'pending':
        return { kind: 'in-progress', id };
      case 'answered':
        return { kind: 'answered', event: result.event };
      case 'full':
        return { kind: 'rejected', error: new AssistantError('queue_full', USER_ERRORS.queueFull) };
      case 'missing':
        return {
          kind: 'rejected',
          error: new AssistantError('session_expired', USER_ERRORS.sessionExpired),
        };
      case 'queued':
        void this.pump(sessionId);
        return { kind: 'queued', id };
    }
  }

  private async rateLimited(sessionId: string, clientKey: string | undefined) {
    const limits = this.options.rateLimits;
    if (!limits) return undefined;
    const bySession = await limits.perSession.take(sessionId);
    const decision =
      bySession.allowed && clientKey !== undefined ? await limits.perClient.take(clientKey) : bySession;
    if (decision.allowed) return undefined;
    this.options.logger.warn('rate_limited', { session: sessionLogTag(sessionId) });
    return new AssistantError('rate_limited', tooManyQuestionsMessage(decision.retryAfterMs), {
      retryAfterSeconds: Math.ceil(decision.retryAfterMs / 1000),
    });
  }

  /**
   * Records the session's verdict on one of its complete answers and counts a change against the answer's
   * entry and provider. The store holds the one verdict per answer, so a repeated or replayed event, or
   * another connection of the session, can change it but never count it twice.
   */
  async rate(sessionId: string, messageId: string, verdict: Verdict): Promise<RateOutcome> {
    const result = await this.options.store.rate(sessionId, messageId, verdict, MAX_VERDICT_CHANGES);
    switch (result.kind) {
      case 'changed':
        this.options.signals.verdictChanged(result.origin, result.previous, verdict);
        return { kind: 'recorded' };
      case 'unchanged':
        return { kind: 'recorded' };
      case 'unknown':
        return { kind: 'rejected', error: new AssistantError('bad_request', USER_ERRORS.unratableAnswer) };
      case 'limit':
        return {
          kind: 'rejected',
          error: new AssistantError('rate_limited', USER_ERRORS.tooManyVerdictChanges),
        };
    }
  }

  /** Ends the current generation, wherever it runs; the answer so far is kept and marked as stopped. */
  async stop(sessionId: string): Promise<void> {
    await this.options.store.sendControl(sessionId, 'stop');
  }

  /**
   * Drops the queue and the running answer, deletes the upstream conversation and starts afresh under a new
   * incarnation: the `reset` event carries the new resume token, and the old one stops working.
   */
  async reset(sessionId: string): Promise<void> {
    const { store, tokens } = this.options;
    const incarnation = newIncarnation();
    const oldConversation = await store.reset(sessionId, incarnation);
    await store.sendControl(sessionId, 'reset');
    if (oldConversation) void this.deleteConversation(oldConversation);
    await store.append(sessionId, {
      type: 'reset',
      message: TEXTS.reset,
      session: tokens.tokenFor(sessionId, incarnation),
    });
  }

  /**
   * «Cerrar y borrar»: ends the running answer, deletes every trace of the session in the store and the
   * upstream conversation, and resolves once OpenAI confirmed the deletion (or it failed and was logged).
   * The session's cookie opens a new, empty session next time; its token stops working at once.
   */
  async erase(sessionId: string): Promise<void> {
    const { store, logger } = this.options;
    await store.sendControl(sessionId, 'reset');
    // Other tabs on the session clear their screens too; the event goes with the rest of the session, and
    // without a token, since no conversation follows.
    await store.append(sessionId, { type: 'reset', message: TEXTS.erased });
    const conversation = await store.erase(sessionId);
    if (conversation) await this.deleteConversation(conversation);
    logger.info('session.erased', {
      session: sessionLogTag(sessionId),
      upstream: conversation !== undefined,
    });
  }

  /**
   * Refuses new questions, lets running answers finish for up to `graceMs`, then aborts what is left
   * (those clients receive a Spanish error saying the server is restarting).
   */
  async shutdown(graceMs: number): Promise<void> {
    this.shuttingDown = true;
    clearInterval(this.watchdog);
    const { store } = this.options;
    await Promise.allSettled(
      store.localSessions().map(async (sessionId) => {
        for (const queued of await store.drainQueue(sessionId)) {
          await store.append(sessionId, {
            type: 'error',
            id: queued.id,
            code: 'shutting_down',
            message: USER_ERRORS.shuttingDown,
          });
        }
      }),
    );
    const settled = Promise.allSettled([...this.inFlight]);
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([settled, graceOver]);
    clearTimeout(timer);
    for (const controller of this.running.values()) controller.abort('shutdown' satisfies AbortReason);
    await Promise.allSettled([...this.inFlight]);
  }

  /** Stops background work (the watchdog); `shutdown` first to settle running answers. */
  close(): void {
    this.shuttingDown = true;
    clearInterval(this.watchdog);
  }

  private async pumpDue(): Promise<void> {
    if (this.shuttingDown) return;
    try {
      for (const sessionId of await this.options.store.due(Date.now())) await this.pump(sessionId);
    } catch (error) {
      this.options.logger.warn('store.unavailable', { during: 'watchdog', error: (error as Error).name });
    }
  }

  private async deleteExpiredConversations(): Promise<void> {
    if (this.shuttingDown) return;
    try {
      const expired = await this.options.store.takeExpiredConversations(Date.now());
      for (const conversationId of expired) void this.deleteConversation(conversationId);
    } catch (error) {
      this.options.logger.warn('store.unavailable', { during: 'clean-up', error: (error as Error).name });
    }
  }

  /** Starts the session's next question here, unless an answer is running (here or anywhere else). */
  private async pump(sessionId: string): Promise<void> {
    if (this.shuttingDown || this.running.has(sessionId)) return;
    let job: Job | undefined;
    try {
      job = await this.options.store.takeNext(sessionId, this.owner, this.leaseMs, ORPHAN_ERROR);
    } catch (error) {
      this.options.logger.warn('store.unavailable', { during: 'take', error: (error as Error).name });
      return;
    }
    if (!job) return;
    const controller = new AbortController();
    this.running.set(sessionId, controller);
    const work = (async () => {
      try {
        await this.generate(sessionId, job, controller);
      } finally {
        this.running.delete(sessionId);
        await this.options.store.releaseLease(sessionId, this.owner).catch(() => undefined);
      }
    })();
    this.inFlight.add(work);
    void work
      .catch(() => undefined)
      .then(() => {
        this.inFlight.delete(work);
        return this.pump(sessionId);
      });
  }

  private async generate(sessionId: string, job: Job, controller: AbortController): Promise<void> {
    const { provider, logger, generationTimeoutMs, store, observer } = this.options;
    const { message, epoch } = job;
    const { signal } = controller;
    const session = sessionLogTag(sessionId);
    const timer = setTimeout(() => controller.abort('timeout' satisfies AbortReason), generationTimeoutMs);
    const renewal = setInterval(() => {
      store.renewLease(sessionId, this.owner, this.leaseMs).then(
        (held) => held || controller.abort('lost' satisfies AbortReason),
        // Unreachable store: the appends fail too and end this generation.
        () => undefined,
      );
    }, this.leaseMs / 3);
    const startedAt = Date.now();
    let text = '';
    // A provider that names nothing wrote the answer itself.
    let source: AnswerSource = { entry: FREE_ANSWER_ENTRY, unanswered: false };
    let firstDelta = true;
    try {
      await store.addToTranscript(sessionId, { id: message.id, role: 'user', text: message.input }, epoch);
      // The notice opens the answer, as its first delta: v1 clients see it in `response` like any text.
      const hidden = hiddenKinds(message.input);
      if (hidden.length > 0 && (await store.claimPrivacyNotice(sessionId, epoch))) {
        const notice = privacyNotice(hidden);
        text += notice;
        const logged = await store.append(sessionId, { type: 'delta', id: message.id, delta: notice }, epoch);
        if (!logged) controller.abort('reset' satisfies AbortReason);
      }
      let conversationId = job.conversationId;
      if (!conversationId) {
        const created = await provider.createConversation(signal);
        if (!(await store.setConversation(sessionId, epoch, created))) {
          void this.deleteConversation(created);
          return;
        }
        conversationId = created;
      }
      const onSource = (told: AnswerSource) => {
        source = told;
      };
      for await (const delta of provider.streamReply({
        conversationId,
        input: message.input,
        signal,
        onSource,
      })) {
        if (signal.aborted) break;
        if (firstDelta) {
          firstDelta = false;
          observer?.firstDelta((Date.now() - startedAt) / 1000);
        }
        text += delta;
        const logged = await store.append(sessionId, { type: 'delta', id: message.id, delta }, epoch);
        if (!logged) controller.abort('reset' satisfies AbortReason);
      }
      if (signal.aborted) throw signal.reason;
      await this.recordSource(sessionId, job, source);
      await this.finish(sessionId, job, text, false);
      observer?.answered((Date.now() - startedAt) / 1000);
      logger.info('generation.completed', { session, ms: Date.now() - startedAt, chars: text.length });
    } catch (error) {
      await this.fail(sessionId, job, text, signal, error).catch((failure: unknown) => {
        logger.warn('generation.unreported', { session, error: (failure as Error).name });
      });
    } finally {
      clearTimeout(timer);
      clearInterval(renewal);
    }
  }

  private async fail(sessionId: string, job: Job, text: string, signal: AbortSignal, error: unknown) {
    const { logger, store, observer } = this.options;
    const session = sessionLogTag(sessionId);
    const reason: unknown = signal.aborted ? signal.reason : undefined;
    // Reset: the conversation is gone. Lost: another instance already told the client.
    if (reason === 'reset' || reason === 'lost') return;
    if (reason === 'stop') {
      await this.finish(sessionId, job, text, true);
      observer?.stopped();
      logger.info('generation.stopped', { session });
      return;
    }
    if (error instanceof StoreUnavailableError) {
      // Nothing can be recorded now, so the clients connected here are told directly; when the store is
      // back, the lapsed lease also logs the answer as lost for everyone else.
      logger.warn('store.unavailable', { session, during: 'generation' });
      observer?.failed('store_unavailable');
      store.notifyLocal(
        sessionId,
        unnumbered(errorEvent('store_unavailable', USER_ERRORS.storeUnavailable, job.message.id)),
      );
      return;
    }
    const failure =
      reason === 'shutdown'
        ? new AssistantError('shutting_down', USER_ERRORS.shuttingDown)
        : reason === 'timeout'
          ? new AssistantError('upstream_timeout', USER_ERRORS.generationTimeout)
          : toAssistantError(error);
    if (failure.code === 'conversation_lost') await store.setConversation(sessionId, job.epoch, undefined);
    const { id } = job.message;
    await store.addToTranscript(sessionId, { id, role: 'assistant', text, status: 'error' }, job.epoch);
    await store.append(
      sessionId,
      { type: 'error', id, code: failure.code, message: failure.userMessage },
      job.epoch,
    );
    observer?.failed(failure.code);
    logger.warn('generation.failed', {
      session,
      code: failure.code,
      cause: failure.code === 'internal' ? String((failure.cause as Error | undefined)?.name) : undefined,
    });
  }

  /** A complete answer becomes ratable against its source; a question the base had nothing for is counted. */
  private async recordSource(sessionId: string, job: Job, source: AnswerSource): Promise<void> {
    const { provider, signals, store } = this.options;
    const origin = { provider: provider.kind, entry: source.entry };
    await store.rememberOrigin(sessionId, job.message.id, origin, job.epoch);
    if (source.unanswered) signals.unanswered(provider.kind);
  }

  private async finish(sessionId: string, job: Job, text: string, stopped: boolean): Promise<void> {
    const { store } = this.options;
    const { id } = job.message;
    const flag = stopped ? { stopped: true as const } : {};
    const status = stopped ? { status: 'stopped' as const } : {};
    await store.addToTranscript(sessionId, { id, role: 'assistant', text, ...status }, job.epoch);
    await store.append(sessionId, { type: 'response', id, message: text, ...flag }, job.epoch);
  }

  /** Never rejects: a failed deletion is logged (the citizen's erase still went through here). */
  private deleteConversation(conversationId: string): Promise<void> {
    return this.options.provider.deleteConversation(conversationId).catch((error: unknown) => {
      this.options.logger.warn('conversation.delete_failed', { error: (error as Error)?.name });
    });
  }
}
