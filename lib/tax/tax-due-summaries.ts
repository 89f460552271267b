import { ART_387_CAP_UVT, MAX_DEPENDANTS, type DependantsResult } from './dependants';
import { JOINT_CAP_UVT, LABOR_EXEMPT_CAP_UVT, type IncomeTaxResult } from './income-tax';
import { formatNumber, formatPesos } from './money';
import type { OccasionalGainKind, OccasionalGainResult } from './occasional-gain';

/**
 * The Spanish summaries of the tools that compute a tax or a deduction: the figure first, then the steps,
 * what the figure leaves out, and that the rule is not confirmed in an official source.
 */

export const UNCONFIRMED = 'Dato **no confirmado** aún en la fuente oficial: verifícalo antes de usarlo.';

export function incomeTaxSummary(result: IncomeTaxResult): string {
  const { bracket, labor } = result;
  const year = result.taxableYear;
  const lead = `Impuesto de renta estimado: **${formatPesos(result.tax)}** (año gravable ${year}, tabla del art. 241 del Estatuto Tributario), un ${formatNumber(result.effectiveRate)} % de la base.`;
  const laborSteps = labor
    ? [
        `- Ingresos laborales del año: ${formatPesos(labor.income)}.`,
        `- Renta exenta del 25 % (art. 206 num. 10): ${formatPesos(labor.quarter)}, con límite de ${formatNumber(LABOR_EXEMPT_CAP_UVT)} UVT (${formatPesos(labor.exemptCap)}) y dentro del 40 % o ${formatNumber(JOINT_CAP_UVT)} UVT (art. 336): se restan ${formatPesos(labor.exempt)}.`,
        ...(result.otherIncome > 0
          ? [
              `- Otros ingresos de la cédula general (arriendos, honorarios): ${formatPesos(result.otherIncome)}, sumados enteros, sin restar costos.`,
            ]
          : []),
      ]
    : [];
  const step =
    bracket.rate === 0
      ? `- ${formatNumber(result.baseUvt)} UVT no pasan de ${formatNumber(bracket.to ?? 0)} UVT: tarifa 0 %, no hay impuesto.`
      : `- (${formatNumber(result.baseUvt)} − ${formatNumber(bracket.from)}) × ${bracket.rate} %${bracket.base > 0 ? ` + ${formatNumber(bracket.base)}` : ''} = ${formatNumber(result.taxUvt)} UVT × ${formatPesos(result.uvt)} = ${formatPesos(result.tax)}, aproximado al múltiplo de mil (art. 577).`;
  const excluded = labor
    ? 'No resta los aportes obligatorios a salud y pensión, la deducción por dependientes, la medicina prepagada, los intereses de vivienda ni los aportes voluntarios: con ellos el impuesto suele ser **menor**. Tampoco resta las retenciones que ya te hicieron ni incluye dividendos ni ganancias ocasionales.'
    : 'No resta las retenciones que ya te hicieron ni incluye dividendos ni ganancias ocasionales, que se liquidan aparte.';
  return [
    lead,
    '',
    ...laborSteps,
    `- Base (renta líquida gravable): ${formatPesos(Math.round(result.basePesos))} = ${formatNumber(result.baseUvt)} UVT de ${year} (${formatPesos(result.uvt)}).`,
    step,
    '',
    excluded,
    '',
    `${UNCONFIRMED} La tabla y los límites los leímos en copias del Estatuto publicadas por terceros.`,
  ].join('\n');
}

const OCCASIONAL_GAIN_LABELS: Readonly<Record<OccasionalGainKind, string>> = {
  inheritance: 'una herencia o un legado',
  inherited_home: 'la vivienda heredada del causante',
  donation: 'una donación',
  lottery: 'un premio de lotería, rifa o apuesta',
  home_sale: 'la utilidad en la venta de tu vivienda',
  other: 'la utilidad en la venta de un bien poseído dos años o más',
};

export function occasionalGainSummary(result: OccasionalGainResult): string {
  const label = OCCASIONAL_GAIN_LABELS[result.kind];
  const rateRule = result.kind === 'lottery' ? 'art. 317' : 'art. 314';
  const lead = `Impuesto de ganancia ocasional estimado: **${formatPesos(result.tax)}** por ${label} de ${formatPesos(result.amount)} (tarifa del **${result.rate} %**, ${rateRule} del Estatuto Tributario; año gravable ${result.taxableYear}).`;
  const steps = [
    result.exemptRule && result.exemptCap !== undefined
      ? `- Parte exenta (${result.exemptRule}; ${formatPesos(result.exemptCap)} en ${result.taxableYear}): ${formatPesos(result.exempt)}.`
      : '- Sin parte exenta para este tipo de ganancia.',
    `- Parte gravada: ${formatPesos(result.taxable)} × ${result.rate} % = ${formatPesos(result.tax)}, aproximado al múltiplo de mil (art. 577).`,
  ];
  if (result.kind === 'lottery' && result.withholdingFloor !== undefined) {
    steps.push(
      result.withholding > 0
        ? `- Quien paga el premio te retiene el 20 % al pagarlo, porque supera 48 UVT (${formatPesos(result.withholdingFloor)}): ${formatPesos(result.withholding)}. Ese valor ya pagado se resta en tu declaración (arts. 306 y 404-1).`
        : `- Sin retención: el premio no supera 48 UVT (${formatPesos(result.withholdingFloor)}); igual es ganancia ocasional si declaras.`,
    );
    if (result.withholding > 0) {
      steps.push(
        `- Recibes ${formatPesos(result.amount - result.withholding)} después de la retención; en la declaración quedan ${formatPesos(Math.max(0, result.tax - result.withholding))} por pagar por este premio.`,
      );
    }
  }
  const excluded = {
    sale: 'La utilidad es el precio de venta menos el costo fiscal (lo que pagaste, mejoras y reajustes, arts. 69 a 73); no incluye la retención del 1 % en la notaría, que se resta en la declaración.',
    lottery:
      'Si el premio te obliga a declarar, va en la sección de ganancias ocasionales del formulario 210 y restas la retención; no incluye el impuesto de tus otras rentas.',
    gift: 'No incluye otras exenciones del art. 307 que puedan aplicar a tu caso (por ejemplo, si recibiste varios bienes) ni cómo se reparte entre varios herederos: cada uno declara lo suyo.',
    home: 'Supone que heredaste la vivienda completa y que tus 3.250 UVT no se usaron en otros bienes de la herencia. Si la casa se reparte entre varios herederos, las 13.000 UVT son una sola por inmueble y a cada uno le toca su parte; cada uno declara lo suyo.',
  }[
    result.kind === 'home_sale' || result.kind === 'other'
      ? 'sale'
      : result.kind === 'lottery'
        ? 'lottery'
        : result.kind === 'inherited_home'
          ? 'home'
          : 'gift'
  ];
  return [
    lead,
    '',
    ...steps,
    '',
    excluded,
    '',
    `${UNCONFIRMED} Las tarifas y los topes en UVT los leímos en copias del Estatuto publicadas por terceros.`,
  ].join('\n');
}

export function dependantsSummary(result: DependantsResult): string {
  const year = result.taxableYear;
  const who = `${result.dependants} ${result.dependants === 1 ? 'dependiente' : 'dependientes'}`;
  const lead = `Por ${who} puedes restar **${formatPesos(result.total)}** en el año gravable ${year}: ${result.counted} × ${result.perDependantUvt} UVT (${formatPesos(result.perDependant)} cada uno), art. 336 num. 3 del Estatuto Tributario, **por fuera** del límite del 40 % y 1.340 UVT.`;
  const lines = [
    ...(result.dependants > MAX_DEPENDANTS
      ? [`- Cuentan como máximo ${MAX_DEPENDANTS} dependientes para este beneficio.`]
      : []),
    result.art387 === undefined
      ? `- Otra opción (art. 387): el 10 % de tus ingresos brutos laborales, hasta ${formatNumber(ART_387_CAP_UVT)} UVT al año (${formatPesos(result.art387Cap)}), **dentro** del límite del 40 % y 1.340 UVT.`
      : `- Otra opción (art. 387): el 10 % de tus ingresos laborales, ${formatPesos(result.art387)} (tope ${formatNumber(ART_387_CAP_UVT)} UVT, ${formatPesos(result.art387Cap)}), **dentro** del límite del 40 % y 1.340 UVT.`,
    '- Un mismo dependiente no da los dos beneficios, salvo los casos que la DIAN explica en sus conceptos; este cálculo no elige por ti.',
  ];
  return [
    lead,
    '',
    ...lines,
    '',
    'Solo aplica si tienes rentas de trabajo, y cada dependiente debe cumplir las condiciones de la ley (edad, estudios, ingresos o dependencia certificada). No calcula tu impuesto.',
    '',
    `${UNCONFIRMED} Los topes en UVT los leímos en copias del Estatuto publicadas por terceros.`,
  ].join('\n');
}
