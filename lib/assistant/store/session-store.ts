import type { ServerEvent, TranscriptEntry, UnsequencedEvent, Verdict } from '../../protocol';
import type { AnswerOrigin } from '../answer-signals';

export interface QueuedMessage {
  id: string;
  input: string;
}

/** Final answers remembered per message id, so a re-sent id is answered from memory, not twice. */
export const MAX_REMEMBERED_OUTCOMES = 200;
/** Events kept for replay; the deltas of a finished answer are dropped once its final response exists. */
export const MAX_LOGGED_EVENTS = 400;
/** Lines of conversation kept for a reloaded page; older ones remain only upstream. */
export const MAX_TRANSCRIPT_ENTRIES = 200;
/**
 * Idle lifetime of a session nobody has asked anything in yet (capped by the configured TTL): a page that
 * opened the assistant and left costs the store little, for little time.
 */
export const UNUSED_SESSION_TTL_MS = 5 * 60_000;
/**
 * When the store is full, a session used this recently is never evicted to make room: a newcomer is refused
 * instead (server busy), so a flood of new sessions cannot push a citizen out mid-conversation.
 */
export const PROTECTED_ACTIVITY_MS = 10 * 60_000;
/** A session just created or opened is in its connection's set-up: not evictable yet, even unused. */
export const SETUP_GRACE_MS = 5_000;

/** A session as a connection opening it sees it. */
export interface OpenedSession {
  /** A fresh seq for the greeting. */
  seq: number;
  /** The conversation so far (finished lines, the answer in progress, the queue). */
  transcript: TranscriptEntry[];
  /** Names this conversation of the session: a reset or a re-creation after expiry changes it. */
  incarnation: string;
}

export interface SessionState {
  lastSeq: number;
  incarnation: string;
}

export type EnqueueResult =
  | { kind: 'queued' }
  /** The id is already queued or being answered. */
  | { kind: 'pending' }
  /** The id was answered before: this is its final event. */
  | { kind: 'answered'; event: ServerEvent }
  | { kind: 'full' }
  /** The session does not exist (any more): nothing was queued. */
  | { kind: 'missing' };

export type RatingResult =
  /** The verdict changed (a `feedback` event told every connection): count it against `origin`. */
  | { kind: 'changed'; origin: AnswerOrigin; previous: Verdict }
  /** The answer already held this verdict: a `feedback` event repeats it, nothing is counted. */
  | { kind: 'unchanged' }
  /** No complete answer with that id in this conversation (unknown, not final yet, an error, stopped). */
  | { kind: 'unknown' }
  /** The answer's verdict changed `maxChanges` times already: it stays as it is. */
  | { kind: 'limit' };

/** A question taken from the queue together with the right to answer it (the lease). */
export interface Job {
  message: QueuedMessage;
  /** The conversation generation the job belongs to; writes with an older one are refused. */
  epoch: number;
  conversationId: string | undefined;
}

export type ControlAction = 'stop' | 'reset';

export interface Subscription {
  /**
   * Numbers an event for this subscriber alone and delivers it after every session event numbered before
   * it, so the client, which drops any seq not above the last it handled, never loses one.
   */
  sendLocal(event: UnsequencedEvent): Promise<ServerEvent>;
  /** Starts delivery of a subscription opened with `held` (no-op otherwise). */
  release(): void;
  close(): void;
}

export interface SubscribeOptions {
  /** Deliver every session event with a greater seq, in order, each once. */
  after: number;
  /** Hold delivery until `release()`; a connection that may yet resume elsewhere must not see events early. */
  held?: boolean;
}

/**
 * Everything a session is, outside the process that happens to serve it: its seq counter, replay log,
 * transcript, answered ids, question queue, upstream conversation and the lease that lets exactly one
 * instance answer it at a time. `MemorySessionStore` serves one process; `RedisSessionStore` lets several
 * instances share sessions. `tests/integration/session-store-contract.test.ts` holds both to one contract.
 */
export interface SessionStore {
  /**
   * Opens an existing session: the conversation so far and a fresh seq for the greeting; undefined when it
   * does not exist (any more). With `create`, an unknown session is created under that incarnation,
   * evicting an idle one if the store is full (never one used within `PROTECTED_ACTIVITY_MS`), or
   * failing with `SessionCapacityError`.
   */
  open(id: string, create?: { incarnation: string }): Promise<OpenedSession | undefined>;
  /** The session's last seq and incarnation, or undefined when it is gone; looking is not activity. */
  state(id: string): Promise<SessionState | undefined>;
  /** Refreshes the session's idle timer (a connection is using it). */
  touch(id: string): Promise<void>;
  /** A seq for an event outside the log; 0 when the session does not exist (clients never drop seq 0). */
  stamp(id: string): Promise<number>;
  /** Numbers, logs and broadcasts an event; refused (undefined) once the session was reset past `epoch`. */
  append(id: string, event: UnsequencedEvent, epoch?: number): Promise<ServerEvent | undefined>;
  eventsAfter(id: string, after: number): Promise<ServerEvent[]>;
  addToTranscript(id: string, entry: TranscriptEntry, epoch: number): Promise<void>;
  outcomeOf(id: string, messageId: string): Promise<ServerEvent | 'pending' | undefined>;
  /**
   * Makes a question's complete answer ratable, remembering where it came from (before its final response
   * is appended); forgotten with its outcome. Ignored once the session was reset past `epoch`.
   */
  rememberOrigin(id: string, messageId: string, origin: AnswerOrigin, epoch: number): Promise<void>;
  /**
   * Atomically sets the session's one verdict on a complete answer: unchanged, refused past `maxChanges`
   * changes, or changed; a known answer's verdict is told to every connection as a `feedback` event.
   */
  rate(id: string, messageId: string, verdict: Verdict, maxChanges: number): Promise<RatingResult>;
  /**
   * Atomically: known id → its state; queue full → full; else marks it pending and queues it (the session
   * now counts as used: full TTL, evicted last).
   */
  enqueue(id: string, message: QueuedMessage, queueMax: number): Promise<EnqueueResult>;
  /**
   * When no live lease holds the session: fails the answer a vanished lease holder left running (with
   * `orphanError`), then leases the session to `owner` and takes the next question, if any.
   */
  takeNext(id: string, owner: string, leaseMs: number, orphanError: OrphanError): Promise<Job | undefined>;
  renewLease(id: string, owner: string, leaseMs: number): Promise<boolean>;
  releaseLease(id: string, owner: string): Promise<void>;
  /**
   * True for the first caller in a conversation (`epoch`), false afterwards and once it was reset past it:
   * the citizen is told what the personal-data guard hid once per conversation, whichever instance answers.
   */
  claimPrivacyNotice(id: string, epoch: number): Promise<boolean>;
  /** Records the upstream conversation; false when the session was reset past `epoch` meanwhile. */
  setConversation(id: string, epoch: number, conversationId: string | undefined): Promise<boolean>;
  /**
   * Upstream conversations whose session is gone (expired or evicted), each handed to one caller only,
   * across every instance sharing the store: the caller deletes them upstream, where they hold what the
   * citizen asked.
   */
  takeExpiredConversations(now: number): Promise<string[]>;
  /**
   * Forgets the conversation (new epoch, new incarnation: tokens of the old one stop working); returns the
   * upstream conversation that must be deleted.
   */
  reset(id: string, incarnation: string): Promise<string | undefined>;
  /**
   * Deletes the session and everything it holds (its keys, its place in every index), as if it had never
   * existed; returns the upstream conversation that must be deleted. Its token stops working and its
   * cookie opens a new, empty session next time.
   */
  erase(id: string): Promise<string | undefined>;
  /** Empties the queue, forgetting those ids, and returns what was waiting. */
  drainQueue(id: string): Promise<QueuedMessage[]>;
  /** Sessions whose lease lapsed or whose queue waits without one: someone must call `takeNext`. */
  due(now: number): Promise<string[]>;
  subscribe(id: string, options: SubscribeOptions, listener: EventListener): Subscription;
  /**
   * Hands an event that is not in the log (seq 0) to this process's subscribers of the session, after what
   * they are already delivering: the only way to tell them something when the store cannot be written.
   */
  notifyLocal(id: string, event: ServerEvent): void;
  /** Reaches whichever instance holds the session's lease (stop and reset act on its running answer). */
  sendControl(id: string, action: ControlAction): Promise<void>;
  onControl(handler: (id: string, action: ControlAction) => void): void;
  /** Sessions this process serves (open connections or work): the ones a shutdown must settle. */
  localSessions(): string[];
}

/**
 * A store as the runtime runs it: the core's port above, plus what readiness, shutdown and diagnostics
 * need, which the core never calls.
 */
export interface RunningSessionStore extends SessionStore {
  readonly kind: 'memory' | 'redis';
  /** Subscriptions to a session held by this process (diagnostics, tests). */
  subscriberCount(id: string): number;
  /** Throws when the store cannot be used; readiness reports it. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type EventListener = (event: ServerEvent) => void;

export interface OrphanError {
  code: 'generation_lost';
  message: string;
}

/** A final event (response or error) for a question: the one that ends its answer. */
export function isFinalFor(
  event: ServerEvent | UnsequencedEvent,
): event is Extract<ServerEvent, { id: string }> {
  return (event.type === 'response' || event.type === 'error') && event.id !== undefined;
}
