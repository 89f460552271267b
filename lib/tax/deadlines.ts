/**
 * Filing deadlines of natural persons by the last two digits of the NIT (Decreto 2229 de 2023: 50 slots of
 * two endings each, 01-02 first and 99-00 last). Kept as data, not prose, so the knowledge entry, the
 * "your NIT ends in 45" answer and the `filing_deadline` tool are generated from one table and can never
 * disagree.
 */

export interface DeadlineSlot {
  /** The two NIT endings served by this date, e.g. ['45', '46']. */
  readonly endings: readonly [string, string];
  /** ISO date. */
  readonly date: string;
  /** False where the date was derived from the rule and the holiday calendar, not read in a publication. */
  readonly published: boolean;
}

export interface DeadlineCalendar {
  readonly taxableYear: number;
  readonly filingYear: number;
  readonly slots: readonly DeadlineSlot[];
}

interface MonthDays {
  readonly month: number;
  readonly days: readonly number[];
  readonly published: boolean;
}

const SLOT_COUNT = 50;

const twoDigits = (value: number): string => String(value % 100).padStart(2, '0');
const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function buildCalendar(taxableYear: number, months: readonly MonthDays[]): DeadlineCalendar {
  const filingYear = taxableYear + 1;
  const slots: DeadlineSlot[] = [];
  for (const { month, days, published } of months) {
    for (const day of days) {
      const index = slots.length;
      slots.push({
        endings: [twoDigits(index * 2 + 1), twoDigits(index * 2 + 2)],
        date: isoDate(filingYear, month, day),
        published,
      });
    }
  }
  // A miscounted month would silently shift every later NIT to the wrong day.
  if (slots.length !== SLOT_COUNT) {
    throw new Error(`Deadline calendar AG ${taxableYear} has ${slots.length} slots; expected ${SLOT_COUNT}.`);
  }
  return { taxableYear, filingYear, slots };
}

export const DEADLINES_AG_2024 = buildCalendar(2024, [
  { month: 8, days: [12, 13, 14, 15, 19, 20, 21, 22, 25, 26, 27, 28, 29], published: true },
  {
    month: 9,
    days: [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26],
    published: true,
  },
  { month: 10, days: [1, 2, 3, 6, 7, 8, 9, 10, 14, 15, 16, 17, 20, 21, 22, 23, 24], published: true },
]);

// September from 37-38 and October up to 97-98 were derived from the business-day rule and the 2026
// holidays (7 and 17 August, 12 October); the first and last dates were published.
export const DEADLINES_AG_2025 = buildCalendar(2025, [
  { month: 8, days: [12, 13, 14, 18, 19, 20, 21, 24, 25, 26, 27, 28, 31], published: true },
  { month: 9, days: [1, 2, 3, 4, 7], published: true },
  { month: 9, days: [8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 28], published: false },
  { month: 10, days: [1, 2, 5, 6, 7, 8, 9, 13, 14, 15, 16, 19, 20, 21, 22, 23], published: false },
  { month: 10, days: [26], published: true },
]);

export const DEADLINE_CALENDARS: readonly DeadlineCalendar[] = [DEADLINES_AG_2024, DEADLINES_AG_2025];

/** The filing season under way (returns of the taxable year 2025): what a question that names no year means. */
export const CURRENT_FILING_YEAR = 2026;

/** The slot for a two-digit NIT ending ("07", "45", "00"). */
export function findDeadline(calendar: DeadlineCalendar, ending: string): DeadlineSlot | undefined {
  return calendar.slots.find((slot) => slot.endings.includes(ending));
}
