import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisConnection, type RedisCommandOutcome } from '../../lib/assistant/store/redis-connection';
import { startRedis, type RunningRedis } from '../helpers/redis-server';

const COMMAND_TIMEOUT_MS = 50;
// Far longer than a local redis-server needs to answer PING, so the reply is waiting when the loop frees.
const BUSY_MS = 1_000;

function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // The event loop is held, as by a burst of work at thousands of sessions.
  }
}

describe('RedisConnection command timeout', () => {
  let redis: RunningRedis;
  let connection: RedisConnection;
  const outcomes: RedisCommandOutcome[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    connection = new RedisConnection({
      url: redis.url,
      commandTimeoutMs: COMMAND_TIMEOUT_MS,
      observeCommand: (outcome) => outcomes.push(outcome),
    });
    await connection.ready;
  });
  afterAll(async () => {
    await connection.close();
    await redis.stop();
  });

  it('is not a timeout when the reply came while the event loop was busy past it', async () => {
    outcomes.length = 0;
    const reply = connection.guard(() => connection.client.ping());
    // The client writes the command in a setImmediate of its own, queued before this one: the loop is
    // held only once the command has left, and frees with the timer due and the reply unread.
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        busyWait(BUSY_MS);
        resolve();
      }),
    );
    await expect(reply).resolves.toBe('PONG');
    expect(outcomes).toEqual(['ok']);
  });

  it('is still a timeout when Redis does not answer in time', async () => {
    outcomes.length = 0;
    const pauser = new RedisConnection({ url: redis.url, commandTimeoutMs: 5_000 });
    await pauser.ready;
    try {
      // Redis holds every client's commands for half a second once it has said OK.
      await pauser.client.sendCommand(['CLIENT', 'PAUSE', '500', 'ALL']);
      await expect(connection.guard(() => connection.client.ping())).rejects.toThrow(
        'session store unavailable',
      );
      expect(outcomes).toEqual(['timeout']);
      await pauser.client.ping();
    } finally {
      await pauser.close();
    }
  });
});
