/**
 * "¿Cuánto pago?" questions that carry a figure: the income tax of an income or a taxable base (art. 241
 * ET) and the ganancia ocasional tax of an inheritance, a donation, a prize or the sale of a home. Only
 * reads the question; the tools in lib/tax do the arithmetic.
 */
import type { OccasionalGainKind } from '../tax/occasional-gain';
import { runTaxTool } from '../tax/tools';
import { formatPesos } from '../tax/money';
import { UVT_COVERED_YEARS, uvtToPesos } from '../tax/uvt';
import { isMonthlyIncome, NUMBER_WORDS, type FoundAmount } from './amounts';
import type { Calculation } from './calculations';

/** The taxable year the question names, or the current one with `assumed`. */
export interface YearRead {
  year: number;
  assumed: boolean;
}

// "¿cuánto pago?", "¿cuánto impuesto?", "el 15 % de…": the amount of a tax, not whether to file.
// Also what the DIAN takes or what is left ("¿cuánto se lleva la DIAN?", "¿cuánto me queda?") and whether
// anything more is owed ("¿tengo que pagar algo más?").
// "¿Cuánto sería la renta?" names the tax as "la renta"; "¿eso paga impuesto? ¿cuánto?" asks after the verb;
// "¿eso ya paga renta?" and "¿cuánto le toca a la DIAN?" ask whether and how much tax there is.
const HOW_MUCH_TAX =
  /\bcuant\w*\b[^?.]{0,40}\b(?:pag\w*|impuesto|cobr\w*|toca pagar|de renta|se lleva\w*|se queda\w*|me queda\w*|me quita\w*|me descuenta\w*)\b|\bcuanto (?:seria|es|sale|me sale|saldria|me saldria|daria|da|me da|queda|me queda) (?:la|mi) renta\b|\bcuant\w* (?:le |me |nos )?(?:toca|corresponde)\w* a la dian\b|\b(?:paga|pagaria|pagan|pago) (?:algo de )?renta\b|\b(?:pag\w*|impuesto\w*)\b[^.?]{0,25}\?\s*(?:y\s+)?cuant[oa]s?\b|\b\d+\s*%|\bque (?:impuesto|porcentaje|tarifa)\b|\btarifa\b|\b(?:tengo|toca|debo|hay) (?:que |q )?pagar (?:algo|mas|otra)\b|\b(?:pago|pagaria|pagamos|pagare) algo\b/;
/** "¿Cuánto pago?", "¿cuánto me toca pagar de renta?": the question asks for an amount of tax. */
export const asksTaxAmount = (text: string): boolean => HOW_MUCH_TAX.test(text);

// What is left of a prize, or what is withheld from it (the 20 % withheld is its tax): "¿cuánto me llega?",
// "¿cuánto recibo libre?", "¿cuánto me retienen?".
const PRIZE_RECEIVED =
  /\bcuant\w*\b[^?.]{0,30}\b(?:me llega\w*|recib\w*|me dan|me entregan|neto|libre\w*|(?:me |le |les )?retien\w*|(?:me |le )?retendr\w*|de retencion)\b/;
// Withholding on a salary follows its own table (art. 383 ET), not the yearly tax.
// "¿qué porcentaje pago?" asks for the rate table, which the entry shows with its worked example.
const RATE_QUESTION = /\b(?:porcentaje|tarifa)\b/;
const WITHHOLDING = /\b(?:retencion\w*|retien\w*|retuv\w*|descuent\w*)\b/;

const OCCASIONAL_CUES: ReadonlyArray<readonly [RegExp, OccasionalGainKind]> = [
  [/\b(?:loteria\w*|rifa\w*|apuesta\w*|baloto|chance|sorteo\w*|premio\w*|casino)\b/, 'lottery'],
  [/\b(?:done|dono|donaron|donado|donada|donacion\w*|regalaron|regalo|me regal\w*)\b/, 'donation'],
  // "mi papá falleció y nos dejó la casa": what a deceased parent left is an inheritance.
  [
    /\b(?:herencia\w*|hered\w*|legado|sucesion|testamento)\b|\b(?:falleci\w*|murio|muerte)\b[^.?]{0,60}\b(?:nos|me|les) dej(?:o|aron)\b/,
    'inheritance',
  ],
];
// Shares and crypto-assets have rules of their own (arts. 36-1 ET and the criptoactivos entry), not a plain 15 %.
// «Heredamos … 500 millones, ¿nos toca pagar ganancia ocasional?»: whether a tax is owed on what was received
// asks for its amount as «¿cuánto?» does.
const OWES_OCCASIONAL_TAX =
  /\b(?:toca|tocaria|hay que|tengo que|tenemos que|tienen que|debo|debemos)\s+pagar\b|\bpag\w*\s+(?:ganancia ocasional|impuesto)\b/;
// «Somos 3 hermanos», «entre dos herederos»: an estate shared in equal parts.
const HEIRS_COUNT =
  /\b(?:somos|eramos|entre)\s+(?:los\s+)?(\d+|dos|tres|cuatro|cinco|seis|siete|ocho)\s+(?:hermanos|hermanas|herederos|herederas|hijos|hijas|nietos)\b/;
/** How many heirs share the estate, when the question says so (2 to 20). */
function heirsSharing(text: string): number | undefined {
  const said = HEIRS_COUNT.exec(text)?.[1];
  const count = said === undefined ? undefined : (NUMBER_WORDS[said] ?? Number(said));
  return count !== undefined && count >= 2 && count <= 20 ? count : undefined;
}
/** Art. 307 num. 1 ET: the deceased's home is exempt up to 13.000 UVT, once per home, shared among its heirs. */
const DECEASED_HOME_UVT = 13_000;

const OWN_RULES = /\b(?:accion\w*|cripto\w*|bitcoin|usdt|btc|ethereum)\b/;
const HOME = /\b(?:casa|apartamento|apto|vivienda)\b/;
// "no hay casa ni nada", "sin apartamento": the home named only to say there is none.
const NO_HOME =
  /\b(?:no (?:hay|habia|incluye|incluia|es)|sin|ni)\s+(?:(?:una|la|el|un)\s+)?(?:casa|apartamento|apto|vivienda)\b/;
const SALE = /\b(?:vend\w*|venta)\b/;
const RENTED_OUT = /\b(?:arrendad\w*|alquilad\w*|lo (?:tenia|tuve) arrendado|en arriendo)\b/;
const GAIN_WORD = /\b(?:ganancia|utilidad|me gane|gane|ganando)\b/;
const COST_WORD = /\b(?:compr\w*|costo|costado|pague|me costo)\b/;
// What was spent improving the asset adds to its cost (art. 69 ET): "le metí 20 en remodelación", "mejoras por 30".
const IMPROVEMENT_WORD =
  /\b(?:meti\w*|mejora\w*|remodel\w*|arregl\w*|reform\w*|ampli\w*|invert\w*|invirti\w*|construi\w*)\b/;
// "gasté 30 en mejoras", "20 millones de remodelación": the improvement named after its amount.
const IMPROVEMENT_AFTER =
  /^\s*(?:(?:millones|palos|mill?)\s+)?(?:en|de)\s+(?:la\s+|las\s+|unas?\s+)?(?:mejora\w*|remodel\w*|arreglo\w*|reforma\w*|ampliaci\w*|obra\w*)/;

// "gano", "salario", "sueldo", fees a contractor invoices: an income from work; "renta liquida", "base
// gravable": the base itself.
const LABOR_CUE =
  /\b(?:gano|gane|ganaba|salario|sueldo|devengo|devengue|me pagan|honorarios|asalariad[oa]|contratista|me entr(?:o|aron|an)|factur\w*)\b/;
// "una prima de 10", "bonificación de 5 millones": a one-off payment from work on top of the salary.
const BONUS_BEFORE = /\b(?:prima|bonificacion|bono|aguinaldo)\b[^.?!,;]{0,15}$/;
// «Ya liquidado me queda una renta de…»: what is left after the deductions is the base itself.
const BASE_CUE =
  /\b(?:renta liquida|base gravable|renta gravable|base|ya liquidad[oa]|me queda\w* (?:una |de )?renta)\b/;
// The interest of a home loan and a voluntary pension contribution are deductions named beside a salary, not
// incomes.
const RENT_WORDS = /\b(?:arriend\w*|alquil\w*)\b/g;
const NOT_LABOR =
  /\b(?:pension\w*(?! voluntari)|arriendo\w*|dividendo\w*|intereses(?! (?:del|de mi|de la|de) (?:credito|prestamo|hipoteca|vivienda)))\b/;

function unsupported(tool: Calculation['tool'], year: number, entryId: string): Calculation {
  return {
    tool,
    result: {
      ok: false,
      tool,
      error: {
        code: 'invalid_arguments',
        message: `No tengo cifras oficiales para ${year}; puedo calcular para ${UVT_COVERED_YEARS.join(', ')}.`,
      },
    },
    assumptions: [],
    entryId,
  };
}

function yearAssumption({ year, assumed }: YearRead): string[] {
  return assumed ? [`Asumo el año gravable ${year} (declaración de ${year + 1}).`] : [];
}

/**
 * «No soy heredero forzoso», «no soy legitimario»: what a will leaves to someone who is neither a forced heir nor
 * the spouse is exempt like a donation, 20 % up to 1.625 UVT (art. 307 num. 3 ET), not the heirs' 3.250 UVT.
 */
const NOT_A_FORCED_HEIR =
  /\bno (?:soy|es|era|somos|son|fui|sea) (?:(?:su|sus|un|una) )?(?:(?:heredero|heredera|herederos|herederas) )?(?:forzos\w*|legitim\w*)/;

function occasionalKind(text: string): OccasionalGainKind | undefined {
  const cue = OCCASIONAL_CUES.find(([pattern]) => pattern.test(text));
  if (cue?.[1] === 'inheritance' && NOT_A_FORCED_HEIR.test(text)) return 'donation';
  // A home that was rented out was not the seller's own: no exemption for it (art. 311-1 ET).
  const home = HOME.test(text) && !NO_HOME.test(text) && !(SALE.test(text) && RENTED_OUT.test(text));
  if (cue) return cue[1] === 'inheritance' && home ? 'inherited_home' : cue[1];
  if (!SALE.test(text) || OWN_RULES.test(text)) return undefined;
  return home ? 'home_sale' : 'other';
}

const ENTRY_FOR_KIND: Readonly<Record<OccasionalGainKind, string>> = {
  inheritance: 'herencias-donaciones',
  inherited_home: 'herencias-donaciones',
  donation: 'herencias-donaciones',
  lottery: 'loterias-premios',
  home_sale: 'venta-vivienda-vehiculo',
  other: 'venta-vivienda-vehiculo',
};

/**
 * One heir's part of an estate shared in equal parts. Of the deceased's home each heir takes their part of its
 * one 13.000 UVT exemption, and the tool applies the heir's own 3.250 UVT to the rest.
 */
function sharedInheritance(
  whole: number,
  heirs: number,
  kind: OccasionalGainKind,
  year: number,
): { amount: number; kind: OccasionalGainKind; note: string } {
  const share = Math.round(whole / heirs);
  const split = `Divido ${formatPesos(whole)} entre ${heirs} herederos por partes iguales: a cada uno le tocan ${formatPesos(share)}, y cada uno declara su parte.`;
  if (kind !== 'inherited_home') return { amount: share, kind, note: split };
  const homeShare = uvtToPesos(DECEASED_HOME_UVT / heirs, year).rounded;
  return {
    amount: Math.max(0, share - homeShare),
    kind: 'inheritance',
    note: `${split} La exención de la vivienda del causante (13.000 UVT) es una sola y se reparte: a cada uno le corresponden ${formatPesos(homeShare)}; el cálculo es sobre el resto de su parte (art. 307 ET).`,
  };
}

interface SaleGain {
  gain: number;
  /** How the gain was reached from the figures, when the question gave price and cost instead of the gain. */
  note?: string;
}

const wordsBefore = (text: string, amount: FoundAmount) =>
  text.slice(Math.max(0, amount.start - 30), amount.start);

/**
 * The gain of a sale: the gain named as such, or the price minus the cost fiscal when both are given, the cost
 * including what was spent on improvements (art. 69 ET). A sale at a loss has no gain to tax.
 */
function saleGain(text: string, pesos: FoundAmount[]): SaleGain | undefined {
  const named = pesos.find((amount) => GAIN_WORD.test(wordsBefore(text, amount)));
  if (named) return { gain: named.value };
  const improvements = pesos.filter(
    (amount) =>
      IMPROVEMENT_WORD.test(wordsBefore(text, amount)) ||
      IMPROVEMENT_AFTER.test(text.slice(amount.end, amount.end + 40)),
  );
  const [first, second, ...others] = pesos.filter((amount) => !improvements.includes(amount));
  if (!first || !second || others.length > 0 || !COST_WORD.test(text)) return undefined;
  const costFirst = COST_WORD.test(wordsBefore(text, first));
  const [price, cost] = costFirst ? [second.value, first.value] : [first.value, second.value];
  const improved = improvements.reduce((sum, amount) => sum + amount.value, 0);
  const gain = Math.max(0, price - cost - improved);
  const basis =
    improved > 0
      ? `${formatPesos(cost)} de compra más ${formatPesos(improved)} de mejoras (art. 69 ET)`
      : `${formatPesos(cost)} de compra`;
  const verdict =
    gain > 0
      ? `la utilidad es ${formatPesos(gain)}`
      : 'no hay utilidad, así que no hay ganancia ocasional que pagar';
  return { gain, note: `Precio de venta ${formatPesos(price)} menos costo ${basis}: ${verdict}.` };
}

function occasionalGainCalculation(
  text: string,
  pesos: FoundAmount[],
  kind: OccasionalGainKind,
  year: YearRead,
): Calculation | undefined {
  const isSale = kind === 'home_sale' || kind === 'other';
  const sale = isSale ? saleGain(text, pesos) : undefined;
  const whole = isSale ? sale?.gain : pesos[0]?.value;
  if (whole === undefined) return undefined;
  const entryId = ENTRY_FOR_KIND[kind];
  if (!UVT_COVERED_YEARS.includes(year.year)) return unsupported('occasional_gain_tax', year.year, entryId);
  const heirs = kind === 'inheritance' || kind === 'inherited_home' ? heirsSharing(text) : undefined;
  const shared = heirs === undefined ? undefined : sharedInheritance(whole, heirs, kind, year.year);
  const amount = shared?.amount ?? whole;
  const assumptions = [
    ...yearAssumption(year),
    ...(kind === 'inheritance'
      ? ['Asumo que recibes la herencia como heredero, legatario o cónyuge, y no la vivienda del causante.']
      : []),
    ...(kind === 'donation' && NOT_A_FORCED_HEIR.test(text)
      ? [
          'Como no eres heredero forzoso ni cónyuge, lo heredado tiene la exención de las donaciones: 20 %, sin pasar de 1.625 UVT (art. 307 ET).',
        ]
      : []),
    ...(sale?.note ? [sale.note] : []),
    ...(isSale ? ['Asumo que tuviste el bien dos años o más; si no, la utilidad es renta ordinaria.'] : []),
  ];
  if (shared) assumptions.push(shared.note);
  return {
    tool: 'occasional_gain_tax',
    result: runTaxTool('occasional_gain_tax', {
      taxable_year: year.year,
      kind: shared?.kind ?? kind,
      amount,
    }),
    assumptions,
    entryId,
  };
}

// "arriendo un apartamento en 2.200.000", "me pagan 1,5 millones de arriendo": a rent beside the salary, the
// general schedule's capital income (art. 338 ET).
const RENT_BEFORE = /\b(?:arriend\w*|alquil\w*)\b[^.?!,;]{0,35}$/;
const RENT_AFTER =
  /^\s*(?:(?:pesos|mensuales|al mes)\s+)?(?:de|en|por)\s+(?:(?:el|un|mi)\s+)?(?:arriendo|alquiler|canon)\b/;
// "pago arriendo de 2 millones": the rent a tenant pays is no income.
const RENT_PAID =
  /\b(?:pago|pagamos|pagaba|pague|pagar|pagando)\s+(?:(?:de|el|un|mi|la)\s+)?(?:arriendo|alquiler|canon)\b/;
const SAID_MONTHLY_AFTER = /^\s*(?:pesos\s+)?(?:mensual\w*|al mes|cada mes|por mes)\b/;

/** The rents a question adds to a salary, each as a year's income. */
function rentsBesideSalary(text: string, pesos: FoundAmount[], monthlySalary: boolean): FoundAmount[] {
  return pesos
    .filter((amount) => {
      const before = text.slice(Math.max(0, amount.start - 40), amount.start);
      const after = text.slice(amount.end, amount.end + 40);
      return (RENT_BEFORE.test(before) || RENT_AFTER.test(after)) && !RENT_PAID.test(`${before}${after}`);
    })
    .map((amount) =>
      monthlySalary || SAID_MONTHLY_AFTER.test(text.slice(amount.end, amount.end + 20))
        ? { ...amount, value: amount.value * 12 }
        : amount,
    );
}

/**
 * The figure a question gives as its income: the one right after a word of work ("pago 600 mil de prepagada y
 * gano 10 millones" earns the 10), else the first. Bonuses are read apart.
 */
function incomeFigure(text: string, pesos: FoundAmount[]): FoundAmount | undefined {
  const cued = pesos.find((amount) =>
    LABOR_CUE.test(text.slice(Math.max(0, amount.start - 25), amount.start)),
  );
  return cued ?? pesos.find((amount) => !BONUS_BEFORE.test(text.slice(0, amount.start)));
}

function incomeTaxCalculation(text: string, amounts: FoundAmount[], year: YearRead): Calculation | undefined {
  const inUvt = amounts.find((amount) => amount.inUvt);
  const pesos = amounts.filter((amount) => !amount.inUvt);
  const inPesos = incomeFigure(text, pesos);
  const base = BASE_CUE.test(text);
  if ((!inUvt && !inPesos) || WITHHOLDING.test(text) || RATE_QUESTION.test(text)) return undefined;
  const monthly = inPesos !== undefined && isMonthlyIncome(text, inPesos.value);
  const rents =
    inPesos && !inUvt && !base
      ? rentsBesideSalary(
          text,
          pesos.filter((amount) => amount !== inPesos),
          monthly,
        )
      : [];
  // A rent told beside a salary is added to it; a pension, dividends or a rent alone are the entries' to explain.
  const notLabor = NOT_LABOR.test(rents.length === 0 ? text : text.replace(RENT_WORDS, ''));
  if (!inUvt && !base && (!LABOR_CUE.test(text) || notLabor)) return undefined;
  const entryId = 'tarifa-renta-art-241';
  if (!UVT_COVERED_YEARS.includes(year.year)) return unsupported('income_tax', year.year, entryId);
  const assumptions = yearAssumption(year);
  let labor: number | null = null;
  if (!inUvt && !base && inPesos) {
    labor = inPesos.value;
    if (monthly) {
      labor *= 12;
      assumptions.push('Tomé el valor como mensual y lo multipliqué por 12 para obtener el ingreso del año.');
    }
    const bonuses = pesos.filter((amount) => BONUS_BEFORE.test(text.slice(0, amount.start)));
    for (const bonus of bonuses) {
      labor += bonus.value;
      assumptions.push(`Sumé al año la prima o bonificación de ${formatPesos(bonus.value)}.`);
    }
    assumptions.push('Tomé tu ingreso como laboral y solo resté el 25 % exento: es un estimado por encima.');
  }
  const otherIncome = labor === null ? 0 : rents.reduce((sum, rent) => sum + rent.value, 0);
  if (otherIncome > 0)
    assumptions.push(
      `Sumé el arriendo del año (${formatPesos(otherIncome)}) a la base sin restarle costos ni gastos del inmueble, que lo reducirían.`,
    );
  return {
    tool: 'income_tax',
    result: runTaxTool('income_tax', {
      taxable_year: year.year,
      taxable_income: labor === null && !inUvt ? (inPesos?.value ?? null) : null,
      taxable_income_uvt: inUvt ? inUvt.value : null,
      labor_income: labor,
      other_income: otherIncome > 0 ? otherIncome : null,
    }),
    assumptions,
    entryId,
  };
}

/** The tax a question with figures asks for, or undefined when it asks something else. */
export function taxDueCalculation(
  text: string,
  amounts: FoundAmount[],
  year: YearRead,
): Calculation | undefined {
  const kind = occasionalKind(text);
  const asksOwed =
    HOW_MUCH_TAX.test(text) ||
    (kind === 'lottery' && PRIZE_RECEIVED.test(text)) ||
    ((kind === 'inheritance' || kind === 'inherited_home') && OWES_OCCASIONAL_TAX.test(text));
  if (!asksOwed) return undefined;
  const pesos = amounts.filter((amount) => !amount.inUvt);
  if (!kind && SALE.test(text)) return undefined;
  if (kind) return pesos.length > 0 ? occasionalGainCalculation(text, pesos, kind, year) : undefined;
  return incomeTaxCalculation(text, amounts, year);
}
