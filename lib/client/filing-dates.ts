import { formatSpanishDate, MONTHS, WEEKDAYS } from '../tax/spanish-dates';
import { normalize } from '../knowledge/text';
import { markdownToPlainText } from './plain-text';

/**
 * Finds the filing date an answer gives the citizen, so the page can offer it as a calendar event.
 *
 * Answers reach the page as Markdown text only (v1 clients, the transcript replayed after a reload and
 * both providers share that shape), so the date is read from the final text, conservatively: only an
 * answer about a deadline, only a full date with its year, in a sentence about filing or paying, never an
 * endpoint of a range ("entre el 12 de agosto y el 26 de octubre"), a "verificado el" stamp or a past day.
 * The project writes the citizen's own date with its weekday ("lunes 14 de septiembre de 2026"); when an
 * answer has such dates, dates without a (correct) weekday are context and are left out.
 */

export interface FilingDate {
  /** ISO date, "2026-09-14". */
  readonly date: string;
  /** "14 de septiembre de 2026". */
  readonly label: string;
  /** The two-digit NIT ending the date belongs to, when the answer or the question says it. */
  readonly nitEnding?: string;
  /** False when the answer calls the date calculated or not confirmed. */
  readonly confirmed: boolean;
}

/** More dates than this in one answer would be a table, not the citizen's date. */
export const MAX_FILING_DATES = 2;

const MONTH_NUMBERS = new Map<string, number>([
  ...MONTHS.map((month, index) => [month, index + 1] as const),
  ['setiembre', 9],
]);
const WEEKDAY_NUMBERS = new Map(WEEKDAYS.map((weekday, index) => [normalize(weekday), index] as const));

const alternatives = (words: Iterable<string>) => [...words].join('|');
const WEEKDAY = `(?:${alternatives(WEEKDAY_NUMBERS.keys())})`;
const MONTH = `(?:${alternatives(MONTH_NUMBERS.keys())})`;
// "1", "14", "1.º", "1º", "1°" or "primero".
const DAY = String.raw`(?:\d{1,2}(?:\.?[º°])?|primero)`;
const YEAR = String.raw`(?:de|del)\s+\d{4}`;

const DATE = new RegExp(
  String.raw`\b(?:(${WEEKDAY}),?\s+)?(${DAY})\s+de\s+(${MONTH})\b(?:\s+(?:de|del)\s+(\d{4})\b)?`,
  'g',
);
// "entre el 12 de agosto y el 26 de octubre de 2026", "del 1 al 15 de octubre de 2026": the first and last
// days of a season, not one person's date.
const RANGE = new RegExp(
  String.raw`\b(?:entre|del|desde)\s+(?:el\s+)?(?:${WEEKDAY},?\s+)?${DAY}(?:\s+de\s+${MONTH})?(?:\s+${YEAR})?` +
    String.raw`\s+(?:y|al|a|hasta)\s+(?:el\s+)?(?:${WEEKDAY},?\s+)?${DAY}\s+de\s+${MONTH}(?:\s+${YEAR})?`,
  'g',
);
const ABOUT_A_DEADLINE = /\b(?:plazos?|vencen?|vencimiento|fecha limite|a mas tardar)\b/;
const ABOUT_FILING = /\b(?:plazos?|vencen?|vencimiento|limite|declarar|declaracion|presentar|pagar|tardar)\b/;
const STAMPED = /\b(?:verificad|actualizad|consultad|revisad|publicad|expedid)[oa]s?\s+(?:el\s+)?$/;
const UNCONFIRMED = /\b(?:no|sin)\s+(?:esta\s+|estan\s+)?confirmad|\bcalculad[oa]s?\b/;
const SENTENCE_END = /[.!?](?=\s)|\n/g;
const NIT_ENDING =
  /\b(?:termina\w*|acaba\w*|finaliza\w*)\s+en\s+(?:el\s+|los\s+)?(\d{2})\b|\bultimos\s+(?:dos\s+)?digitos\D{0,25}?\b(\d{2})\b/;

/** The page's local calendar day as an ISO date: "in the future" means after the citizen's today. */
export function localIsoDate(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}

function isoFromParts(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The two-digit NIT ending a text (Markdown) names: "mi NIT termina en **45**", "últimos dos dígitos: 07". */
export function nitEndingIn(text: string): string | undefined {
  const match = NIT_ENDING.exec(normalize(markdownToPlainText(text)));
  return match?.[1] ?? match?.[2];
}

interface Mention {
  readonly date: string;
  readonly start: number;
  /** The weekday is written and matches the date. */
  readonly weekdayChecked: boolean;
}

function mentionsIn(text: string): Mention[] {
  const ranges = [...text.matchAll(RANGE)].map((match) => [match.index, match.index + match[0].length]);
  const inRange = (index: number) => ranges.some(([start = 0, end = 0]) => index >= start && index < end);
  const mentions: Mention[] = [];
  for (const match of text.matchAll(DATE)) {
    const [, weekday, day = '', month = '', year] = match;
    if (!year || inRange(match.index) || STAMPED.test(text.slice(Math.max(0, match.index - 24), match.index)))
      continue;
    const dayNumber = day === 'primero' ? 1 : parseInt(day, 10);
    const date = isoFromParts(Number(year), MONTH_NUMBERS.get(month) ?? 0, dayNumber);
    if (!date) continue;
    const weekdayChecked =
      weekday !== undefined && WEEKDAY_NUMBERS.get(weekday) === new Date(`${date}T00:00:00Z`).getUTCDay();
    mentions.push({ date, start: match.index, weekdayChecked });
  }
  return mentions;
}

/** The sentence around `index`, alone and with the sentence after it (where caveats are usually written). */
function sentenceAt(text: string, boundaries: readonly number[], index: number) {
  const after = boundaries.filter((boundary) => boundary > index);
  const start = boundaries.findLast((boundary) => boundary <= index) ?? 0;
  const end = after[0] ?? text.length;
  return { sentence: text.slice(start, end), withNext: text.slice(start, after[1] ?? text.length) };
}

/**
 * The filing dates a final answer gives, at most `MAX_FILING_DATES`, each once, in the answer's order.
 * `question` supplies the NIT ending when the answer does not repeat it.
 */
export function filingDatesInAnswer(answer: string, now: Date, question = ''): FilingDate[] {
  const text = normalize(markdownToPlainText(answer));
  if (!ABOUT_A_DEADLINE.test(text)) return [];
  const today = localIsoDate(now);
  const boundaries = [...text.matchAll(SENTENCE_END)].map((match) => match.index + 1);
  const candidates = mentionsIn(text)
    .filter((mention) => mention.date > today)
    .map((mention) => ({ ...mention, ...sentenceAt(text, boundaries, mention.start) }))
    .filter((mention) => ABOUT_FILING.test(mention.sentence));
  const checked = candidates.filter((mention) => mention.weekdayChecked);
  const chosen = (checked.length > 0 ? checked : candidates).filter(
    (mention, index, all) => all.findIndex((other) => other.date === mention.date) === index,
  );
  // Past two, the answer lists dates (several NITs, a season): none of them is clearly the citizen's.
  if (chosen.length > MAX_FILING_DATES) return [];
  const answerNit = chosen.length === 1 ? (nitEndingIn(text) ?? nitEndingIn(question)) : undefined;
  return chosen.map((mention) => {
    const nitEnding = nitEndingIn(mention.sentence) ?? answerNit;
    return {
      date: mention.date,
      label: formatSpanishDate(mention.date),
      confirmed: !UNCONFIRMED.test(mention.withNext),
      ...(nitEnding ? { nitEnding } : {}),
    };
  });
}
