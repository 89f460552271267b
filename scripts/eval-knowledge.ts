import { EVAL_THRESHOLD, evaluateKnowledge, formatReport } from '../tests/eval/evaluate';

/**
 * `npm run eval:knowledge`: prints the offline assistant's accuracy on the evaluation set, per category
 * and overall, and exits with 1 below the threshold so CI fails when retrieval regresses.
 */
const report = evaluateKnowledge();
process.stdout.write(`${formatReport(report)}\n`);
process.exitCode = report.accuracy >= EVAL_THRESHOLD ? 0 : 1;
