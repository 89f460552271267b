/**
 * Year awareness: the year a question names, the years an entry covers, and how much an entry's scope fits
 * the question's year.
 */
import type { KnowledgeEntry } from '../schema';
import { CURRENT_FILING_YEAR } from '../../tax/deadlines';
import { normalize } from '../text';

export interface YearIntent {
  year: number;
  /** True when the citizen said "año gravable 2025" / "AG 2025", not just "2025". */
  taxable: boolean;
  /** True when the year is when the return is filed: "la renta que se presenta en agosto de 2026". */
  filing?: boolean;
  /**
   * True when the year may be either the taxable year or the filing year: «la renta del 2025», «plazo 2025».
   * The press titles the season by its filing year and citizens often name the year of their income.
   */
  ambiguous?: boolean;
}

const MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
// A month, or a span of months, of the year something happened: "en agosto de", "entre agosto y octubre de".
const MONTH_SPAN = `(?:(?:en|entre|desde|hasta)\\s+)?(?:${MONTHS})(?:\\s+(?:y|a|hasta)\\s+(?:${MONTHS}))?\\s+(?:de\\s+|del\\s+)?`;
// Filing or the return, then the year it happens in, a month of that year being only its date ("presenté en
// agosto de 2026", "se presentó entre agosto y octubre de este 2026").
const FILING_YEAR = new RegExp(
  `\\b(?:present|declar)\\w*\\s+(?:la renta\\s+|la declaracion\\s+|renta\\s+)?(?:(?:en|de|del)\\s+(?:(?:${MONTHS})\\s+(?:de\\s+|del\\s+)?)?|${MONTH_SPAN})(?:este\\s+)?(20\\d{2})\\b`,
);

// "La declaración que presento este año", "declarar renta este año", "la que presenté en agosto de este año":
// the current filing season.
const FILING_THIS_YEAR = new RegExp(
  `\\b(?:present|declar)\\w*\\s+(?:(?:la|mi)\\s+)?(?:renta\\s+|declaracion\\s+)?(?:de\\s+|${MONTH_SPAN})?este ano\\b`,
);

// The taxable year named by what the return is for or the date its figures are taken at: "declarar renta por
// el 2025", "x el año 2025", "tax return for 2025", "a 31 de diciembre de 2025", "todo el 2025", "durante
// el 2025", "este año 2026".
const TAXABLE_BY_PHRASE = new RegExp(
  [
    `\\b(?:declar\\w*|renta|declaracion|obligad[oa]s?|residente|return|file|filing|threshold)\\s+(?:\\w+\\s+){0,6}?(?:por|x|for)\\s+(?:el\\s+)?(?:(?:renta\\s+)?ano\\s+|tax year\\s+|year\\s+)?(20\\d{2})\\b`,
    // English «the 2025 tax year» (read as «2025 renta ano»), «tax year 2025».
    `\\b(?:tax year|income year|taxable year)\\s+(20\\d{2})\\b|\\b(20\\d{2})\\s+(?:renta ano|tax year)\\b`,
    `\\b(?:a|al)\\s+(?:31\\s+(?:de\\s+)?(?:dic|diciembre)|(?:dic|diciembre)\\s+31)\\s+(?:de\\s+|del\\s+)?(20\\d{2})\\b`,
    // "Me inscribí en el IVA este año 2026": a fact of this year, unless it is the return's ("la renta de este año").
    `(?<!\\b(?:present|declar|renta|declaracion)\\w*\\s+(?:\\w+\\s+){0,2})\\beste\\s+ano\\s+(20\\d{2})\\b`,
    `\\b(?:todo|toda|durante)\\s+(?:el\\s+|ese\\s+|este\\s+)?(?:ano\\s+)?(20\\d{2})\\b`,
  ].join('|'),
);

// "¿El otro año me toca declarar?": the return filed next year.
const NEXT_YEAR = /\b(?:el|al) (?:otro|proximo|siguiente) ano\b|\bel ano (?:que viene|entrante)\b/;
const FILING_VERB = /\b(?:declar\w*|present\w*)\b/;
// What one earned, received or owned in a year is that taxable year's ("lo que gané en 2025", "ingresos del
// 2025", "me consignaron en el 2025", "lo del 2025"), not the season it is filed in.
const EARNED_IN_YEAR =
  /\b(?:gan[eoa]\w*|ingresos?|recib\w*|consign\w*|factur\w*|tuve|patrimonio|movi|lo)\s+(?:\w+\s+){0,4}?(?:en|de|del|durante)\s+(?:el\s+|este\s+)?(?:ano\s+)?(20\d{2})\b/;

// The year told first, then what one did or had in it: «en el 2025 estaba estudiando», «en 2025 trabajé en dos
// empresas», «durante 2025 recibí…»: that year's facts, so its taxable year.
const YEAR_THEN_FACT =
  /\b(?:en|durante) (?:el )?(?:ano )?(20\d{2})\s*,?\s+(?:yo\s+|solo\s+)?(?:estaba|estuve|trabaj\w*|vivia|vivi|tenia|tuve|recibi\w*|gan\w*|me pag\w*|me consign\w*|vend\w*|hered\w*|compr\w*|saque|factur\w*|cobr\w*)\b/;

const LAST_YEAR_FACT =
  /(?<!\b(?:present|declar|renta|declaracion|sugerida|formulario)\w*\s+(?:\w+\s+){0,2})\b(?:el|del|en el|durante el|todo el) ano (?:pasado|anterior)\b/;

/** The year a question is about, if it names one. */
const CHANGE_BETWEEN_YEARS =
  /\b(?:de|del|entre)\s+(?:el\s+)?(20\d{2})\s+(?:a|al|y|para)\s+(?:el\s+)?(20\d{2})\b/;
const CHANGE_VERB = /\b(?:sub\w*|aument\w*|increment\w*|cambi\w*|vari\w*|diferencia|reajust\w*)\b/;

/** «¿Cuánto subió … de 2025 a 2026?»: the two years of a change asked about, older first. */
export function changeBetweenYears(question: string): { from: number; to: number } | undefined {
  const text = normalize(question);
  const change = CHANGE_BETWEEN_YEARS.exec(text);
  if (!change || !CHANGE_VERB.test(text)) return undefined;
  const [first, second] = [Number(change[1]), Number(change[2])];
  return first === second ? undefined : { from: Math.min(first, second), to: Math.max(first, second) };
}

export function detectYearIntent(question: string): YearIntent | undefined {
  const text = normalize(question);
  const taxable = /\b(?:ano gravable|periodo gravable|gravable|ag)\s*(?:de\s+|del\s+)?(20\d{2})\b/.exec(text);
  if (taxable) return { year: Number(taxable[1]), taxable: true };
  const phrased = FILING_YEAR.test(text) ? null : TAXABLE_BY_PHRASE.exec(text);
  const phrasedYear = phrased?.slice(1).find((group) => group !== undefined);
  if (phrasedYear) return { year: Number(phrasedYear), taxable: true };
  const earned = EARNED_IN_YEAR.exec(text) ?? YEAR_THEN_FACT.exec(text);
  if (earned && !FILING_YEAR.test(text)) return { year: Number(earned[1]), taxable: true };
  const filing = FILING_YEAR.exec(text);
  if (filing)
    return {
      year: Number(filing[1]),
      taxable: false,
      filing: true,
      // «declarar la renta del 2025» names the return, not when it is filed («declarar en 2025»).
      ...(/\b(?:renta|declaracion)\s+del?\s+20\d{2}$/.test(filing[0]) ? { ambiguous: true } : {}),
    };
  if (FILING_THIS_YEAR.test(text)) return { year: CURRENT_FILING_YEAR, taxable: false, filing: true };
  if (NEXT_YEAR.test(text) && FILING_VERB.test(text))
    return { year: CURRENT_FILING_YEAR + 1, taxable: false, filing: true };
  // «Lo que gané el año pasado», «el año pasado me consignaron…»: the taxable year the season just past filed.
  // The return of last year («la renta del año pasado», «declaré el año pasado») says no more than no year.
  if (!/\b20\d{2}\b/.test(text) && LAST_YEAR_FACT.test(text))
    return { year: CURRENT_FILING_YEAR - 1, taxable: true };
  // «¿Cuánto subió la UVT de 2025 a 2026?»: a change between two years asks for the newer figure.
  const change = changeBetweenYears(text);
  if (change) return { year: change.to, taxable: false };
  // "Vivo aquí desde 2019", "desde el 2024": when the story began, not the year asked about.
  const bare = /(?<!\bdesde (?:el |(?:el )?ano )?)\b(20\d{2})\b/.exec(text);
  return bare ? { year: Number(bare[1]), taxable: false, ambiguous: true } : undefined;
}

/**
 * The taxable year a question's year means: the year itself when it is taxable, else the season filed in it
 * («la renta 2027», «declarar en 2027») is the year before's.
 */
export function askedTaxableYear(intent: YearIntent): number {
  return intent.taxable ? intent.year : intent.year - 1;
}

export interface YearScope {
  taxable: number | undefined;
  filing: number | undefined;
  /** Other years named, e.g. "Año 2026" for a UVT. */
  plain: readonly number[];
  /** "Vigente desde 2023", "Año gravable 2024 en adelante". */
  openFrom: number | undefined;
}

/** The years an entry's `appliesTo` covers, read from its Spanish wording. */
export function entryYearScope(entry: KnowledgeEntry): YearScope {
  const text = normalize(entry.appliesTo);
  const years = [...text.matchAll(/\b(20\d{2})\b/g)].map((match) => Number(match[1]));
  // "Reglas vigentes en 2026" is a rule as it stands, not an edition of a year: a question dated 2022
  // ("en 2022 no declaré") is about the same rule, as it is for an entry that just says "Vigente".
  if (/\bvigentes? en 20\d{2}\b/.test(text)) {
    return { taxable: undefined, filing: undefined, plain: [], openFrom: undefined };
  }
  if (/\bdesde\b|en adelante|a partir/.test(text) && years.length > 0) {
    return { taxable: undefined, filing: undefined, plain: [], openFrom: Math.min(...years) };
  }
  const taxableMatch = /gravable (20\d{2})/.exec(text);
  const filingMatch = /declaracion (?:de|en) (20\d{2})/.exec(text);
  const taxable = taxableMatch ? Number(taxableMatch[1]) : undefined;
  const filing = filingMatch ? Number(filingMatch[1]) : undefined;
  return {
    taxable,
    filing,
    plain: years.filter((year) => year !== taxable && year !== filing),
    openFrom: undefined,
  };
}

/** Whether an entry's scope includes the year the question asks about. */
export function entryMatchesYear(entry: KnowledgeEntry, intent: YearIntent): boolean {
  return yearFactor(entryYearScope(entry), intent) >= 1;
}

export function yearFactor(scope: YearScope, intent: YearIntent | undefined): number {
  if (!intent) return 1;
  const { year } = intent;
  if (scope.openFrom !== undefined) return year >= scope.openFrom ? 1 : 0.8;
  if (scope.taxable === undefined && scope.filing === undefined && scope.plain.length === 0) return 1;
  if (intent.taxable) {
    if (scope.taxable === year) return 1.35;
    // The UVT of a taxable year is the one that converts its thresholds.
    if (scope.plain.includes(year)) return 1.35;
    if (scope.filing === year) return 0.75;
    return 0.6;
  }
  if (intent.filing) {
    if (scope.filing === year || scope.taxable === year - 1) return 1.35;
    // The return filed in a year is worked out with the year before's UVT.
    if (scope.plain.includes(year - 1)) return 1.25;
    if (scope.plain.includes(year)) return 1;
    return 0.6;
  }
  // In everyday speech "la renta 2025" is the return filed in 2025.
  if (scope.plain.includes(year) || scope.filing === year) return 1.35;
  if (scope.taxable === year) return 1.2;
  return 0.6;
}

// When no year is named, the current edition of a yearly topic is the useful one.
export const OLDER_EDITION_FACTOR = 0.85;
