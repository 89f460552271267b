/**
 * A minimal iCalendar (RFC 5545) writer for one all-day event with reminders, built entirely in the page:
 * the file never leaves the citizen's device until they open it in their own calendar.
 */

/** One reminder, `daysBefore` the event at `hour` (local time of whoever imports it). */
export interface IcsAlarm {
  readonly daysBefore: number;
  readonly hour: number;
  readonly description: string;
}

export interface AllDayEvent {
  /** Stable for the same event, so importing it twice updates the entry instead of duplicating it. */
  readonly uid: string;
  /** ISO date, "2026-08-12". */
  readonly date: string;
  readonly summary: string;
  readonly description: string;
  readonly url?: string;
  readonly alarms: readonly IcsAlarm[];
  /** When the file is created (DTSTAMP). */
  readonly stamp: Date;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma are escaped, line breaks become "\n". */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line into pieces of at most 75 octets (§3.1), counted in UTF-8 and never splitting a
 * character; each continuation starts with a space, which counts towards its 75.
 */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      pieces.push(piece);
      piece = ' ';
      octets = 1;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(CRLF);
}

function isoParts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** DATE value (§3.3.4): "20260812". */
function icsDate(iso: string): string {
  const [year, month, day] = isoParts(iso);
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

/** The day after an ISO date, in UTC arithmetic so the host's time zone and DST cannot shift it. */
function nextDay(iso: string): string {
  const [year, month, day] = isoParts(iso);
  return icsDate(new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10));
}

/** DATE-TIME in UTC (§3.3.5 form 2): "20261206T194700Z". */
function icsUtcDateTime(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/**
 * An all-day event starts at midnight, so "3 days before at 9:00" is a negative duration of 2 days and
 * 15 hours from its start (§3.3.6): "-P2DT15H". A zero offset is written "PT0S".
 */
function alarmTrigger({ daysBefore, hour }: IcsAlarm): string {
  const hoursBefore = daysBefore * 24 - hour;
  if (hoursBefore === 0) return 'PT0S';
  const sign = hoursBefore > 0 ? '-' : '';
  const total = Math.abs(hoursBefore);
  const days = Math.floor(total / 24);
  const hours = total % 24;
  return `${sign}P${days > 0 ? `${days}D` : ''}${hours > 0 ? `T${hours}H` : ''}`;
}

/** The whole calendar file: CRLF line endings, folded lines, escaped text. */
export function allDayEventIcs(event: AllDayEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Asistente Virtual DIAN//Plazos de renta//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtcDateTime(event.stamp)}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${nextDay(event.date)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    // A deadline is a reminder, not a meeting: it must not mark the whole day as busy.
    'TRANSP:TRANSPARENT',
    ...event.alarms.flatMap((alarm) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:${alarmTrigger(alarm)}`,
      `DESCRIPTION:${escapeIcsText(alarm.description)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
