import { Counter, Histogram, type Registry } from 'prom-client';
import type { AnswerObserver } from '../../assistant/answer-observer';
import { errorCodeSchema, type ProviderKind } from '../../protocol';

const FIRST_DELTA_BUCKETS = [0.1, 0.25, 0.5, 1, 2, 3, 5, 8, 13, 20, 30];
const ANSWER_BUCKETS = [0.5, 1, 2, 5, 10, 20, 30, 45, 60, 90, 120];

/** Questions and answers of this instance, labelled by provider and error code only (fixed vocabularies). */
export function createAnswerMetrics(registry: Registry, provider: ProviderKind): AnswerObserver {
  const registers = [registry];
  const queued = new Counter({
    name: 'assistant_questions_queued_total',
    help: 'Questions accepted into a session queue.',
    labelNames: ['provider'],
    registers,
  });
  const answered = new Counter({
    name: 'assistant_questions_answered_total',
    help: 'Answers written in full.',
    labelNames: ['provider'],
    registers,
  });
  const stopped = new Counter({
    name: 'assistant_questions_stopped_total',
    help: 'Answers ended by the citizen (Detener); what was written stands.',
    labelNames: ['provider'],
    registers,
  });
  const failed = new Counter({
    name: 'assistant_questions_failed_total',
    help: 'Queued questions whose answer ended in an error, by error code.',
    labelNames: ['provider', 'code'],
    registers,
  });
  const rejected = new Counter({
    name: 'assistant_questions_rejected_total',
    help: 'Questions refused before entering the queue (rate limit, full queue, shutdown…), by error code.',
    labelNames: ['provider', 'code'],
    registers,
  });
  const firstDelta = new Histogram({
    name: 'assistant_first_delta_seconds',
    help: "From the start of an answer to the provider's first words.",
    labelNames: ['provider'],
    buckets: FIRST_DELTA_BUCKETS,
    registers,
  });
  const whole = new Histogram({
    name: 'assistant_answer_seconds',
    help: 'From the start of an answer to its last word, for answers written in full.',
    labelNames: ['provider'],
    buckets: ANSWER_BUCKETS,
    registers,
  });
  const labels = { provider };
  // Every series exists from the start at 0, so rates work from the first failure and the set is visibly fixed.
  for (const counter of [queued, answered, stopped]) counter.inc(labels, 0);
  for (const code of errorCodeSchema.options) {
    failed.inc({ provider, code }, 0);
    rejected.inc({ provider, code }, 0);
  }
  return {
    queued: () => queued.inc(labels),
    rejected: (code) => rejected.inc({ provider, code }),
    firstDelta: (seconds) => firstDelta.observe(labels, seconds),
    answered: (seconds) => {
      answered.inc(labels);
      whole.observe(labels, seconds);
    },
    stopped: () => stopped.inc(labels),
    failed: (code) => failed.inc({ provider, code }),
  };
}
