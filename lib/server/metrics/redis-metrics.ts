import { Counter, Histogram, type Registry } from 'prom-client';
import type { RedisCommandOutcome } from '../../assistant/store/redis-connection';

const COMMAND_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** Redis commands (and scripts) of this instance, when REDIS_URL is set. */
export function createRedisMetrics(
  registry: Registry,
): (outcome: RedisCommandOutcome, seconds: number) => void {
  const registers = [registry];
  const latency = new Histogram({
    name: 'assistant_redis_command_seconds',
    help: 'Redis commands and scripts, by outcome (ok, error, timeout).',
    labelNames: ['outcome'],
    buckets: COMMAND_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: 'assistant_redis_command_errors_total',
    help: 'Redis commands that failed (error) or got no reply within REDIS_COMMAND_TIMEOUT_MS (timeout).',
    labelNames: ['outcome'],
    registers,
  });
  for (const outcome of ['error', 'timeout'] as const) errors.inc({ outcome }, 0);
  return (outcome, seconds) => {
    latency.observe({ outcome }, seconds);
    if (outcome !== 'ok') errors.inc({ outcome });
  };
}
