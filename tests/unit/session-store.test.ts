import { describe, expect, it } from 'vitest';
import { MemorySessionStore, SessionCapacityError } from '../../lib/assistant/session-store';
import type { Session } from '../../lib/assistant/session';

function clockedStore(options: { ttlMs: number; maxSessions: number }) {
  let now = 1_000;
  const dropped: string[] = [];
  const store = new MemorySessionStore({
    ...options,
    now: () => now,
    onDrop: (session: Session) => dropped.push(session.id),
  });
  return { store, dropped, advance: (ms: number) => (now += ms) };
}

describe('MemorySessionStore', () => {
  it('returns the same session for the same id', () => {
    const { store } = clockedStore({ ttlMs: 1_000, maxSessions: 10 });
    expect(store.getOrCreate('a')).toBe(store.getOrCreate('a'));
    expect(store.size).toBe(1);
  });

  it('forgets idle sessions after the TTL and reports them for clean-up', () => {
    const { store, dropped, advance } = clockedStore({ ttlMs: 1_000, maxSessions: 10 });
    const first = store.getOrCreate('a');
    advance(1_001);
    expect(store.get('a')).toBeUndefined();
    expect(dropped).toEqual(['a']);
    expect(store.getOrCreate('a')).not.toBe(first);
  });

  it('never expires a session with a connection attached', () => {
    const { store, advance } = clockedStore({ ttlMs: 1_000, maxSessions: 10 });
    const session = store.getOrCreate('a');
    const unsubscribe = session.subscribe(() => {});
    advance(5_000);
    expect(store.sweep()).toBe(0);
    unsubscribe();
    expect(store.sweep()).toBe(1);
  });

  it('evicts the least recently used idle session when full', () => {
    const { store, dropped } = clockedStore({ ttlMs: 60_000, maxSessions: 2 });
    store.getOrCreate('old');
    store.getOrCreate('recent');
    store.get('old');
    store.getOrCreate('new');
    expect(dropped).toEqual(['recent']);
    expect(store.size).toBe(2);
  });

  it('refuses a new session rather than cutting live ones when every session is in use', () => {
    const { store } = clockedStore({ ttlMs: 60_000, maxSessions: 1 });
    store.getOrCreate('live').subscribe(() => {});
    expect(() => store.getOrCreate('another')).toThrow(SessionCapacityError);
  });
});
