import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { EVAL_CATEGORIES, KNOWLEDGE_EVAL_SET, type EvalCase } from './knowledge-eval-set';

/** Below this share of correct answers the evaluation fails (and with it `npm test`). */
export const EVAL_THRESHOLD = 0.9;

export interface CaseOutcome {
  item: EvalCase;
  ok: boolean;
  /** Why a case failed, in terms of what the answer did. */
  reason: string | undefined;
}

export interface CategoryScore {
  total: number;
  correct: number;
}

export interface EvalReport {
  total: number;
  correct: number;
  accuracy: number;
  byCategory: Record<(typeof EVAL_CATEGORIES)[number], CategoryScore>;
  failures: CaseOutcome[];
}

function judge(item: EvalCase): CaseOutcome {
  const answer = answerFromKnowledge(item.question);
  const fail = (reason: string): CaseOutcome => ({ item, ok: false, reason });
  if (item.kind !== undefined && answer.kind !== item.kind) {
    return fail(`kind ${answer.kind}, expected ${item.kind}`);
  }
  if (item.entries !== undefined) {
    const best = answer.entryIds[0];
    if (!best || !item.entries.includes(best)) {
      return fail(
        `answered from ${best ?? '(nothing)'} [${answer.kind}], expected ${item.entries.join(' | ')}`,
      );
    }
  }
  const text = answer.markdown.toLowerCase();
  const missing = item.contains.find((fragment) => !text.includes(fragment.toLowerCase()));
  if (missing !== undefined) return fail(`answer lacks "${missing}"`);
  return { item, ok: true, reason: undefined };
}

export function evaluateKnowledge(cases: readonly EvalCase[] = KNOWLEDGE_EVAL_SET): EvalReport {
  const outcomes = cases.map(judge);
  const byCategory = Object.fromEntries(
    EVAL_CATEGORIES.map((category) => {
      const inCategory = outcomes.filter((outcome) => outcome.item.category === category);
      return [
        category,
        { total: inCategory.length, correct: inCategory.filter((outcome) => outcome.ok).length },
      ];
    }),
  ) as EvalReport['byCategory'];
  const correct = outcomes.filter((outcome) => outcome.ok).length;
  return {
    total: outcomes.length,
    correct,
    accuracy: outcomes.length === 0 ? 0 : correct / outcomes.length,
    byCategory,
    failures: outcomes.filter((outcome) => !outcome.ok),
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** The report as the eval command prints it: one line per category, the overall figure, then each failure. */
export function formatReport(report: EvalReport, threshold = EVAL_THRESHOLD): string {
  const width = Math.max(...Object.keys(report.byCategory).map((name) => name.length));
  const lines = Object.entries(report.byCategory).map(
    ([name, score]) =>
      `${name.padEnd(width)}  ${String(score.correct).padStart(3)}/${String(score.total).padEnd(3)}  ${percent(score.total === 0 ? 0 : score.correct / score.total)}`,
  );
  return [
    'Evaluación de la base de conocimiento (modo sin conexión)',
    '',
    ...lines,
    '',
    `${'TOTAL'.padEnd(width)}  ${String(report.correct).padStart(3)}/${String(report.total).padEnd(3)}  ${percent(report.accuracy)} (umbral ${percent(threshold)})`,
    ...(report.failures.length > 0
      ? [
          '',
          'Fallos:',
          ...report.failures.map(
            (failure) => `- [${failure.item.category}] «${failure.item.question}»: ${failure.reason}`,
          ),
        ]
      : []),
  ].join('\n');
}
