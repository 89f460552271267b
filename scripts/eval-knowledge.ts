import { DEV_SET } from '../tests/eval/dev-set';
import { evaluateKnowledge, formatReport, loadHeldBackSet, passes } from '../tests/eval/evaluate';

/**
 * `npm run eval:knowledge`: prints the offline assistant's accuracy on the development set and on the
 * held-back set, per category and overall, with the in-scope questions answered "No tengo información",
 * and exits with 1 when either set misses its goal so CI fails when retrieval regresses. The held-back
 * set's questions are printed only with `--reveal-held-back`, which entry writers must not use;
 * `--dev-only` leaves the held-back set unread, so a writer tuning entries sees not even its totals.
 */
async function main(): Promise<void> {
  const revealHeldBack = process.argv.includes('--reveal-held-back');
  const devOnly = process.argv.includes('--dev-only');
  const dev = evaluateKnowledge(DEV_SET);
  const heldBack = devOnly ? undefined : evaluateKnowledge(await loadHeldBackSet());
  const sections = [
    'Evaluación de la base de conocimiento (modo sin conexión)',
    '',
    formatReport('== Conjunto de desarrollo ==', dev),
    '',
  ];
  if (heldBack !== undefined) {
    sections.push(formatReport('== Conjunto reservado (held-back) ==', heldBack, revealHeldBack), '');
  }
  process.stdout.write(sections.join('\n'));
  process.exitCode = passes(dev) && (heldBack === undefined || passes(heldBack)) ? 0 : 1;
}

void main();
