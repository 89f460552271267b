/**
 * Writes `lib/knowledge/retrieval/real-words.json`: the real Spanish words the typo corrector would otherwise
 * turn into a different word of the base («clase» → «clave», «caro» → «carro», «eventos» → «exentos»).
 * The Spanish word list (an-array-of-spanish-words, MIT, ~636k words) is a devDependency only; the runtime
 * carries just the few thousand words within the corrector's reach of the index vocabulary.
 *
 * Re-run after adding entries (`npx tsx scripts/build-real-words.ts`): a new entry brings new words a real word
 * may collide with. The list records the vocabulary it was built against, and a unit test fails when the index's
 * differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { normalize } from '../lib/knowledge/text';
import { INDEX } from '../lib/knowledge/retrieval/bm25-index';
import { canonicalTerm } from '../lib/knowledge/retrieval/vocabulary';
import { conjugatedTerm } from '../lib/knowledge/retrieval/verbs';
import { correctTypo, sameWord } from '../lib/knowledge/retrieval/typos';
import { vocabularyFingerprint } from '../lib/knowledge/retrieval/vocabulary-fingerprint';

const require = createRequire(join(process.cwd(), 'package.json'));
const spanishWords = JSON.parse(
  readFileSync(require.resolve('an-array-of-spanish-words'), 'utf8'),
) as string[];
const words = new Set<string>();
for (const raw of spanishWords) {
  const word = normalize(raw);
  if (!/^[a-zñ]+$/.test(word) || word.length < 4) continue;
  // Words the base knows, or a verb form traced to its infinitive, never reach the corrector.
  if (INDEX.documentFrequency.has(canonicalTerm(word)) || conjugatedTerm(word) !== undefined) continue;
  const correction = correctTypo(word, false);
  if (correction && !sameWord(word, correction.word)) words.add(word);
}
const path = join(process.cwd(), 'lib/knowledge/retrieval/real-words.json');
const list = { vocabulary: vocabularyFingerprint(), words: [...words].sort() };
writeFileSync(path, `${JSON.stringify(list, null, 2)}\n`);
console.log(`${words.size} real words within the corrector's reach of the index vocabulary → ${path}`);
