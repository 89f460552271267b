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

  // Another deduction named for the children is what is asked; the children are who it covers (e1).
  it.each([
    ['pago medicina prepagada para mi y mis 2 hijos, cuanto puedo descontar?', 'medicina-prepagada'],
    ['tengo 2 hijos en colpatria con poliza de salud, cuanto me dejan restar?', 'medicina-prepagada'],
    [
      'los intereses del credito de vivienda donde vivo con mis 3 hijos, cuanto deduzco?',
      'intereses-vivienda',
    ],
  ])('leaves «%s» to %s', (question, entryId) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe(entryId);
  });

  it('reads a relative who lives with the citizen and is supported as a dependant (e1)', () => {
    for (const question of [
      'mi papa vive conmigo y yo lo mantengo, me sirve para la renta?',
      'mis suegros viven conmigo, los puedo meter en la declaracion?',
      'mi hermana discapacitada vive conmigo y la mantengo, eso se descuenta?',
    ])
      expect(answerFromKnowledge(question).entryIds[0]).toBe('dependientes');
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
    expect(late.entryIds[0]).toBe('sancion-correccion-declaracion-extemporanea');
    const dated = answerFromKnowledge(
      'corregi la declaracion 3 meses despues del plazo y el impuesto subio 10 millones, cuanto es la sancion',
    );
    expect(dated.markdown).toContain('$1.000.000');
    expect(dated.entryIds[0]).toBe('correcciones');
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

describe('figures read in their context (c1)', () => {
  const values = (text: string) => findAmounts(text).map((amount) => amount.value);

  it('reads "k" as thousands', () => {
    expect(values('gano 3.800k')).toEqual([3_800_000]);
    expect(values('me pagan 4500k al mes')).toEqual([4_500_000]);
    expect(values('unos 900 k de arriendo')).toEqual([900_000]);
  });

  it('joins millions and thousands said as one figure', () => {
    expect(values('cinco millones doscientos mil')).toEqual([5_200_000]);
    expect(values('3 millones 200 mil pesos')).toEqual([3_200_000]);
    expect(values('dos millones y quinientos mil')).toEqual([2_500_000]);
    // Two figures with a verb between them stay two.
    expect(values('tengo 2 millones y gane 80 mil')).toEqual([2_000_000, 80_000]);
  });

  it('gives the first number of a range the unit of the second', () => {
    expect(values('paso de 4,5 a 13 millones')).toEqual([4_500_000, 13_000_000]);
    expect(values('entre 60 y 70 millones')).toEqual([60_000_000, 70_000_000]);
    expect(values('de 2 a 5 palos')).toEqual([2_000_000, 5_000_000]);
    expect(findAmounts('de 1400 a 4500 uvt')).toMatchObject([
      { value: 1400, inUvt: true },
      { value: 4500, inUvt: true },
    ]);
  });

  it('reads a bare price beside figures in millions, but not years, ages or NIT endings', () => {
    expect(values('la compre hace 10 años en 150 y la vendi en 380 palos')).toEqual([150e6, 380e6]);
    expect(values('una casa de 400 millones y un carro de 60')).toEqual([400e6, 60e6]);
    expect(values('vendi el apto en 320 millones, lo habia comprado por 200')).toEqual([320e6, 200e6]);
    expect(values('mi nit termina en 45 y gane 80 millones')).toEqual([80e6]);
    expect(values('tengo 38 años y un carro de 40 millones')).toEqual([40e6]);
  });

  it('counts half a month as one more fraction', () => {
    expect(findDelay('la presente dos meses y medio tarde')).toMatchObject({ months: 3, withMonths: 2 });
    expect(findDelay('declare mes y medio tarde')).toMatchObject({ months: 2, withMonths: 1 });
    expect(findDelay('3 meses y medio de atraso')).toMatchObject({ months: 4 });
  });
});

describe('calculations the readers used to miss (c1)', () => {
  const lead = (question: string) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('calculation');
    return answer.markdown;
  };

  it('computes the penalty of a tax said in words, filed months and a half late', () => {
    // 5 % × 3 months of $5.200.000.
    expect(
      lead('impuesto de cinco millones doscientos mil, declare dos meses y medio tarde, multa?'),
    ).toContain('$780.000');
    expect(
      lead('me toco pagar 8 millones 400 mil de impuesto y presente mes y medio tarde, cuanto es la sancion'),
    ).toContain('$840.000');
  });

  it('reads the lateness from two dates, without the word penalty', () => {
    // 20 August → 3 December: 4 months or fractions; 20 % of $3.000.000.
    expect(
      lead('mi fecha era el 20 de agosto y la presente el 3 de diciembre, el impuesto es de 3 millones'),
    ).toContain('$600.000');
    expect(
      lead('me tocaba el 10 de septiembre y declare el 15 de octubre, impuesto a cargo de 20 millones'),
    ).toContain('$2.000.000');
  });

  it('takes the difference of a correction said as a range', () => {
    // 10 % of $8.500.000.
    expect(lead('corregi la declaracion, el saldo a pagar paso de 4,5 a 13 millones. sancion?')).toContain(
      '$850.000',
    );
    // 10 % of $6.000.000.
    expect(
      lead('al corregir el impuesto paso de 3 a 9 millones, cuanto es la sancion por corregir'),
    ).toContain('$600.000');
  });

  it('adds up two jobs and several assets for the filing test', () => {
    expect(
      lead('tuve dos trabajos, en uno me pagaban 3.200.000 y en el otro 2.800.000 mensual, debo declarar?'),
    ).toMatch(/\$72\.000\.000/);
    expect(
      lead('tengo una casa de 180 millones y un carro de 60 millones, me toca declarar por el 2025?'),
    ).toMatch(/\$240\.000\.000/);
    expect(
      lead('gano 3 millones al mes y tambien me entran 3 millones mensuales de arriendos, debo declarar?'),
    ).toMatch(/\$72\.000\.000/);
  });

  it('reads a salary or a pension as monthly, with primas and the payments a year', () => {
    expect(lead('mi sueldo es de 6.5 millones, tengo que declarar por el 2025?')).toContain('$78.000.000');
    expect(lead('mi salario es de 4 millones mas primas, me toca declarar en 2026?')).toContain(
      '$52.000.000',
    );
    expect(lead('la mesada es de 4,5 millones y recibo 14 mesadas, en 2025 debia declarar?')).toContain(
      '$63.000.000',
    );
    expect(lead('mi sueldo anual es de 30 millones, debo declarar?')).toContain('$30.000.000');
  });

  it('reads "el otro año" as the return filed next year, for this taxable year', () => {
    expect(
      answerFromKnowledge('voy a ganar 75 palos de ingresos, el otro año me toca declarar?').entryIds,
    ).toEqual(['quien-declara-ag-2026']);
    expect(lead('mi salario es de 7 millones, el proximo año tengo que declarar?')).toContain(
      'año gravable 2026',
    );
    expect(
      lead('el año que viene me toca declarar si este año me entraron 80 millones de ingresos?'),
    ).toContain('$73.324.000');
  });

  it('leaves the tax on a pension or a rent to the entries instead of the filing test', () => {
    for (const question of [
      'mi mesada pensional es de 8 millones, cuanto me toca pagar de renta por eso?',
      'me pagan una pension de 6 millones, cuanto impuesto pago?',
      'recibo 3 millones de arriendo al mes, cuanto me toca pagar de impuesto?',
    ])
      expect(calculationFor(question)?.tool).not.toBe('filing_obligation');
  });

  it('reads what a deceased parent left as an inheritance', () => {
    for (const question of [
      'mi papa fallecio y nos dejo la casa donde vivia, de 400 millones. somos dos hermanos, cuanto pagamos de impuesto',
      'mi mama murio y me dejo 100 millones, cuanto pago de impuesto',
      'cuando murio mi abuelo nos dejaron un lote de 300 millones, cuanto impuesto se paga',
    ])
      expect(calculationFor(question)?.tool).toBe('occasional_gain_tax');
  });

  it('counts the relatives named as dependants', () => {
    expect(
      lead(
        'mi esposa no trabaja y mi mama vive conmigo y la mantengo, sueldo 5.2M. cuanto me descuentan x dependientes',
      ),
    ).toContain('Por 2 dependientes');
    expect(lead('gano 3.800k, mi hija estudia en la u y yo le pago todo, cuanto deduzco por ella')).toContain(
      'Por 1 dependiente',
    );
    expect(lead('mi papa depende de mi, cuanto puedo deducir por el si gano 6 millones al mes')).toContain(
      'Por 1 dependiente',
    );
    // A relative who gave money is no dependant.
    expect(calculationFor('mi mama me regalo 50 millones, cuanto me descuentan de impuesto')?.tool).not.toBe(
      'dependants_deduction',
    );
  });
});

describe('dependants, a base said as what is left, and «pago algo» (q4)', () => {
  it('counts «un solo hijo» and «2 niños», and reads «cuánto me da lo del dependiente» as the deduction', () => {
    for (const [question, count] of [
      ['tengo una sola hija y gano 4 millones al mes, cuanto puedo deducir por ella', 'Por 1 dependiente'],
      ['con 3 niños a cargo y 5 millones de salario cuanto me dan por dependientes', 'Por 3 dependientes'],
      ['tengo dos ninas, cuanto es lo del dependiente si gano 60 millones al año', 'Por 2 dependientes'],
    ] as const)
      expect(answerFromKnowledge(question).markdown.split('\n')[0]).toContain(count);
  });

  it('reads what is left «ya liquidado» as the taxable base', () => {
    for (const question of [
      'ya liquidado me queda una renta de 150 millones, cuanto pago',
      'despues de todo me queda una renta de 80 millones al año, cuanto es el impuesto',
      'ya liquidada la renta da 300 millones, cuanto seria el impuesto',
    ])
      expect(calculationFor(question)?.tool).toBe('income_tax');
  });

  it('asks whether anything is owed on a base as its tax', () => {
    for (const question of [
      'mi renta liquida gravable dio 40 millones, pago algo?',
      'la base gravable me dio 90 millones, pagaria algo de renta?',
      'si la renta gravable es de 60 millones pago algo o no',
    ])
      expect(calculationFor(question)?.tool).toBe('income_tax');
  });
});

describe('a UVT count in thousands, and an exemption’s year (q4)', () => {
  it('reads «13 mil uvt» and «5k uvt» as thousands of UVT', () => {
    expect(findAmounts('la exencion de 13 mil uvt')).toMatchObject([{ value: 13_000, inUvt: true }]);
    expect(findAmounts('cuanto son 5 mil uvts en pesos')).toMatchObject([{ value: 5_000, inUvt: true }]);
    expect(findAmounts('unos 2k uvt')).toMatchObject([{ value: 2_000, inUvt: true }]);
  });

  it('converts an exemption’s cap with the UVT of the taxable year, unless «este año» is said', () => {
    for (const question of [
      'la exencion de la casa heredada de 13 mil uvt, cuantos millones son?',
      'lo exento de la herencia son 3.250 uvt, cuanto es eso en plata',
      'la exencion de 5 mil uvt por vender la casa a cuanto equivale',
    ])
      expect(calculationFor(question)?.result).toMatchObject({ ok: true, data: { year: 2025 } });
    expect(
      calculationFor('la pension es exenta hasta mil uvt, cuanto es en pesos este año')?.result,
    ).toMatchObject({
      ok: true,
      data: { year: 2026 },
    });
  });
});

describe('inheritances: a will, a non-forced heir, siblings sharing (q4)', () => {
  it('computes the tax on what a will left, also when the notary is not asked about', () => {
    for (const question of [
      'mi madrina me dejo 200 millones en su testamento, cuanto pago?',
      'un vecino sin familia me dejo 150 millones en el testamento, cuanto me toca pagar',
      'me dejaron en un testamento 80 millones, cuanto es el impuesto',
    ])
      expect(calculationFor(question)?.tool).toBe('occasional_gain_tax');
    expect(
      answerFromKnowledge('cuanto me toca pagar en la notaria por el testamento de 300 millones').kind,
    ).toBe('not-found');
  });

  it('gives a non-forced heir the 20 % exemption capped at 1.625 UVT, not the heirs’ 3.250 UVT', () => {
    for (const question of [
      'una amiga de mi abuela me dejo 300 millones de herencia pero no soy legitimario, cuanto es el impuesto',
      'mi padrino me heredo 300 millones, no soy heredero forzoso, cuanto pago',
      'me dejaron 300 millones en testamento y no soy su heredera forzosa, cuanto me toca pagar',
    ]) {
      const answer = answerFromKnowledge(question);
      expect(answer.kind).toBe('calculation');
      // 300 millones − 20 % (60 millones, under 1.625 UVT) = 240 millones × 15 %.
      expect(answer.markdown.split('\n')[0]).toContain('$36.000.000');
    }
  });

  it('asks whether anything is owed on an inheritance as a tax amount', () => {
    for (const question of [
      'me dejaron de herencia 250 millones, me toca pagar impuesto?',
      'heredamos un lote de 600 millones, hay que pagar ganancia ocasional?',
      'mi abuelo murio y nos dejo 300 millones, tenemos que pagar impuesto por eso?',
    ])
      expect(calculationFor(question)?.tool).toBe('occasional_gain_tax');
  });

  it('splits an estate among the siblings who share it, and the home’s exemption with it', () => {
    const cash = answerFromKnowledge(
      'mi papa murio y nos dejo 400 millones, somos dos hermanos, cuanto pagamos',
    );
    expect(cash.markdown).toContain('a cada uno le tocan $200.000.000');
    // 200 millones − 3.250 UVT of 2025 ($161.847.000) = $38.153.000 × 15 %.
    expect(cash.markdown.split('\n')[0]).toContain('$5.723.000');
    const home = answerFromKnowledge(
      'heredamos entre 4 hermanos el apartamento de mi papa que vale 1500 millones, cuanto paga cada uno?',
    );
    expect(home.markdown).toContain('a cada uno le corresponden $161.847.000');
    expect(
      answerFromKnowledge(
        'heredamos la casa de mi mama entre tres hermanos, vale 500 millones, nos toca pagar algo?',
      ).kind,
    ).toBe('calculation');
  });
});

describe('deadlines told in unusual shapes (c1)', () => {
  it('reads a document number the citizen masked as not shared', () => {
    for (const question of [
      'mi cedula es 79.845.1XX, termina en 16 creo, hasta q dia era',
      'cc 52.301.***, termina en 48, cuando declaro',
      'mi nit es 900.12x.xxx termina en 07 cuando vence',
    ])
      expect(answerFromKnowledge(question).kind).toBe('calculation');
  });

  it('gives each NIT named its own date', () => {
    const couple = answerFromKnowledge('yo termino en 03 y ella en 50, que fechas nos tocan');
    expect(couple.markdown).toContain('13 de agosto de 2026');
    expect(couple.markdown).toContain('Para el NIT terminado en 50: **miércoles 16 de septiembre de 2026**');
    expect(
      answerFromKnowledge('mi nit termina en 12 y el de mi hermano en 87, cuando declaramos').markdown,
    ).toContain('Para el NIT terminado en 87');
    expect(
      answerFromKnowledge('mi cedula termina en 45, y la de mi esposa en 46, cuando?').markdown,
    ).not.toContain('Para el NIT terminado en 45');
  });

  it('answers a deadline already missed with the late-filing entry, unless the date is asked', () => {
    for (const question of [
      'ya paso mi fecha (terminaba en 20), todavia puedo declarar?',
      'se me vencio el plazo, mi nit termina en 33, que hago?',
      'mi nit termina en 45 y ya se me paso la fecha, aun puedo presentar?',
    ])
      expect(answerFromKnowledge(question).entryIds[0]).toBe('sancion-extemporaneidad');
    expect(answerFromKnowledge('mi cedula termina en 12 y creo que se me paso, cuando era?').kind).toBe(
      'calculation',
    );
    expect(answerFromKnowledge('mi nit termina en 45 q dia me tocaba? creo q se me paso').kind).toBe(
      'calculation',
    );
  });

  it('dates form 160 with the income-tax calendar and cites its entry', () => {
    for (const question of [
      'el formulario 160 cuando se presentaba este año si mi cedula termina en 05',
      'mi nit termina en 33, cuando vence la declaracion de activos en el exterior?',
      'f160 nit terminado en 71 hasta que dia',
    ]) {
      const answer = answerFromKnowledge(question);
      expect(answer.kind).toBe('calculation');
      expect(answer.entryIds[0]).toBe('plazo-formulario-160-2026');
      expect(answer.markdown).toContain('formulario 160');
    }
  });
});

describe('the return filed next year (c1)', () => {
  it.each([
    'tengo 2 carros, 1 apartamento y 3 cuentas de ahorro, el otro año me toca declarar?',
    'el proximo año tengo que declarar renta si este año me fue bien?',
    'cuales son los topes para declarar el año que viene',
  ])('answers «%s» with this taxable year’s filing test', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('quien-declara-ag-2026');
  });
});

describe('a late return after a summons to file (c1)', () => {
  it.each([
    [
      'me llego un emplazamiento para declarar, el impuesto era 3 millones y voy 2 meses tarde, cuanto pago de sancion',
      '$600.000',
    ],
    [
      'me emplazaron y tengo un impuesto de 5 millones, declaro 3 meses tarde, cual es la multa',
      '$1.500.000',
    ],
    [
      'la dian me emplazo por no declarar, si presento ahora con 2 meses de retraso e impuesto de 4 millones cuanto pago',
      '$800.000',
    ],
  ])('computes «%s» with art. 642, twice art. 641: %s', (question, penalty) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('calculation');
    expect(answer.entryIds[0]).toBe('emplazamiento-no-declarar');
    expect(answer.markdown).toContain(`**${penalty}**`);
    expect(answer.markdown).toContain('10 % del impuesto a cargo');
    expect(answer.markdown).toContain('art. 642');
  });

  it('caps it at twice the tax and keeps the 10 UVT minimum', () => {
    expect(
      answerFromKnowledge('me emplazaron, el impuesto es de 1 millon y voy 25 meses tarde, cuanto pago')
        .markdown,
    ).toContain('**$2.000.000**');
    expect(
      answerFromKnowledge('me emplazaron, el impuesto es de 200 mil y voy 1 mes tarde, cuanto pago').markdown,
    ).toContain('se aplica la mínima');
  });

  it('leaves a summons without the tax due to the summons entry', () => {
    const question =
      'me emplazaron y voy 2 meses tarde, no tuve impuesto pero si ingresos de 90 millones, cuanto pago';
    expect(calculationFor(question)).toBeUndefined();
    expect(answerFromKnowledge(question).entryIds[0]).toBe('emplazamiento-no-declarar');
  });

  it('still computes a correction after a summons to correct', () => {
    expect(
      calculationFor(
        'me llego un emplazamiento para corregir y la diferencia es de 12 millones, cuanto es la sancion',
      )?.tool,
    ).toBe('correction_penalty');
  });
});

describe('the two last digits named without the word «dígitos» (c1)', () => {
  it.each([
    ['los dos ultimos de mi cedula son 6 y 1, plazo?', '61'],
    ['mis dos ultimos numeros son 5 y 0, que fecha me toca', '50'],
    ['los 2 ultimos de mi nit son 38 cuando declaro', '38'],
  ])('reads «%s» as the ending %s', (question, ending) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('calculation');
    expect(answer.markdown).toContain(`NIT terminado en ${ending}`);
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

describe('a couple asking whether they file together (f2)', () => {
  it.each([
    'mi novia y yo ganamos 60 millones cada uno, ¿podemos declarar juntos?',
    'entre los dos ganamos 120 millones, ¿declaramos cada uno por separado?',
    'mi esposa y yo tenemos un apartamento de 500 millones, ¿declaramos los dos o uno solo?',
  ])('leaves «%s» to the spouses entry, not to the filing test', (question) => {
    expect(calculationFor(question)).toBeUndefined();
    expect(answerFromKnowledge(question).entryIds[0]).toBe('conyuges-declaran-por-separado');
  });

  it('still runs the filing test for one spouse asking alone', () => {
    expect(calculationFor('mi esposa gana 70 millones al año, ¿ella tiene que declarar?')).toBeDefined();
  });
});

describe('a tax asked in other words: «¿eso paga renta?», «¿cuánto le toca a la DIAN?», a contractor’s fees', () => {
  it.each([
    [
      'de la herencia de mi mama me quedaron 400 millones, cuanto le corresponde a la dian',
      'occasional_gain_tax',
    ],
    [
      'soy asalariada y gane 150 millones el año pasado, pague intereses de vivienda por 8 millones, cuanto impuesto pago',
      'income_tax',
    ],
    ['como contratista me entraron 200 millones el año pasado, cuanto pago de renta', 'income_tax'],
    ['facturo 9 millones al mes, cuanto me saldria la renta', 'income_tax'],
    ['gano 6 millones mensuales, eso paga renta?', 'income_tax'],
  ])('computes «%s» with %s', (question, tool) => {
    expect(calculationFor(question)?.tool).toBe(tool);
  });

  it('reads «los dos ultimos digitos de la cc» as a NIT ending', () => {
    expect(answerFromKnowledge('los dos ultimos digitos de la cc son 07, cuando declaro').markdown).toMatch(
      /terminado en 07|terminad[oa] en 07|NIT.{0,40}07/,
    );
  });

  it('leaves a rent paid for a home to the entries', () => {
    expect(
      calculationFor('pago renta de 1 millon al mes por el apartamento donde vivo, eso se puede deducir?'),
    ).toBeUndefined();
  });
});

describe('a UVT count said as thousands and then the rest (f1)', () => {
  it('reads «3 mil 250 UVT», «1 mil 400 uvt» and «3 mil y 250 uvt» as one count', () => {
    expect(findAmounts('la exencion es de 3 mil 250 uvt')).toMatchObject([{ value: 3_250, inUvt: true }]);
    expect(findAmounts('el tope es 1 mil 400 uvt')).toMatchObject([{ value: 1_400, inUvt: true }]);
    expect(findAmounts('son 3 mil y 250 uvt, cuanto es')).toMatchObject([{ value: 3_250, inUvt: true }]);
  });

  it('keeps pesos in thousands and a UVT count told apart as two figures', () => {
    expect(findAmounts('gano 3 mil pesos y tengo 250 uvt')).toMatchObject([
      { value: 3_000, inUvt: false },
      { value: 250, inUvt: true },
    ]);
  });

  it('converts «3 mil 250 UVT» as 3.250 UVT', () => {
    expect(calculationFor('cuanto son 3 mil 250 uvt en pesos')?.result).toMatchObject({ ok: true });
    expect(answerFromKnowledge('cuanto son 3 mil 250 uvt en pesos').markdown).toContain('3.250 UVT');
  });
});

describe('the year an asset was bought dates its cost, not the return', () => {
  it.each([
    'vendi la casa en 400 millones, la compre en 2015 por 250, cuanto pago de impuesto',
    'tengo el apartamento desde 2012, lo vendo en 600 millones y lo compre por 350, cuanto pagaria',
  ])('computes «%s» for this season’s return', (question) => {
    const calculation = calculationFor(question);
    expect(calculation?.tool).toBe('occasional_gain_tax');
    expect(calculation?.result).toMatchObject({ ok: true, data: { taxableYear: 2025 } });
  });

  it('still reads the year of the sale as the taxable year', () => {
    expect(
      calculationFor('vendi la casa en 2024 por 400 millones y la compre por 250, cuanto pago de impuesto')
        ?.result,
    ).toMatchObject({ ok: true, data: { taxableYear: 2024 } });
  });
});

describe('a sale’s cost includes what was spent improving the asset (art. 69 ET)', () => {
  it.each([
    [
      'vendo mi apto en 500 millones, lo compre en 2018 en 300 y le meti 20 en remodelacion, cuanto pago',
      '$180.000.000',
    ],
    ['vendi un lote en 200 millones, lo compre en 120 y gaste 30 en mejoras, cuanto pago', '$50.000.000'],
    [
      'vendí la finca por 900 millones, me había costado 500 millones y 80 millones de remodelación, cuánto pago de impuesto',
      '$320.000.000',
    ],
  ])('subtracts the improvements in «%s»: gain %s', (question, gain) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('calculation');
    expect(answer.markdown).toContain(`la utilidad es ${gain}`);
    expect(answer.markdown).toContain('mejoras (art. 69 ET)');
  });

  it('reads a bare cost after «me costó» in millions like the price', () => {
    expect(
      answerFromKnowledge('vendi la casa en 400 millones y me costo 250, cuanto pago de ganancia ocasional')
        .markdown,
    ).toContain('la utilidad es $150.000.000');
  });

  it('says a sale at a loss leaves no gain to tax', () => {
    const answer = answerFromKnowledge('cuanto pago si vendo el carro en 60 millones que compre en 80');
    expect(answer.kind).toBe('calculation');
    expect(answer.markdown).toContain('no hay utilidad');
    expect(answer.markdown).toContain('**$0**');
  });
});

describe('which figure is the income, and what adds to it', () => {
  it.each([
    ['pago medicina prepagada 600 mil al mes y gano 10 millones, cuanto pago de renta', '$120.000.000'],
    [
      'tengo 2 hijos, pago 800 mil de intereses de vivienda y mi salario es de 9 millones, cuanto pago de renta',
      '$108.000.000',
    ],
    [
      'aporto 1 millon a pension voluntaria y me pagan 12 millones mensuales, cuanto me toca de renta',
      '$144.000.000',
    ],
  ])('takes the amount beside the work word in «%s»: %s a year', (question, income) => {
    expect(answerFromKnowledge(question).markdown).toContain(`Ingresos laborales del año: ${income}`);
  });

  it.each([
    ['mi sueldo es de 9 millones y me dieron una prima de 10, cuanto pago de renta', '$118.000.000'],
    [
      'gano 7 millones al mes y me dieron una bonificacion de 5 millones, cuanto pago de renta',
      '$89.000.000',
    ],
  ])('adds a bonus to the year in «%s»: %s', (question, income) => {
    const answer = answerFromKnowledge(question).markdown;
    expect(answer).toContain(`Ingresos laborales del año: ${income}`);
    expect(answer).toContain('Sumé al año la prima o bonificación');
  });

  it.each([
    [
      'tengo mi sueldo de 4,5 millones y aparte arriendo un apartamento en 2.200.000 mensuales. sumando todo cuanto me tocaria pagar de renta?',
      '$26.400.000',
      '$2.398.000',
    ],
    [
      'gano 8 millones al mes y me pagan 1,5 millones de arriendo, cuanto pago de renta',
      '$18.000.000',
      '$7.273.000',
    ],
  ])('adds a rent received beside the salary to the base in «%s»', (question, rent, tax) => {
    const answer = answerFromKnowledge(question).markdown;
    expect(answer).toContain(`Otros ingresos de la cédula general (arriendos, honorarios): ${rent}`);
    expect(answer).toContain(`**${tax}**`);
  });

  it.each([
    'gano 10 millones y pago arriendo de 2 millones, cuanto pago de renta',
    'gano 6 millones al mes y pago 1.500.000 de arriendo, cuanto pago de renta',
    'recibo 3 millones de arriendo al mes, cuanto me toca pagar de impuesto?',
  ])('adds no rent a tenant pays, and leaves a rent alone to its entry: «%s»', (question) => {
    expect(answerFromKnowledge(question).markdown).not.toContain('Otros ingresos de la cédula general');
  });

  it.each([
    'trabaje en dos empresas el año pasado, en una gane 30 millones y en otra 45, tengo que declarar?',
    'en la primera empresa gane 20 millones y en la otra 55, declaro?',
  ])('adds a second job said as a bare figure in «%s»', (question) => {
    const answer = answerFromKnowledge(question).markdown;
    expect(answer).toContain('Sumé tus ingresos');
    expect(answer).toContain('Ingresos brutos del año: $75.000.000');
  });
});

describe('a «renta del 2025» deadline gives both seasons the year may mean', () => {
  it.each([
    [
      'mi nit termina en 07 cuando tenia que declarar la renta del 2025',
      '15 de agosto de 2025',
      '18 de agosto de 2026',
    ],
    [
      'cc terminada en 00, cual era el ultimo dia para la renta de 2025?',
      '24 de octubre de 2025',
      '26 de octubre de 2026',
    ],
    ['plazo 2025 nit 33', '4 de septiembre de 2025', '4 de septiembre de 2026'],
  ])('«%s» names %s and %s', (question, filedIn2025, taxable2025) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('calculation');
    expect(answer.markdown).toContain(filedIn2025);
    expect(answer.markdown).toContain(`año gravable 2025**, con plazo el **`);
    expect(answer.markdown).toContain(taxable2025);
  });

  it.each([
    'cuando declaro en 2025 si mi nit termina en 33',
    'mi nit termina en 33, cuando vence el año gravable 2024',
    'plazo renta 2026 nit 45',
  ])('gives one date when the year is not ambiguous: «%s»', (question) => {
    expect(answerFromKnowledge(question).markdown).not.toContain('hablas de tus ingresos de ese año');
  });
});

describe('a late return told with the NIT ending and the day it was filed', () => {
  it.each([
    [
      'mi cedula termina en 08 y presente la renta del 2025 el 10 de noviembre de 2026, me salio 1 millon a pagar. cuanto me toca de extemporaneidad',
      'Del 18 de agosto de 2026',
      '3 meses',
      '$524.000',
    ],
    [
      'mi nit termina en 45, presente el 2 de octubre de 2026 con un impuesto de 10 millones, cuanto es la sancion',
      'Del 14 de septiembre de 2026',
      '1 mes',
      '$524.000',
    ],
    [
      'termino en 12 y la presente el 5 de diciembre con 3 millones de impuesto a cargo, de cuanto es la multa',
      'Del 20 de agosto de 2026',
      '4 meses',
      '$600.000',
    ],
  ])('counts from the NIT’s deadline in «%s»', (question, from, months, penalty) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('calculation');
    expect(answer.markdown).toContain(from);
    expect(answer.markdown).toContain(`conté ${months}`);
    expect(answer.markdown).toContain(`**${penalty}**`);
  });
});

describe('what is withheld from a prize is its tax', () => {
  it.each([
    ['me ganaré una rifa de 10 millones, cuanto me retienen', '$2.000.000'],
    ['si me gano 20 millones en el chance cuanto le retienen a uno', '$4.000.000'],
    ['gane 30 millones en el baloto, cuanto es de retencion', '$6.000.000'],
  ])('computes «%s»: %s', (question, tax) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('calculation');
    expect(answer.markdown).toContain(`**${tax}**`);
  });

  it('leaves a prize already withheld, asked whether to file, to the entry', () => {
    expect(
      calculationFor('me gane 5 millones en una rifa y ya me retuvieron, tengo que declarar?'),
    ).toBeUndefined();
  });
});

describe('figures told beside another question about filing', () => {
  it.each([
    [
      'tengo bitcoin y usdt en binance como por 20 millones, a q valor lo pongo en la declaracion?',
      'criptoactivos',
    ],
    [
      'cuanto me cobrarian x no declarar si ese año me consignaron unos 120 millones',
      'sancion-por-no-declarar',
    ],
    [
      'trabaje en dos empresas el año pasado, en cada una me pagaban como 3 millones, pa lo de declarar se suma o cada una cuenta aparte',
      'dos-empleadores',
    ],
  ])('answer the question, not a filing test: «%s»', (question, entry) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe(entry);
  });

  it.each([
    'gano 5 millones al mes, tengo que declarar o no?',
    'me consignaron 80 millones en el año, declaro?',
  ])('still runs the filing test when that is the question: «%s»', (question) => {
    expect(calculationFor(question)?.tool).toBe('filing_obligation');
  });
});
