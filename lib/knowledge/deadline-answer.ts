/**
 * A deadline question answered from the calendars: the citizen's own date first when the question carries a
 * NIT ending (or the other digit asked for when it carries one), then how it was found, the whole table only
 * when asked for it, and form 160's date beside the return's.
 */
import { withSpokenNumbersAsDigits } from './amounts';
import { calendarForEntry, deadlineEntryId } from './deadlines';
import { getKnowledgeEntry } from './entries';
import { askedTaxableYear, detectYearIntent } from './retrieval/years';
import type { KnowledgeEntry } from './schema';
import { sourcesLine } from './source-link';
import { normalize } from './text';
import {
  CURRENT_FILING_YEAR,
  DEADLINE_CALENDARS,
  findDeadline,
  type DeadlineCalendar,
} from '../tax/deadlines';
import { formatSpanishDate, formatSpanishDateWithWeekday } from '../tax/spanish-dates';

// "mi NIT termina en 45", "terminación 07", "cédula que acaba en 12", "últimos dígitos (números) 3 y 8": the ending,
// and a second lone digit when the citizen typed the two digits apart.
const NIT_ENDING =
  /\b(?:termin\w*|acab\w*|finaliz\w*|(?:(?:ultimos? (?:dos |2 )?(?:digitos?|numeros?)|(?:dos|2) ultimos?(?: (?:digitos?|numeros?))?)(?: de (?:mi|su|tu|el|la) (?:nit|cedula|cc|rut|documento))?(?: (?:son|es))?))\s+(?:en\s+)?(?:el\s+|los\s+|con\s+|es\s+)?(\d{1,2})(?:(?:\s*(?:y|,|-)\s*(?:el\s+)?|\s+)(\d))?\b(?!\s*(?:%|uvt|mes|dia|millon|mil\b))/;
// "Mi NIT es el 52", "plazo nit 88": two digits right after the document's name can only be its ending (a
// full number has six or more digits and gets the privacy notice).
const NIT_SHORT =
  /\b(?:nit|cedula|cc|rut)\s+(?:es\s+)?(?:el\s+)?(\d{2})\b(?![.,]?\d|\s*(?:%|uvt|mes|dia|millon|mil\b))/;
const CALENDAR_REQUEST =
  /\b(?:calendario|tabla|todas las fechas|todos los (?:plazos|vencimientos|nit)|fechas de (?:todos|cada)|(?:lista|listado) de (?:fechas|plazos))\b/;
const DEADLINE_PASSED =
  /\b(?:ya|se me) (?:(?:se )?(?:paso|vencio|vencieron|pasaron)|me (?:paso|vencio))\b|\bestoy (?:atrasad\w*|tarde)\b/;
const ASKS_THE_DATE = /\b(?:cuando|(?:que|q) (?:dia|fecha)|hasta (?:que|q|cuando)|cual (?:era|es|fue))\b/;
const DEADLINE_INTENT = /\b(?:cuando|fecha\w*|plazo\w*|vence\w*|venc\w*|dia|me toca|hasta)\b/;

const FORM_160 = /\b(?:formulario|form|f)\s*-?\s*160\b|\bactivos (?:en el |del )?exterior\b/;
const FORM_160_ENTRY: Readonly<Record<number, string>> = { 2026: 'plazo-formulario-160-2026' };
const OTHER_ENDING =
  /(?:\by|,)\s+(?:(?:(?:el|la) de (?:mi|su) \w+|el|ella|(?:mi|su) \w+)\s+)?(?:(?:termina|acaba)\w*\s+)?en\s+(\d{2})\b(?!\s*(?:%|uvt|mes|dia|millon|mil\b))/g;

/** Further two-digit endings named after the first one: "yo termino en 03 y ella en 50". */
function otherEndings(text: string, first: string): string[] {
  const spoken = withSpokenNumbersAsDigits(text);
  const endings = [...spoken.matchAll(OTHER_ENDING)].flatMap((match) => (match[1] ? [match[1]] : []));
  return [...new Set(endings)].filter((ending) => ending !== first);
}

/** "Ya pasó mi fecha (terminaba en 20), ¿todavía puedo declarar?": asks what follows the deadline, not its date. */
export function pastDeadlineWithEnding(text: string): boolean {
  return DEADLINE_PASSED.test(text) && !ASKS_THE_DATE.test(text) && nitEndingOf(text) !== undefined;
}

// The caveat shares the date's line: whoever reads (or saves to a calendar) only that line sees it.
const unconfirmedDateNote = (slot: { published: boolean }): string =>
  slot.published ? '' : ' Es una fecha calculada, **aún no confirmada oficialmente**.';

/** The citizen's NIT ending: two digits, one digit (we must ask for the other), or none. */
export function nitEndingOf(text: string): string | undefined {
  const spoken = withSpokenNumbersAsDigits(text);
  const match = NIT_ENDING.exec(spoken) ?? NIT_SHORT.exec(spoken);
  if (!match?.[1]) return undefined;
  return match[2] && match[1].length === 1 ? `${match[1]}${match[2]}` : match[1];
}

/** A deadline question with a NIT ending, not one already missed: the citizen's own date is asked. */
export function asksOwnDeadline(question: string, best: KnowledgeEntry | undefined): boolean {
  const text = normalize(question);
  if (!nitEndingOf(text) || pastDeadlineWithEnding(text)) return false;
  return Boolean(best && calendarForEntry(best.id)) || DEADLINE_INTENT.test(text);
}

/**
 * A season whose calendar is not published yet («calendario renta 2027», «plazos del año gravable 2026»): the
 * Government sets it by decree late in the year before, and another season's dates would mislead.
 */
export function calendarNotYetPublished(question: string): boolean {
  const intent = detectYearIntent(question);
  const newest = Math.max(...DEADLINE_CALENDARS.map((calendar) => calendar.taxableYear));
  return intent !== undefined && askedTaxableYear(intent) > newest;
}

/**
 * The calendar a deadline question means: the taxable year it names, the filing year it names ("declaro en
 * 2025", "renta 2025"), or the current filing season when it names none or one the base does not cover.
 */
function calendarForQuestion(question: string): {
  calendar: DeadlineCalendar;
  note?: string;
  /** True when the note must precede the date: the date is not for the year the citizen named. */
  before?: boolean;
  /** The other season the year may mean («la renta del 2025»: filed in 2025, or the income of 2025). */
  alternative?: DeadlineCalendar;
} {
  const intent = detectYearIntent(question);
  const current = DEADLINE_CALENDARS.find((calendar) => calendar.filingYear === CURRENT_FILING_YEAR);
  if (!current) throw new Error(`No deadline calendar for ${CURRENT_FILING_YEAR}.`);
  const season = `la temporada actual: declaración de ${current.filingYear}, año gravable ${current.taxableYear}`;
  if (!intent) return { calendar: current, note: `No indicaste el año: uso ${season}.` };
  const named = intent.taxable
    ? DEADLINE_CALENDARS.find((calendar) => calendar.taxableYear === intent.year)
    : (DEADLINE_CALENDARS.find((calendar) => calendar.filingYear === intent.year) ??
      DEADLINE_CALENDARS.find((calendar) => calendar.taxableYear === intent.year));
  const other = intent.ambiguous
    ? DEADLINE_CALENDARS.find((calendar) => calendar !== named && calendar.taxableYear === intent.year)
    : undefined;
  if (named) return { calendar: named, ...(other ? { alternative: other } : {}) };
  return {
    calendar: current,
    note: `No tengo en mi base local el calendario de ${intent.year}; uso ${season}.`,
    before: true,
  };
}

/**
 * A deadline question with a NIT ending answered first with the citizen's own date, then one line on how it
 * was found; the whole table only when the question asks for the calendar.
 */
export function deadlineAnswer(
  question: string,
  best: KnowledgeEntry | undefined,
): { markdown: string; entryId: string; dated: boolean } | undefined {
  const text = normalize(question);
  const ending = nitEndingOf(text);
  if (!ending || !asksOwnDeadline(question, best) || calendarNotYetPublished(question)) return undefined;
  const { calendar, note, before, alternative } = calendarForQuestion(question);
  const entry = getKnowledgeEntry(deadlineEntryId(calendar));
  const first = calendar.slots[0];
  const last = calendar.slots[calendar.slots.length - 1];
  if (!entry || !first || !last) return undefined;
  const lines: string[] = note && before ? [note, ''] : [];
  const yearNote = note && !before ? ` ${note}` : '';
  const slot = ending.length === 2 ? findDeadline(calendar, ending) : undefined;
  if (slot) {
    lines.push(
      `Tu plazo es el **${formatSpanishDateWithWeekday(slot.date)}** (año gravable ${calendar.taxableYear}, NIT terminado en ${ending}).${unconfirmedDateNote(slot)}`,
    );
    const alternativeSlot = alternative && findDeadline(alternative, ending);
    if (alternative && alternativeSlot)
      lines.push(
        '',
        `Si con «${alternative.taxableYear}» hablas de tus ingresos de ese año, es la declaración del **año gravable ${alternative.taxableYear}**, con plazo el **${formatSpanishDateWithWeekday(alternativeSlot.date)}**.${unconfirmedDateNote(alternativeSlot)}`,
      );
    // "Yo termino en 03 y ella en 50": each NIT named gets its own date, right below the first.
    for (const other of otherEndings(text, ending)) {
      const otherSlot = findDeadline(calendar, other);
      if (otherSlot)
        lines.push(
          '',
          `Para el NIT terminado en ${other}: **${formatSpanishDateWithWeekday(otherSlot.date)}**.${unconfirmedDateNote(otherSlot)}`,
        );
    }
    lines.push(
      '',
      `Lo ubiqué con los dos últimos dígitos de tu NIT, sin el dígito de verificación: las terminaciones ${slot.endings.join(' y ')} declaran y pagan ese día (Decreto 2229 de 2023).${yearNote}${slot.published ? '' : ' Verifícala en el calendario de la DIAN.'}`,
    );
  } else {
    lines.push(
      `Para darte tu fecha necesito el **segundo de los dos últimos dígitos** de tu NIT (sin el dígito de verificación): cada fecha corresponde a un par de terminaciones, por ejemplo 45 y 46.`,
      '',
      `Las personas naturales declaran el año gravable ${calendar.taxableYear} entre el ${formatSpanishDate(first.date)} y el ${formatSpanishDate(last.date)}.${yearNote}`,
    );
  }
  if (CALENDAR_REQUEST.test(text)) lines.push('', `**${entry.title}**`, '', entry.body);
  // Form 160 (assets abroad) is filed on the income-tax return's date: the date is the same, its entry says why.
  const assetsAbroad = FORM_160.test(text)
    ? getKnowledgeEntry(FORM_160_ENTRY[calendar.filingYear] ?? '')
    : undefined;
  if (assetsAbroad && slot) {
    lines.push(
      '',
      `La **declaración de activos en el exterior (formulario 160)** vence ese mismo día (${assetsAbroad.title}).${assetsAbroad.confirmed ? '' : ' Que siga las fechas de la renta **aún no está confirmado oficialmente**.'}`,
    );
  }
  const cited = assetsAbroad ?? entry;
  lines.push(
    '',
    sourcesLine(cited),
    `Aplica a: ${cited.appliesTo} · Verificado el ${formatSpanishDate(cited.checkedOn)}`,
  );
  if (!CALENDAR_REQUEST.test(text)) {
    lines.push('', `¿Quieres ver todas las fechas? Pídeme el «calendario de renta ${calendar.filingYear}».`);
  }
  return { markdown: lines.join('\n'), entryId: cited.id, dated: slot !== undefined };
}
