import { describe, expect, it } from 'vitest';
import { filingDatesInAnswer, localIsoDate, nitEndingIn } from '../../lib/client/filing-dates';
import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { toolCitationsMarkdown } from '../../lib/tax/citations';
import { runTaxTool } from '../../lib/tax/tools';

// Before the 2026 season: every date of it is still ahead.
const JULY_2026 = new Date(2026, 6, 1, 10, 0);
const dates = (answer: string, now = JULY_2026, question?: string) =>
  filingDatesInAnswer(answer, now, question).map((found) => found.date);

describe('filingDatesInAnswer', () => {
  it('reads the date of the offline answer to a NIT ending, with the NIT and its caveat', () => {
    const answer = answerFromKnowledge('mi NIT termina en 45').markdown;
    expect(filingDatesInAnswer(answer, JULY_2026)).toEqual([
      { date: '2026-09-14', label: '14 de septiembre de 2026', nitEnding: '45', confirmed: false },
    ]);
  });

  it('reads a published date as confirmed', () => {
    const answer = answerFromKnowledge('¿cuándo declaro si mi NIT termina en 01?').markdown;
    expect(filingDatesInAnswer(answer, JULY_2026)).toEqual([
      { date: '2026-08-12', label: '12 de agosto de 2026', nitEnding: '01', confirmed: true },
    ]);
  });

  it('reads the filing_deadline tool summary and footer of a model answer, not the season range', () => {
    const result = runTaxTool('filing_deadline', { nit_last_two_digits: '45', filing_year: 2026 });
    if (!result.ok) throw new Error('tool failed');
    const answer = `Claro. ${result.summary}\n\n${toolCitationsMarkdown([result])}`;
    expect(filingDatesInAnswer(answer, JULY_2026)).toEqual([
      { date: '2026-09-14', label: '14 de septiembre de 2026', nitEnding: '45', confirmed: false },
    ]);
  });

  it('reads a first line that states the date without the NIT, taking the NIT from the question', () => {
    const answer = [
      'Tu plazo es el miércoles 12 de agosto de 2026 (año gravable 2025).',
      '',
      'Las personas naturales declaran entre el 12 de agosto y el 26 de octubre de 2026.',
    ].join('\n');
    expect(filingDatesInAnswer(answer, JULY_2026, 'mi nit termina en 01')).toEqual([
      { date: '2026-08-12', label: '12 de agosto de 2026', nitEnding: '01', confirmed: true },
    ]);
  });

  it('offers nothing for the season table: its dates are ranges and day numbers', () => {
    const answer = answerFromKnowledge(
      '¿Cuáles son las fechas límite para declarar renta en 2026 según el NIT?',
    ).markdown;
    expect(dates(answer)).toEqual([]);
  });

  it('understands weekdays, accents, capitals, "del" before the year and ordinal days', () => {
    expect(dates('Tu plazo vence el Miércoles 12 de Agosto del 2026.')).toEqual(['2026-08-12']);
    expect(dates('Tu plazo para declarar es el 1.º de septiembre de 2026.')).toEqual(['2026-09-01']);
    expect(dates('Tu plazo para declarar es el 1º de octubre de 2026.')).toEqual(['2026-10-01']);
    expect(dates('Tu plazo para declarar es el 1° de octubre de 2026.')).toEqual(['2026-10-01']);
    expect(dates('Tu plazo vence el primero de octubre de 2026.')).toEqual(['2026-10-01']);
    expect(dates('Tu plazo vence el sábado, 3 de octubre de 2026.')).toEqual(['2026-10-03']);
    expect(dates('Tu plazo vence el 8 de setiembre de 2026.')).toEqual(['2026-09-08']);
  });

  it('reads Markdown emphasis around or inside a date', () => {
    expect(dates('Tu plazo vence el **lunes 14 de septiembre** de 2026.')).toEqual(['2026-09-14']);
    expect(dates('Tu plazo vence el _14 de septiembre de 2026_.')).toEqual(['2026-09-14']);
  });

  it('rejects past dates, today and impossible dates', () => {
    const answer = 'Tu plazo para declarar vence el miércoles 12 de agosto de 2026.';
    expect(dates(answer, new Date(2026, 7, 13, 9))).toEqual([]);
    expect(dates(answer, new Date(2026, 7, 12, 0, 30))).toEqual([]);
    expect(dates(answer, new Date(2026, 7, 11, 23, 59))).toEqual(['2026-08-12']);
    expect(dates('Tu plazo vence el 31 de septiembre de 2026.')).toEqual([]);
    expect(dates('Tu plazo vence el 30 de febrero de 2026.')).toEqual([]);
  });

  it('needs an answer about a deadline and a date in a sentence about filing', () => {
    expect(dates('La reunión es el 14 de septiembre de 2026.')).toEqual([]);
    expect(dates('Declarar es obligatorio. El 14 de septiembre de 2026 hay feria.')).toEqual([]);
    expect(dates('Tu plazo es corto. El 14 de septiembre de 2026 hay una feria en Bogotá.')).toEqual([]);
    expect(dates('Tu plazo: el 14 de septiembre de 2026 debes declarar.')).toEqual(['2026-09-14']);
  });

  it('needs the year: a bare "14 de septiembre" could be any season', () => {
    expect(dates('Tu plazo vence el 14 de septiembre.')).toEqual([]);
  });

  it('skips ranges and "verificado el" stamps', () => {
    expect(dates('El plazo corre entre el 12 de agosto y el 26 de octubre de 2026.')).toEqual([]);
    expect(dates('Los plazos van del 12 de agosto de 2026 al 26 de octubre de 2026.')).toEqual([]);
    expect(dates('Los plazos van desde el 1 hasta el 15 de octubre de 2026.')).toEqual([]);
    expect(
      dates(
        'Tu plazo para declarar vence el 14 de septiembre de 2026.\nAplica a: declaración de 2026 · Verificado el 25 de noviembre de 2026',
      ),
    ).toEqual(['2026-09-14']);
  });

  it('prefers dates written with their correct weekday over context dates', () => {
    const answer =
      'Tu plazo para declarar vence el lunes 14 de septiembre de 2026. Si declaras después, por ejemplo el 20 de noviembre de 2026, pagas sanción y el plazo habrá vencido.';
    expect(dates(answer)).toEqual(['2026-09-14']);
    // A wrong weekday is not evidence; the date still counts like any other.
    expect(dates('Tu plazo para declarar vence el martes 14 de septiembre de 2026.')).toEqual(['2026-09-14']);
  });

  it('gives one button per date and at most two; a longer list is no one person’s date', () => {
    expect(
      dates('Tu plazo vence el lunes 14 de septiembre de 2026. Sí: vence el lunes 14 de septiembre de 2026.'),
    ).toEqual(['2026-09-14']);
    const two = filingDatesInAnswer(
      'Si tu NIT termina en 45, tu plazo vence el lunes 14 de septiembre de 2026. Si tu NIT termina en 07, tu plazo vence el martes 18 de agosto de 2026.',
      JULY_2026,
    );
    expect(two.map((found) => [found.date, found.nitEnding])).toEqual([
      ['2026-09-14', '45'],
      ['2026-08-18', '07'],
    ]);
    const list = [
      'Plazos para declarar:',
      '- NIT 01-02: vence el miércoles 12 de agosto de 2026.',
      '- NIT 03-04: vence el jueves 13 de agosto de 2026.',
      '- NIT 05-06: vence el viernes 14 de agosto de 2026.',
    ].join('\n');
    expect(dates(list)).toEqual([]);
  });

  it('takes the NIT ending from the question when the answer does not repeat it', () => {
    const [found] = filingDatesInAnswer(
      'Tu plazo para declarar vence el lunes 14 de septiembre de 2026.',
      JULY_2026,
      '¿hasta cuándo tengo si mi cédula acaba en 45?',
    );
    expect(found?.nitEnding).toBe('45');
    expect(found?.confirmed).toBe(true);
  });
});

describe('nitEndingIn', () => {
  it('reads two-digit endings as citizens write them', () => {
    expect(nitEndingIn('mi NIT termina en 45')).toBe('45');
    expect(nitEndingIn('Si tu NIT termina en **07**')).toBe('07');
    expect(nitEndingIn('cédula terminada en 00')).toBe('00');
    expect(nitEndingIn('los últimos dos dígitos de mi NIT son 83')).toBe('83');
    expect(nitEndingIn('termina en 2026')).toBeUndefined();
    expect(nitEndingIn('mi NIT termina en 5')).toBeUndefined();
  });
});

describe('localIsoDate', () => {
  it('is the local calendar day, zero-padded', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
