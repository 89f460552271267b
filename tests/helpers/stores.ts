import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { MemorySessionStore } from '../../lib/assistant/store/memory-store';
import { RedisConnection } from '../../lib/assistant/store/redis-connection';
import { RedisSessionStore } from '../../lib/assistant/store/redis-store';
import type { RunningSessionStore } from '../../lib/assistant/store/session-store';
import { startRedis, type RunningRedis } from './redis-server';

export interface StoreKind {
  name: 'memory' | 'redis';
  /** A fresh, isolated store (its own key prefix on the shared Redis). */
  create(options?: {
    ttlMs?: number;
    keyPrefix?: string;
    maxSessions?: number;
    now?: () => number;
  }): RunningSessionStore;
  /** The Redis the redis kind's stores use, for tests that look at it directly. */
  url?: () => string;
}

/**
 * Both store implementations for one test file: a real `redis-server` is started for the file (or
 * REDIS_URL used when set) and every store made here is closed after it.
 */
export function storeKindsForFile(): StoreKind[] {
  let redis: RunningRedis | undefined;
  const opened: RunningSessionStore[] = [];
  const url = () => process.env.REDIS_URL ?? (redis as RunningRedis).url;
  beforeAll(async () => {
    if (!process.env.REDIS_URL) redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await redis?.stop();
  });
  const track = <T extends RunningSessionStore>(store: T): T => {
    opened.push(store);
    return store;
  };
  return [
    {
      name: 'memory',
      create: ({ ttlMs = 60_000, maxSessions = 1_000, now } = {}) =>
        track(new MemorySessionStore({ ttlMs, maxSessions, now })),
    },
    {
      name: 'redis',
      url,
      create: ({ ttlMs = 60_000, keyPrefix = `test:${randomUUID()}:`, maxSessions = 1_000, now } = {}) =>
        track(
          new RedisSessionStore({
            connection: new RedisConnection({ url: url(), commandTimeoutMs: 2_000 }),
            keyPrefix,
            ttlMs,
            maxSessions,
            now,
          }),
        ),
    },
  ];
}
