/** Dates written the Spanish way, independent of the host's time zone and locale data. */

export const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;
export const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'] as const;

export function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** "2026-11-25" → "25 de noviembre de 2026", independent of the host's time zone and locale data. */
export function formatSpanishDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${day} de ${monthName(month)} de ${year}`;
}

/** "2026-09-14" → "lunes 14 de septiembre de 2026". */
export function formatSpanishDateWithWeekday(iso: string): string {
  const { year, month, day } = dateParts(iso);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  return `${weekday} ${formatSpanishDate(iso)}`;
}
