/**
 * Questions that carry their own figures ("gané 80 millones en 2025, ¿declaro?", "¿cuánto son 10 UVT
 * en 2026?", "sanción si declaro 3 meses tarde con 2 millones de impuesto") are answered by the exact
 * tax tools, not by prose. This module only reads the question and picks the tool call; the tools do
 * the arithmetic.
 */
import { FILING_THRESHOLD_YEARS } from '../tax/filing-obligation';
import type { CorrectionTiming } from '../tax/correction-penalty';
import { formatNumber, formatPesos } from '../tax/money';
import { lateFilingRuleWithoutTax } from '../tax/late-filing-penalty';
import { UNCONFIRMED } from '../tax/tax-due-summaries';
import { runTaxTool, type TaxToolName, type TaxToolResult } from '../tax/tools';
import { pesosToUvt, UVT_COVERED_YEARS } from '../tax/uvt';
import {
  findAmounts,
  findDelay,
  findMonths,
  isMonthlyIncome,
  SAID_MONTHLY,
  YEARLY_TOTAL,
  type Delay,
  type DeadlineLookup,
  type FoundAmount,
} from './amounts';
import { CURRENT_FILING_YEAR } from '../tax/deadlines';
import { capInPesosCalculation } from './cap-calculation';
import { nitEndingOf } from './deadline-answer';
import { lastDeadlineBefore } from './deadlines';
import { dependantsCalculation } from './dependants-calculation';
import { asksTaxAmount, taxDueCalculation } from './tax-due-calculations';
import { normalize } from './text';

export interface Calculation {
  tool: TaxToolName;
  result: TaxToolResult;
  /** What the answer assumed because the question did not say it, in Spanish. */
  assumptions: string[];
  /** The knowledge entry with the rules behind the calculation. */
  entryId: string;
}

const CURRENT_YEAR = CURRENT_FILING_YEAR;
/** The taxable year whose return is filed this season: the default when a question names none. */
const CURRENT_TAXABLE_YEAR = CURRENT_FILING_YEAR - 1;

type FigureField = 'gross_assets' | 'gross_income' | 'credit_card_spending' | 'purchases' | 'bank_deposits';

// Words that say what an amount is; the closest one before the amount wins ("gané 80 millones").
const FIELD_CUES: ReadonlyArray<readonly [RegExp, FigureField]> = [
  [
    /\b(?:patrimonio|bienes|activos|casa|apartamento|aptos?|carro|finca|lote|propiedad\w*|tengo)\b/g,
    'gross_assets',
  ],
  [
    /\b(?:ingres\w*|gan\w*|salario|sueldo|recib\w*|factur\w*|pension\w*|mesadas?|honorarios|devengu\w*|me pag(?:aron|aban|an|a)|me entraron|entradas|arrend\w*|alquil\w*)\b/g,
    'gross_income',
  ],
  [/\btarjeta\w*\b/g, 'credit_card_spending'],
  [/\b(?:compr\w*|consum\w*|gast\w*)\b/g, 'purchases'],
  [/\b(?:consign\w*|deposit\w*|inversion\w*|ahorr\w*|cuenta\w*|cdt)\b/g, 'bank_deposits'],
];
const CUE_WINDOW = 45;

function fieldFor(text: string, amount: FoundAmount): FigureField | undefined {
  let best: { field: FigureField; distance: number } | undefined;
  const before = text.slice(Math.max(0, amount.start - CUE_WINDOW), amount.start);
  for (const [cue, field] of FIELD_CUES) {
    for (const match of before.matchAll(cue)) {
      const distance = before.length - match.index;
      if (!best || distance < best.distance) best = { field, distance };
    }
  }
  // "75 palos de ingresos", "300 millones en patrimonio": the word right after names the figure too.
  const after = FIELD_AFTER.exec(text.slice(amount.end, amount.end + 25));
  if (after?.[1] && (!best || best.distance > after[0].length)) {
    const named = FIELD_CUES.find(([cue]) => new RegExp(cue.source).test(after[1] ?? ''));
    if (named) return named[1];
  }
  return best?.field;
}
const FIELD_AFTER = /^\s*(?:de|en)\s+(?:mis?\s+)?(\w+)/;

const PRIMA = /\bprimas?\b/;
// "recibo 14 mesadas": the payments a year, when said.
const PAYMENTS_A_YEAR = /\b(1[2-4]) (?:mesadas|sueldos|salarios|pagos)\b/;
const SEVERAL_SOURCES =
  /\b(?:(?:el|la|un|una|en el|en la|en) otr[oa]|ademas|tambien|aparte|(?:dos|2|tres|3) (?:trabajos|empleos|empleadores|contratos|fuentes))\b/;
const OBLIGATION_INTENT = /\b(?:declar\w*|obligad\w*|me toca|tengo que|debo|topes?)\b/;
const PENALTY_INTENT =
  /\b(?:sancion\w*|multa\w*|extemporane\w*|tarde|atrasad\w*|vencid\w*|fuera de plazo|retraso|se me (?:paso|vencio)|me demore|pasado el plazo)\b/;
const LATE_PAYMENT_INTEREST = /\b(?:interes\w*|moratori\w*)\b/;
// Paying late, as opposed to filing late: "lo voy a pagar 2 meses tarde", "estoy en mora".
const LATE_PAYMENT = /\bpag\w*(?: \w+){0,4} (?:tarde|atrasad\w*|despues)\b|\ben mora\b/;
const LATE_FILING =
  /\b(?:sancion\w*|multa\w*|extemporane\w*|(?:declar|present)\w*(?: \w+){0,4} (?:tarde|atrasad\w*|fuera de plazo|despues)|se me (?:paso|vencio)|me demore|pasado el plazo)\b/;
// "un mes después", "dos semanas después": lateness said with the delay itself.
const DELAY_AFTER = /\b(?:mes|meses|dias?|semanas?)\s+(?:despues|luego)\b/;
const UVT_INTENT = /\buvts?\b/;
const ASKS_TAX_AMOUNT = /\bcuant\w*\b[^?.]{0,40}\b(?:pag\w*|impuesto|cobr\w*)\b/;
const YEARLY = /\b(?:al ano|anual\w*|en el ano|todo el (?:ano|20\d{2})|del ano)\b/;
// "el tope de 1400", "límite de 4.500 UVT": a threshold in UVT named to compare with.
const NAMED_THRESHOLD = /\b(?:tope|limite)\s+(?:de\s+(?:los\s+)?)?(\d{1,2}\.?\d{3})\b/;
const PESOS_TO_UVT = /\b(?:cuant\w*|a|en)\s+uvts?\b/;
// "72 UVT por hijo", "32 UVT mensuales": a cap per person or per month is the rule asked about, not a
// figure to convert, unless the question asks for it in pesos.
const UVT_PER_UNIT =
  /\buvts?\s+(?:(?:por|x|para)\s+(?:cada\s+)?(?:hijo|dependiente|persona|mes|ano)\w*|(?:mensual|anual)\w*)/;
const CONVERSION_REQUEST =
  /\b(?:pesos|plata|equival\w*|convert\w*|cuanto (?:es|son|seria|serian|da|dan)|cuantos millones|a cuanto)\b/;
// "el tope de 4.500 UVT", "límite de 1.340 UVT", "más de 2.000 UVT": a threshold of the rules. Converted only on request, and then
// with the UVT of the taxable year it applies to, not this year's.
const CAP_RULE =
  /\b(?:topes?|limites?|maximo|patrimonio|declarar|mas de|menos de|super\w*|exced\w*|pasa de)\b/;
// «La exención de 13 mil UVT»: an exemption's cap is a rule of the taxable year too, unless «este año» is said.
const EXEMPTION_CAP = /\b(?:exencion\w*|exent[oa]s?)\b/;
const THIS_YEAR = /\beste ano\b/;
// "¿cómo se declara?" asks how, not whether: the figures in it are not for the obligation test.
const HOW_TO_FILE = /\bcomo (?:se |lo |la )?declar\w*/;
const MUST_FILE = /\b(?:obligad\w*|me toca|tengo que|debo)\b/;
const SUMMONS_TO_FILE = /\bemplaz\w*\b(?! para corregir)/;
const FILED = /\b(?:present\w*|declar\w*|entregu\w*)\b/;
const FILING_WORD = /\b(?:declar\w*|obligad\w*|topes?)\b/;
const TAX_DUE_CUE = /\b(?:impuesto|a cargo|a pagar|debia pagar|debo pagar|tenia que pagar|saldo a pagar)\b/;
const NO_TAX =
  /\b(?:sin impuesto|ni impuesto|no (?:tenia|tengo|tuve|hay|habia|me dio|me salio) impuesto|impuesto (?:de |en )?(?:0|cero))\b/;

// The wealth tax is another tax with its own return (form 420): a fortune told in a question about it is
// for its entry's threshold, not for the income tax's filing test or tax.
const WEALTH_TAX = /\bimpuesto (?:al |a la |de |del |sobre el )?(?:patrimonio|riqueza)\b/;

// A prize already paid net of its withholding ("me entregaron ocho, ya me cobraron el impuesto, ¿igual lo
// declaro?") asks whether a taxed prize still goes in the return: the prizes' entry says so; the figures are
// the prize's, not the year's income for the filing test.
const PRIZE = /\b(?:loteria\w*|rifa\w*|apuesta\w*|baloto|chance|sorteo\w*|premio\w*)\b/;
const ALREADY_WITHHELD =
  /\b(?:ya me (?:cobraron|quitaron|descontaron|retuvieron)|me (?:retuvieron|descontaron|quitaron|cobraron) (?:el |la |lo )?(?:impuesto|retencion|20)|me (?:entregaron|dieron|pagaron) (?:solo |solamente )?\w+ (?:millones|palos|mil)?\s*(?:menos|netos?)?)/;

// Figures read in the exógena ("en la exógena dice que recibí 90 millones pero la mitad fue un préstamo") are
// what third parties reported, which the citizen questions: the exógena's entry answers, not the filing test.
const EXOGENA_REPORTS =
  /\b(?:exogena|informacion reportada|reporte de terceros)\b.{0,30}\b(?:dice|dicen|sale|salen|aparece|aparecen|reporta\w*|figura\w*|muestra\w*)\b/;

// A year, not an amount: "2000 uvt del 2025" names 2025.
const YEAR = /\b(20\d{2})\b(?!\s*(?:uvts?|pesos|mil|millon\w*)\b)/g;
// "lo compré en 2018", "lo tengo desde 2015": the year an asset was bought dates its cost, not the return.
const DATES_AN_ACQUISITION = /\b(?:compr\w*|adquir\w*|desde|construi\w*)\b[^.?!,;]{0,15}$/;

/** The first year the question names that is not the date of an acquisition. */
function namedYear(text: string): number | undefined {
  for (const match of text.matchAll(YEAR)) {
    if (!DATES_AN_ACQUISITION.test(text.slice(Math.max(0, match.index - 30), match.index)))
      return Number(match[1]);
  }
  return undefined;
}

/** "declaro en 2026" names the filing year; "gané en 2025" or "año gravable 2025" the taxable year. */
function taxableYearOf(text: string): { year: number; assumed: boolean } {
  const filing =
    /\b(?:declar|present)\w*\s+(?:en|de|del)\s+(?:el\s+)?(20\d{2})\b|\bdeclaracion\s+(?:de|del)\s+(20\d{2})\b/.exec(
      text,
    );
  if (filing) return { year: Number(filing[1] ?? filing[2]) - 1, assumed: false };
  const year = namedYear(text);
  if (year !== undefined) return { year, assumed: false };
  // "¿el otro año me toca declarar?": the return filed next year is this year's.
  if (NEXT_YEAR_FILING.test(text)) return { year: CURRENT_TAXABLE_YEAR + 1, assumed: false };
  return { year: CURRENT_TAXABLE_YEAR, assumed: true };
}
const NEXT_YEAR_FILING = /\b(?:el|al) (?:otro|proximo|siguiente) ano\b|\bel ano (?:que viene|entrante)\b/;

function yearOf(text: string, fallback: number): { year: number; assumed: boolean } {
  const year = namedYear(text);
  return year !== undefined ? { year, assumed: false } : { year: fallback, assumed: true };
}

function unsupportedYear(tool: TaxToolName, year: number, years: readonly number[]): TaxToolResult {
  return {
    ok: false,
    tool,
    error: {
      code: 'invalid_arguments',
      message: `No tengo cifras oficiales para ${year}; puedo calcular para ${years.join(' y ')}.`,
    },
  };
}

function uvtCalculation(text: string, amounts: FoundAmount[], fallbackYear: number): Calculation | undefined {
  const inUvt = amounts.find((amount) => amount.inUvt);
  const inPesos = amounts.find((amount) => !amount.inUvt);
  if (!inUvt && !inPesos) return undefined;
  const { year, assumed } = yearOf(text, fallbackYear);
  const assumptions = assumed
    ? [
        fallbackYear === CURRENT_YEAR
          ? `Uso la UVT de ${CURRENT_YEAR} porque no indicaste el año.`
          : `Uso la UVT de ${fallbackYear}: los topes se miden con la UVT del año gravable que declaras en ${fallbackYear + 1}.`,
      ]
    : [];
  let pesos = inPesos?.value ?? 0;
  // "4 millones mensuales… ¿cuántas UVT son al año?": the year's total is what a threshold measures.
  if (!inUvt && SAID_MONTHLY.test(text) && YEARLY.test(text)) {
    pesos *= 12;
    assumptions.push('Tomé el valor como mensual y lo multipliqué por 12 para obtener el total del año.');
  }
  const threshold = NAMED_THRESHOLD.exec(text);
  const thresholdUvt = threshold?.[1] ? Number(threshold[1].replace('.', '')) : undefined;
  if (!inUvt && thresholdUvt && UVT_COVERED_YEARS.includes(year)) {
    const share = pesosToUvt(pesos, year);
    assumptions.push(
      `${formatNumber(share)} UVT ${share >= thresholdUvt ? 'alcanzan' : 'no alcanzan'} el tope de ${formatNumber(thresholdUvt)} UVT que mencionas.`,
    );
  }
  const args = inUvt ? { year, uvt: inUvt.value, pesos: null } : { year, uvt: null, pesos };
  const result = UVT_COVERED_YEARS.includes(year)
    ? runTaxTool('convert_uvt', args)
    : unsupportedYear('convert_uvt', year, UVT_COVERED_YEARS);
  return {
    tool: 'convert_uvt',
    result,
    assumptions,
    entryId: `uvt-${UVT_COVERED_YEARS.includes(year) ? year : CURRENT_YEAR}`,
  };
}

function obligationCalculation(text: string, amounts: FoundAmount[]): Calculation | undefined {
  const figures: Partial<Record<FigureField, number>> = {};
  const assumptions: string[] = [];
  const incomes: number[] = [];
  const assets: number[] = [];
  for (const amount of amounts) {
    if (amount.inUvt) continue;
    const field = fieldFor(text, amount);
    if (field === 'gross_income') incomes.push(amount.value);
    if (field === 'gross_assets') assets.push(amount.value);
    if (field && figures[field] === undefined) figures[field] = amount.value;
  }
  if (Object.keys(figures).length === 0) return undefined;
  // "en uno me pagaban 3.200.000 y en el otro 2.800.000": two jobs or sources add up to the year's income.
  if (incomes.length > 1 && SEVERAL_SOURCES.test(text)) {
    figures.gross_income = incomes.reduce((sum, value) => sum + value, 0);
    assumptions.push(`Sumé tus ingresos: ${incomes.map(formatPesos).join(' + ')}.`);
  }
  // "una casa de 180 millones y un carro de 60": the gross net worth is what every asset is worth.
  if (assets.length > 1) {
    figures.gross_assets = assets.reduce((sum, value) => sum + value, 0);
    assumptions.push(`Sumé tus bienes: ${assets.map(formatPesos).join(' + ')}.`);
  }
  const income = figures.gross_income;
  const payments = Number(PAYMENTS_A_YEAR.exec(text)?.[1] ?? 0);
  if (income !== undefined && payments > 0 && !YEARLY_TOTAL.test(text)) {
    figures.gross_income = income * payments;
    assumptions.push(
      `Multipliqué ${formatPesos(income)} por los ${payments} pagos del año: ${formatPesos(income * payments)}.`,
    );
  } else if (income !== undefined && isMonthlyIncome(text, income)) {
    // Primas de servicios: a month's salary more a year, paid in two halves.
    const months = PRIMA.test(text) ? 13 : 12;
    figures.gross_income = income * months;
    assumptions.push(
      months === 13
        ? 'Tomé el valor como mensual, lo multipliqué por 12 y sumé las primas (un salario más al año).'
        : 'Tomé el valor como mensual y lo multipliqué por 12 para obtener el ingreso del año.',
    );
  }
  const { year, assumed } = taxableYearOf(text);
  if (assumed) {
    assumptions.push(
      `Asumo el año gravable ${CURRENT_TAXABLE_YEAR} (declaración de ${CURRENT_TAXABLE_YEAR + 1}).`,
    );
  }
  const years: readonly number[] = FILING_THRESHOLD_YEARS;
  const result = years.includes(year)
    ? runTaxTool('filing_obligation', {
        taxable_year: year,
        gross_assets: figures.gross_assets ?? null,
        gross_income: figures.gross_income ?? null,
        credit_card_spending: figures.credit_card_spending ?? null,
        purchases: figures.purchases ?? null,
        bank_deposits: figures.bank_deposits ?? null,
        iva_responsible: /\bresponsable de(?:l)? iva\b/.test(text) ? true : null,
      })
    : unsupportedYear('filing_obligation', year, years);
  const entryYear = years.includes(year) ? year : CURRENT_TAXABLE_YEAR;
  return { tool: 'filing_obligation', result, assumptions, entryId: `quien-declara-ag-${entryYear}` };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** How the delay was counted, when the citizen did not say it in whole months. */
/** The deadline of the NIT ending the question gives, for a return it says was filed on one date. */
function deadlineByNit(text: string): DeadlineLookup | undefined {
  const ending = nitEndingOf(text);
  if (ending?.length !== 2) return undefined;
  return (filed) => {
    const found = lastDeadlineBefore(ending, filed);
    return (
      found && {
        deadline: found.deadline,
        from: `tu fecha límite: NIT terminado en ${ending}, año gravable ${found.taxableYear}`,
      }
    );
  };
}

function delayAssumptions(delay: Delay): string[] {
  const months = plural(delay.months, 'mes', 'meses');
  if (delay.fromDates) {
    return [
      `Del ${delay.fromDates.deadline} (${delay.deadlineFrom ?? 'tu fecha límite'}) al ${delay.fromDates.filed} (cuando presentas) conté ${months}: cada mes calendario o fracción de mes de retraso cuenta completo.`,
    ];
  }
  if (delay.fromDays === undefined) return [];
  const said =
    delay.withMonths === undefined
      ? plural(delay.fromDays, 'día', 'días')
      : `${plural(delay.withMonths, 'mes', 'meses')} y ${plural(delay.fromDays, 'día', 'días')}`;
  return [
    `Conté ${said} como ${months}: cada mes o fracción de mes de retraso cuenta completo (la cuenta exacta va por meses calendario desde tu fecha límite).`,
  ];
}

// "patrimonio líquido del año anterior": the basis of the penalty when there was neither tax nor income.
const NET_WORTH_CUE = /\bpatrimonio\b/;

/**
 * A late return without tax due whose income and net worth the question does not give: the rule applied to
 * the months it does give, with the minimum, and what figure would finish the calculation.
 */
function penaltyRuleWithoutTax(year: number, delay: Delay, assumed: boolean): Calculation {
  const rule = lateFilingRuleWithoutTax(year, delay.months);
  const months = plural(rule.monthsLate, 'mes', 'meses');
  const summary = [
    `Sin impuesto a cargo, la sanción por declarar ${months} tarde es el **${formatNumber(rule.incomePercent)} % de tus ingresos brutos** del año; si no tuviste ingresos, el **${formatNumber(rule.netWorthPercent)} % de tu patrimonio líquido del año anterior**. Nunca es menor que la mínima de ${rule.year}: **${formatPesos(rule.minimum)}** (10 UVT).`,
    '',
    `- 0,5 % de los ingresos brutos por cada mes o fracción, sin pasar del 5 % de esos ingresos ni de 2.500 UVT (${formatPesos(rule.noBalanceCap)}) si no hay saldo a favor (art. 641 ET).`,
    `- Sin ingresos: 1 % del patrimonio líquido del año anterior por mes o fracción, sin pasar del 10 % ni de 2.500 UVT.`,
    '- Dime tus ingresos brutos del año (o tu patrimonio líquido) y te doy la cifra exacta.',
    ...(rule.confirmed ? [] : ['', UNCONFIRMED]),
  ].join('\n');
  return {
    tool: 'late_filing_penalty',
    result: {
      ok: true,
      tool: 'late_filing_penalty',
      summary,
      appliesTo: `Sanción liquidada en ${rule.year}`,
      sources: rule.sources,
      confirmed: rule.confirmed,
      data: rule,
    },
    assumptions: [
      ...delayAssumptions(delay),
      ...(assumed ? [`Uso la UVT de ${CURRENT_YEAR}, el año en que presentarías la declaración.`] : []),
    ],
    entryId: 'sancion-extemporaneidad',
  };
}

function penaltyCalculation(
  text: string,
  amounts: FoundAmount[],
  afterSummons = false,
): Calculation | undefined {
  const said = yearOf(text, CURRENT_YEAR);
  const delay = findDelay(text, said.year, deadlineByNit(text));
  if (delay === undefined) return undefined;
  // «La renta del 2025, presentada el 10 de noviembre de 2026»: the date says the year of filing.
  const { year, assumed } = delay.filedYear === undefined ? said : { year: delay.filedYear, assumed: false };
  const pesos = amounts.filter((amount) => !amount.inUvt);
  const noTax = NO_TAX.test(text);
  if (pesos.length === 0) {
    return noTax && UVT_COVERED_YEARS.includes(year)
      ? penaltyRuleWithoutTax(year, delay, assumed)
      : undefined;
  }
  const near = (amount: FoundAmount, cue: RegExp) =>
    cue.test(text.slice(Math.max(0, amount.start - CUE_WINDOW), amount.end + CUE_WINDOW));
  const taxAmount = noTax ? undefined : pesos.find((amount) => near(amount, TAX_DUE_CUE));
  const incomeAmount = pesos.find((amount) => fieldFor(text, amount) === 'gross_income');
  const netWorthAmount = pesos.find(
    (amount) => fieldFor(text, amount) === 'gross_assets' && near(amount, NET_WORTH_CUE),
  );
  if (!taxAmount && !incomeAmount && !netWorthAmount) return undefined;
  // After a summons the tool computes the tax-due basis only; the others are the summons entry's prose.
  if (afterSummons && !taxAmount) return undefined;
  const assumptions = [
    ...delayAssumptions(delay),
    ...(assumed ? [`Calculo con la UVT de ${CURRENT_YEAR}, el año en que presentarías la declaración.`] : []),
  ];
  const result = UVT_COVERED_YEARS.includes(year)
    ? runTaxTool('late_filing_penalty', {
        year,
        months_late: delay.months,
        tax_due: taxAmount?.value ?? 0,
        gross_income: taxAmount ? null : (incomeAmount?.value ?? null),
        balance_in_favor: null,
        previous_net_worth: taxAmount || incomeAmount ? null : (netWorthAmount?.value ?? null),
        after_summons: afterSummons,
      })
    : unsupportedYear('late_filing_penalty', year, UVT_COVERED_YEARS);
  return {
    tool: 'late_filing_penalty',
    result,
    assumptions,
    entryId: afterSummons ? 'emplazamiento-no-declarar' : 'sancion-extemporaneidad',
  };
}

// Correcting a return: "corregí la declaración", "la corrección", "tengo que corregir".
const CORRECTION = /\b(?:correg\w*|corrij\w*|correccion\w*)\b/;
const CORRECTION_COST = /\b(?:sancion\w*|multa\w*|cuanto (?:pago|me cobran|me toca|es|seria))\b/;
const BEFORE_DEADLINE =
  /\b(?:antes del? (?:vencimiento|plazo|fecha limite|mi fecha)|dentro del plazo|todavia (?:estoy|estaba) (?:en|a) tiempo|no se me ha vencido)\b/;
// A summons named only to say there was none ("sin que la DIAN me mandara nada", "antes de que me emplacen").
const NO_SUMMONS =
  /\b(?:sin (?:que|emplazamiento)|antes de (?:que|un|el) (?:me )?emplaz\w*|no me (?:han|ha) emplazado|voluntari\w*)\b/;
const SUMMONS =
  /\b(?:emplaz\w*|requerimiento|me (?:mandaron|llego|notificaron) (?:un|una|el|la) (?:carta|oficio))\b/;
// "pasó de 2 a 5 millones", "antes pagaba 3 millones y ahora me da 9": the difference is the later figure
// minus the earlier one.
const FROM_TO =
  /\bde\s+\S+(?:\s+\S+)?\s+a\s+\S+|\b(?:antes|inicialmente|al principio|en la (?:inicial|primera|original))\b[^?]{0,60}\b(?:ahora|luego|despues|en la correccion|quedo|queda)\b/;
// "la inicial la presenté 2 meses tarde": the first return's lateness adds 5 % a month (art. 644 par. 1).
// The months must be the first return's: "corregí 3 meses después del plazo" dates the correction instead.
const INITIAL_RETURN = /\b(?:inicial|primera|original|la presente|la declare|la hice|la entregue)\b/;
const LATE_MONTHS = /\bmes(?:es)?\s+(?:tarde|de retraso|de atraso|atrasad\w*|extemporane\w*)/;

function initialMonthsLate(text: string): number | undefined {
  const late = LATE_MONTHS.exec(text);
  if (!late || !INITIAL_RETURN.test(text.slice(Math.max(0, late.index - 50), late.index))) return undefined;
  return findMonths(text.slice(Math.max(0, late.index - 12), late.index + late[0].length));
}

function correctionCalculation(text: string, amounts: FoundAmount[]): Calculation | undefined {
  const pesos = amounts.filter((amount) => !amount.inUvt);
  const [first, second] = pesos;
  if (!first) return undefined;
  const difference = second && FROM_TO.test(text) ? second.value - first.value : first.value;
  if (difference <= 0 || pesos.length > 2) return undefined;
  const assumptions: string[] = [];
  let timing: CorrectionTiming;
  if (BEFORE_DEADLINE.test(text)) timing = 'before_deadline';
  else if (SUMMONS.test(text) && !NO_SUMMONS.test(text)) timing = 'after_summons';
  else {
    timing = 'voluntary';
    if (!NO_SUMMONS.test(text) && !/\b(?:despues|vencid\w*|ya (?:paso|vencio))\b/.test(text)) {
      assumptions.push(
        'Asumo que corriges después de tu fecha límite y sin que la DIAN te haya emplazado para corregir.',
      );
    }
  }
  if (second && FROM_TO.test(text)) {
    assumptions.push(
      `Tomé como mayor valor a pagar la diferencia entre las dos cifras: ${formatPesos(difference)}.`,
    );
  }
  const initialLate = initialMonthsLate(text);
  if (initialLate === undefined) assumptions.push('Asumo que tu declaración inicial se presentó a tiempo.');
  const { year, assumed } = yearOf(text, CURRENT_YEAR);
  if (assumed)
    assumptions.push(`Calculo con la UVT de ${CURRENT_YEAR}, el año en que presentarías la corrección.`);
  const result = UVT_COVERED_YEARS.includes(year)
    ? runTaxTool('correction_penalty', {
        year,
        difference,
        timing,
        initial_months_late: initialLate ?? null,
      })
    : unsupportedYear('correction_penalty', year, UVT_COVERED_YEARS);
  return {
    tool: 'correction_penalty',
    result,
    assumptions,
    // A late first return adds art. 644's 5 % a month: the entry on that rule is the one cited.
    entryId: initialLate === undefined ? 'correcciones' : 'sancion-correccion-declaracion-extemporanea',
  };
}

const JOINT_OR_SEPARATE =
  /\b(?:(?:los|las) dos o (?:uno|una) sol[oa]|(?:uno|una) sol[oa] (?:por|para) (?:la pareja|los dos|las dos|ambos)|(?:declarar|declaramos|declaremos) (?:juntos|juntas|en pareja|como pareja)|(?:una sola|misma) declaracion (?:para|por) (?:los dos|ambos|la pareja)|cada uno (?:por )?(?:separado|aparte))\b/;

// Figures told beside another question about filing («¿a qué valor lo pongo en la declaración?», «¿qué me puede
// pasar?», «¿se suma o cuenta aparte?», «¿me toca reportar exógena como informante?») are the story of that
// question, not a filing test to run.
const ASKS_ANOTHER_RULE =
  /\b(?:a (?:que|q) valor|como (?:lo|la|los|las) (?:pongo|declaro|reporto|meto|relaciono)|(?:que|q) (?:me )?(?:pasa|pasaria|puede pasar)|me puede pasar|cuanto me (?:cobran|cobrarian|cobraria)|informante|se suma\w* o|(?:cuenta|cuentan|va|van) (?:aparte|por separado)|restada o|o (?:con )?lo (?:que|q) (?:es|vale))\b/;

/** The calculation a question asks for, or undefined when it carries no figures to compute with. */
export function calculationFor(question: string): Calculation | undefined {
  const text = normalize(question);
  const amounts = findAmounts(text);
  const dependants = dependantsCalculation(text, amounts, taxableYearOf(text));
  if (dependants) return dependants;
  const cap = capInPesosCalculation(text, taxableYearOf(text));
  if (cap) return cap;
  if (WEALTH_TAX.test(text)) return undefined;
  // A late return with no tax due carries its months but maybe no amount: the rule is still computed.
  if (amounts.length === 0 && !(NO_TAX.test(text) && PENALTY_INTENT.test(text))) return undefined;
  if (CORRECTION.test(text) && CORRECTION_COST.test(text)) return correctionCalculation(text, amounts);
  // Interest for paying late runs at a rate that changes every month (arts. 634 and 635 ET): the entry
  // explains it; the late-filing penalty is another charge.
  if (LATE_PAYMENT_INTEREST.test(text) && LATE_PAYMENT.test(text) && !LATE_FILING.test(text))
    return undefined;
  // After a summons to file the penalty is art. 642's (twice art. 641's): computed on the tax due the
  // question gives; without it, the summons' entry explains the rate with a worked example.
  if (SUMMONS_TO_FILE.test(text) && !CORRECTION.test(text)) return penaltyCalculation(text, amounts, true);
  // A penalty question without enough figures is for the prose entry, never for another tool.
  // "mi fecha era el 20 de agosto y la presenté el 3 de diciembre": two dates say the lateness.
  const filedBetweenDates = FILED.test(text) && findDelay(text)?.fromDates !== undefined;
  if (PENALTY_INTENT.test(text) || DELAY_AFTER.test(text) || filedBetweenDates)
    return penaltyCalculation(text, amounts);
  if (UVT_INTENT.test(text) && (amounts.some((amount) => amount.inUvt) || PESOS_TO_UVT.test(text))) {
    // "¿cuántas UVT son 4 millones?" asks for the conversion itself, whatever rule the question names.
    const conversion =
      CONVERSION_REQUEST.test(text) || (PESOS_TO_UVT.test(text) && amounts.some((amount) => !amount.inUvt));
    if (!conversion) {
      // "¿hay un tope…? escuché algo del 40 % y 1.340 UVT" asks about the rule, not for a tax on 1.340 UVT.
      if (UVT_PER_UNIT.test(text) || (CAP_RULE.test(text) && !ASKS_TAX_AMOUNT.test(text))) return undefined;
      const due = taxDueCalculation(text, amounts, taxableYearOf(text));
      if (due || CAP_RULE.test(text)) return due;
    }
    const taxableYearRule = CAP_RULE.test(text) || (EXEMPTION_CAP.test(text) && !THIS_YEAR.test(text));
    return uvtCalculation(text, amounts, taxableYearRule ? CURRENT_TAXABLE_YEAR : CURRENT_YEAR);
  }
  const due = taxDueCalculation(text, amounts, taxableYearOf(text));
  if (due) return due;
  if (HOW_TO_FILE.test(text) && !MUST_FILE.test(text)) return undefined;
  // "¿Cuánto me toca pagar por mi pensión?" asks a tax the tools do not compute (a pension, a rent): the
  // entry answers it; "me toca" there is paying, not the obligation to file.
  if (asksTaxAmount(text) && !FILING_WORD.test(text)) return undefined;
  if (PRIZE.test(text) && ALREADY_WITHHELD.test(text)) return undefined;
  if (EXOGENA_REPORTS.test(text)) return undefined;
  // "¿Tenemos que declarar los dos o uno solo?": a couple asking whether they file together asks the rule
  // (each files on their own), whatever figures they add up between them (f2).
  if (JOINT_OR_SEPARATE.test(text)) return undefined;
  if (OBLIGATION_INTENT.test(text) && !ASKS_ANOTHER_RULE.test(text))
    return obligationCalculation(text, amounts);
  return undefined;
}
