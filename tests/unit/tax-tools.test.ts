import { describe, expect, it } from 'vitest';
import { ASSISTANT_TOOL_DEFINITIONS } from '../../lib/assistant/tools';
import { describeCriterion, filingObligation } from '../../lib/tax/filing-obligation';
import { filingDeadline } from '../../lib/tax/filing-deadline';
import { lateFilingPenalty, MissingPenaltyBasisError } from '../../lib/tax/late-filing-penalty';
import { formatPesos, roundToThousand, roundUvtConversion } from '../../lib/tax/money';
import { runTaxTool } from '../../lib/tax/tools';
import { pesosToUvt, uvtToPesos } from '../../lib/tax/uvt';

// The published 2025 calendar (Decreto 2229 de 2023 applied to 2025), one row per date, as DIAN lists it.
const PUBLISHED_2025: ReadonlyArray<readonly [endings: string, date: string]> = [
  ['01-02', '2025-08-12'],
  ['03-04', '2025-08-13'],
  ['05-06', '2025-08-14'],
  ['07-08', '2025-08-15'],
  ['09-10', '2025-08-19'],
  ['11-12', '2025-08-20'],
  ['13-14', '2025-08-21'],
  ['15-16', '2025-08-22'],
  ['17-18', '2025-08-25'],
  ['19-20', '2025-08-26'],
  ['21-22', '2025-08-27'],
  ['23-24', '2025-08-28'],
  ['25-26', '2025-08-29'],
  ['27-28', '2025-09-01'],
  ['29-30', '2025-09-02'],
  ['31-32', '2025-09-03'],
  ['33-34', '2025-09-04'],
  ['35-36', '2025-09-05'],
  ['37-38', '2025-09-08'],
  ['39-40', '2025-09-09'],
  ['41-42', '2025-09-10'],
  ['43-44', '2025-09-11'],
  ['45-46', '2025-09-12'],
  ['47-48', '2025-09-15'],
  ['49-50', '2025-09-16'],
  ['51-52', '2025-09-17'],
  ['53-54', '2025-09-18'],
  ['55-56', '2025-09-19'],
  ['57-58', '2025-09-22'],
  ['59-60', '2025-09-23'],
  ['61-62', '2025-09-24'],
  ['63-64', '2025-09-25'],
  ['65-66', '2025-09-26'],
  ['67-68', '2025-10-01'],
  ['69-70', '2025-10-02'],
  ['71-72', '2025-10-03'],
  ['73-74', '2025-10-06'],
  ['75-76', '2025-10-07'],
  ['77-78', '2025-10-08'],
  ['79-80', '2025-10-09'],
  ['81-82', '2025-10-10'],
  ['83-84', '2025-10-14'],
  ['85-86', '2025-10-15'],
  ['87-88', '2025-10-16'],
  ['89-90', '2025-10-17'],
  ['91-92', '2025-10-20'],
  ['93-94', '2025-10-21'],
  ['95-96', '2025-10-22'],
  ['97-98', '2025-10-23'],
  ['99-00', '2025-10-24'],
];

// 2026: the dates published so far (first 18 slots and the last one).
const PUBLISHED_2026: ReadonlyArray<readonly [endings: string, date: string]> = [
  ['01-02', '2026-08-12'],
  ['03-04', '2026-08-13'],
  ['05-06', '2026-08-14'],
  ['07-08', '2026-08-18'],
  ['09-10', '2026-08-19'],
  ['11-12', '2026-08-20'],
  ['13-14', '2026-08-21'],
  ['15-16', '2026-08-24'],
  ['17-18', '2026-08-25'],
  ['19-20', '2026-08-26'],
  ['21-22', '2026-08-27'],
  ['23-24', '2026-08-28'],
  ['25-26', '2026-08-31'],
  ['27-28', '2026-09-01'],
  ['29-30', '2026-09-02'],
  ['31-32', '2026-09-03'],
  ['33-34', '2026-09-04'],
  ['35-36', '2026-09-07'],
  ['99-00', '2026-10-26'],
];

describe('filingDeadline', () => {
  it.each(PUBLISHED_2025)('2025: NIT ending %s files by %s (published)', (endings, date) => {
    for (const ending of endings.split('-')) {
      expect(filingDeadline(ending, 2025)).toMatchObject({ date, confirmed: true, taxableYear: 2024 });
    }
  });

  it.each(PUBLISHED_2026)('2026: NIT ending %s files by %s (published)', (endings, date) => {
    for (const ending of endings.split('-')) {
      expect(filingDeadline(ending, 2026)).toMatchObject({ date, confirmed: true, taxableYear: 2025 });
    }
  });

  it('flags the 2026 dates derived from the rule as not confirmed', () => {
    expect(filingDeadline('45', 2026)).toMatchObject({ date: '2026-09-14', confirmed: false });
    expect(filingDeadline('97', 2026)).toMatchObject({ date: '2026-10-23', confirmed: false });
  });

  it('never gives a date on a weekend', () => {
    for (const year of [2025, 2026]) {
      for (let n = 0; n < 100; n += 1) {
        const deadline = filingDeadline(String(n).padStart(2, '0'), year);
        const day = new Date(`${deadline?.date}T12:00:00Z`).getUTCDay();
        expect(day).not.toBe(0);
        expect(day).not.toBe(6);
      }
    }
  });

  it('refuses a year it does not cover and endings that are not two digits', () => {
    expect(filingDeadline('45', 2027)).toBeUndefined();
    expect(filingDeadline('5', 2026)).toBeUndefined();
    expect(filingDeadline('123', 2026)).toBeUndefined();
  });
});

describe('UVT conversion', () => {
  it.each([
    [2024, 4_500, 211_792_500],
    [2024, 1_400, 65_891_000],
    [2025, 4_500, 224_095_500],
    [2025, 1_400, 69_718_600],
    [2026, 10, 523_740],
  ])('%i: %i UVT = $%i', (year, uvt, pesos) => {
    expect(uvtToPesos(uvt, year).exact).toBe(pesos);
  });

  it('approximates as art. 868 orders: the 10 UVT minimum penalty is $498.000 in 2025 and $524.000 in 2026', () => {
    expect(uvtToPesos(10, 2025).rounded).toBe(498_000);
    expect(uvtToPesos(10, 2026).rounded).toBe(524_000);
    expect(roundUvtConversion(94)).toBe(90);
    expect(roundUvtConversion(4_650)).toBe(4_700);
    expect(roundToThousand(211_792_500)).toBe(211_793_000);
  });

  it('converts pesos to UVT with two decimals', () => {
    expect(pesosToUvt(69_718_600, 2025)).toBe(1_400);
    expect(pesosToUvt(100_000_000, 2026)).toBe(1_909.34);
  });

  it('refuses a year without an official UVT', () => {
    expect(() => uvtToPesos(1, 2023)).toThrow(RangeError);
  });

  it('formats pesos the Colombian way without locale data', () => {
    expect(formatPesos(211_792_500)).toBe('$211.792.500');
    expect(formatPesos(0.5)).toBe('$0,50');
  });
});

describe('filingObligation', () => {
  const nothing = {
    patrimonioBruto: 0,
    ingresosBrutos: 0,
    consumosTarjeta: 0,
    comprasConsumos: 0,
    consignaciones: 0,
    responsableIva: false,
  };

  it('uses the UVT of the taxable year, not of the filing year', () => {
    // $70.000.000 of income: above 1.400 UVT of 2025 ($69.719.000), below 1.400 UVT of 2026 ($73.324.000).
    const result = filingObligation({ ...nothing, taxableYear: 2025, ingresosBrutos: 70_000_000 });
    expect(result).toMatchObject({ mustFile: true, complete: true, met: ['ingresosBrutos'], uvt: 49_799 });
  });

  it('treats income equal to the threshold as filing ("iguales o superiores")', () => {
    expect(filingObligation({ ...nothing, taxableYear: 2024, ingresosBrutos: 65_891_000 }).mustFile).toBe(
      true,
    );
    expect(filingObligation({ ...nothing, taxableYear: 2024, ingresosBrutos: 65_890_999 }).mustFile).toBe(
      false,
    );
  });

  it('treats assets equal to the threshold as not filing ("superior a")', () => {
    expect(filingObligation({ ...nothing, taxableYear: 2024, patrimonioBruto: 211_793_000 }).mustFile).toBe(
      false,
    );
    expect(filingObligation({ ...nothing, taxableYear: 2024, patrimonioBruto: 211_793_001 }).mustFile).toBe(
      true,
    );
  });

  it('compares with the thresholds as DIAN publishes them (art. 868), not the raw product', () => {
    // 1.400 × $49.799 = $69.718.600, published as $69.719.000.
    const atProduct = filingObligation({ ...nothing, taxableYear: 2025, ingresosBrutos: 69_718_600 });
    expect(atProduct.mustFile).toBe(false);
    const income = atProduct.criteria.find((criterion) => criterion.id === 'ingresosBrutos');
    if (!income) throw new Error('the income criterion is always evaluated');
    expect(income.thresholdPesos).toBe(69_719_000);
    expect(describeCriterion(income)).toContain('igual o superior a $69.719.000');
  });

  it.each(['consumosTarjeta', 'comprasConsumos', 'consignaciones'] as const)(
    '%s above 1.400 UVT is enough on its own',
    (field) => {
      const result = filingObligation({ ...nothing, taxableYear: 2025, [field]: 69_719_001 });
      expect(result.met).toEqual([field]);
    },
  );

  it('being responsible for IVA is enough on its own', () => {
    expect(filingObligation({ ...nothing, taxableYear: 2025, responsableIva: true }).met).toEqual([
      'responsableIva',
    ]);
  });

  it('says "not with these figures" when data is missing', () => {
    const result = filingObligation({ taxableYear: 2025, ingresosBrutos: 30_000_000 });
    expect(result).toMatchObject({ mustFile: false, complete: false });
    expect(result.missing).toContain('patrimonioBruto');
  });
});

describe('lateFilingPenalty (art. 641, minimum of art. 639)', () => {
  it('charges 5 % of the tax per month or fraction', () => {
    const result = lateFilingPenalty({ year: 2026, monthsLate: 4, impuestoACargo: 10_000_000 });
    expect(result).toMatchObject({
      basis: 'impuesto',
      computed: 2_000_000,
      penalty: 2_000_000,
      capped: false,
    });
  });

  it('counts a fraction of a month as a whole month', () => {
    expect(lateFilingPenalty({ year: 2026, monthsLate: 1.2, impuestoACargo: 20_000_000 }).penalty).toBe(
      2_000_000,
    );
  });

  it('never exceeds 100 % of the tax', () => {
    const result = lateFilingPenalty({ year: 2026, monthsLate: 30, impuestoACargo: 3_000_000 });
    expect(result).toMatchObject({ computed: 4_500_000, capped: true, penalty: 3_000_000 });
  });

  it('never goes below 10 UVT of the year it is paid', () => {
    expect(lateFilingPenalty({ year: 2025, monthsLate: 1, impuestoACargo: 1_000_000 })).toMatchObject({
      computed: 50_000,
      minimumApplied: true,
      penalty: 498_000,
    });
    expect(lateFilingPenalty({ year: 2026, monthsLate: 1, impuestoACargo: 1_000_000 }).penalty).toBe(524_000);
  });

  it('without tax, charges 0,5 % of gross income per month capped at 5 % of income', () => {
    const result = lateFilingPenalty({
      year: 2026,
      monthsLate: 12,
      impuestoACargo: 0,
      ingresosBrutos: 100_000_000,
    });
    expect(result).toMatchObject({
      basis: 'ingresos',
      computed: 6_000_000,
      cap: 5_000_000,
      penalty: 5_000_000,
    });
  });

  it('without tax, caps at twice the balance in favour when that is lower', () => {
    const result = lateFilingPenalty({
      year: 2026,
      monthsLate: 12,
      impuestoACargo: 0,
      ingresosBrutos: 100_000_000,
      saldoAFavor: 1_000_000,
    });
    expect(result).toMatchObject({
      cap: 2_000_000,
      penalty: 2_000_000,
      capReason: 'el doble del saldo a favor',
    });
  });

  it('without tax nor balance, caps at 2.500 UVT', () => {
    const result = lateFilingPenalty({
      year: 2026,
      monthsLate: 10,
      impuestoACargo: 0,
      ingresosBrutos: 5_000_000_000,
    });
    expect(result).toMatchObject({ cap: 130_935_000, penalty: 130_935_000 });
  });

  it('without tax nor income, uses 1 % of the previous net worth capped at 10 %', () => {
    const result = lateFilingPenalty({
      year: 2026,
      monthsLate: 3,
      impuestoACargo: 0,
      patrimonioLiquidoAnterior: 300_000_000,
    });
    expect(result).toMatchObject({ basis: 'patrimonio', computed: 9_000_000, penalty: 9_000_000 });
  });

  it('asks for a basis when there is neither tax, income nor net worth', () => {
    expect(() => lateFilingPenalty({ year: 2026, monthsLate: 2, impuestoACargo: 0 })).toThrow(
      MissingPenaltyBasisError,
    );
  });
});

describe('runTaxTool', () => {
  it('accepts JSON text as the model sends it and answers with sources and the year', () => {
    const result = runTaxTool('filing_deadline', '{"nit_last_two_digits":"07","filing_year":2025}');
    expect(result).toMatchObject({ ok: true, confirmed: true });
    if (!result.ok) throw new Error('expected success');
    expect(result.summary).toContain('viernes 15 de agosto de 2025');
    expect(result.summary).toContain('año gravable 2024');
    expect(result.sources.map((source) => new URL(source.url).hostname)).toContain('www.dian.gov.co');
  });

  it.each([
    ['filing_deadline', '{"nit_last_two_digits":"7","filing_year":2026}', 'invalid_arguments', /dos dígitos/],
    ['filing_deadline', '{"nit_last_two_digits":"07","filing_year":2030}', 'invalid_arguments', /2025, 2026/],
    ['filing_deadline', '{"nit_last_two_digits":"07"', 'invalid_json', /JSON/],
    ['convert_uvt', '{"year":2026,"uvt":10,"pesos":5}', 'invalid_arguments', /exactamente uno/],
    ['convert_uvt', '{"year":2026,"uvt":10,"pesos":null,"extra":1}', 'invalid_arguments', /extra/],
    [
      'late_filing_penalty',
      '{"year":2026,"months_late":2,"tax_due":0,"gross_income":null,"balance_in_favor":null,"previous_net_worth":null,"after_summons":null}',
      'insufficient_data',
      /ingresos brutos/,
    ],
    [
      'late_filing_penalty',
      '{"year":2026,"months_late":2,"tax_due":0,"gross_income":90000000,"balance_in_favor":null,"previous_net_worth":null,"after_summons":true}',
      'insufficient_data',
      /art\. 642/,
    ],
    ['send_email', '{}', 'unknown_tool', /no existe/],
  ])('%s(%s) returns a %s error in Spanish instead of throwing', (name, args, code, message) => {
    const result = runTaxTool(name, args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
  });

  it('computes a return filed after a summons with art. 642: 10 % a month up to twice the tax, unconfirmed', () => {
    const result = runTaxTool(
      'late_filing_penalty',
      '{"year":2026,"months_late":3,"tax_due":4000000,"gross_income":null,"balance_in_favor":null,"previous_net_worth":null,"after_summons":true}',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ penalty: 1_200_000, ratePerMonth: 10, cap: 8_000_000 });
    expect(result.confirmed).toBe(false);
  });

  it('describes every tool with a strict JSON schema: every property required, no extras', () => {
    expect(ASSISTANT_TOOL_DEFINITIONS.map((tool) => tool.name)).toEqual([
      'search_knowledge',
      'filing_deadline',
      'filing_obligation',
      'convert_uvt',
      'late_filing_penalty',
      'correction_penalty',
      'income_tax',
      'occasional_gain_tax',
      'dependants_deduction',
    ]);
    for (const tool of ASSISTANT_TOOL_DEFINITIONS) {
      const { properties, required, additionalProperties } = tool.parameters as {
        properties: Record<string, unknown>;
        required: string[];
        additionalProperties: boolean;
      };
      expect(tool.strict).toBe(true);
      expect(additionalProperties).toBe(false);
      expect([...required].sort()).toEqual(Object.keys(properties).sort());
      expect(tool.parameters).not.toHaveProperty('$schema');
    }
  });
});
