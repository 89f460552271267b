import { describe, expect, it } from 'vitest';
import { findAmounts, findDelay, monthsBetween } from '../../lib/knowledge/amounts';
import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { calculationFor } from '../../lib/knowledge/calculations';

describe('how late a return is', () => {
  it('adds the days past whole months as one more month', () => {
    expect(findDelay('me demore 2 meses y 3 dias')).toMatchObject({ months: 3, fromDays: 3, withMonths: 2 });
    expect(findDelay('un mes, quince dias')).toMatchObject({ months: 2 });
  });

  it('counts calendar months or fractions between two dates', () => {
    expect(monthsBetween({ year: 2026, month: 9, day: 10 }, { year: 2026, month: 9, day: 11 })).toBe(1);
    expect(monthsBetween({ year: 2026, month: 9, day: 10 }, { year: 2026, month: 10, day: 10 })).toBe(1);
    expect(monthsBetween({ year: 2026, month: 9, day: 10 }, { year: 2027, month: 1, day: 2 })).toBe(4);
    expect(findDelay('vencia el 9 de septiembre y la presente el 30 de octubre', 2026)).toMatchObject({
      months: 2,
      fromDates: { deadline: '9 de septiembre de 2026', filed: '30 de octubre de 2026' },
    });
  });

  it('orders the dates whichever is written first', () => {
    expect(findDelay('presente el 2 de diciembre de 2026 y mi fecha era el 25 de agosto')?.months).toBe(4);
  });
});

describe('figures in words', () => {
  it('reads a UVT count said in words, feminine hundreds included', () => {
    expect(findAmounts('cuanto son veinte uvt')).toMatchObject([{ value: 20, inUvt: true }]);
    expect(findAmounts('trescientas uvt')).toMatchObject([{ value: 300, inUvt: true }]);
  });

  it('reads thousands of millions', () => {
    expect(findAmounts('vendi en 3 mil millones').map((amount) => amount.value)).toEqual([3_000_000_000]);
    expect(findAmounts('cuatro mil millones').map((amount) => amount.value)).toEqual([4_000_000_000]);
  });
});

describe('late filing asked in English', () => {
  it('reads the tax that was due', () => {
    const answer = answerFromKnowledge(
      'I filed 5 months late in 2026 and my tax was 20 million, what is the penalty?',
    );
    expect(answer.kind).toBe('calculation');
    // 5 % × 5 months of $20.000.000.
    expect(answer.markdown).toContain('$5.000.000');
  });
});

describe('calculations read from everyday wording', () => {
  it('computes the late-filing penalty on the net worth when there was neither tax nor income', () => {
    const answer = answerFromKnowledge(
      'sin impuesto ni ingresos, patrimonio liquido del año pasado 100 millones, declaro 2 meses tarde en 2026',
    );
    expect(answer.kind).toBe('calculation');
    // 1 % × 2 months of $100.000.000.
    expect(answer.markdown).toContain('$2.000.000');
  });

  it('computes the penalty from months and days', () => {
    // 5 % × 3 months of $4.000.000 = $600.000, above the 2026 minimum.
    const answer = answerFromKnowledge(
      'impuesto a cargo 4 millones, voy 2 meses y 12 dias tarde en 2026, sancion?',
    );
    expect(answer.markdown).toContain('$600.000');
  });

  it('leaves interest for paying late to the entry, and keeps the penalty for filing late', () => {
    expect(
      calculationFor('tengo 3 millones de impuesto y pago 1 mes tarde, cuanto me cobran de intereses'),
    ).toBe(undefined);
    expect(
      calculationFor('declare 2 meses tarde con 3 millones de impuesto, cuanto es la sancion y los intereses')
        ?.tool,
    ).toBe('late_filing_penalty');
  });

  it('reads a donation, and an inheritance without a home, in cash', () => {
    expect(calculationFor('mi abuela me dono 20 millones, cuanto pago?')?.result).toMatchObject({
      ok: true,
      tool: 'occasional_gain_tax',
    });
    const cash = calculationFor('herede 200 millones, sin casa ni apartamento, cuanto pago de impuesto?');
    expect(cash?.result).toMatchObject({ ok: true, data: { kind: 'inheritance' } });
  });

  it('answers what the DIAN takes from a prize', () => {
    const answer = answerFromKnowledge('me gane 5 millones en una rifa, cuanto se lleva la dian?');
    expect(answer.kind).toBe('calculation');
    expect(answer.markdown).toContain('$1.000.000');
  });
});

describe('caps and thresholds in pesos', () => {
  it('converts a named cap with the UVT of the taxable year asked', () => {
    const calculation = calculationFor('hasta cuanto es en pesos el limite global del 40% en 2024');
    expect(calculation).toMatchObject({ tool: 'convert_uvt', entryId: 'limite-40-1340-uvt' });
    expect(calculation?.result).toMatchObject({ ok: true, data: { year: 2024, uvt: 1_340 } });
  });

  it('leaves a cap asked without pesos to the entry', () => {
    expect(calculationFor('cual es el tope de la renta exenta del 25%')).toBeUndefined();
  });

  it('turns a monthly amount into the year before converting it, and compares it with the named threshold', () => {
    const answer = answerFromKnowledge(
      'me pagan 7 millones mensuales, cuantas uvt son al año en 2025? paso el tope de 1400',
    );
    expect(answer.kind).toBe('calculation');
    // $84.000.000 / $49.799.
    expect(answer.markdown).toContain('1.686,78 UVT');
    expect(answer.markdown).toContain('alcanzan el tope de 1.400 UVT');
  });
});

describe('calculations asked in English', () => {
  it('reads a taxable income and a monthly salary', () => {
    expect(
      answerFromKnowledge('what is my income tax if my taxable income in 2025 was 80 million pesos?').kind,
    ).toBe('calculation');
    const monthly = calculationFor('cuanto impuesto pagar si gano 10 millones pesos al mes');
    expect(monthly?.assumptions.join(' ')).toContain('mensual');
  });
});

describe('a late return without tax and without figures', () => {
  it('applies the rule to the months given, with the minimum, and asks for the basis', () => {
    const answer = answerFromKnowledge(
      'presente la declaracion 12 meses tarde en 2026, sin impuesto a cargo, que multa me toca',
    );
    expect(answer.kind).toBe('calculation');
    // 0,5 % × 12 months is capped at 5 %; 1 % × 12 at 10 %.
    expect(answer.markdown).toContain('**5 % de tus ingresos brutos**');
    expect(answer.markdown).toContain('**10 % de tu patrimonio líquido del año anterior**');
    expect(answer.markdown).toContain('$524.000');
  });
});

describe('what is left of a prize', () => {
  it('says what arrives after the withholding and what is left to pay', () => {
    const answer = answerFromKnowledge('si me gano 30 millones en el baloto cuanto recibo neto?');
    expect(answer.kind).toBe('calculation');
    // 20 % withheld: $6.000.000, so $24.000.000 arrive and nothing is left to pay for the prize.
    expect(answer.markdown).toContain('Recibes $24.000.000');
    expect(answer.markdown).toContain('quedan $0 por pagar');
  });
});

describe('rules named with their UVT, and sales of a rented home', () => {
  it('leaves a question about a cap that names its UVT to the entries', () => {
    expect(
      calculationFor('el limite de las rentas exentas es de 1340 uvt, eso como funciona?'),
    ).toBeUndefined();
    expect(calculationFor('si mi renta liquida es de 1340 uvt cuanto impuesto pago')?.tool).toBe(
      'income_tax',
    );
  });

  it('gives no home exemption to a sale of a flat that was rented out', () => {
    const rented = calculationFor(
      'vendi un apartamento que tenia arrendado con una ganancia de 100 millones, cuanto pago?',
    );
    expect(rented?.result).toMatchObject({ ok: true, data: { kind: 'other', tax: 15_000_000 } });
  });

  it('reads a capital gain asked in English', () => {
    expect(
      answerFromKnowledge('I sold a lot with a profit of 40 million pesos, what is the capital gains tax?')
        .markdown,
    ).toContain('$6.000.000');
  });
});

describe('figures as citizens say them (r2)', () => {
  it('reads thousands said in words before a UVT count', () => {
    expect(findAmounts('cuatro mil quinientas uvt')).toMatchObject([{ value: 4500, inUvt: true }]);
    expect(findAmounts('mil cuatrocientas uvt')).toMatchObject([{ value: 1400, inUvt: true }]);
    expect(findAmounts('dos mil uvt')).toMatchObject([{ value: 2000, inUvt: true }]);
    expect(answerFromKnowledge('a cuanto equivalen mil cuatrocientas uvt del 2024').markdown).toContain(
      '$65.891.000',
    );
  });

  it('reads «lucas» as thousands of pesos', () => {
    expect(findAmounts('50 lucas').map((amount) => amount.value)).toEqual([50_000]);
    expect(findAmounts('12 mil lucas').map((amount) => amount.value)).toEqual([12_000_000]);
  });

  it('leaves a figure in dollars or euros out of the amounts in pesos', () => {
    expect(findAmounts('5 mil dolares, como 20 millones de pesos').map((amount) => amount.value)).toEqual([
      20_000_000,
    ]);
    expect(findAmounts('me pagan 3.000 usd al mes')).toEqual([]);
    expect(findAmounts('tengo 10 mil euros ahorrados')).toEqual([]);
    expect(
      answerFromKnowledge('gane 2 mil dolares en una apuesta, unos 8 millones de pesos, cuanto pago')
        .markdown,
    ).toContain('$1.600.000');
  });
});

describe('how much tax, asked in other words (r2)', () => {
  it('reads «¿cuánto sería la renta?» and a «¿cuánto?» after the verb', () => {
    expect(answerFromKnowledge('gano 12 millones al mes, cuanto seria la renta').kind).toBe('calculation');
    expect(answerFromKnowledge('me gano 9 millones mensuales, cuanto me sale la renta').kind).toBe(
      'calculation',
    );
    const gift = answerFromKnowledge('mi tia me regalo 30 millones en 2025, eso paga impuesto? cuanto?');
    expect(gift.kind).toBe('calculation');
    expect(gift.entryIds[0]).toBe('herencias-donaciones');
  });

  it('reads what the DIAN keeps of a prize', () => {
    const answer = answerFromKnowledge('me gane 10 millones en una rifa, cuanto se queda la dian');
    expect(answer.kind).toBe('calculation');
    expect(answer.markdown).toContain('$2.000.000');
  });

  it('reads «deduzco» as asking for the dependants deduction', () => {
    expect(answerFromKnowledge('tengo 2 hijos, cuanto deduzco').kind).toBe('calculation');
    expect(answerFromKnowledge('cuanto deduzco por 3 hijos en la renta').kind).toBe('calculation');
  });
});

describe('the correction penalty, told as before and after (r2)', () => {
  it('takes the difference between what was paid before and what is due now', () => {
    const answer = answerFromKnowledge(
      'antes me daba 2.000.000 de impuesto y ahora con la correccion queda en 7.000.000, cual es la sancion',
    );
    expect(answer.kind).toBe('calculation');
    // 10 % of $5.000.000.
    expect(answer.markdown).toContain('$500.000');
  });

  it('adds 5 % a month when the first return was late, but not for months that date the correction', () => {
    const late = answerFromKnowledge(
      'la primera la presente 3 meses tarde y al corregir el impuesto subio 10 millones, cuanto es la sancion',
    );
    // (10 % + 3 × 5 %) of $10.000.000.
    expect(late.markdown).toContain('$2.500.000');
    const dated = answerFromKnowledge(
      'corregi la declaracion 3 meses despues del plazo y el impuesto subio 10 millones, cuanto es la sancion',
    );
    expect(dated.markdown).toContain('$1.000.000');
  });
});

describe('a NIT ending gets its date as a calculation (r2)', () => {
  it('marks the citizen’s own date as computed, and the calendar without an ending as an answer', () => {
    for (const question of [
      'mi cedula termina en 00 cual era el ultimo dia pa declarar en 2026',
      'my NIT ends in 07, what was my filing deadline in 2026?',
      'nit terminado en 45 hasta que dia tengo',
    ]) {
      const answer = answerFromKnowledge(question);
      expect(answer.kind).toBe('calculation');
      expect(answer.entryIds[0]).toMatch(/^plazos-personas-naturales-ag-/);
    }
    expect(answerFromKnowledge('calendario de renta 2026').kind).toBe('answer');
    // One digit only: the answer asks for the other, it computes nothing.
    expect(answerFromKnowledge('mi nit termina en 5, cuando declaro').kind).toBe('answer');
  });
});

describe('a prize already paid net of its withholding (s1)', () => {
  it.each([
    'gane 5 millones en el baloto y ya me retuvieron el 20, igual declaro?',
    'me gane un premio de 30 millones y me descontaron la retencion, toca declararlo?',
    'en un sorteo me dieron 12 millones netos, ya me cobraron el impuesto, lo tengo que declarar?',
  ])('answers «%s» from the prizes entry, not the filing test', (question) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe('loterias-premios');
  });
});
