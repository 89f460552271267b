import { DEV_SET } from '../tests/eval/dev-set';
import { evaluateKnowledge, formatReport, loadHeldBackSet, passes } from '../tests/eval/evaluate';

/**
 * `npm run eval:knowledge`: prints the offline assistant's accuracy on the development set and on the
 * held-back set, per category and overall, with the in-scope questions answered "No tengo información",
 * and exits with 1 when either set misses its goal so CI fails when retrieval regresses. The held-back
 * set's questions are printed only with `--reveal-held-back`, which entry writers must not use.
 */
async function main(): Promise<void> {
  const revealHeldBack = process.argv.includes('--reveal-held-back');
  const dev = evaluateKnowledge(DEV_SET);
  const heldBack = evaluateKnowledge(await loadHeldBackSet());
  process.stdout.write(
    [
      'Evaluación de la base de conocimiento (modo sin conexión)',
      '',
      formatReport('== Conjunto de desarrollo ==', dev),
      '',
      formatReport('== Conjunto reservado (held-back) ==', heldBack, revealHeldBack),
      '',
    ].join('\n'),
  );
  process.exitCode = passes(dev) && passes(heldBack) ? 0 : 1;
}

void main();
