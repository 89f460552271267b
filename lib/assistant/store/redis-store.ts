import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  providerKindSchema,
  serverEventSchema,
  transcriptEntrySchema,
  verdictSchema,
  type ServerEvent,
  type TranscriptEntry,
  type Verdict,
} from '../../protocol';
import type { AnswerOrigin } from '../answer-signals';
import type { UnsequencedEvent } from '../../protocol';
import { ControlHandlers } from './control-handlers';
import { LogSubscriber } from './log-subscriber';
import { openingTranscript } from './opening-transcript';
import type { RedisConnection } from './redis-connection';
import { REDIS_SCRIPTS, SESSION_KEYS, type RedisScriptName } from './redis-scripts';
import {
  MAX_LOGGED_EVENTS,
  MAX_REMEMBERED_OUTCOMES,
  MAX_TRANSCRIPT_ENTRIES,
  PROTECTED_ACTIVITY_MS,
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

export interface RedisSessionStoreOptions {
  connection: RedisConnection;
  /** Namespaces every key and channel, so several deployments can share one Redis. */
  keyPrefix: string;
  ttlMs: number;
  /** Sessions kept across every instance sharing the prefix (approximate under concurrent creation). */
  maxSessions: number;
  /** The clock of the activity index (tests); Redis keeps its own for TTLs. */
  now?: () => number;
}

/**
 * How often each instance marks the sessions it serves as alive in the activity index. A session whose
 * mark is older than `LIVE_WINDOW_MS` has no connection anywhere, so the store may evict it when full.
 */
const ACTIVITY_MARK_MS = 60_000;
const LIVE_WINDOW_MS = ACTIVITY_MARK_MS * 2.5;
/** Oldest index entries examined per creation in a full store. */
const EVICTION_CANDIDATES = 32;

const queuedMessageSchema = z.object({ id: z.string(), input: z.string() });
const controlSchema = z.object({ id: z.string(), action: z.enum(['stop', 'reset']) });
const ratingSchema = z.object({
  origin: z.object({ provider: providerKindSchema, entry: z.string() }),
  verdict: verdictSchema,
});
/** Redis is a boundary too: what comes back is parsed, never trusted. */
const parseEvent = (raw: string): ServerEvent => serverEventSchema.parse(JSON.parse(raw));

interface LocalSession {
  subscribers: Set<LogSubscriber>;
  relay: (message: string) => void;
  /** Resolves once this process listens to the session's broadcast channel. */
  listening: () => Promise<void>;
}

/**
 * A subscription made once it works: while Redis is unreachable each caller's attempt fails (and the
 * caller reports it); the next caller tries again, so nothing stays deaf after Redis comes back.
 */
function subscribeOnceItWorks(subscribe: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => {
    pending ??= subscribe().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * Sessions in Redis, shared by every instance: state changes are Lua scripts (atomic per session), events
 * are logged in a stream per session and broadcast on a channel per session, so a client served by any
 * instance sees every event of its session, in order, once. Keys expire after the idle TTL.
 */
export class RedisSessionStore implements RunningSessionStore {
  readonly kind = 'redis' as const;
  private readonly redis: RedisConnection;
  private readonly local = new Map<string, LocalSession>();
  /** Names this store among the instances listening to a session (the `ls` set of redis-scripts.ts). */
  private readonly instance = randomUUID();
  private readonly controlHandlers = new ControlHandlers();
  private readonly dueKey: string;
  /** `<session id>|<conversation id>` scored by when the session would expire: the upstream clean-up list. */
  private readonly conversationsKey: string;
  /** Every session by when it was last opened, asked or served by a live connection: capacity and eviction. */
  private readonly activityKey: string;
  private readonly controlChannel: string;
  private readonly refresher: NodeJS.Timeout;
  private readonly activityMarker: NodeJS.Timeout;
  private readonly now: () => number;
  private readonly listenToControl: () => Promise<void>;

  constructor(private readonly options: RedisSessionStoreOptions) {
    this.redis = options.connection;
    this.now = options.now ?? Date.now;
    this.dueKey = `${options.keyPrefix}due`;
    this.conversationsKey = `${options.keyPrefix}convs`;
    this.activityKey = `${options.keyPrefix}sessions`;
    this.controlChannel = `${options.keyPrefix}control`;
    // After a reconnect the broadcast may have missed events: every subscriber re-reads the log.
    let listenerReadyOnce = false;
    this.redis.listener.on('ready', () => {
      if (listenerReadyOnce) {
        for (const session of this.local.values()) {
          for (const subscriber of session.subscribers) subscriber.catchUp().catch(() => undefined);
        }
      }
      listenerReadyOnce = true;
      this.listenToControl().catch(() => undefined);
    });
    const onControl = (message: string) => {
      const parsed = controlSchema.safeParse(safeJson(message));
      if (!parsed.success) return;
      this.controlHandlers.dispatch(parsed.data.id, parsed.data.action);
    };
    this.listenToControl = subscribeOnceItWorks(() =>
      this.redis.guard(() => this.redis.listener.subscribe(this.controlChannel, onControl)),
    );
    this.listenToControl().catch(() => undefined);
    // Keys of sessions with an open connection must outlive quiet periods: refresh them well within the TTL.
    this.refresher = setInterval(() => void this.refreshLocal(), Math.max(1_000, options.ttlMs / 3));
    this.refresher.unref();
    this.activityMarker = setInterval(() => void this.markLocalActive(), ACTIVITY_MARK_MS);
    this.activityMarker.unref();
  }

  async open(id: string, create?: { incarnation: string }) {
    let reply = await this.run('open', id, ['']);
    if (reply) {
      await this.markActive([id], true);
    } else if (create) {
      await this.makeRoom();
      reply = await this.run('open', id, [create.incarnation]);
      await this.markActive([id], false);
    }
    if (!reply) return undefined;
    const [seq, transcript, partials, queue, incarnation, ratings] = reply as [
      number,
      string[],
      string[],
      string[],
      string,
      string[],
    ];
    const finished = transcript.map((raw) => transcriptEntrySchema.parse(JSON.parse(raw)));
    const inProgress: Array<[string, string]> = [];
    for (let index = 0; index < partials.length; index += 2) {
      const field = partials[index] as string;
      if (field.startsWith('t:')) inProgress.push([field.slice(2), partials[index + 1] ?? '']);
    }
    const waiting = queue.map((raw) => queuedMessageSchema.parse(JSON.parse(raw)));
    const verdicts = new Map<string, Verdict>();
    for (let index = 0; index < ratings.length; index += 2) {
      const rating = ratingSchema.parse(JSON.parse(ratings[index + 1] as string));
      verdicts.set(ratings[index] as string, rating.verdict);
    }
    const entries = openingTranscript(finished, inProgress, waiting, (messageId) => verdicts.get(messageId));
    return { seq, transcript: entries, incarnation };
  }

  async state(id: string) {
    const [seq, incarnation] = await this.redis.guard(() =>
      this.redis.client.hmGet(this.key(id, 'm'), ['seq', 'inc']),
    );
    return seq === null || seq === undefined || !incarnation
      ? undefined
      : { lastSeq: Number(seq), incarnation };
  }

  async touch(id: string) {
    await this.run('touch', id, []);
  }

  async stamp(id: string) {
    return Number(await this.run('stamp', id, []));
  }

  async append(id: string, event: UnsequencedEvent, epoch?: number) {
    const messageId = 'id' in event && typeof event.id === 'string' ? event.id : '';
    const delta = event.type === 'delta' ? event.delta : '';
    const reply = (await this.run('append', id, [
      JSON.stringify(event),
      event.type,
      messageId,
      delta,
      epoch === undefined ? '' : String(epoch),
      String(MAX_LOGGED_EVENTS),
      this.eventChannel(id),
      this.instance,
    ])) as [number, number] | null;
    if (!reply) return undefined;
    // Built here from what this process wrote and the numbers Redis gave it: no JSON comes back to parse.
    const logged = { ...event, seq: Number(reply[0]) } as ServerEvent;
    this.deliverLocally(id, logged, Number(reply[1]));
    return logged;
  }

  async eventsAfter(id: string, after: number) {
    const entries = await this.redis.guard(() =>
      this.redis.client.xRange(this.key(id, 'l'), `${after + 1}-0`, '+'),
    );
    return entries.map((entry) => parseEvent(String(entry.message.e)));
  }

  async addToTranscript(id: string, entry: TranscriptEntry, epoch: number) {
    await this.run('addToTranscript', id, [
      String(epoch),
      JSON.stringify(entry),
      String(MAX_TRANSCRIPT_ENTRIES),
    ]);
  }

  async outcomeOf(id: string, messageId: string) {
    const raw = await this.redis.guard(() => this.redis.client.hGet(this.key(id, 'o'), messageId));
    if (raw === null || raw === undefined) return undefined;
    return raw === 'pending' ? 'pending' : parseEvent(raw);
  }

  async rememberOrigin(id: string, messageId: string, origin: AnswerOrigin, epoch: number) {
    const rating = { origin, verdict: 'none', changes: 0 };
    await this.run('rememberOrigin', id, [String(epoch), messageId, JSON.stringify(rating)]);
  }

  async rate(id: string, messageId: string, verdict: Verdict, maxChanges: number): Promise<RatingResult> {
    const feedback = { type: 'feedback', id: messageId, verdict } as const;
    const [kind, before, seq, previousSeq] = (await this.run('rate', id, [
      messageId,
      verdict,
      String(maxChanges),
      JSON.stringify(feedback),
      String(MAX_LOGGED_EVENTS),
      this.eventChannel(id),
      this.instance,
    ])) as [string, string | null | undefined, number | undefined, number | undefined];
    if (seq !== undefined) {
      this.deliverLocally(id, { ...feedback, seq: Number(seq) } as ServerEvent, Number(previousSeq));
    }
    if (kind !== 'changed') return { kind: kind as 'unknown' | 'limit' | 'unchanged' };
    const { origin, verdict: previous } = ratingSchema.parse(JSON.parse(before as string));
    return { kind, origin, previous };
  }

  async enqueue(id: string, message: QueuedMessage, queueMax: number): Promise<EnqueueResult> {
    const [kind, event] = (await this.run('enqueue', id, [
      message.id,
      JSON.stringify(message),
      String(queueMax),
      String(MAX_REMEMBERED_OUTCOMES),
    ])) as [string, string | undefined];
    if (kind === 'answered') return { kind, event: parseEvent(event as string) };
    if (kind === 'queued') {
      // If whoever holds the lease vanishes before taking this one, the due list brings it to someone.
      await this.redis.guard(() =>
        this.redis.client.zAdd(this.dueKey, { score: Date.now(), value: id }, { NX: true }),
      );
      await this.markActive([id], true);
    }
    return { kind: kind as 'queued' | 'pending' | 'full' | 'missing' };
  }

  async takeNext(id: string, owner: string, leaseMs: number, orphanError: OrphanError) {
    const reply = (await this.run('takeNext', id, [
      owner,
      String(leaseMs),
      orphanError.code,
      orphanError.message,
      String(MAX_LOGGED_EVENTS),
      this.eventChannel(id),
      this.instance,
    ])) as [[string, number] | null, string | null, string, string | null] | null | -1;
    if (!reply) return undefined;
    const [orphan, raw, epoch, conversationId] = reply === -1 ? [] : reply;
    if (orphan) this.deliverLocally(id, parseEvent(orphan[0]), Number(orphan[1]));
    if (!raw) {
      // Nothing waits (or the session expired): off the due list.
      await this.redis.guard(() => this.redis.client.zRem(this.dueKey, id));
      return undefined;
    }
    await this.markDue(id, Date.now() + leaseMs);
    return {
      message: queuedMessageSchema.parse(JSON.parse(raw)),
      epoch: Number(epoch),
      conversationId: conversationId ?? undefined,
    } satisfies Job;
  }

  async renewLease(id: string, owner: string, leaseMs: number) {
    const renewed = Number(await this.run('renewLease', id, [owner, String(leaseMs)])) === 1;
    if (renewed) await this.markDue(id, Date.now() + leaseMs);
    return renewed;
  }

  async releaseLease(id: string, owner: string) {
    const waiting = Number(await this.run('releaseLease', id, [owner]));
    if (waiting === 0) await this.redis.guard(() => this.redis.client.zRem(this.dueKey, id));
    else await this.markDue(id, Date.now());
  }

  async claimPrivacyNotice(id: string, epoch: number) {
    return Number(await this.run('claimPrivacyNotice', id, [String(epoch)])) === 1;
  }

  async setConversation(id: string, epoch: number, conversationId: string | undefined) {
    const recorded =
      Number(await this.run('setConversation', id, [String(epoch), conversationId ?? ''])) === 1;
    if (recorded && conversationId) {
      const member = `${id}|${conversationId}`;
      const score = Date.now() + this.options.ttlMs;
      await this.redis.guard(() => this.redis.client.zAdd(this.conversationsKey, { score, value: member }));
    }
    return recorded;
  }

  /**
   * Redis expires a session's keys on its own, so the clean-up list outlives them: an entry whose time
   * came is checked against its session, moved on while the session lives, and otherwise claimed (the
   * ZREM that removes it wins it for exactly one instance).
   */
  async takeExpiredConversations(now: number) {
    const due = await this.redis.guard(() =>
      this.redis.client.zRangeByScore(this.conversationsKey, '-inf', now, {
        LIMIT: { offset: 0, count: 100 },
      }),
    );
    const expired: string[] = [];
    for (const member of due) {
      const bar = member.indexOf('|');
      const id = member.slice(0, bar);
      const conversationId = member.slice(bar + 1);
      const left = Number(await this.run('conversationTtl', id, [conversationId]));
      if (left > 0) {
        const score = now + left;
        await this.redis.guard(() =>
          this.redis.client.zAdd(this.conversationsKey, { score, value: member }, { XX: true }),
        );
        continue;
      }
      const claimed = await this.redis.guard(() => this.redis.client.zRem(this.conversationsKey, member));
      if (claimed === 1) expired.push(conversationId);
    }
    return expired;
  }

  async reset(id: string, incarnation: string) {
    const conversation = await this.run('reset', id, [incarnation]);
    if (typeof conversation !== 'string') return undefined;
    // The caller deletes it upstream now; the clean-up list need not.
    await this.redis.guard(() => this.redis.client.zRem(this.conversationsKey, `${id}|${conversation}`));
    return conversation;
  }

  async erase(id: string) {
    const conversation = await this.run('erase', id, []);
    await this.redis.guard(async () => {
      await this.redis.client.zRem(this.dueKey, id);
      await this.redis.client.zRem(this.activityKey, id);
      if (typeof conversation === 'string') {
        // The caller deletes it upstream now; the clean-up list need not.
        await this.redis.client.zRem(this.conversationsKey, `${id}|${conversation}`);
      }
    });
    return typeof conversation === 'string' ? conversation : undefined;
  }

  async drainQueue(id: string) {
    const queued = (await this.run('drainQueue', id, [])) as string[];
    return queued.map((raw) => queuedMessageSchema.parse(JSON.parse(raw)));
  }

  async due(now: number) {
    return this.redis.guard(() =>
      this.redis.client.zRangeByScore(this.dueKey, '-inf', now, { LIMIT: { offset: 0, count: 100 } }),
    );
  }

  subscribe(id: string, options: SubscribeOptions, listener: EventListener): Subscription {
    let session = this.local.get(id);
    if (!session) {
      const subscribers = new Set<LogSubscriber>();
      const relay = (message: string) => {
        const bar = message.indexOf('|');
        let event: ServerEvent;
        try {
          event = parseEvent(message.slice(bar + 1));
        } catch {
          return;
        }
        const previous = Number(message.slice(0, bar));
        for (const subscriber of subscribers) subscriber.push(event, previous);
      };
      const created: LocalSession = {
        subscribers,
        relay,
        listening: subscribeOnceItWorks(() =>
          this.redis.guard(() => this.redis.listener.subscribe(this.eventChannel(id), relay)),
        ),
      };
      created.listening().catch(() => undefined);
      this.local.set(id, created);
      session = created;
    }
    const owner = session;
    // Subscribed to the channel first, then registered as a listener (every subscription registers: the
    // session may have been erased and created again since the channel was joined): whatever is appended
    // once the writer knows this instance listens is broadcast to it; everything before is in the log.
    const registered = subscribeOnceItWorks(async () => {
      await owner.listening();
      await this.run('listen', id, [this.instance]);
    });
    const subscriber = new LogSubscriber(
      {
        // Read the log only once the broadcast is heard, so nothing falls between the two.
        eventsAfter: async (after) => {
          await registered();
          return this.eventsAfter(id, after);
        },
        stamp: () => this.stamp(id),
        onClose: (closed) => {
          owner.subscribers.delete(closed);
          if (owner.subscribers.size > 0 || this.local.get(id) !== owner) return;
          this.local.delete(id);
          // Only this relay: a newer subscription to the same channel may already be on its way (and
          // registers this instance again).
          this.run('unlisten', id, [this.instance]).catch(() => undefined);
          this.redis.listener.unsubscribe(this.eventChannel(id), owner.relay).catch(() => undefined);
        },
      },
      options.after,
      listener,
      options.held ?? false,
    );
    owner.subscribers.add(subscriber);
    return subscriber;
  }

  /** An event this process logged reaches its own subscribers here; Redis broadcasts it only to others. */
  private deliverLocally(id: string, event: ServerEvent, previous: number): void {
    for (const subscriber of this.local.get(id)?.subscribers ?? []) subscriber.push(event, previous);
  }

  notifyLocal(id: string, event: ServerEvent) {
    for (const subscriber of this.local.get(id)?.subscribers ?? []) subscriber.notify(event);
  }

  async sendControl(id: string, action: ControlAction) {
    await this.redis.guard(() =>
      this.redis.client.publish(this.controlChannel, JSON.stringify({ id, action })),
    );
  }

  onControl(handler: (id: string, action: ControlAction) => void) {
    this.controlHandlers.add(handler);
  }

  localSessions() {
    return [...this.local.keys()];
  }

  subscriberCount(id: string): number {
    return this.local.get(id)?.subscribers.size ?? 0;
  }

  async ping() {
    await this.redis.guard(() => this.redis.client.ping());
    await this.listenToControl();
  }

  async close() {
    clearInterval(this.refresher);
    clearInterval(this.activityMarker);
    await this.redis.close();
  }

  /** Also registers this instance again as a listener, should its registration have been lost. */
  private async refreshLocal(): Promise<void> {
    for (const id of this.local.keys()) await this.run('listen', id, [this.instance]).catch(() => undefined);
  }

  private async markLocalActive(): Promise<void> {
    await this.markActive([...this.local.keys()], true).catch(() => undefined);
  }

  /** `existing`: only refresh sessions already indexed (a missing session must not enter the index). */
  private async markActive(ids: string[], existing: boolean): Promise<void> {
    if (ids.length === 0) return;
    const score = this.now();
    const members = ids.map((value) => ({ score, value }));
    await this.redis.guard(() =>
      this.redis.client.zAdd(this.activityKey, members, existing ? { XX: true } : undefined),
    );
  }

  /**
   * Before a creation: while the index holds `maxSessions`, drop entries of sessions that expired by
   * themselves, then evict the least recently active idle session nobody asked anything in and no live
   * connection marks, then one idle for `PROTECTED_ACTIVITY_MS`; with none of those, refuse.
   */
  private async makeRoom(): Promise<void> {
    const { maxSessions } = this.options;
    let count = await this.redis.guard(() => this.redis.client.zCard(this.activityKey));
    if (count < maxSessions) return;
    const oldest = await this.redis.guard(() =>
      this.redis.client.zRangeWithScores(this.activityKey, 0, EVICTION_CANDIDATES - 1),
    );
    const now = this.now();
    const passes: Array<{ mode: 'unused' | 'any'; idleFor: number }> = [
      { mode: 'unused', idleFor: LIVE_WINDOW_MS },
      { mode: 'any', idleFor: Math.max(LIVE_WINDOW_MS, PROTECTED_ACTIVITY_MS) },
    ];
    const gone = new Set<string>();
    for (const { mode, idleFor } of passes) {
      for (const { value: id, score } of oldest) {
        if (gone.has(id)) continue;
        // Sessions this instance serves are live whatever their mark says; other instances' are judged by it.
        const quiet = now - score > idleFor && !this.local.has(id);
        const outcome = String(await this.run('evict', id, [quiet ? mode : 'probe']));
        if (outcome === 'kept') continue;
        gone.add(id);
        await this.redis.guard(() => this.redis.client.zRem(this.activityKey, id));
        if (outcome.startsWith('evicted:')) {
          const conversation = outcome.slice('evicted:'.length);
          // Score 0: the next clean-up pass finds it due and deletes it upstream.
          if (conversation) {
            await this.redis.guard(() =>
              this.redis.client.zAdd(this.conversationsKey, { score: 0, value: `${id}|${conversation}` }),
            );
          }
        }
        count -= 1;
        if (count < maxSessions) return;
      }
    }
    throw new SessionCapacityError();
  }

  private markDue(id: string, at: number) {
    return this.redis.guard(() => this.redis.client.zAdd(this.dueKey, { score: at, value: id }));
  }

  /** Every key of a session shares the `{id}` hash tag, so a script may touch them all on a Redis Cluster. */
  private key(id: string, part: string): string {
    return `${this.options.keyPrefix}s:{${id}}:${part}`;
  }

  private eventChannel(id: string): string {
    return `${this.options.keyPrefix}ev:${id}`;
  }

  private run(name: RedisScriptName, id: string, args: string[]): Promise<unknown> {
    const keys = SESSION_KEYS.map(({ suffix }) => this.key(id, suffix));
    return this.redis.runScript(REDIS_SCRIPTS[name], keys, [String(this.options.ttlMs), ...args]);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
