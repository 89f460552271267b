import { describe, expect, it } from 'vitest';
import { filingCalendarFileName, filingCalendarIcs } from '../../lib/client/filing-calendar';
import { allDayEventIcs, escapeIcsText, foldIcsLine } from '../../lib/client/ics';

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

const event = {
  uid: 'plazo-renta-2026-08-12@asistente-virtual-dian',
  date: '2026-08-12',
  summary: 'Plazo declaración de renta (DIAN)',
  description: 'Línea 1\nLínea 2',
  url: 'https://www.dian.gov.co/Paginas/CalendarioTributario.aspx',
  alarms: [
    { daysBefore: 3, hour: 9, description: 'En 3 días' },
    { daysBefore: 1, hour: 9, description: 'Mañana' },
  ],
  stamp: new Date('2026-07-01T14:05:09.123Z'),
};

describe('escapeIcsText', () => {
  it('escapes backslashes, semicolons and commas, and turns every line break into \\n', () => {
    expect(escapeIcsText('a\\b; c, d\r\ne\nf\rg')).toBe('a\\\\b\\; c\\, d\\ne\\nf\\ng');
  });

  it('escapes the backslash first, so an escape is never escaped twice', () => {
    expect(escapeIcsText(';')).toBe('\\;');
    expect(escapeIcsText('\\;')).toBe('\\\\\\;');
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets whole', () => {
    const line = `DESCRIPTION:${'x'.repeat(63)}`;
    expect(octets(line)).toBe(75);
    expect(foldIcsLine(line)).toBe(line);
  });

  it('folds longer lines at 75 octets, each continuation starting with a space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const pieces = foldIcsLine(line).split('\r\n');
    expect(pieces.length).toBe(3);
    pieces.forEach((piece) => expect(octets(piece)).toBeLessThanOrEqual(75));
    pieces.slice(1).forEach((piece) => expect(piece.startsWith(' ')).toBe(true));
    expect(octets(pieces[0] ?? '')).toBe(75);
    expect(unfold(foldIcsLine(line))).toBe(line);
  });

  it('counts UTF-8 octets and never splits a multi-byte character', () => {
    const line = `SUMMARY:${'declaración ñandú 📅 '.repeat(12)}`;
    const folded = foldIcsLine(line);
    for (const piece of folded.split('\r\n')) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      expect(piece).not.toContain('\uFFFD');
      // A lone surrogate would mean a character was cut in two.
      expect(piece).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('allDayEventIcs', () => {
  const ics = allDayEventIcs(event);
  const lines = unfold(ics).split('\r\n');

  it('uses CRLF for every line, including the last', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is one all-day event: DTSTART and DTEND as dates, the end being the next day', () => {
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//Asistente Virtual DIAN//Plazos de renta//ES');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260812');
    expect(lines).toContain('DTEND;VALUE=DATE:20260813');
    expect(lines).toContain('UID:plazo-renta-2026-08-12@asistente-virtual-dian');
    expect(lines).toContain('DTSTAMP:20260701T140509Z');
    expect(lines).toContain('SUMMARY:Plazo declaración de renta (DIAN)');
    expect(lines).toContain('DESCRIPTION:Línea 1\\nLínea 2');
    expect(lines).toContain('URL:https://www.dian.gov.co/Paginas/CalendarioTributario.aspx');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('ends a month and a year on the right next day', () => {
    expect(allDayEventIcs({ ...event, date: '2026-08-31' })).toContain('DTEND;VALUE=DATE:20260901\r\n');
    expect(allDayEventIcs({ ...event, date: '2026-12-31' })).toContain('DTEND;VALUE=DATE:20270101\r\n');
  });

  it('writes each reminder as a VALARM relative to the start: 9:00 three days and one day before', () => {
    const alarms = unfold(ics).match(/BEGIN:VALARM\r\n[\s\S]*?END:VALARM/g) ?? [];
    expect(alarms).toHaveLength(2);
    expect(alarms[0]).toContain('ACTION:DISPLAY\r\nTRIGGER:-P2DT15H\r\nDESCRIPTION:En 3 días');
    expect(alarms[1]).toContain('TRIGGER:-PT15H\r\nDESCRIPTION:Mañana');
    expect(allDayEventIcs({ ...event, alarms: [{ daysBefore: 2, hour: 0, description: 'x' }] })).toContain(
      'TRIGGER:-P2D\r\n',
    );
  });

  it('refuses a date that is not ISO', () => {
    expect(() => allDayEventIcs({ ...event, date: '12/08/2026' })).toThrow(RangeError);
  });
});

describe('filingCalendarIcs', () => {
  const now = new Date('2026-07-01T12:00:00Z');

  it('names the NIT ending, links the official calendar and reminds twice', () => {
    const ics = unfold(
      filingCalendarIcs(
        { date: '2026-09-14', label: '14 de septiembre de 2026', nitEnding: '45', confirmed: false },
        now,
      ),
    );
    expect(ics).toContain('SUMMARY:Plazo declaración de renta (DIAN)\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260914\r\n');
    expect(ics).toMatch(
      /DESCRIPTION:[^\r]*NIT termina en 45[^\r]*aún no confirmada[^\r]*\\nhttps:\/\/www\.dian\.gov\.co\/Paginas\/CalendarioTributario\.aspx/,
    );
    // Commas in the description are escaped text, not list separators.
    expect(ics).toContain('Es una fecha calculada\\, aún no confirmada');
    expect(ics).toContain('UID:plazo-renta-2026-09-14-nit-45@asistente-virtual-dian\r\n');
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(2);
  });

  it('without a NIT ending it still describes the deadline', () => {
    const ics = unfold(
      filingCalendarIcs({ date: '2026-08-12', label: '12 de agosto de 2026', confirmed: true }, now),
    );
    expect(ics).toContain(
      'DESCRIPTION:Último día para presentar y pagar la declaración de renta.\\nConfírmala',
    );
    expect(ics).not.toContain('NIT');
    expect(ics).toContain('UID:plazo-renta-2026-08-12@asistente-virtual-dian\r\n');
  });

  it('keeps every physical line within 75 octets', () => {
    const ics = filingCalendarIcs(
      { date: '2026-09-14', label: '14 de septiembre de 2026', nitEnding: '45', confirmed: false },
      now,
    );
    ics.split('\r\n').forEach((line) => expect(octets(line)).toBeLessThanOrEqual(75));
  });

  it('names the file after the date', () => {
    expect(filingCalendarFileName({ date: '2026-08-12' })).toBe('plazo-renta-2026-08-12.ics');
  });
});
