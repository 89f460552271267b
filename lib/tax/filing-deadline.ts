import { DEADLINE_CALENDARS, findDeadline, type DeadlineCalendar } from './deadlines';
import { formatSpanishDateWithWeekday } from './spanish-dates';
import { OFFICIAL_SOURCES, type OfficialSource } from './sources';

/** The income tax deadline of a natural person for the last two digits of the NIT (Decreto 2229 de 2023). */
export interface FilingDeadline {
  nitEnding: string;
  filingYear: number;
  taxableYear: number;
  /** ISO date. */
  date: string;
  /** "miércoles 12 de agosto de 2026". */
  dateText: string;
  /** Both endings that share the date, e.g. ["45", "46"]. */
  endings: readonly [string, string];
  /** False for dates derived from the business-day rule, not read in a publication. */
  confirmed: boolean;
  firstDate: string;
  lastDate: string;
  sources: OfficialSource[];
}

export const DEADLINE_FILING_YEARS = DEADLINE_CALENDARS.map((calendar) => calendar.filingYear);

function calendarForFilingYear(filingYear: number): DeadlineCalendar | undefined {
  return DEADLINE_CALENDARS.find((calendar) => calendar.filingYear === filingYear);
}

/** Undefined when the year is not covered; `nitEnding` must be exactly two digits ("07", "00"). */
export function filingDeadline(nitEnding: string, filingYear: number): FilingDeadline | undefined {
  const calendar = calendarForFilingYear(filingYear);
  if (!calendar || !/^\d{2}$/.test(nitEnding)) return undefined;
  const slot = findDeadline(calendar, nitEnding);
  const first = calendar.slots[0];
  const last = calendar.slots[calendar.slots.length - 1];
  if (!slot || !first || !last) return undefined;
  return {
    nitEnding,
    filingYear,
    taxableYear: calendar.taxableYear,
    date: slot.date,
    dateText: formatSpanishDateWithWeekday(slot.date),
    endings: slot.endings,
    confirmed: slot.published,
    firstDate: first.date,
    lastDate: last.date,
    sources: [
      OFFICIAL_SOURCES.calendario,
      OFFICIAL_SOURCES.decretoPlazos,
      ...(calendar.taxableYear === 2025 ? [OFFICIAL_SOURCES.rentaAg2025] : []),
    ],
  };
}
