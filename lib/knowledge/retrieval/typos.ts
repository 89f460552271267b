/**
 * Typo tolerance: a word the index does not know, corrected to the closest word it does.
 */
import { INDEX } from './bm25-index';
import REAL_WORD_LIST from './real-words.json';

/**
 * Damerau–Levenshtein distance (optimal string alignment variant: adjacent transpositions count as one
 * edit, which is the most common typing mistake). Returns `max + 1` as soon as the distance must exceed
 * `max`, so fuzzy lookups over the whole vocabulary stay cheap.
 */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  // Three rolling rows are enough for the transposition lookback.
  let previous2 = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i < rows; i += 1) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[cols - 1] ?? max + 1;
}

export const TYPO_PENALTY: Readonly<Record<number, number>> = { 1: 0.75, 2: 0.5 };

function maxTypoDistance(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

/**
 * Real Spanish words within the corrector's reach of a different word of the base («clase» → «clave», «caro» →
 * «carro», «eventos» → «exentos»), written by `scripts/build-real-words.ts` from a Spanish word list. A citizen
 * who typed one meant it: it is a word the base lacks, not a typo.
 */
const REAL_WORDS: ReadonlySet<string> = new Set(REAL_WORD_LIST.words);

/** Letters two forms of one word share at the start: «presente» / «presenta», «retenian» / «retencion». */
const SAME_WORD_PREFIX = 5;

/**
 * Whether `a` and `b` are forms of one word (an ending, a plural, an enclitic: «demoran» / «demora»,
 * «aptos» / «apto»), so correcting one to the other changes no meaning.
 */
export function sameWord(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return shared >= SAME_WORD_PREFIX || (shared >= 4 && shared === Math.min(a.length, b.length));
}

/**
 * The known word closest to `word` within the allowed distance. People rarely mistype the first letter,
 * and requiring it keeps real words from being "corrected" into the base ("presidente" → "residente").
 * A real Spanish word is only corrected to another form of itself (`sameWord`) or across two swapped letters; `guardRealWords` false is
 * for the script that finds which real words need that guard.
 */
export function correctTypo(
  word: string,
  guardRealWords = true,
): { word: string; distance: number } | undefined {
  const max = maxTypoDistance(word);
  if (max === 0 || /\d/.test(word)) return undefined;
  const real = guardRealWords && REAL_WORDS.has(word);
  let best: { word: string; distance: number; rank: number } | undefined;
  for (const [candidate, frequency] of INDEX.surfaceFrequency) {
    if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > max) continue;
    if (real && !sameWord(word, candidate) && !swapped(word, candidate)) continue;
    const distance = damerauLevenshtein(word, candidate, max);
    if (distance > max) continue;
    const rank = distance * 1000 - Math.min(frequency, 999);
    if (!best || rank < best.rank) best = { word: candidate, distance, rank };
  }
  return best && { word: best.word, distance: best.distance };
}

/**
 * Whether `b` is `a` with two neighbouring letters swapped, the commonest slip: a rare real word that is
 * also such a slip of a word of the base is a typo («calve» → «clave», «embrago» → «embargo»).
 */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}
