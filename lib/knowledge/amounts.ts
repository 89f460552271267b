/**
 * Peso amounts and month counts as citizens type them: "$80.000.000", "80 millones", "80 palos",
 * "1,5 millones", "800 mil", "3 meses". Works on `normalize`d text (lowercase, no accents).
 */

export interface FoundAmount {
  /** Pesos. */
  value: number;
  /** Where the figure starts and ends in the text. */
  start: number;
  end: number;
  /** True when the figure was written in UVT ("1.400 UVT"), in which case `value` is a UVT count. */
  inUvt: boolean;
}

const AMOUNT =
  /(\$\s?)?\b(\d{1,3}(?:[.' ]\d{3})+|\d+)(?:[,.](\d{1,2})(?!\d))?(?:\s*(millones|millon|palos|palo|mill|mm|mil)\b)?(?:\s*(?:de\s+)?(?:pesos|cop))?(\s*uvts?\b)?/g;

const MULTIPLIER: Readonly<Record<string, number>> = {
  millones: 1e6,
  millon: 1e6,
  palos: 1e6,
  palo: 1e6,
  mill: 1e6,
  mm: 1e6,
  mil: 1e3,
};

/**
 * Every amount in the text. A bare number counts only when it looks like money ("$", a unit, thousands
 * separators or seven or more digits) or like UVT, so years and NIT endings are left out.
 */
export function findAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, currency, integer = '', decimals, unit, uvt] = match;
    const digits = integer.replace(/[.' ]/g, '');
    const grouped = digits.length !== integer.length;
    const looksLikeMoney = Boolean(currency) || Boolean(unit) || grouped || digits.length >= 7;
    if (!uvt && !looksLikeMoney) continue;
    const base = Number(`${digits}${decimals ? `.${decimals}` : ''}`);
    const value = uvt ? base : base * (unit ? (MULTIPLIER[unit] ?? 1) : 1);
    if (!Number.isFinite(value)) continue;
    const start = match.index + (whole.length - whole.trimStart().length);
    found.push({ value, start, end: match.index + whole.trimEnd().length, inUvt: Boolean(uvt) });
  }
  return found;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
};

/** "3 meses", "tres meses", "un mes" → months; undefined when the text names none. */
export function findMonths(text: string): number | undefined {
  const match =
    /\b(\d{1,3}|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+mes(?:es)?\b/.exec(text);
  if (!match?.[1]) return undefined;
  const value = NUMBER_WORDS[match[1]] ?? Number(match[1]);
  return value > 0 ? value : undefined;
}
