import { answerFromKnowledge, type KnowledgeAnswerKind } from '../../lib/knowledge/answer';
import { EVAL_CATEGORIES, type EvalCase, type EvalCategory } from './eval-case';

/** The goal for both sets: below this share of correct answers `npm run eval:knowledge` fails. */
export const EVAL_THRESHOLD = 0.9;
/** In-scope questions a set may answer with "No tengo información": none. */
export const MAX_IN_SCOPE_NOT_FOUND = 0;
/**
 * Where the held-back set stood when the issue #12 entries were merged (2026-12-06), short of the goal
 * above (issue #12 stays open for it). `npm test` keeps the set from falling below what was measured;
 * raise these as coverage grows, never lower them, and never tune entries by reading the set. Reset on
 * 2026-12-07 to the first measurement of the second held-back set, which replaced the first one
 * (docs/knowledge-base.md, "A second held-back set"); its label audit changed no label; raised at the
 * merges of the eighth pass, the calculations pass, the gap entries with stable retrieval and T1's
 * wrong-entry round, T2's declines, notices and calculations, the fixers of the written-apart wd5–wd8
 * development pass (g1, r1, r2, r3, m1) and of the wd9–wd12 pass (c1, s1, w1, e1, f2, t1), and at the lead's injection fix, calculations and the g1, f1 and f3 merges (2026-12-07, night).
 */
export const HELD_BACK_FLOOR = { correct: 181, total: 216, inScopeNotFound: 0 } as const;

export interface CaseOutcome {
  item: EvalCase;
  ok: boolean;
  /** Why a case failed, in terms of what the answer did. */
  reason: string | undefined;
  answerKind: KnowledgeAnswerKind;
}

export interface CategoryScore {
  total: number;
  correct: number;
}

export interface EvalReport {
  total: number;
  correct: number;
  accuracy: number;
  byCategory: Record<EvalCategory, CategoryScore>;
  failures: CaseOutcome[];
  /** Cases that expected an entry or a calculation and got the honest "I don't know" instead. */
  inScopeNotFound: CaseOutcome[];
}

function judge(item: EvalCase): CaseOutcome {
  const answer = answerFromKnowledge(item.question);
  const outcome = (reason?: string): CaseOutcome => ({
    item,
    ok: reason === undefined,
    reason,
    answerKind: answer.kind,
  });
  if (item.kind !== undefined && answer.kind !== item.kind) {
    return outcome(`kind ${answer.kind}, expected ${item.kind}`);
  }
  if (item.entries !== undefined) {
    const best = answer.entryIds[0];
    if (!best || !item.entries.includes(best)) {
      return outcome(
        `answered from ${best ?? '(nothing)'} [${answer.kind}], expected ${item.entries.join(' | ')}`,
      );
    }
  }
  const text = answer.markdown.toLowerCase();
  const missing = item.contains.find((fragment) => !text.includes(fragment.toLowerCase()));
  if (missing !== undefined) return outcome(`answer lacks "${missing}"`);
  return outcome();
}

const expectsAnAnswer = (item: EvalCase) => item.entries !== undefined || item.kind === 'calculation';

export function evaluateKnowledge(cases: readonly EvalCase[]): EvalReport {
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
    inScopeNotFound: outcomes.filter(
      (outcome) => outcome.answerKind === 'not-found' && expectsAnAnswer(outcome.item),
    ),
  };
}

/** A set passes with at least `EVAL_THRESHOLD` correct and no in-scope "No tengo información". */
export function passes(report: EvalReport): boolean {
  return report.accuracy >= EVAL_THRESHOLD && report.inScopeNotFound.length <= MAX_IN_SCOPE_NOT_FOUND;
}

/**
 * The held-back set, imported only when an evaluation runs: nothing the app or the entries load reaches
 * it, and only this function names its module (a unit test checks that).
 */
export async function loadHeldBackSet(): Promise<readonly EvalCase[]> {
  const { HELD_BACK_SET } = await import('./held-back-set');
  return HELD_BACK_SET;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/**
 * One set's report as the eval command prints it: one line per category, the overall figure, the in-scope
 * "No tengo información" count, then each failing question unless `revealQuestions` is false (the
 * held-back set's questions stay out of sight of whoever tunes the entries).
 */
export function formatReport(title: string, report: EvalReport, revealQuestions = true): string {
  const width = Math.max(...Object.keys(report.byCategory).map((name) => name.length));
  const lines = Object.entries(report.byCategory).map(
    ([name, score]) =>
      `${name.padEnd(width)}  ${String(score.correct).padStart(3)}/${String(score.total).padEnd(3)}  ${percent(score.total === 0 ? 0 : score.correct / score.total)}`,
  );
  const listed = (heading: string, outcomes: readonly CaseOutcome[]) =>
    revealQuestions && outcomes.length > 0
      ? [
          '',
          heading,
          ...outcomes.map(
            (outcome) => `- [${outcome.item.category}] «${outcome.item.question}»: ${outcome.reason}`,
          ),
        ]
      : [];
  return [
    title,
    '',
    ...lines,
    '',
    `${'TOTAL'.padEnd(width)}  ${String(report.correct).padStart(3)}/${String(report.total).padEnd(3)}  ${percent(report.accuracy)} (umbral ${percent(EVAL_THRESHOLD)})`,
    `En alcance respondidas con «No tengo información»: ${report.inScopeNotFound.length} (máximo ${MAX_IN_SCOPE_NOT_FOUND})`,
    ...listed('Fallos:', report.failures),
  ].join('\n');
}
