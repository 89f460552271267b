import { OFFICIAL_SOURCES } from '../tax/sources';
import type { FilingDate } from './filing-dates';
import { allDayEventIcs, type IcsAlarm } from './ics';

/** The citizen's filing date as a calendar file, built in the page: nothing about it is sent anywhere. */

export const FILING_EVENT_SUMMARY = 'Plazo declaración de renta (DIAN)';

// 9:00 three days before leaves time to gather documents; 9:00 the day before is the last call.
const ALARMS: readonly IcsAlarm[] = [
  { daysBefore: 3, hour: 9, description: 'En 3 días vence tu plazo para declarar renta (DIAN).' },
  { daysBefore: 1, hour: 9, description: 'Mañana vence tu plazo para declarar renta (DIAN).' },
];

export function filingCalendarFileName(filingDate: Pick<FilingDate, 'date'>): string {
  return `plazo-renta-${filingDate.date}.ics`;
}

export function filingCalendarIcs(filingDate: FilingDate, now: Date): string {
  const calendarUrl = OFFICIAL_SOURCES.calendario.url;
  const description = [
    filingDate.nitEnding
      ? `Último día para presentar y pagar la declaración de renta si tu NIT termina en ${filingDate.nitEnding} (sin el dígito de verificación).`
      : 'Último día para presentar y pagar la declaración de renta.',
    filingDate.confirmed
      ? 'Confírmala en el calendario tributario oficial de la DIAN:'
      : 'Es una fecha calculada, aún no confirmada oficialmente: verifícala en el calendario tributario de la DIAN:',
    calendarUrl,
    'Recordatorio creado con el Asistente Virtual DIAN; no es una notificación oficial.',
  ].join('\n');
  return allDayEventIcs({
    uid: `plazo-renta-${filingDate.date}${filingDate.nitEnding ? `-nit-${filingDate.nitEnding}` : ''}@asistente-virtual-dian`,
    date: filingDate.date,
    summary: FILING_EVENT_SUMMARY,
    description,
    url: calendarUrl,
    alarms: ALARMS,
    stamp: now,
  });
}
