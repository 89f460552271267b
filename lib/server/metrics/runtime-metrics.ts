import type { Registry } from 'prom-client';
import type { UpstreamObserver } from '../../assistant/providers/upstream-observer';
import type { RedisCommandOutcome } from '../../assistant/store/redis-connection';
import { createConnectionMetrics, type ConnectionMetrics } from './connection-metrics';
import { metricsSource, type MetricsSource } from './metrics-source';
import { createMetricsRegistry } from './registry';
import { createRedisMetrics } from './redis-metrics';
import { createUpstreamMetrics } from './upstream-metrics';

/** One runtime's metrics: its registry, and the instruments the doors and the backing report to. */
export interface RuntimeMetrics {
  readonly registry: Registry;
  /** What `GET /metrics` serves: this registry, or under `WEB_CONCURRENCY` the sum of every worker's. */
  readonly read: MetricsSource;
  readonly connections: ConnectionMetrics;
  readonly upstream: UpstreamObserver;
  /** Registers the Redis series on first use, so an instance without Redis shows none. */
  redisCommands(): (outcome: RedisCommandOutcome, seconds: number) => void;
}

export function createRuntimeMetrics(): RuntimeMetrics {
  const registry = createMetricsRegistry();
  return {
    registry,
    read: metricsSource(registry),
    connections: createConnectionMetrics(registry),
    upstream: createUpstreamMetrics(registry),
    redisCommands: () => createRedisMetrics(registry),
  };
}
