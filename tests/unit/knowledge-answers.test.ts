import { describe, expect, it } from 'vitest';
import { findAmounts, findDelay } from '../../lib/knowledge/amounts';
import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { calculationFor } from '../../lib/knowledge/calculations';
import { getKnowledgeEntry, LATE_FILING_EXAMPLE } from '../../lib/knowledge/entries';
import { CURRENT_FILING_YEAR } from '../../lib/tax/deadlines';
import { lateFilingPenalty } from '../../lib/tax/late-filing-penalty';
import { formatPesos } from '../../lib/tax/money';
import { runTaxTool } from '../../lib/tax/tools';
import { formatUvtInPesos } from '../../lib/tax/uvt';

const firstLine = (markdown: string): string => markdown.split('\n')[0] ?? '';

describe('a question with a NIT ending gets that citizen’s date first', () => {
  it.each([
    ['mi nit termina en 45', 'lunes 14 de septiembre de 2026', '45'],
    ['terminacion 07, que dia me toca?', 'martes 18 de agosto de 2026', '07'],
    ['ultimos digitos 3 y 8 cuando declaro', 'martes 8 de septiembre de 2026', '38'],
    ['mi cedula que acaba en 12 hasta cuando tengo', 'jueves 20 de agosto de 2026', '12'],
    ['Los dos últimos dígitos de mi NIT son 00, ¿cuándo vence?', 'lunes 26 de octubre de 2026', '00'],
    ['nit terminado en 01 plazo', 'miércoles 12 de agosto de 2026', '01'],
    // The past tense and other forms of the verb: «terminó», «acabó».
    ['termino en 2 y 8, cuando declaro', 'martes 1 de septiembre de 2026', '28'],
    ['mi nit acabo en 07 que fecha', 'martes 18 de agosto de 2026', '07'],
  ])('"%s" → %s', (question, date, ending) => {
    const answer = answerFromKnowledge(question);
    expect(answer.entryIds).toEqual(['plazos-personas-naturales-ag-2025']);
    // A calculated date carries its caveat on the same line, so the line may go on after the date.
    expect(
      firstLine(answer.markdown).startsWith(
        `Tu plazo es el **${date}** (año gravable 2025, NIT terminado en ${ending}).`,
      ),
    ).toBe(true);
  });

  it('says how the date was found, that the year was assumed, and cites the sources', () => {
    const { markdown } = answerFromKnowledge('mi nit termina en 45');
    const lines = markdown.split('\n');
    expect(lines[2]).toMatch(/dos últimos dígitos de tu NIT, sin el dígito de verificación/);
    expect(lines[2]).toMatch(/terminaciones 45 y 46/);
    expect(lines[2]).toMatch(/No indicaste el año: uso la temporada actual: declaración de 2026/);
    expect(markdown).toMatch(/^Fuentes: \[Calendario tributario \(DIAN\)\]\(https:\/\/www\.dian\.gov\.co/m);
    expect(markdown).toContain('Aplica a: Año gravable 2025 (declaración de 2026)');
  });

  it('leaves the whole table out unless the question asks for the calendar', () => {
    const short = answerFromKnowledge('cuando declaro si mi nit termina en 45');
    expect(short.markdown).not.toMatch(/01-02 → 12/);
    expect(short.markdown).toContain('«calendario de renta 2026»');

    const withTable = answerFromKnowledge('muéstrame el calendario completo, mi nit termina en 45');
    expect(firstLine(withTable.markdown)).toMatch(/^Tu plazo es el \*\*lunes 14 de septiembre de 2026\*\*/);
    expect(withTable.markdown).toMatch(/01-02 → 12/);
    expect(withTable.markdown).not.toContain('«calendario de renta');
  });

  it('uses the year the question names, and says so first when the base lacks it', () => {
    const lastSeason = answerFromKnowledge('renta 2025, mi nit termina en 07');
    expect(lastSeason.entryIds).toEqual(['plazos-personas-naturales-ag-2024']);
    expect(firstLine(lastSeason.markdown)).toContain('viernes 15 de agosto de 2025');
    expect(lastSeason.markdown).not.toMatch(/No indicaste el año/);

    // A season not decreed yet gets no other season's dates (f3; it got 2026's with a note before).
    const unknown = answerFromKnowledge('mi nit termina en 45 y declaro en 2027');
    expect(unknown.kind).toBe('not-found');
    expect(firstLine(unknown.markdown)).toMatch(/No tengo en mi base local datos para 2027: el calendario/);
    expect(unknown.markdown).not.toContain('septiembre de 2026');
  });

  it.each([
    'calendario renta 2027 para cedula 33',
    'plazos del año gravable 2026, nit 45',
    'el próximo año cuándo me toca declarar, nit 33',
    'plazos renta 2027',
  ])("gives no other season's dates for «%s», whose calendar is not published", (question) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('not-found');
    expect(answer.markdown).toMatch(/el calendario de esa temporada lo fija un decreto/);
  });

  it('asks for the second digit when only one is given', () => {
    const answer = answerFromKnowledge('mi nit termina en 7, cuando declaro?');
    expect(firstLine(answer.markdown)).toMatch(/segundo de los dos últimos dígitos/);
    expect(answer.markdown).not.toMatch(/Tu plazo es/);
    expect(answer.markdown).toContain('entre el 12 de agosto de 2026 y el 26 de octubre de 2026');
  });
});

describe('late filing', () => {
  it('without figures, gives the art. 641 rule with a worked example before the minimum', () => {
    const answer = answerFromKnowledge('¿Cuánto me cobran si declaro tarde?');
    expect(answer.entryIds[0]).toBe('sancion-extemporaneidad');
    const { markdown } = answer;
    const example = markdown.indexOf('**Ejemplo:** impuesto a cargo de $2.000.000 y 3 meses tarde');
    const minimum = markdown.indexOf('sanción mínima de 10 UVT');
    expect(example).toBeGreaterThan(markdown.indexOf('art. 641'));
    expect(example).toBeLessThan(minimum);
    expect(markdown).toContain('5 % × 3 = 15 % → $300.000.');
    // The example ends with what is paid: the 10 UVT minimum of the year filed, above the 15 % figure.
    expect(markdown).toMatch(
      /menos que la sanción mínima \(10 UVT: \$524\.000 si declaras en 2026, con una UVT aún no confirmada oficialmente\), \*\*pagas \$524\.000\*\*/,
    );
    expect(markdown).not.toContain('**$300.000**');
    expect(markdown).toContain('Con tus cifras te lo calculo');
  });

  it("ends the entry's worked example with what the late_filing_penalty tool says is paid", () => {
    const entry = getKnowledgeEntry('sancion-extemporaneidad');
    const tool = lateFilingPenalty({ year: CURRENT_FILING_YEAR, ...LATE_FILING_EXAMPLE });
    const example = entry?.body.split('\n').find((line) => line.includes('**Ejemplo:**')) ?? '';
    expect(example.endsWith(`**pagas ${formatPesos(tool.penalty)}**.`)).toBe(true);
    expect(tool.penalty).toBe(tool.minimum);
  });

  it.each([
    ['declaré 3 meses tarde y el impuesto era 2 millones', 3, 2_000_000],
    ['declare tres meses tarde, impuesto a cargo $2.000.000', 3, 2_000_000],
    ['me pasé 2 meses, el impuesto era de 2M, cuánto es la multa', 2, 2_000_000],
    ['declaré 20 días tarde y el impuesto era de dos millones', 1, 2_000_000],
    ['presenté 45 dias tarde con un impuesto de 30 millones', 2, 30_000_000],
  ])('uses the figures of "%s"', (question, months, tax) => {
    const calculation = calculationFor(question);
    expect(calculation?.tool).toBe('late_filing_penalty');
    expect(calculation?.result).toMatchObject({
      ok: true,
      data: { monthsLate: months, basis: 'impuesto', computed: (tax * 5 * months) / 100 },
    });
  });

  it('says when days were counted as months, after the amount', () => {
    const answer = answerFromKnowledge('declaré 45 días tarde y el impuesto era de 30 millones');
    expect(answer.kind).toBe('calculation');
    expect(firstLine(answer.markdown)).toBe(
      'Sanción por extemporaneidad estimada: **$3.000.000** (declarando en 2026).',
    );
    expect(answer.markdown).toMatch(/Conté 45 días como 2 meses/);
  });
});

describe('a figure in the question is used', () => {
  it('a monthly income becomes the yearly one, checked against 1.400 UVT of the taxable year', () => {
    const answer = answerFromKnowledge('gano 4 millones al mes ¿debo declarar?');
    expect(answer.kind).toBe('calculation');
    expect(firstLine(answer.markdown)).toMatch(/^\*\*No\*\*: con las cifras indicadas/);
    expect(answer.markdown).toContain(
      'Ingresos brutos del año: $48.000.000 (tope: igual o superior a $69.719.000) → no obliga',
    );
    expect(answer.markdown).toMatch(/multipliqué por 12/);
    expect(answer.markdown.indexOf('Ingresos brutos del año: $48.000.000')).toBeLessThan(
      answer.markdown.indexOf('Patrimonio bruto a 31 de diciembre: no indicado'),
    );
  });

  it('says yes in the first line when a threshold is met', () => {
    const answer = answerFromKnowledge('me gano seis millones mensuales, tengo que declarar?');
    expect(firstLine(answer.markdown)).toMatch(/^\*\*Sí debes declarar\*\*/);
    expect(answer.markdown).toContain('$72.000.000');
  });
});

describe('amounts and delays as citizens write them', () => {
  it.each([
    ['2 millones', 2_000_000],
    ['$2.000.000', 2_000_000],
    ['2M', 2_000_000],
    ['2 m de impuesto', 2_000_000],
    ['dos millones', 2_000_000],
    ['treinta y cinco millones', 35_000_000],
    ['quinientos mil pesos', 500_000],
    ['ciento cincuenta millones', 150_000_000],
    ['2 millones y medio', 2_500_000],
  ])('reads "%s"', (text, value) => {
    expect(findAmounts(text.toLowerCase()).map((amount) => amount.value)).toEqual([value]);
  });

  it('keeps amounts in the order they appear and ignores years said aloud or square metres', () => {
    expect(findAmounts('tengo dos millones y gane 80 millones').map((amount) => amount.value)).toEqual([
      2_000_000, 80_000_000,
    ]);
    expect(findAmounts('en el dos mil veinticinco')).toEqual([]);
    expect(findAmounts('un apartamento de 60 m2')).toEqual([]);
    expect(findAmounts('declare 3 meses tarde')).toEqual([]);
  });

  it('counts days and weeks late as months or fractions of a month', () => {
    expect(findDelay('3 meses tarde')).toEqual({ months: 3 });
    expect(findDelay('un dia tarde')).toEqual({ months: 1, fromDays: 1 });
    expect(findDelay('31 dias')).toEqual({ months: 2, fromDays: 31 });
    expect(findDelay('dos semanas')).toEqual({ months: 1, fromDays: 14 });
    expect(findDelay('tarde')).toBeUndefined();
  });
});

describe('DIAN’s rounding (art. 868)', () => {
  it('formats UVT amounts as DIAN publishes them', () => {
    expect(formatUvtInPesos(1_400, 2025)).toBe('$69.719.000');
    expect(formatUvtInPesos(4_500, 2025)).toBe('$224.096.000');
    expect(formatUvtInPesos(4_500, 2024)).toBe('$211.793.000');
    expect(formatUvtInPesos(10, 2026)).toBe('$524.000');
  });

  it('a conversion leads with the published figure and shows the exact product after it', () => {
    const result = runTaxTool('convert_uvt', { year: 2025, uvt: 1_400, pesos: null });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary).toMatch(/^\*\*1\.400 UVT\*\* en 2025 equivalen a \*\*\$69\.719\.000\*\*/);
    expect(result.summary).toContain('producto exacto: 1.400 × $49.799 = $69.718.600');
  });

  it('the entries show the rounded thresholds and minimum penalties', () => {
    expect(getKnowledgeEntry('quien-declara-ag-2025')?.body).toContain(
      'Ingresos brutos en 2025 iguales o superiores a **1.400 UVT ($69.719.000)**',
    );
    expect(getKnowledgeEntry('sancion-minima-2025')?.body).toContain('equivale a **$498.000**');
  });

  it('an answer about who must file shows the published threshold', () => {
    const answer = answerFromKnowledge('¿Cuánto tengo que ganar para declarar renta?');
    expect(answer.markdown).toContain('$69.719.000');
    expect(answer.markdown).not.toMatch(/\*\*1\.400 UVT \(\$69\.718\.600\)\*\*/);
  });

  it.each([
    ['cuanto tengo que ganar al mes para declarar renta', '$69.719.000', 'unos $5,8 millones al mes'],
    ['cuanto hay que ganar mensual en 2026 para declarar', '$73.324.000', 'unos $6,1 millones al mes'],
  ])('«%s» also gets the yearly income threshold as a month’s average', (question, yearly, monthly) => {
    const answer = answerFromKnowledge(question);
    expect(answer.markdown).toContain(yearly);
    expect(answer.markdown).toContain(monthly);
  });
});
