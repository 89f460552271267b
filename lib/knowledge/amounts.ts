import { MONTHS as MONTH_NAMES } from '../tax/spanish-dates';

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

// "Lucas" are thousands of pesos in slang: "50 lucas" = $50.000, "12 mil lucas" = $12.000.000.
// "3.800k" is thousands, as chats and CVs write it.
const UNIT = String.raw`(mil\s+millones|mil\s+lucas|millones|millon|palos|palo|lucas|luca|mill|mm|mil|m|k)\b(\s+y\s+medio\b)?`;

const AMOUNT = new RegExp(
  String.raw`(\$\s?)?\b(\d{1,3}(?:[.' ]\d{3})+|\d+)(?:[,.](\d{1,2})(?!\d))?(?:\s*${UNIT})?(?:\s*(?:de\s+)?(?:pesos|cop))?(\s*uvts?\b)?`,
  'g',
);

const MULTIPLIER: Readonly<Record<string, number>> = {
  // "2 mil millones": two thousand million.
  'mil millones': 1e9,
  'mil lucas': 1e6,
  lucas: 1e3,
  luca: 1e3,
  millones: 1e6,
  millon: 1e6,
  palos: 1e6,
  palo: 1e6,
  mill: 1e6,
  mm: 1e6,
  // "2M", "2 m": how amounts are abbreviated in chats.
  m: 1e6,
  mil: 1e3,
  k: 1e3,
};

// Spanish number words, summed as spoken: "ciento cincuenta" = 150, "treinta y cinco" = 35.
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  uno: 1,
  una: 1,
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
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiun: 21,
  veintiuno: 21,
  veintidos: 22,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  trescientos: 300,
  cuatrocientos: 400,
  quinientos: 500,
  seiscientos: 600,
  setecientos: 700,
  ochocientos: 800,
  novecientos: 900,
  // UVT are feminine: "quinientas UVT".
  doscientas: 200,
  trescientas: 300,
  cuatrocientas: 400,
  quinientas: 500,
  seiscientas: 600,
  setecientas: 700,
  ochocientas: 800,
  novecientas: 900,
};
const NUMBER_WORD = `(?:${Object.keys(NUMBER_WORDS).join('|')})`;
const WORD_AMOUNT = new RegExp(String.raw`\b(${NUMBER_WORD}(?:\s+(?:y\s+)?${NUMBER_WORD})*)\s+${UNIT}`, 'g');

// "diez UVT", "ciento cincuenta uvt", "cuatro mil quinientas UVT", "mil cuatrocientas UVT": a UVT count
// said in words, thousands included.
const NUMBER_OR_THOUSAND = `(?:${NUMBER_WORD}|mil)`;
const WORD_UVT = new RegExp(
  String.raw`\b(${NUMBER_OR_THOUSAND}(?:\s+(?:y\s+)?${NUMBER_OR_THOUSAND})*)\s+uvts?\b`,
  'g',
);

// "5 mil dólares", "3.000 USD", "US$ 500": a figure in another currency is not an amount in pesos.
const FOREIGN_CURRENCY_AFTER = /^\s*(?:de\s+)?(?:dolares|dolar|usd|euros?|eur|libras?)\b/;
const FOREIGN_CURRENCY_BEFORE = /(?:\bus\s?\$|\busd|\beur|€)\s*$/;
const inForeignCurrency = (text: string, start: number, end: number) =>
  FOREIGN_CURRENCY_AFTER.test(text.slice(end)) || FOREIGN_CURRENCY_BEFORE.test(text.slice(0, start));

const YEAR_TAIL = new RegExp(String.raw`^\s+${NUMBER_WORD}\b`);

// A number said aloud digit by digit or as one number below 100 ("cero siete", "cuarenta y cinco"), as
// dictation writes a NIT ending. "Un" and "una" are left alone: they are articles far more often.
const TENS = 'veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa';
const UNITS = 'uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve';
const BELOW_HUNDRED = Object.keys(NUMBER_WORDS).filter(
  (word) =>
    NUMBER_WORDS[word] !== undefined && (NUMBER_WORDS[word] ?? 0) < 100 && !['un', 'una'].includes(word),
);
const SPOKEN_NUMBER = new RegExp(
  String.raw`\b(?:(${TENS})\s+y\s+(${UNITS})|(cero|${BELOW_HUNDRED.join('|')}))\b`,
  'g',
);

/** The text with every number below 100 said in words written in digits: "termina en cuarenta y cinco" → "termina en 45". */
export function withSpokenNumbersAsDigits(text: string): string {
  return text.replace(SPOKEN_NUMBER, (_whole, tens?: string, unit?: string, single?: string) =>
    String(single === 'cero' ? 0 : single ? wordsValue(single) : wordsValue(`${tens} ${unit}`)),
  );
}

/**
 * The text with every amount said in words written in digits: "como tres millones" → "como 3 millones",
 * "doscientos cincuenta millones" → "250 millones", so retrieval reads it as the citizen's amount, not as
 * topic words ("tres", or "doscientos" typo-corrected into something else).
 */
export function withWordAmountsAsDigits(text: string): string {
  return text.replace(WORD_AMOUNT, (whole: string, words: string) =>
    whole.replace(words, String(wordsValue(words.replace(/\s+y\s+/g, ' ')))),
  );
}

// Summed as spoken, with "mil" multiplying what came before it ("cuatro mil quinientas" = 4.500; "mil" alone
// is 1.000).
function wordsValue(words: string): number {
  let thousands = 0;
  let rest = 0;
  for (const word of words.split(/\s+/)) {
    if (word === 'mil') {
      thousands += (rest === 0 ? 1 : rest) * 1000;
      rest = 0;
    } else rest += NUMBER_WORDS[word] ?? 0;
  }
  return thousands + rest;
}

function scaled(base: number, unit: string | undefined, half: string | undefined): number {
  const multiplier = unit ? (MULTIPLIER[unit.replace(/\s+/g, ' ')] ?? 1) : 1;
  return (base + (half ? 0.5 : 0)) * multiplier;
}

/**
 * Every amount in the text, in order. A bare number counts only when it looks like money ("$", a unit,
 * thousands separators or seven or more digits) or like UVT, so years and NIT endings are left out; number
 * words count only with a unit ("dos millones", "quinientos mil").
 */
export function findAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, currency, integer = '', decimals, unit, half, uvt] = match;
    const digits = integer.replace(/[.' ]/g, '');
    const grouped = digits.length !== integer.length;
    const looksLikeMoney = Boolean(currency) || Boolean(unit) || grouped || digits.length >= 7;
    if (!uvt && !looksLikeMoney) continue;
    const base = Number(`${digits}${decimals ? `.${decimals}` : ''}`);
    // "13 mil UVT", "1,3k uvt": a UVT count said in thousands.
    const value = uvt && unit !== 'mil' && unit !== 'k' ? base : scaled(base, unit, half);
    if (!Number.isFinite(value)) continue;
    const start = match.index + (whole.length - whole.trimStart().length);
    const end = match.index + whole.trimEnd().length;
    if (!uvt && inForeignCurrency(text, start, end)) continue;
    found.push({ value, start, end, inUvt: Boolean(uvt) });
  }
  for (const match of text.matchAll(WORD_UVT)) {
    const [whole, words = ''] = match;
    // "13 mil uvt": the digits already read the count; "mil" is not one more.
    if (
      found.some(
        (amount) => amount.inUvt && amount.start <= match.index && amount.end >= match.index + whole.length,
      )
    )
      continue;
    found.push({
      value: wordsValue(words),
      start: match.index,
      end: match.index + whole.length,
      inUvt: true,
    });
  }
  for (const match of text.matchAll(WORD_AMOUNT)) {
    const [whole, words = '', unit, half] = match;
    const end = match.index + whole.length;
    // "dos mil veinticinco" is a year said aloud, not two thousand pesos.
    if (unit === 'mil' && YEAR_TAIL.test(text.slice(end))) continue;
    if (inForeignCurrency(text, match.index, end)) continue;
    // "dos mil uvt": the words already read as a UVT count are not pesos too.
    if (found.some((amount) => amount.inUvt && amount.start <= match.index && amount.end >= end)) continue;
    found.push({
      value: scaled(wordsValue(words), unit, half),
      start: match.index,
      end,
      inUvt: false,
    });
  }
  return withNumbersReadInContext(
    text,
    found.sort((a, b) => a.start - b.start),
  );
}

const scaleOf = (text: string, amount: FoundAmount): number => {
  const unit = new RegExp(String.raw`${UNIT}(?:\s*(?:de\s+)?(?:pesos|cop))?$`).exec(
    text.slice(amount.start, amount.end),
  );
  return unit?.[1] ? (MULTIPLIER[unit[1].replace(/\s+/g, ' ')] ?? 1) : 1;
};

// "cinco millones doscientos mil", "3 millones 200 mil": millions followed by thousands are one figure.
const THOUSANDS_JOINER = /^\s*(?:y\s+|con\s+)?$/;
// "de 4,5 a 13 millones", "entre 60 y 70 millones", "de 1400 a 4500 uvt": the first number of a range takes
// the unit of the second.
const BARE_NUMBER = /\b(\d{1,4})(?:,(\d{1,2}))?(?![\d.,]*\d)/g;
const RANGE_JOINER = /^\s*(?:a|y|o|-|hasta|al)\s+(?:unos?\s+|como\s+|los\s+)?$/;
// "la compré en 150 y la vendí en 380 palos", "un carro de 60": beside figures in millions, a bare price of
// an asset is in millions too.
const PRICE_BEFORE =
  /\b(?:compr\w*|vend\w*|val(?:e|en|ia|ian|ga)|cost\w*|avalu\w*|carro|casa|apto|apartamento|finca|lote|moto|local)\b[^.?!,;]{0,25}\b(?:en|por|de)\s+(?:unos?\s+|como\s+)?$/;
// "me costó 250", "pagué 300", "le metí 20": what was paid for an asset or spent on it, said with no preposition.
const PAID_BEFORE =
  /\b(?:(?:me|nos|le)\s+cost\w*|pague|pagamos|(?:le\s+)?meti\w*|invert\w*|invirti\w*|gaste|gastamos)\s+(?:unos?\s+|como\s+|otros\s+)?$/;
// "en una gané 30 millones y en la otra 45", "me pagaban 3 y me subieron a 4": an income said in the same unit.
const EARNED_BEFORE =
  /\b(?:(?:en\s+)?(?:el|la)\s+otr[oa]|en\s+otr[oa]|gane|ganaba|me\s+pagaban|me\s+pagaron|me\s+subieron\s+a|recibi|cobre|facture|(?:prima|bonificacion|bono)\s+de)\s+(?:me\s+pagaban\s+|gane\s+|unos?\s+|como\s+)?$/;
const NOT_MONEY_AFTER =
  /^\s*(?:mil|millon\w*|dolar\w*|usd|euros?|anos?|mes(?:es)?|dias?|semanas?|horas?|%|por ?ciento|uvts?|hij[oa]s?|m2|metros?|veces|cuotas?|personas?|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))\b|^\s*%/;

function withNumbersReadInContext(text: string, amounts: FoundAmount[]): FoundAmount[] {
  const joined: FoundAmount[] = [];
  for (const amount of amounts) {
    const previous = joined[joined.length - 1];
    if (
      previous &&
      !previous.inUvt &&
      !amount.inUvt &&
      scaleOf(text, previous) === 1e6 &&
      scaleOf(text, amount) === 1e3 &&
      amount.value < 1e6 &&
      THOUSANDS_JOINER.test(text.slice(previous.end, amount.start))
    ) {
      joined[joined.length - 1] = { ...previous, value: previous.value + amount.value, end: amount.end };
    } else if (
      // "3 mil 250 UVT", "1 mil 400 uvt": thousands said before the rest of a UVT count are one count (f1).
      previous &&
      !previous.inUvt &&
      amount.inUvt &&
      scaleOf(text, previous) === 1e3 &&
      previous.value < 1e6 &&
      amount.value < 1000 &&
      THOUSANDS_JOINER.test(text.slice(previous.end, amount.start))
    ) {
      joined[joined.length - 1] = { ...amount, value: previous.value + amount.value, start: previous.start };
    } else joined.push(amount);
  }
  const inMillions = joined.some((amount) => !amount.inUvt && scaleOf(text, amount) === 1e6);
  const added: FoundAmount[] = [];
  for (const match of text.matchAll(BARE_NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (joined.some((amount) => amount.start <= start && amount.end >= start)) continue;
    if (NOT_MONEY_AFTER.test(text.slice(end))) continue;
    const base = Number(`${match[1]}${match[2] ? `.${match[2]}` : ''}`);
    const next = joined.find((amount) => amount.start >= end);
    if (next && RANGE_JOINER.test(text.slice(end, next.start))) {
      const scale = next.inUvt ? 1 : scaleOf(text, next);
      if (next.inUvt || scale > 1) added.push({ value: base * scale, start, end, inUvt: next.inUvt });
      continue;
    }
    const before = text.slice(Math.max(0, start - 60), start);
    if (
      inMillions &&
      base < 1000 &&
      [PRICE_BEFORE, PAID_BEFORE, EARNED_BEFORE].some((cue) => cue.test(before))
    )
      added.push({ value: base * 1e6, start, end, inUvt: false });
  }
  return [...joined, ...added].sort((a, b) => a.start - b.start);
}

const COUNT = String.raw`(\d{1,3}|${NUMBER_WORD}(?:\s+y\s+${NUMBER_WORD})?)`;
const MONTHS = new RegExp(String.raw`\b${COUNT}\s+mes(?:es)?\b`);
const DAYS = new RegExp(String.raw`\b${COUNT}\s+dias?\b`);
const WEEKS = new RegExp(String.raw`\b${COUNT}\s+semanas?\b`);
const DAYS_PER_MONTH = 30;

function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : wordsValue(word.replace(/\s+y\s+/g, ' '));
}

/** "3 meses", "tres meses", "un mes" → months; undefined when the text names none. */
export function findMonths(text: string): number | undefined {
  const match = MONTHS.exec(text);
  if (!match?.[1]) return undefined;
  const value = countOf(match[1]);
  return value > 0 ? value : undefined;
}

// "4 meses y 10 días": the days past the last whole month are one more fraction of a month.
const MONTHS_AND_DAYS = new RegExp(String.raw`\b${COUNT}\s+mes(?:es)?\s*(?:,|y)?\s*${COUNT}\s+dias?\b`);
const MONTHS_AND_A_HALF = new RegExp(String.raw`\b(?:${COUNT}\s+)?mes(?:es)?\s+y\s+medio\b`);
// "20 de agosto", "3 de noviembre del 2026", "el 1 de septiembre de 2026".
const SPANISH_DATE = new RegExp(
  String.raw`\b(\d{1,2}) de (${MONTH_NAMES.join('|')}|setiembre)(?:\s+(?:de|del)\s+(20\d{2}))?\b`,
  'g',
);

export interface DayOfYear {
  year: number;
  month: number;
  day: number;
}

function datesIn(text: string, fallbackYear: number): DayOfYear[] {
  const dates = [...text.matchAll(SPANISH_DATE)].map(([, day = '1', name = '', year]) => ({
    day: Number(day),
    month: name === 'setiembre' ? 9 : (MONTH_NAMES as readonly string[]).indexOf(name) + 1,
    year: year ? Number(year) : undefined,
  }));
  const namedYear = dates.find((date) => date.year !== undefined)?.year ?? fallbackYear;
  return dates.map((date) => ({ ...date, year: date.year ?? namedYear }));
}

/**
 * Calendar months or fractions of a month from one date to a later one, as art. 641 ET counts them: 20
 * August to 3 November is two months and a fraction, so three.
 */
export function monthsBetween(from: DayOfYear, to: DayOfYear): number {
  const whole = (to.year - from.year) * 12 + (to.month - from.month);
  return whole + (to.day > from.day ? 1 : 0);
}

export interface Delay {
  months: number;
  /** The delay was said in days (or weeks) and counted as months. */
  fromDays?: number;
  /** Whole months said beside those days ("4 meses y 10 días"). */
  withMonths?: number;
  /** The delay was read from two dates: the deadline and the day the return was filed. */
  fromDates?: { deadline: string; filed: string };
  /** How the deadline was found when the question gave only the filing day (its NIT ending's date). */
  deadlineFrom?: string;
  /** The year the return was filed in, when a date says it: the penalty's UVT is that year's. */
  filedYear?: number;
}

/** The deadline of a return filed on `filed`, and how it was found, when the question names none itself. */
export type DeadlineLookup = (filed: DayOfYear) => { deadline: DayOfYear; from: string } | undefined;

function spanishDay({ day, month, year }: DayOfYear): string {
  return `${day} de ${MONTH_NAMES[month - 1] ?? ''} de ${year}`;
}

/**
 * How late a return is, in months or fractions of a month (art. 641 ET): "3 meses", "4 meses y 10 días",
 * "20 días" / "dos semanas" counted as 30-day months, or two dates (the deadline and the filing day, the
 * year from the question or `fallbackYear`), every fraction a whole month.
 */
export function findDelay(
  text: string,
  fallbackYear = new Date().getUTCFullYear(),
  deadlineOf?: DeadlineLookup,
): Delay | undefined {
  const [first, second] = datesIn(text, fallbackYear);
  if (first && second) {
    const [deadline, filed] = monthsBetween(first, second) >= 0 ? [first, second] : [second, first];
    const months = monthsBetween(deadline, filed);
    if (months > 0) {
      return {
        months,
        fromDates: { deadline: spanishDay(deadline), filed: spanishDay(filed) },
        filedYear: filed.year,
      };
    }
  }
  // "Mi NIT termina en 08 y la presenté el 10 de noviembre": the one date is the filing day; the NIT's
  // calendar gives the deadline.
  const looked = first && !second && deadlineOf ? deadlineOf(first) : undefined;
  if (first && looked) {
    const months = monthsBetween(looked.deadline, first);
    if (months > 0)
      return {
        months,
        fromDates: { deadline: spanishDay(looked.deadline), filed: spanishDay(first) },
        deadlineFrom: looked.from,
        filedYear: first.year,
      };
  }
  const both = MONTHS_AND_DAYS.exec(text);
  if (both?.[1] && both[2]) {
    const months = countOf(both[1]);
    const days = countOf(both[2]);
    if (months > 0 && days > 0)
      return { months: months + Math.ceil(days / DAYS_PER_MONTH), fromDays: days, withMonths: months };
  }
  // "dos meses y medio": the half month is one more fraction, counted like 15 days.
  const half = MONTHS_AND_A_HALF.exec(text);
  const wholeMonths = half ? (half[1] ? countOf(half[1]) : 1) : 0;
  if (wholeMonths > 0) return { months: wholeMonths + 1, fromDays: 15, withMonths: wholeMonths };
  const months = findMonths(text);
  if (months !== undefined) return { months };
  const days = DAYS.exec(text);
  const weeks = days ? undefined : WEEKS.exec(text);
  const count = days?.[1] ? countOf(days[1]) : weeks?.[1] ? countOf(weeks[1]) * 7 : 0;
  return count > 0 ? { months: Math.ceil(count / DAYS_PER_MONTH), fromDays: count } : undefined;
}

// A salary or a pension is paid by the month: "mi sueldo es de 6,5 millones" is monthly unless the year is
// said; "gano 3.800k" too, since no yearly income that low would reach a tax question.
const SALARY = /\b(?:sueldo|salario|mesada\w*|nomina)\b/;
const EARNS = /\b(?:gano|me pagan|devengo)\b/;
/** An amount said to be per month ("al mes", "mensuales", "mes a mes"). */
export const SAID_MONTHLY = /\b(?:mensual\w*|al mes|cada mes|por mes|mes a mes)\b/;
/** An amount said to be the year's whole ("al año", "en total", "todo el 2025"). */
export const YEARLY_TOTAL = /\b(?:al ano|anual\w*|en el ano|todo el (?:ano|20\d{2})|en total|en todo)\b/;
const MONTHLY_SALARY_CEILING = 40_000_000;
const MONTHLY_EARNINGS_CEILING = 10_000_000;

/**
 * True when an income is a month's: said so ("al mes"), or a salary, a pension or a small "gano" said without
 * the year.
 */
export function isMonthlyIncome(text: string, income: number): boolean {
  if (SAID_MONTHLY.test(text)) return true;
  if (YEARLY_TOTAL.test(text)) return false;
  return (
    (SALARY.test(text) && income < MONTHLY_SALARY_CEILING) ||
    (EARNS.test(text) && income < MONTHLY_EARNINGS_CEILING)
  );
}
