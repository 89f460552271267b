/**
 * Verb forms: a conjugated verb the light stemmer missed, found through its infinitive.
 */
import { wordList } from '../text';
import { INDEX } from './bm25-index';
import { canonicalTerm } from './vocabulary';

// Person and tense endings the light stemmer leaves on ("devolvieron", "declaramos", "vendí"), longest
// first. Endings a noun may also have ("negocio", "visa") are left out: an unknown noun must stay unknown.
const VERB_ENDINGS = wordList('ieron aron amos emos imos aste iste aban i');
const INFINITIVE_ENDINGS = ['ar', 'er', 'ir'];
// Spelling that changes before -e: "pagué" / "pagar", "saqué" / "sacar", "actualicé" / "actualizar".
const SPELLING_CHANGES: ReadonlyArray<readonly [changed: string, infinitive: string]> = [
  ['gu', 'g'],
  ['qu', 'c'],
  ['c', 'z'],
];
const MIN_VERB_ROOT = 3;

/**
 * The indexed term of a conjugated verb the stemmer missed, found through its infinitive: "devolvieron"
 * → "devolver" → the refund concept. Tried only for words the index does not know, so a word the entries
 * use keeps its own meaning.
 */
export function conjugatedTerm(word: string): string | undefined {
  // "Pagué", "saqué", "actualicé": a first-person preterite shows by its changed spelling.
  const endings = SPELLING_CHANGES.some(([changed]) => word.endsWith(`${changed}e`))
    ? [...VERB_ENDINGS, 'e']
    : VERB_ENDINGS;
  for (const ending of endings) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_VERB_ROOT) continue;
    const root = word.slice(0, -ending.length);
    const roots = [root];
    for (const [changed, infinitive] of SPELLING_CHANGES) {
      if (root.endsWith(changed)) roots.push(root.slice(0, -changed.length) + infinitive);
    }
    for (const candidate of roots) {
      for (const infinitive of INFINITIVE_ENDINGS) {
        const term = canonicalTerm(candidate + infinitive);
        if (INDEX.documentFrequency.has(term)) return term;
      }
    }
  }
  return undefined;
}
