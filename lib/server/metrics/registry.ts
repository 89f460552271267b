import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * A registry of its own per runtime, never prom-client's global one: tests start many servers in one
 * process, and each must report only its own numbers. Default metrics give process CPU, memory, open
 * descriptors and event-loop lag (`nodejs_eventloop_lag_*`).
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
