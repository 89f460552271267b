import { Counter, Histogram, type Registry } from 'prom-client';
import type { UpstreamObserver } from '../../assistant/providers/upstream-observer';

const REQUEST_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60];

/**
 * OpenAI requests of this instance: latency until the response headers (a streamed answer goes on after
 * them) or of the whole call (conversations), failures by status class, and tokens spent.
 */
export function createUpstreamMetrics(registry: Registry): UpstreamObserver {
  const registers = [registry];
  const latency = new Histogram({
    name: 'assistant_upstream_request_seconds',
    help: 'OpenAI requests: wait for the response headers (responses) or the whole call (conversations).',
    labelNames: ['operation', 'outcome'],
    buckets: REQUEST_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: 'assistant_upstream_errors_total',
    help: 'OpenAI requests that failed, by status class (4xx, 429, 5xx) or timeout / connection.',
    labelNames: ['operation', 'outcome'],
    registers,
  });
  const tokens = new Counter({
    name: 'assistant_upstream_tokens_total',
    help: 'Tokens OpenAI reported as used, input and output (reasoning included).',
    labelNames: ['direction'],
    registers,
  });
  return {
    request: (operation, outcome, seconds) => {
      latency.observe({ operation, outcome }, seconds);
      // A request the citizen's «Detener» cancelled did not fail upstream.
      if (outcome !== '2xx' && outcome !== 'aborted') errors.inc({ operation, outcome });
    },
    tokens: (input, output) => {
      tokens.inc({ direction: 'input' }, input);
      tokens.inc({ direction: 'output' }, output);
    },
  };
}
