import type { ServerEvent, TranscriptEntry, UnsequencedEvent, Verdict } from '../../protocol';
import type { AnswerOrigin } from '../answer-signals';
import { ControlHandlers } from './control-handlers';
import { LogSubscriber } from './log-subscriber';
import { openingTranscript } from './opening-transcript';
import {
  isFinalFor,
  MAX_LOGGED_EVENTS,
  MAX_REMEMBERED_OUTCOMES,
  MAX_TRANSCRIPT_ENTRIES,
  PROTECTED_ACTIVITY_MS,
  SETUP_GRACE_MS,
  UNUSED_SESSION_TTL_MS,
  type ControlAction,
  type EnqueueResult,
  type EventListener,
  type Job,
  type OrphanError,
  type QueuedMessage,
  type RatingResult,
  type RunningSessionStore,
  type SubscribeOptions,
  type Subscription,
} from './session-store';
import { SessionCapacityError } from './store-errors';

export interface MemorySessionStoreOptions {
  ttlMs: number;
  maxSessions: number;
  now?: () => number;
}

interface Lease {
  owner: string;
  expiresAt: number;
  messageId: string;
}

interface Rating {
  origin: AnswerOrigin;
  verdict: Verdict;
  changes: number;
}

class MemorySession {
  lastActiveAt = 0;
  /** Someone asked something: the session keeps its full TTL and is evicted last. */
  used = false;
  seq = 0;
  /** The seq of the last event logged (local events take seqs too, but are not logged). */
  lastLogged = 0;
  epoch = 0;
  /** The conversation (epoch) whose citizen was already told what the personal-data guard hid. */
  privacyNoticeEpoch: number | undefined;
  conversationId: string | undefined;
  lease: Lease | undefined;
  readonly queue: QueuedMessage[] = [];
  readonly transcript: TranscriptEntry[] = [];
  /** Text so far of answers still being written, rebuilt from their deltas. */
  readonly partials = new Map<string, string>();
  readonly log: ServerEvent[] = [];
  readonly outcomes = new Map<string, ServerEvent | 'pending'>();
  /** Complete answers that can be rated, by message id: where each came from and the verdict it holds. */
  readonly ratings = new Map<string, Rating>();
  readonly subscribers = new Set<LogSubscriber>();

  constructor(
    readonly id: string,
    public incarnation: string,
  ) {}

  get idle(): boolean {
    return this.subscribers.size === 0 && this.lease === undefined && this.queue.length === 0;
  }
}

/**
 * Sessions in this process's memory, with an idle TTL and a size cap. The Map's insertion order doubles as
 * LRU order: every access moves the session to the end. Sessions with a subscriber or work in progress are
 * never expired or evicted, because dropping them would cut a live conversation; when the store is full,
 * idle sessions nobody asked anything in go first, then idle ones unused for `PROTECTED_ACTIVITY_MS`.
 */
export class MemorySessionStore implements RunningSessionStore {
  readonly kind = 'memory' as const;
  private readonly sessions = new Map<string, MemorySession>();
  private readonly controlHandlers = new ControlHandlers();
  /** Upstream conversations of dropped sessions, until someone takes them to delete. */
  private readonly orphanedConversations: string[] = [];
  private readonly now: () => number;

  constructor(private readonly options: MemorySessionStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.sessions.size;
  }

  async open(id: string, create?: { incarnation: string }) {
    const session = this.get(id) ?? (create ? this.create(id, create.incarnation) : undefined);
    if (!session) return undefined;
    session.seq += 1;
    return {
      seq: session.seq,
      transcript: openingTranscript(
        session.transcript,
        session.partials,
        session.queue,
        (messageId) => session.ratings.get(messageId)?.verdict,
      ),
      incarnation: session.incarnation,
    };
  }

  async state(id: string) {
    const session = this.peek(id);
    return session && { lastSeq: session.seq, incarnation: session.incarnation };
  }

  async touch(id: string) {
    this.get(id);
  }

  async stamp(id: string) {
    const session = this.get(id);
    if (!session) return 0;
    session.seq += 1;
    return session.seq;
  }

  async append(id: string, event: UnsequencedEvent, epoch?: number) {
    const session = this.get(id);
    if (!session || (epoch !== undefined && epoch !== session.epoch)) return undefined;
    session.seq += 1;
    const sequenced = { ...event, seq: session.seq } as ServerEvent;
    const previous = session.lastLogged;
    session.lastLogged = sequenced.seq;
    record(session, sequenced);
    for (const subscriber of session.subscribers) subscriber.push(sequenced, previous);
    return sequenced;
  }

  async eventsAfter(id: string, after: number) {
    return (this.sessions.get(id)?.log ?? []).filter((event) => event.seq > after);
  }

  async addToTranscript(id: string, entry: TranscriptEntry, epoch: number) {
    const session = this.get(id);
    if (!session || session.epoch !== epoch) return;
    session.transcript.push(entry);
    if (session.transcript.length > MAX_TRANSCRIPT_ENTRIES) {
      session.transcript.splice(0, session.transcript.length - MAX_TRANSCRIPT_ENTRIES);
    }
  }

  async outcomeOf(id: string, messageId: string) {
    return this.get(id)?.outcomes.get(messageId);
  }

  async rememberOrigin(id: string, messageId: string, origin: AnswerOrigin, epoch: number) {
    const session = this.get(id);
    if (!session || session.epoch !== epoch || !session.outcomes.has(messageId)) return;
    session.ratings.set(messageId, { origin, verdict: 'none', changes: 0 });
  }

  async rate(id: string, messageId: string, verdict: Verdict, maxChanges: number): Promise<RatingResult> {
    const session = this.get(id);
    const outcome = session?.outcomes.get(messageId);
    const rating = session?.ratings.get(messageId);
    if (!rating || outcome === undefined || outcome === 'pending') return { kind: 'unknown' };
    const previous = rating.verdict;
    if (previous !== verdict && rating.changes >= maxChanges) return { kind: 'limit' };
    if (previous !== verdict) {
      rating.verdict = verdict;
      rating.changes += 1;
    }
    await this.append(id, { type: 'feedback', id: messageId, verdict });
    return previous === verdict
      ? { kind: 'unchanged' }
      : { kind: 'changed', origin: rating.origin, previous };
  }

  async enqueue(id: string, message: QueuedMessage, queueMax: number): Promise<EnqueueResult> {
    const session = this.get(id);
    if (!session) return { kind: 'missing' };
    const known = session.outcomes.get(message.id);
    if (known === 'pending') return { kind: 'pending' };
    if (known) return { kind: 'answered', event: known };
    if (session.queue.length + (session.lease ? 1 : 0) >= queueMax) return { kind: 'full' };
    session.outcomes.set(message.id, 'pending');
    while (session.outcomes.size > MAX_REMEMBERED_OUTCOMES) {
      const oldest = session.outcomes.keys().next().value as string;
      session.outcomes.delete(oldest);
      session.ratings.delete(oldest);
    }
    session.queue.push(message);
    session.used = true;
    return { kind: 'queued' };
  }

  async takeNext(id: string, owner: string, leaseMs: number, orphanError: OrphanError) {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    const now = this.now();
    if (session.lease && session.lease.expiresAt > now) return undefined;
    const lost = session.lease?.messageId;
    session.lease = undefined;
    // A holder that vanished after its final event left nothing to report.
    if (lost && session.outcomes.get(lost) === 'pending') {
      const text = session.partials.get(lost) ?? '';
      session.transcript.push({ id: lost, role: 'assistant', text, status: 'error' });
      await this.append(id, { type: 'error', id: lost, ...orphanError });
    }
    const message = session.queue.shift();
    if (!message) return undefined;
    session.lease = { owner, expiresAt: now + leaseMs, messageId: message.id };
    return { message, epoch: session.epoch, conversationId: session.conversationId } satisfies Job;
  }

  async renewLease(id: string, owner: string, leaseMs: number) {
    const lease = this.sessions.get(id)?.lease;
    if (lease?.owner !== owner) return false;
    lease.expiresAt = this.now() + leaseMs;
    return true;
  }

  async releaseLease(id: string, owner: string) {
    const session = this.sessions.get(id);
    if (session?.lease?.owner === owner) session.lease = undefined;
  }

  async claimPrivacyNotice(id: string, epoch: number) {
    const session = this.get(id);
    if (!session || session.epoch !== epoch || session.privacyNoticeEpoch === epoch) return false;
    session.privacyNoticeEpoch = epoch;
    return true;
  }

  async setConversation(id: string, epoch: number, conversationId: string | undefined) {
    const session = this.get(id);
    if (!session || session.epoch !== epoch) return false;
    session.conversationId = conversationId;
    return true;
  }

  async reset(id: string, incarnation: string) {
    const session = this.get(id);
    if (!session) return undefined;
    const conversationId = session.conversationId;
    session.epoch += 1;
    session.incarnation = incarnation;
    session.conversationId = undefined;
    // The running answer's lease stays with its holder until it lets go: one generation at a time.
    if (session.lease) session.lease.messageId = '';
    session.queue.length = 0;
    session.transcript.length = 0;
    session.log.length = 0;
    session.partials.clear();
    session.outcomes.clear();
    session.ratings.clear();
    return conversationId;
  }

  async erase(id: string) {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    this.sessions.delete(id);
    // Its subscribers keep the detached record and hear nothing more; a running answer's writes are refused.
    return session.conversationId;
  }

  async drainQueue(id: string) {
    const session = this.sessions.get(id);
    if (!session) return [];
    const drained = session.queue.splice(0);
    for (const message of drained) session.outcomes.delete(message.id);
    return drained;
  }

  async due(now: number) {
    const due: string[] = [];
    for (const session of this.sessions.values()) {
      const lapsed = session.lease !== undefined && session.lease.expiresAt <= now;
      if (lapsed || (!session.lease && session.queue.length > 0)) due.push(session.id);
    }
    return due;
  }

  /**
   * Callers subscribe to a session they just opened (it exists and is in its set-up grace); should it be
   * gone all the same, the subscription is kept on a detached record and simply hears nothing.
   */
  subscribe(id: string, options: SubscribeOptions, listener: EventListener): Subscription {
    const session = this.get(id) ?? new MemorySession(id, '');
    const subscriber = new LogSubscriber(
      {
        eventsAfter: (after) => this.eventsAfter(id, after),
        stamp: () => this.stamp(id),
        onClose: (closed) => {
          session.subscribers.delete(closed);
          session.lastActiveAt = this.now();
        },
      },
      options.after,
      listener,
      options.held ?? false,
    );
    session.subscribers.add(subscriber);
    return subscriber;
  }

  notifyLocal(id: string, event: ServerEvent) {
    for (const subscriber of this.sessions.get(id)?.subscribers ?? []) subscriber.notify(event);
  }

  async sendControl(id: string, action: ControlAction) {
    this.controlHandlers.dispatch(id, action);
  }

  onControl(handler: (id: string, action: ControlAction) => void) {
    this.controlHandlers.add(handler);
  }

  localSessions() {
    return [...this.sessions.keys()];
  }

  async ping() {}

  async close() {}

  async takeExpiredConversations() {
    this.sweep();
    return this.orphanedConversations.splice(0);
  }

  /** Drops every expired idle session; run periodically. */
  sweep(): number {
    let dropped = 0;
    for (const session of this.sessions.values()) {
      if (this.isExpired(session)) {
        this.drop(session);
        dropped += 1;
      }
    }
    return dropped;
  }

  /** Subscribers of a session in this process (diagnostics and tests). */
  subscriberCount(id: string): number {
    return this.sessions.get(id)?.subscribers.size ?? 0;
  }

  /** The live session, without counting the look as activity. */
  private peek(id: string): MemorySession | undefined {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.isExpired(session)) {
      this.drop(session);
      return undefined;
    }
    return session;
  }

  private get(id: string): MemorySession | undefined {
    const session = this.peek(id);
    if (!session) return undefined;
    this.sessions.delete(id);
    this.sessions.set(id, session);
    session.lastActiveAt = this.now();
    return session;
  }

  private create(id: string, incarnation: string): MemorySession {
    if (this.sessions.size >= this.options.maxSessions) this.sweep();
    if (this.sessions.size >= this.options.maxSessions && !this.evictOne()) throw new SessionCapacityError();
    const session = new MemorySession(id, incarnation);
    session.lastActiveAt = this.now();
    this.sessions.set(id, session);
    return session;
  }

  private isExpired(session: MemorySession): boolean {
    const ttl = session.used ? this.options.ttlMs : Math.min(this.options.ttlMs, UNUSED_SESSION_TTL_MS);
    return session.idle && this.now() - session.lastActiveAt > ttl;
  }

  /** Makes room for one session: the least recently used idle unused one, else an idle one long unused. */
  private evictOne(): boolean {
    const now = this.now();
    const victim =
      this.oldestIdle((session) => !session.used && now - session.lastActiveAt > SETUP_GRACE_MS) ??
      this.oldestIdle((session) => now - session.lastActiveAt > PROTECTED_ACTIVITY_MS);
    if (victim) this.drop(victim);
    return victim !== undefined;
  }

  private oldestIdle(eligible: (session: MemorySession) => boolean): MemorySession | undefined {
    for (const session of this.sessions.values()) if (session.idle && eligible(session)) return session;
    return undefined;
  }

  private drop(session: MemorySession): void {
    this.sessions.delete(session.id);
    if (session.conversationId) this.orphanedConversations.push(session.conversationId);
  }
}

function record(session: MemorySession, event: ServerEvent): void {
  if (event.type === 'delta')
    session.partials.set(event.id, (session.partials.get(event.id) ?? '') + event.delta);
  if (isFinalFor(event)) {
    session.partials.delete(event.id);
    if (session.outcomes.has(event.id)) session.outcomes.set(event.id, event);
    // The final response carries the full text, so the deltas that built it are no longer needed to replay.
    for (let index = session.log.length - 1; index >= 0; index -= 1) {
      const logged = session.log[index];
      if (logged?.type === 'delta' && logged.id === event.id) session.log.splice(index, 1);
    }
  }
  session.log.push(event);
  if (session.log.length > MAX_LOGGED_EVENTS) session.log.splice(0, session.log.length - MAX_LOGGED_EVENTS);
}
