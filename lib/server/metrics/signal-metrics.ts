import type { Registry } from 'prom-client';
import type { AnswerSignals, VerdictTally } from '../../assistant/answer-signals';
import { exposeTally, type TallyEntry } from './tally';

const byVerdict = (tallies: readonly VerdictTally[]): TallyEntry[] =>
  tallies.map(({ provider, entry, verdict, count }) => ({
    labels: { provider, entry, verdict },
    value: count,
  }));

/**
 * What citizens tell operators (answer-signals.ts), read at each scrape. Both verdict series only grow, so
 * the verdicts answers hold now are `verdicts_total − withdrawn_total` per label set, summed over instances.
 */
export function exposeAnswerSignals(registry: Registry, signals: AnswerSignals): void {
  exposeTally(registry, {
    name: 'assistant_feedback_verdicts_total',
    help: '«Me sirvió» (helpful) and «No me sirvió» (unhelpful) given, by knowledge entry (or modelo) and provider.',
    labelNames: ['provider', 'entry', 'verdict'],
    read: () => byVerdict(signals.snapshot().verdicts),
  });
  exposeTally(registry, {
    name: 'assistant_feedback_withdrawn_total',
    help: 'Verdicts taken back by a change or a withdrawal, by knowledge entry (or modelo) and provider.',
    labelNames: ['provider', 'entry', 'verdict'],
    read: () => byVerdict(signals.snapshot().withdrawn),
  });
  exposeTally(registry, {
    name: 'assistant_unanswered_questions_total',
    help: 'Questions the knowledge base had no entry for (or only a near miss), by provider.',
    labelNames: ['provider'],
    read: () =>
      signals.snapshot().unanswered.map(({ provider, count }) => ({ labels: { provider }, value: count })),
  });
}
