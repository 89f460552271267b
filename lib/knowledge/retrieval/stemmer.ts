/**
 * The light Spanish stemmer retrieval matches on. It only has to make a citizen's wording ("declaraciones",
 * "declaré", "declarante") meet the wording of the entries, not to be linguistically correct.
 */

// Singular words that end in -s: the plural rule must leave them alone.
const INVARIANT = new Set([
  'interes',
  'mes',
  'pais',
  'lunes',
  'martes',
  'miercoles',
  'jueves',
  'viernes',
  'analisis',
  'tesis',
  'crisis',
  'dosis',
  'gratis',
  'mas',
  'menos',
  'ademas',
  'atras',
  'despues',
  'iris',
  'virus',
  'bus',
  'gas',
  'dos',
  'tres',
  'seis',
]);

// Ordered longest first within each family; the first suffix that leaves a long enough stem wins.
const SUFFIXES: ReadonlyArray<readonly [suffix: string, minStem: number]> = [
  ['amientos', 3],
  ['imientos', 3],
  ['amiento', 3],
  ['imiento', 3],
  ['aciones', 3],
  ['acion', 3],
  ['mente', 4],
  ['idades', 4],
  ['idad', 4],
  ['encias', 3],
  ['ancias', 3],
  ['encia', 3],
  ['ancia', 3],
  ['entes', 4],
  ['antes', 4],
  ['ente', 4],
  ['ante', 4],
  ['iendo', 3],
  ['ando', 3],
  ['ados', 3],
  ['adas', 3],
  ['idos', 3],
  ['idas', 3],
  ['ado', 3],
  ['ada', 3],
  ['ido', 3],
  ['ida', 3],
  ['ables', 3],
  ['ibles', 3],
  ['able', 3],
  ['ible', 3],
  ['ieron', 3],
  ['aron', 3],
  ['amos', 3],
  ['emos', 3],
  ['imos', 3],
  ['aban', 3],
  ['aba', 3],
  // The entries speak to the reader ("si presentaste", "lo que pagaste"); citizens say "presenté", "pagué".
  ['aste', 3],
  ['iste', 3],
  ['ar', 3],
  ['er', 3],
  ['ir', 3],
  ['an', 3],
  ['en', 3],
  ['a', 3],
  ['e', 3],
  ['o', 3],
];

function removePlural(word: string): string {
  if (INVARIANT.has(word)) return word;
  if (word.endsWith('iones')) return word.slice(0, -2);
  if (word.endsWith('eses')) return word.slice(0, -2);
  if (word.endsWith('ces') && word.length > 5) return `${word.slice(0, -3)}z`;
  if (/[lrndjz]es$/.test(word) && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length >= 4) return word.slice(0, -1);
  return word;
}

// An infinitive with an object pronoun attached ("revisarla", "declararlos") is that verb: left whole, it would be a
// word of its own, as rare as the one entry whose prose happens to use it.
const ENCLITIC = /^(.{3,}[aei]r)(?:las?|los?)$/;

/** A light Spanish stem. Numbers and words of three letters or fewer are returned unchanged. */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  const singular = removePlural(ENCLITIC.exec(token)?.[1] ?? token);
  if (INVARIANT.has(singular)) return singular;
  for (const [suffix, minStem] of SUFFIXES) {
    if (singular.endsWith(suffix) && singular.length - suffix.length >= minStem) {
      return singular.slice(0, -suffix.length);
    }
  }
  return singular;
}
