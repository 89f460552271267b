import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../lib/assistant/store/memory-store';
import { SessionCapacityError } from '../../lib/assistant/store/store-errors';

const NEW = { incarnation: 'primera' };

function clockedStore(options: { ttlMs: number; maxSessions: number }) {
  let now = 1_000;
  const store = new MemorySessionStore({ ...options, now: () => now });
  return { store, advance: (ms: number) => (now += ms) };
}

/** What only the in-memory store does: its size cap and LRU eviction (the shared contract is elsewhere). */
describe('MemorySessionStore', () => {
  it('forgets idle sessions after the TTL and reports their conversation for clean-up', async () => {
    const { store, advance } = clockedStore({ ttlMs: 1_000, maxSessions: 10 });
    await store.open('a', NEW);
    await store.setConversation('a', 0, 'conv_a');
    advance(1_001);
    expect(await store.state('a')).toBeUndefined();
    expect(await store.takeExpiredConversations()).toEqual(['conv_a']);
    expect(await store.takeExpiredConversations()).toEqual([]);
    expect(await store.open('a')).toBeUndefined();
    expect((await store.open('a', NEW))?.seq).toBe(1);
  });

  it('never expires a session with a connection attached', async () => {
    const { store, advance } = clockedStore({ ttlMs: 1_000, maxSessions: 10 });
    await store.open('a', NEW);
    const subscription = store.subscribe('a', { after: 1 }, () => {});
    advance(5_000);
    expect(store.sweep()).toBe(0);
    subscription.close();
    advance(1_001);
    expect(store.sweep()).toBe(1);
  });

  it('evicts the least recently used idle session when full, once past its set-up grace', async () => {
    const { store, advance } = clockedStore({ ttlMs: 60_000, maxSessions: 2 });
    await store.open('old', NEW);
    await store.open('recent', NEW);
    await store.touch('old');
    // Past the set-up grace, in which a just-created session is never pushed out.
    advance(6_000);
    await store.open('new', NEW);
    expect(await store.state('recent')).toBeUndefined();
    expect((await store.state('old'))?.lastSeq).toBe(1);
    expect(store.size).toBe(2);
  });

  it('refuses a new session rather than cutting live ones when every session is in use', async () => {
    const { store } = clockedStore({ ttlMs: 60_000, maxSessions: 1 });
    await store.open('live', NEW);
    store.subscribe('live', { after: 1 }, () => {});
    await expect(store.open('another', NEW)).rejects.toThrow(SessionCapacityError);
  });
});
