import { Session } from './session';

export interface SessionStoreOptions {
  ttlMs: number;
  maxSessions: number;
  /** Called for every session the store drops (expired or evicted), to release upstream resources. */
  onDrop?: (session: Session) => void;
  now?: () => number;
}

export class SessionCapacityError extends Error {
  constructor() {
    super('session capacity reached');
    this.name = 'SessionCapacityError';
  }
}

/**
 * In-memory sessions with an idle TTL and a size cap. The Map's insertion order doubles as LRU order:
 * every access moves the session to the end. Sessions with an open connection or work in progress are
 * never expired or evicted, because dropping them would cut a live conversation.
 */
export class MemorySessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly now: () => number;

  constructor(private readonly options: SessionStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.sessions.size;
  }

  get(id: string): Session | undefined {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.isExpired(session)) {
      this.drop(session);
      return undefined;
    }
    this.sessions.delete(id);
    this.sessions.set(id, session);
    session.touch(this.now());
    return session;
  }

  /** Returns the session, creating it when unknown; throws `SessionCapacityError` when full of live ones. */
  getOrCreate(id: string): Session {
    const existing = this.get(id);
    if (existing) return existing;
    if (this.sessions.size >= this.options.maxSessions) this.sweep();
    if (this.sessions.size >= this.options.maxSessions && !this.evictOldestIdle())
      throw new SessionCapacityError();
    const session = new Session(id);
    session.touch(this.now());
    this.sessions.set(id, session);
    return session;
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

  all(): IterableIterator<Session> {
    return this.sessions.values();
  }

  private isIdle(session: Session): boolean {
    return session.listenerCount === 0 && !session.busy;
  }

  private isExpired(session: Session): boolean {
    return this.isIdle(session) && this.now() - session.lastActiveAt > this.options.ttlMs;
  }

  private evictOldestIdle(): boolean {
    for (const session of this.sessions.values()) {
      if (this.isIdle(session)) {
        this.drop(session);
        return true;
      }
    }
    return false;
  }

  private drop(session: Session): void {
    this.sessions.delete(session.id);
    this.options.onDrop?.(session);
  }
}
