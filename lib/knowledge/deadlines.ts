import type { DeadlineCalendar, DeadlineSlot } from '../tax/deadlines';
import { DEADLINE_CALENDARS, findDeadline } from '../tax/deadlines';
import type { DayOfYear } from './amounts';
import { dateParts, monthName } from '../tax/spanish-dates';

/** The knowledge entry that tells a filing season's calendar (one per taxable year). */
export function deadlineEntryId(calendar: DeadlineCalendar): string {
  return `plazos-personas-naturales-ag-${calendar.taxableYear}`;
}

export function calendarForEntry(entryId: string): DeadlineCalendar | undefined {
  return DEADLINE_CALENDARS.find((calendar) => deadlineEntryId(calendar) === entryId);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Markdown lines, one per run of consecutive slots in the same month with the same publication status,
 * e.g. "- **Agosto:** 01-02 → 12 · 03-04 → 13".
 */
export function deadlineTableMarkdown(calendar: DeadlineCalendar): string {
  const hasDerived = calendar.slots.some((slot) => !slot.published);
  const lines: string[] = [];
  let run: DeadlineSlot[] = [];
  const flush = () => {
    const first = run[0];
    if (!first) return;
    const month = capitalize(monthName(dateParts(first.date).month));
    const plural = run.length > 1 ? 's' : '';
    const status = first.published ? `publicada${plural}` : `calculada${plural}, sin confirmar`;
    const label = hasDerived ? `${month} (${status})` : month;
    const items = run.map((slot) => `${slot.endings.join('-')} → ${dateParts(slot.date).day}`);
    lines.push(`- **${label}:** ${items.join(' · ')}`);
    run = [];
  };
  for (const slot of calendar.slots) {
    const last = run[run.length - 1];
    if (
      last &&
      (dateParts(last.date).month !== dateParts(slot.date).month || last.published !== slot.published)
    ) {
      flush();
    }
    run.push(slot);
  }
  flush();
  return lines.join('\n');
}

const isoOf = ({ year, month, day }: DayOfYear): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The deadline a NIT ending had in the last season that closed before `filed`: a return filed late is most
 * likely that season's. Undefined when no calendar has that ending's date before the filing day.
 */
export function lastDeadlineBefore(
  ending: string,
  filed: DayOfYear,
): { deadline: DayOfYear; taxableYear: number } | undefined {
  const filedOn = isoOf(filed);
  const passed = DEADLINE_CALENDARS.flatMap((calendar) => {
    const slot = findDeadline(calendar, ending);
    return slot && slot.date < filedOn ? [{ date: slot.date, taxableYear: calendar.taxableYear }] : [];
  }).sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!passed) return undefined;
  const [year = 0, month = 0, day = 0] = passed.date.split('-').map(Number);
  return { deadline: { year, month, day }, taxableYear: passed.taxableYear };
}
