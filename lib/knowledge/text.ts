/**
 * Spanish text normalisation for the offline knowledge base. Everything here is deterministic and
 * dependency-free so the same analysis runs in the browser bundle, the custom server and the tests.
 */

/** Lowercase and strip diacritics, so "Declaración" and "declaracion" are the same word. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

// Amounts are written "$49.799" or "4.500 UVT"; joining the groups keeps a figure as one token.
const THOUSANDS_SEPARATOR = /(?<=\d)[.,](?=\d{3}(?!\d))/g;
// "f210", "f-210", "form 210", "formulario210" all name a DIAN form.
const FORM_CODE = /\b(?:f|form|formulario|formato)[-\s]?(\d{3,4})\b/g;

// How people abbreviate in chats ("tiene q declarar", "xq", "x internet"): read as the full word, so the
// phrases written with it ("tiene que declarar") match.
const CHAT_SPELLING: ReadonlyMap<string, string> = new Map([
  ['q', 'que'],
  ['k', 'que'],
  ['ke', 'que'],
  ['xq', 'porque'],
  ['pq', 'porque'],
  ['porq', 'porque'],
  ['x', 'por'],
  ['tb', 'tambien'],
  ['tmb', 'tambien'],
  ['tbn', 'tambien'],
  ['d', 'de'],
  ['dnd', 'donde'],
  ['cdo', 'cuando'],
  ['qdo', 'cuando'],
  ['pa', 'para'],
  ['toy', 'estoy'],
]);

/** Normalised words and numbers, in order. Punctuation and symbols separate tokens. */
export function tokenize(text: string): string[] {
  const prepared = normalize(text).replace(THOUSANDS_SEPARATOR, '').replace(FORM_CODE, 'formulario $1');
  return prepared
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0)
    .map((token) => CHAT_SPELLING.get(token) ?? token);
}

/** A whitespace-separated list as an array: keeps long vocabularies readable in source. */
export const wordList = (list: string): string[] => list.trim().split(/\s+/);
