import { z } from 'zod';
import {
  defineTool,
  InsufficientDataError,
  runFunctionTool,
  type FunctionTool,
  type ToolFailure,
} from '../function-tools';
import { formatSpanishDate } from './spanish-dates';
import { describeCriterion, FILING_THRESHOLD_YEARS, filingObligation } from './filing-obligation';
import { DEADLINE_FILING_YEARS, filingDeadline } from './filing-deadline';
import {
  lateFilingPenalty,
  MissingPenaltyBasisError,
  SummonsPenaltyWithoutTaxError,
} from './late-filing-penalty';
import { CORRECTION_TIMINGS, correctionPenalty, type CorrectionTiming } from './correction-penalty';
import { dependantsDeduction } from './dependants';
import { incomeTax } from './income-tax';
import { OCCASIONAL_GAIN_KINDS, occasionalGainTax } from './occasional-gain';
import { dependantsSummary, incomeTaxSummary, occasionalGainSummary, UNCONFIRMED } from './tax-due-summaries';
import { formatNumber, formatPesos } from './money';
import type { OfficialSource } from './sources';
import { formatUvtInPesos, pesosToUvt, requireUvt, UVT_COVERED_YEARS, uvtToPesos } from './uvt';

/**
 * The exact tax tools, shared by both providers: the offline provider calls them when a question carries
 * the figures, the OpenAI provider offers them to the model as function tools so that dates and amounts
 * come from these tables and never from the model's memory.
 *
 * Arguments are validated with zod; a bad call returns an error object in Spanish (never throws), which
 * the model reads and can correct (see `lib/function-tools.ts`).
 */

const MAX_PESOS = 1e13;
const pesos = (description: string) => z.number().min(0).max(MAX_PESOS).describe(description);
const optionalPesos = (description: string) => pesos(description).nullable();
const yearOf = (years: readonly number[], description: string) =>
  z
    .number()
    .int()
    .min(Math.min(...years))
    .max(Math.max(...years))
    .refine((year) => years.includes(year), { error: `debe ser uno de: ${years.join(', ')}` })
    .describe(`${description} Años disponibles: ${years.join(', ')}.`);

const deadlineArgs = z
  .object({
    nit_last_two_digits: z
      .string()
      .regex(/^\d{2}$/, { error: 'deben ser exactamente dos dígitos, por ejemplo "07" o "45"' })
      .describe(
        'Los dos últimos dígitos del NIT, sin el dígito de verificación, como texto: "07", "45", "00".',
      ),
    filing_year: yearOf(DEADLINE_FILING_YEARS, 'Año en que se presenta la declaración.'),
  })
  .strict();

const obligationArgs = z
  .object({
    taxable_year: yearOf(
      [...FILING_THRESHOLD_YEARS],
      'Año gravable (el año de los ingresos, no el de la declaración).',
    ),
    gross_assets: optionalPesos(
      'Patrimonio bruto a 31 de diciembre del año gravable, en pesos; null si no se sabe.',
    ),
    gross_income: optionalPesos('Ingresos brutos del año gravable, en pesos; null si no se sabe.'),
    credit_card_spending: optionalPesos(
      'Consumos con tarjeta de crédito en el año, en pesos; null si no se sabe.',
    ),
    purchases: optionalPesos('Compras y consumos totales del año, en pesos; null si no se sabe.'),
    bank_deposits: optionalPesos(
      'Consignaciones bancarias, depósitos o inversiones financieras del año, en pesos; null si no se sabe.',
    ),
    iva_responsible: z
      .boolean()
      .nullable()
      .describe('Si era responsable del IVA a 31 de diciembre; null si no se sabe.'),
  })
  .strict();

const uvtArgs = z
  .object({
    year: yearOf(UVT_COVERED_YEARS, 'Año de la UVT.'),
    uvt: z
      .number()
      .min(0)
      .max(1e8)
      .nullable()
      .describe('Cantidad en UVT para pasar a pesos; null si se da pesos.'),
    pesos: optionalPesos('Cantidad en pesos para pasar a UVT; null si se da uvt.'),
  })
  .strict()
  .refine((args) => (args.uvt === null) !== (args.pesos === null), {
    error: 'indica exactamente uno de "uvt" o "pesos"',
  });

const penaltyArgs = z
  .object({
    year: yearOf(
      UVT_COVERED_YEARS,
      'Año en que se presenta la declaración tardía (define la UVT de la sanción mínima).',
    ),
    months_late: z
      .number()
      .int()
      .min(1)
      .max(600)
      .describe('Meses o fracción de mes de retraso desde el vencimiento: un día tarde cuenta como 1 mes.'),
    tax_due: pesos('Impuesto a cargo de la declaración, en pesos (0 si no hay impuesto a cargo).'),
    gross_income: optionalPesos(
      'Ingresos brutos del periodo, en pesos; necesario si no hay impuesto a cargo.',
    ),
    balance_in_favor: optionalPesos('Saldo a favor de la declaración, en pesos; null si no hay.'),
    previous_net_worth: optionalPesos(
      'Patrimonio líquido del año anterior, en pesos; solo si no hay impuesto a cargo ni ingresos.',
    ),
    after_summons: z
      .boolean()
      .nullable()
      .describe(
        'true si se declara después de recibir el emplazamiento para declarar de la DIAN (art. 642 ET: el doble); null o false si no.',
      ),
  })
  .strict();

const correctionArgs = z
  .object({
    year: yearOf(
      UVT_COVERED_YEARS,
      'Año en que se presenta la corrección (define la UVT de la sanción mínima).',
    ),
    difference: pesos(
      'Mayor valor a pagar (o menor saldo a favor) que resulta de la corrección frente a la declaración anterior, en pesos, sin incluir esta sanción.',
    ),
    timing: z
      .enum(CORRECTION_TIMINGS as [CorrectionTiming, ...CorrectionTiming[]])
      .describe(
        'before_deadline: antes del vencimiento del plazo; voluntary: después del vencimiento y antes de un emplazamiento para corregir; after_summons: después del emplazamiento para corregir y antes del requerimiento especial.',
      ),
    initial_months_late: z
      .number()
      .int()
      .min(0)
      .max(600)
      .nullable()
      .describe(
        'Meses o fracción de mes con que se presentó tarde la declaración inicial; 0 o null si fue a tiempo.',
      ),
  })
  .strict();

const incomeTaxArgs = z
  .object({
    taxable_year: yearOf(UVT_COVERED_YEARS, 'Año gravable (define la UVT con que se aplica la tabla).'),
    taxable_income: optionalPesos(
      'Renta líquida gravable de la cédula general y de pensiones, en pesos; null si se da en UVT o se da el ingreso laboral.',
    ),
    taxable_income_uvt: z
      .number()
      .min(0)
      .max(1e8)
      .nullable()
      .describe('La misma base en UVT; null si se da en pesos o se da el ingreso laboral.'),
    labor_income: optionalPesos(
      'Ingresos laborales del año, en pesos, cuando no se conoce la base: solo se resta el 25 % exento.',
    ),
    other_income: optionalPesos(
      'Otros ingresos del año de la cédula general junto al ingreso laboral (arriendos, honorarios), en pesos: se suman enteros a la base, sin costos; null si no hay o si se da la base.',
    ),
  })
  .strict()
  .refine(
    (args) =>
      [args.taxable_income, args.taxable_income_uvt, args.labor_income].filter((value) => value !== null)
        .length === 1,
    { error: 'indica exactamente uno de "taxable_income", "taxable_income_uvt" o "labor_income"' },
  )
  .refine((args) => args.other_income === null || args.labor_income !== null, {
    error: '"other_income" solo se suma a "labor_income"',
  });

const occasionalGainArgs = z
  .object({
    taxable_year: yearOf(UVT_COVERED_YEARS, 'Año gravable en que se recibe la ganancia.'),
    kind: z
      .enum(OCCASIONAL_GAIN_KINDS)
      .describe(
        'inheritance: herencia o legado de un heredero o el cónyuge; inherited_home: vivienda de habitación del causante; donation: donación; lottery: lotería, rifa, apuesta o premio; home_sale: utilidad en la venta de la propia vivienda poseída dos años o más; other: otra venta de un bien poseído dos años o más.',
      ),
    amount: pesos(
      'Valor recibido o premio; en una venta, la utilidad (precio de venta menos costo fiscal), en pesos.',
    ),
  })
  .strict();

const dependantsArgs = z
  .object({
    taxable_year: yearOf(UVT_COVERED_YEARS, 'Año gravable que se declara.'),
    dependants: z.number().int().min(1).max(20).describe('Número de dependientes económicos.'),
    labor_income: optionalPesos(
      'Ingresos brutos laborales del año, en pesos, para calcular el 10 % del art. 387; null si no se sabe.',
    ),
  })
  .strict();

export interface TaxToolSuccess {
  ok: true;
  tool: TaxToolName;
  /** Spanish markdown a citizen can read: the figure, the year it applies to and its caveats. */
  summary: string;
  /** The year the figures belong to, in the knowledge base's wording ("Año gravable 2025 (declaración de 2026)"). */
  appliesTo: string;
  sources: OfficialSource[];
  /** False when a figure rests on data not yet confirmed in an official source. */
  confirmed: boolean;
  data: unknown;
}

export type TaxToolFailure = ToolFailure;

export type TaxToolResult = TaxToolSuccess | TaxToolFailure;

function caveat(confirmed: boolean): string {
  return confirmed ? '' : ` ${UNCONFIRMED}`;
}

/** What a tax tool's `run` returns; the registry adds `ok` and the tool's name. */
type TaxToolPayload = Omit<TaxToolSuccess, 'ok' | 'tool'>;

const spec = <S extends z.ZodType>(tool: FunctionTool<S, TaxToolPayload>) => defineTool(tool);

/** Without tax, income or net worth the penalty has no basis: the model is told which figure to ask for. */
function penaltyFor(args: z.output<typeof penaltyArgs>) {
  try {
    return lateFilingPenalty({
      year: args.year,
      monthsLate: args.months_late,
      impuestoACargo: args.tax_due,
      ingresosBrutos: args.gross_income,
      saldoAFavor: args.balance_in_favor,
      patrimonioLiquidoAnterior: args.previous_net_worth,
      afterSummons: args.after_summons === true,
    });
  } catch (error) {
    if (error instanceof MissingPenaltyBasisError || error instanceof SummonsPenaltyWithoutTaxError)
      throw new InsufficientDataError(error.message);
    throw error;
  }
}

export const TAX_TOOLS = {
  filing_deadline: spec({
    description:
      'Fecha límite para declarar renta de una persona natural según los dos últimos dígitos del NIT y el año en que se declara. Úsala siempre que respondas una fecha de vencimiento.',
    schema: deadlineArgs,
    run(args) {
      const deadline = filingDeadline(args.nit_last_two_digits, args.filing_year);
      if (!deadline) throw new RangeError('deadline table mismatch');
      const summary = `Si tu NIT termina en **${deadline.nitEnding}**, el plazo para declarar y pagar la renta del año gravable ${deadline.taxableYear} vence el **${deadline.dateText}** (plazos de ${deadline.filingYear}: del ${formatSpanishDate(deadline.firstDate)} al ${formatSpanishDate(deadline.lastDate)}).${deadline.confirmed ? '' : ' Es una fecha **calculada con la regla del Decreto 2229 de 2023, no confirmada** en la publicación oficial.'}`;
      return {
        summary,
        appliesTo: `Año gravable ${deadline.taxableYear} (declaración de ${deadline.filingYear})`,
        sources: deadline.sources,
        confirmed: deadline.confirmed,
        data: deadline,
      };
    },
  }),
  filing_obligation: spec({
    description:
      'Dice si una persona natural residente debe declarar renta por un año gravable, comparando sus cifras con los topes en UVT (patrimonio 4.500 UVT; ingresos, tarjeta, compras y consignaciones 1.400 UVT; responsable de IVA).',
    schema: obligationArgs,
    run(args) {
      const result = filingObligation({
        taxableYear: args.taxable_year as (typeof FILING_THRESHOLD_YEARS)[number],
        patrimonioBruto: args.gross_assets,
        ingresosBrutos: args.gross_income,
        consumosTarjeta: args.credit_card_spending,
        comprasConsumos: args.purchases,
        consignaciones: args.bank_deposits,
        responsableIva: args.iva_responsible,
      });
      const verdict = result.mustFile
        ? `**Sí debes declarar** renta por el año gravable ${result.taxableYear} (declaración de ${result.filingYear}): cumples al menos un tope.`
        : result.complete
          ? `**No estás obligado** a declarar renta por el año gravable ${result.taxableYear} con las cifras indicadas: no superas ningún tope.`
          : `**No**: con las cifras indicadas **no superas ningún tope** del año gravable ${result.taxableYear}. Faltan datos, así que revisa también los criterios no indicados antes de concluir que no debes declarar.`;
      // The citizen's own figures first, so the comparison that decides is on the first screen.
      const lines = [...result.criteria]
        .sort((a, b) => Number(a.value === null) - Number(b.value === null))
        .map((criterion) => `- ${describeCriterion(criterion)}`);
      const summary = [
        verdict,
        '',
        ...lines,
        '',
        `Topes calculados con la UVT de ${result.taxableYear} (${formatPesos(result.uvt)}) y aproximados como ordena el art. 868 del Estatuto Tributario.${caveat(result.confirmed)}`,
      ].join('\n');
      return {
        summary,
        appliesTo: `Año gravable ${result.taxableYear} (declaración de ${result.filingYear})`,
        sources: result.sources,
        confirmed: result.confirmed,
        data: result,
      };
    },
  }),
  convert_uvt: spec({
    description:
      'Convierte entre UVT y pesos con el valor oficial de la UVT de un año (2024, 2025 o 2026). Úsala para cualquier valor expresado en UVT.',
    schema: uvtArgs,
    run(args) {
      const uvt = requireUvt(args.year);
      let summary: string;
      let data: Record<string, number>;
      if (args.uvt !== null) {
        const converted = uvtToPesos(args.uvt, args.year);
        summary = `**${formatNumber(args.uvt)} UVT** en ${args.year} equivalen a **${formatUvtInPesos(args.uvt, args.year)}**, la cifra aproximada como ordena el art. 868 del Estatuto Tributario (producto exacto: ${formatNumber(args.uvt)} × ${formatPesos(uvt.value)} = ${formatPesos(converted.exact)}; UVT ${args.year}: ${uvt.resolution}).`;
        data = {
          year: args.year,
          uvtValue: uvt.value,
          uvt: args.uvt,
          pesos: converted.exact,
          roundedPesos: converted.rounded,
        };
      } else {
        const amount = args.pesos ?? 0;
        const inUvt = pesosToUvt(amount, args.year);
        summary = `**${formatPesos(amount)}** en ${args.year} equivalen a **${formatNumber(inUvt)} UVT** (UVT ${args.year}: ${formatPesos(uvt.value)}, ${uvt.resolution}).`;
        data = { year: args.year, uvtValue: uvt.value, pesos: amount, uvt: inUvt };
      }
      return {
        summary: `${summary}${caveat(uvt.confirmed)}`,
        appliesTo: `Año ${args.year}`,
        sources: [uvt.source],
        confirmed: uvt.confirmed,
        data,
      };
    },
  }),
  late_filing_penalty: spec({
    description:
      'Calcula la sanción por extemporaneidad de una declaración presentada tarde: antes del emplazamiento (art. 641 del Estatuto Tributario) o después de él (art. 642, sobre el impuesto a cargo), con la sanción mínima de 10 UVT (art. 639).',
    schema: penaltyArgs,
    run(args) {
      const result = penaltyFor(args);
      const base = {
        impuesto: 'del impuesto a cargo',
        ingresos: 'de los ingresos brutos',
        patrimonio: 'del patrimonio líquido del año anterior',
      }[result.basis];
      const steps = [
        `- ${formatNumber(result.ratePerMonth)} % ${base} × ${result.monthsLate} ${result.monthsLate === 1 ? 'mes' : 'meses'} = ${formatPesos(result.computed)}.`,
        `- Tope: ${result.capReason} (${formatPesos(result.cap)})${result.capped ? ': se aplica el tope.' : '.'}`,
        `- Sanción mínima de ${result.year}: 10 UVT = ${formatPesos(result.minimum)}${result.minimumApplied ? ': se aplica la mínima.' : '.'}`,
      ];
      const summary = [
        `Sanción por extemporaneidad estimada: **${formatPesos(result.penalty)}** (declarando en ${result.year}).`,
        '',
        ...steps,
        ...result.notes.map((note) => `- ${note}`),
        ...(result.confirmed ? [] : ['', UNCONFIRMED]),
      ].join('\n');
      return {
        summary,
        appliesTo: `Sanción liquidada en ${result.year}`,
        sources: result.sources,
        confirmed: result.confirmed,
        data: result,
      };
    },
  }),
  correction_penalty: spec({
    description:
      'Calcula la sanción por corrección (art. 644 del Estatuto Tributario) cuando una corrección aumenta el valor a pagar o disminuye el saldo a favor: 0 antes del vencimiento, 10 % después del vencimiento y antes de un emplazamiento para corregir, 20 % después del emplazamiento; más 5 % por mes si la declaración inicial fue extemporánea, con tope del 100 % y mínimo de 10 UVT.',
    schema: correctionArgs,
    run(args) {
      const result = correctionPenalty({
        year: args.year,
        difference: args.difference,
        timing: args.timing,
        initialMonthsLate: args.initial_months_late,
      });
      const when = {
        before_deadline: 'antes del vencimiento del plazo para declarar',
        voluntary:
          'después del vencimiento y antes de que la DIAN te emplace para corregir (art. 644 num. 1)',
        after_summons:
          'después del emplazamiento para corregir y antes del requerimiento especial (art. 644 num. 2)',
      }[result.timing];
      const steps =
        result.rate === 0
          ? [
              '- Si corriges antes del vencimiento del plazo para declarar, no se liquida sanción por corrección.',
            ]
          : [
              `- ${formatNumber(result.rate)} % del mayor valor a pagar de ${formatPesos(result.difference)} = ${formatPesos(result.computed)}${result.initialMonthsLate > 0 ? ` (incluye 5 % por cada uno de los ${result.initialMonthsLate} meses de retraso de la declaración inicial)` : ''}.`,
              ...(result.capped ? ['- Tope: el 100 % del mayor valor a pagar: se aplica el tope.'] : []),
              `- Sanción mínima de ${result.year}: 10 UVT = ${formatPesos(result.minimum)}${result.minimumApplied ? ': se aplica la mínima.' : '.'}`,
              '- Se liquida en la misma declaración de corrección; puede reducirse si cumples el art. 640 ET (este cálculo no aplica reducciones). Los intereses de mora sobre el mayor valor se suman aparte.',
            ];
      const summary = [
        `Sanción por corrección estimada: **${formatPesos(result.penalty)}**, corrigiendo ${when}, en ${result.year}.`,
        '',
        ...steps,
        '- Corregir para pagar menos o pedir más saldo a favor no tiene esta sanción (art. 589 ET).',
        '',
        `Regla del art. 644 leída en copias no oficiales del Estatuto: ${UNCONFIRMED}`,
      ].join('\n');
      return {
        summary,
        appliesTo: `Corrección presentada en ${result.year}`,
        sources: result.sources,
        confirmed: result.confirmed,
        data: result,
      };
    },
  }),
  income_tax: spec({
    description:
      'Calcula el impuesto de renta de una persona natural residente con la tabla marginal del art. 241 del Estatuto Tributario, a partir de la renta líquida gravable (en pesos o UVT) o, como estimado, del ingreso laboral del año restando solo el 25 % exento.',
    schema: incomeTaxArgs,
    run(args) {
      const result = incomeTax({
        taxableYear: args.taxable_year,
        basePesos: args.taxable_income,
        baseUvt: args.taxable_income_uvt,
        laborIncome: args.labor_income,
        otherIncome: args.other_income,
      });
      return {
        summary: incomeTaxSummary(result),
        appliesTo: `Año gravable ${result.taxableYear} (declaración de ${result.taxableYear + 1})`,
        sources: result.sources,
        confirmed: result.confirmed,
        data: result,
      };
    },
  }),
  occasional_gain_tax: spec({
    description:
      'Calcula el impuesto de ganancia ocasional de una persona natural residente: herencias, donaciones, loterías y premios (con su retención), venta de la vivienda o de otro bien poseído dos años o más, con las exenciones en UVT de los arts. 307 y 311-1.',
    schema: occasionalGainArgs,
    run(args) {
      const result = occasionalGainTax({
        taxableYear: args.taxable_year,
        kind: args.kind,
        amount: args.amount,
      });
      return {
        summary: occasionalGainSummary(result),
        appliesTo: `Año gravable ${result.taxableYear} (declaración de ${result.taxableYear + 1})`,
        sources: result.sources,
        confirmed: result.confirmed,
        data: result,
      };
    },
  }),
  dependants_deduction: spec({
    description:
      'Calcula la deducción por dependientes económicos de una persona natural residente con rentas de trabajo: 72 UVT por dependiente hasta 4 (art. 336 num. 3) y, como alternativa, el 10 % de los ingresos laborales hasta 384 UVT al año (art. 387).',
    schema: dependantsArgs,
    run(args) {
      const result = dependantsDeduction({
        taxableYear: args.taxable_year,
        dependants: args.dependants,
        laborIncome: args.labor_income,
      });
      return {
        summary: dependantsSummary(result),
        appliesTo: `Año gravable ${result.taxableYear} (declaración de ${result.taxableYear + 1})`,
        sources: result.sources,
        confirmed: result.confirmed,
        data: result,
      };
    },
  }),
};

export type TaxToolName = keyof typeof TAX_TOOLS;

/** Runs a tax tool on already-parsed arguments (the offline provider) or raw JSON text (a model's call). */
export function runTaxTool(name: string, rawArguments: unknown): TaxToolResult {
  return runFunctionTool(TAX_TOOLS, name, rawArguments);
}
