import { describe, expect, it } from 'vitest';
import { findAmounts, findMonths } from '../../lib/knowledge/amounts';
import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { calculationFor } from '../../lib/knowledge/calculations';

describe('findAmounts', () => {
  it.each([
    ['gane 80 millones', 80_000_000],
    ['ingresos de $70.000.000', 70_000_000],
    ["me entraron 75'000.000", 75_000_000],
    ['tengo 80 palos', 80_000_000],
    ['1,5 millones', 1_500_000],
    ['800 mil pesos', 800_000],
    ['100000000', 100_000_000],
  ])('reads "%s" as $%i', (text, value) => {
    expect(findAmounts(text).map((amount) => amount.value)).toEqual([value]);
  });

  it('reads UVT counts as UVT, not pesos', () => {
    expect(findAmounts('cuanto son 1.400 uvt')).toMatchObject([{ value: 1_400, inUvt: true }]);
  });

  it('leaves years and NIT endings alone', () => {
    expect(findAmounts('mi nit termina en 45 y declaro en 2026')).toEqual([]);
  });

  it('reads months in digits or words', () => {
    expect(findMonths('3 meses tarde')).toBe(3);
    expect(findMonths('tres meses')).toBe(3);
    expect(findMonths('un mes')).toBe(1);
    expect(findMonths('tarde')).toBeUndefined();
  });
});

describe('calculationFor', () => {
  it('decides the filing obligation with the UVT of the taxable year the citizen names', () => {
    const calculation = calculationFor('Gané 70 millones en 2025, ¿tengo que declarar?');
    expect(calculation).toMatchObject({ tool: 'filing_obligation', entryId: 'quien-declara-ag-2025' });
    expect(calculation?.result).toMatchObject({
      ok: true,
      data: { mustFile: true, met: ['ingresosBrutos'] },
    });
  });

  it('reads "declaro en 2026" as the taxable year 2025', () => {
    const calculation = calculationFor('Tengo un patrimonio de 220 millones, ¿me toca declarar en 2026?');
    expect(calculation?.result).toMatchObject({ ok: true, data: { taxableYear: 2025, mustFile: false } });
  });

  it('turns a monthly salary into a yearly income and says so', () => {
    const calculation = calculationFor('Mi sueldo es de 6 millones mensuales, ¿debo declarar renta?');
    expect(calculation?.result).toMatchObject({ ok: true, data: { mustFile: true } });
    expect(calculation?.assumptions.join(' ')).toMatch(/mensual/);
  });

  it('converts UVT to pesos and pesos to UVT', () => {
    expect(calculationFor('¿Cuánto son 10 UVT en 2025?')?.result).toMatchObject({
      ok: true,
      data: { pesos: 497_990, roundedPesos: 498_000 },
    });
    expect(calculationFor('¿cuántas UVT son 100 millones en 2026?')?.result).toMatchObject({
      ok: true,
      data: { uvt: 1_909.34 },
    });
  });

  it('computes the late-filing penalty from the tax owed and the months late', () => {
    const calculation = calculationFor(
      'Si declaro 4 meses tarde con un impuesto a cargo de 10 millones, ¿cuál es la multa?',
    );
    expect(calculation?.result).toMatchObject({ ok: true, data: { penalty: 2_000_000, basis: 'impuesto' } });
  });

  it('computes it from gross income when no tax is owed', () => {
    const calculation = calculationFor(
      'Declaré 2 meses tarde, sin impuesto a cargo, con ingresos de 60 millones: ¿cuánta sanción pago en 2026?',
    );
    expect(calculation?.result).toMatchObject({ ok: true, data: { basis: 'ingresos', penalty: 600_000 } });
  });

  it('refuses a year without official figures', () => {
    expect(calculationFor('gané 50 millones en 2023, ¿debo declarar?')?.result).toMatchObject({ ok: false });
  });

  it('leaves a penalty question without the months or the tax to the prose entry', () => {
    expect(
      calculationFor('Tengo 80 millones en el banco y voy a declarar tarde, ¿qué pasa?'),
    ).toBeUndefined();
  });

  it('ignores questions without figures', () => {
    expect(calculationFor('¿Quién debe declarar renta?')).toBeUndefined();
    expect(calculationFor('¿Cuándo declaro si mi NIT termina en 45?')).toBeUndefined();
  });
});

describe('answerFromKnowledge with figures', () => {
  it('answers with the calculation, its sources and the year it applies to', () => {
    const answer = answerFromKnowledge('Gané 80 millones en 2025, ¿tengo que declarar?');
    expect(answer.kind).toBe('calculation');
    expect(answer.markdown).toContain('**Sí debes declarar**');
    expect(answer.markdown).toContain('$69.719.000');
    expect(answer.markdown).toMatch(/Fuentes: \[.+\]\(https:\/\/normograma\.dian\.gov\.co/);
    expect(answer.markdown).toContain('Aplica a: Año gravable 2025 (declaración de 2026)');
  });

  it('explains a refused year before the general answer', () => {
    const answer = answerFromKnowledge('gané 50 millones en 2023, ¿debo declarar?');
    expect(answer.kind).toBe('answer');
    expect(answer.markdown).toMatch(/^No tengo cifras oficiales para 2023/);
  });
});
