import { describe, expect, it } from 'vitest';
import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { calculationFor } from '../../lib/knowledge/calculations';
import { ART_241_BRACKETS, art241TaxUvt, incomeTax } from '../../lib/tax/income-tax';
import { dependantsDeduction } from '../../lib/tax/dependants';
import { occasionalGainTax } from '../../lib/tax/occasional-gain';
import { runTaxTool } from '../../lib/tax/tools';

describe('art. 241 table', () => {
  it('accumulates each bracket into the next one, as the published table does', () => {
    for (const [index, bracket] of ART_241_BRACKETS.entries()) {
      const next = ART_241_BRACKETS[index + 1];
      if (!next || bracket.to === undefined) continue;
      // The Estatuto rounds the accumulated UVT to whole units (e.g. 2.296,1 → 2.296).
      expect(Math.round(art241TaxUvt(bracket.to))).toBe(next.base);
    }
  });

  it('taxes nothing up to 1.090 UVT and 19 % above it', () => {
    expect(art241TaxUvt(1_090)).toBe(0);
    expect(art241TaxUvt(1_700)).toBe(115.9);
  });

  it('works the knowledge base example: $100.000.000 of taxable base in 2025', () => {
    // 100.000.000 ÷ 49.799 = 2.008,07 UVT; (2.008,07 − 1.700) × 28 % + 116 = 202,26 UVT; × 49.799.
    const result = incomeTax({ taxableYear: 2025, basePesos: 100_000_000 });
    expect(result.baseUvt).toBe(2_008.07);
    expect(result.taxUvt).toBe(202.26);
    expect(result.tax).toBe(10_072_000);
    expect(result.confirmed).toBe(false);
  });

  it('estimates from a labour income with the 25 % exemption capped at 790 UVT', () => {
    const result = incomeTax({ taxableYear: 2025, laborIncome: 200_000_000 });
    // 25 % = $50.000.000, above 790 UVT of 2025 ($39.341.000): the cap applies.
    expect(result.labor?.exempt).toBe(39_341_000);
    expect(result.basePesos).toBe(160_659_000);
  });

  it('adds other income of the general schedule whole to a labour estimate, and only to one', () => {
    const withRent = runTaxTool('income_tax', {
      taxable_year: 2025,
      taxable_income: null,
      taxable_income_uvt: null,
      labor_income: 54_000_000,
      other_income: 26_400_000,
    });
    expect(withRent).toMatchObject({ ok: true, data: { basePesos: 66_900_000, otherIncome: 26_400_000 } });
    const onABase = runTaxTool('income_tax', {
      taxable_year: 2025,
      taxable_income: 50_000_000,
      taxable_income_uvt: null,
      labor_income: null,
      other_income: 10_000_000,
    });
    expect(onABase.ok).toBe(false);
  });

  it('refuses a call with no base or with two', () => {
    const failure = runTaxTool('income_tax', {
      taxable_year: 2025,
      taxable_income: 1,
      taxable_income_uvt: 1,
      labor_income: null,
      other_income: null,
    });
    expect(failure.ok).toBe(false);
  });
});

describe('ganancia ocasional', () => {
  it('exempts the first 3.250 UVT of an inheritance and taxes the rest at 15 %', () => {
    const result = occasionalGainTax({ taxableYear: 2025, kind: 'inheritance', amount: 300_000_000 });
    expect(result.exempt).toBe(161_847_000);
    expect(result.tax).toBe(20_723_000);
  });

  it("adds the heir's 3.250 UVT to the 13.000 UVT of the deceased's home, as DIAN reads art. 307", () => {
    // 16.250 UVT × $49.799 = $809.233.750, published as $809.234.000 (art. 868).
    const result = occasionalGainTax({ taxableYear: 2025, kind: 'inherited_home', amount: 1_000_000_000 });
    expect(result.exempt).toBe(809_234_000);
    expect(result.tax).toBe(28_615_000);
    expect(occasionalGainTax({ taxableYear: 2025, kind: 'inherited_home', amount: 800_000_000 }).tax).toBe(0);
  });

  it('taxes a lottery prize at 20 % with the 20 % withholding above 48 UVT', () => {
    const result = occasionalGainTax({ taxableYear: 2025, kind: 'lottery', amount: 50_000_000 });
    expect(result.tax).toBe(10_000_000);
    expect(result.withholding).toBe(10_000_000);
    expect(result.withholdingFloor).toBe(2_390_000);
  });

  it('exempts 20 % of a donation up to 1.625 UVT', () => {
    const result = occasionalGainTax({ taxableYear: 2025, kind: 'donation', amount: 10_000_000 });
    expect(result.exempt).toBe(2_000_000);
    expect(result.tax).toBe(1_200_000);
  });

  it('validates the kind with zod', () => {
    expect(runTaxTool('occasional_gain_tax', { taxable_year: 2025, kind: 'salario', amount: 1 }).ok).toBe(
      false,
    );
  });
});

describe('questions that ask how much tax', () => {
  it.each([
    ['me dejaron una herencia de 200 millones, cuanto me toca pagar', 'herencias-donaciones', '15 %'],
    ['cuanto impuesto pago si me gano 10 millones en una rifa', 'loterias-premios', '20 %'],
    [
      'vendi el apartamento en 400 millones, me habia costado 150 millones, cuanto impuesto pago',
      'venta-vivienda-vehiculo',
      '5.000 UVT',
    ],
    ['mi sueldo es de 15 millones mensuales, cuanto pago de renta', 'tarifa-renta-art-241', '790 UVT'],
    ['cuanto impuesto pago con una renta liquida de 3000 uvt', 'tarifa-renta-art-241', '28 %'],
  ])('«%s» → %s', (question, entryId, figure) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('calculation');
    expect(answer.entryIds[0]).toBe(entryId);
    expect(answer.markdown.split('\n')[0]).toMatch(/\*\*\$[\d.]+\*\*/);
    expect(answer.markdown).toContain(figure);
    expect(answer.markdown).toContain('no confirmado');
  });

  it('leaves the obligation and withholding questions to their own answers', () => {
    expect(calculationFor('gano 4 millones al mes, tengo que declarar renta?')?.tool).toBe(
      'filing_obligation',
    );
    expect(calculationFor('por que me retienen si gano 5 millones al mes')).toBeUndefined();
    expect(calculationFor('vendi bitcoin y me gane 5 millones, como se declara')).toBeUndefined();
    expect(calculationFor('gane 100 millones vendiendo acciones, cuanto pago')).toBeUndefined();
  });

  it('converts a threshold with the UVT of the taxable year and leaves a rule question to prose', () => {
    const threshold = calculationFor('el tope de 4500 uvt de patrimonio cuanto es en plata');
    expect(threshold?.entryId).toBe('uvt-2025');
    expect(calculationFor('el limite de 1340 uvt incluye los dependientes?')).toBeUndefined();
  });

  it('reads the year after a UVT count, not the count', () => {
    expect(calculationFor('3000 uvt a pesos del 2024')?.entryId).toBe('uvt-2024');
  });
});

describe('late filing said in other words', () => {
  it.each([
    'cuanto me cobran si declaro un mes despues con impuesto a cargo de 800 mil',
    'se me paso la fecha por una semana, debia pagar 5 millones de impuesto',
    'me demore 2 meses en declarar y el impuesto era de 3 millones',
  ])('«%s» → the penalty', (question) => {
    expect(calculationFor(question)?.tool).toBe('late_filing_penalty');
  });
});

describe('dependants', () => {
  it('gives 72 UVT per dependant, at most 4, and the 10 % of art. 387 up to 384 UVT', () => {
    // 3 × 72 = 216 UVT × $49.799 = $10.756.584 → $10.757.000 (art. 868).
    expect(dependantsDeduction({ taxableYear: 2025, dependants: 3, laborIncome: null }).total).toBe(
      10_757_000,
    );
    const many = dependantsDeduction({ taxableYear: 2025, dependants: 6, laborIncome: 300_000_000 });
    expect(many.counted).toBe(4);
    expect(many.art387).toBe(19_123_000);
  });

  it.each([
    ['tengo dos hijos, cuanto puedo deducir en la renta', '$7.171.000'],
    ['cuanto me puedo descontar por 1 hijo si gano 5 millones al mes', '$6.000.000'],
  ])('«%s» → the dependants calculation', (question, figure) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('calculation');
    expect(answer.entryIds[0]).toBe('dependientes');
    expect(answer.markdown).toContain(figure);
  });

  it('leaves who counts as a dependant to the entry', () => {
    expect(calculationFor('mis 2 hijos cuentan como dependientes?')).toBeUndefined();
  });
});
