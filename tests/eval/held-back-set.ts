import { evalCases, type EvalRow } from './eval-case';

/*
 * HELD-BACK EVALUATION SET: ANYONE WHO WRITES OR TUNES KNOWLEDGE ENTRIES, TOPIC PHRASES, SYNONYMS OR
 * RETRIEVAL MUST NEVER READ THIS FILE, COPY FROM IT OR RUN THE EVALUATION WITH `--reveal-held-back`.
 *
 * It measures whether the offline assistant answers questions nobody tuned it to. The questions were
 * written from how people ask in public Q&A, forums and the press (sources in docs/knowledge-base.md),
 * never from the entries, and split with the development set category by category. Only
 * `tests/eval/evaluate.ts` loads it, at run time, for `npm run eval:knowledge` and the unit test; the
 * app never imports it. The command prints only its scores unless `--reveal-held-back` is passed.
 */
const ROWS: EvalRow[] = [];

export const HELD_BACK_SET = evalCases(ROWS);
