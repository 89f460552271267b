import { roundToThousand } from './money';
import { OFFICIAL_SOURCES, type OfficialSource } from './sources';
import { requireUvt, uvtToPesos } from './uvt';

/**
 * The late-filing penalty of art. 641 ET (a return filed late but before any DIAN summons) or, after a
 * summons to file, of art. 642 ET (twice the rate, up to twice the cap), with the 10 UVT minimum of
 * art. 639. The UVT is the one of the year the penalty is paid, i.e. the year the late return is filed.
 * Reductions under art. 640 are out of scope and said so in the result; after a summons only the tax-due
 * basis is computed (the other bases' caps there are not confirmed in pesos of today).
 */

export const MINIMUM_PENALTY_UVT = 10;
const NO_BALANCE_CAP_UVT = 2_500;

export interface LateFilingInput {
  /** Year the late return is filed: picks the UVT of the minimum and of the 2.500 UVT cap. */
  year: number;
  /** Months or fractions of a month since the deadline: 1 day late is 1 month. */
  monthsLate: number;
  /** Tax owed in the return (impuesto a cargo), in pesos. */
  impuestoACargo: number;
  /** Gross income of the period, used when no tax is owed. */
  ingresosBrutos?: number | null;
  /** Balance in favour shown in the return, if any. */
  saldoAFavor?: number | null;
  /** Net worth of the previous year, used when there is neither tax nor income. */
  patrimonioLiquidoAnterior?: number | null;
  /** Filed after the DIAN's summons to file (emplazamiento): art. 642 instead of art. 641. */
  afterSummons?: boolean;
}

export type PenaltyBasis = 'impuesto' | 'ingresos' | 'patrimonio';

export interface LateFilingPenalty {
  year: number;
  uvt: number;
  monthsLate: number;
  basis: PenaltyBasis;
  /** Percentage per month or fraction, e.g. 5 for 5 %. */
  ratePerMonth: number;
  /** Penalty before caps and the minimum. */
  computed: number;
  cap: number;
  capReason: string;
  minimum: number;
  minimumApplied: boolean;
  capped: boolean;
  /** What to pay, approximated to the nearest thousand like every value in a return (art. 577 ET). */
  penalty: number;
  sources: OfficialSource[];
  confirmed: boolean;
  notes: string[];
}

export class SummonsPenaltyWithoutTaxError extends Error {
  constructor() {
    super(
      'Después del emplazamiento (art. 642 ET) solo calculo la sanción sobre el impuesto a cargo: 10 % por mes o fracción, hasta el 200 % del impuesto. Sin impuesto a cargo, la base son los ingresos brutos (1 % por mes) o el patrimonio líquido del año anterior (2 % por mes), con topes que conviene verificar con la DIAN.',
    );
  }
}

export class MissingPenaltyBasisError extends Error {
  constructor() {
    super(
      'Sin impuesto a cargo, la sanción se calcula sobre los ingresos brutos o, si no los hay, sobre el patrimonio líquido del año anterior: indica uno de esos valores.',
    );
  }
}

function percent(amount: number, rate: number): number {
  return (amount * rate) / 100;
}

export function lateFilingPenalty(input: LateFilingInput): LateFilingPenalty {
  const uvt = requireUvt(input.year);
  const months = Math.max(1, Math.ceil(input.monthsLate));
  const balance = input.saldoAFavor && input.saldoAFavor > 0 ? input.saldoAFavor : undefined;
  const noBalanceCap = uvtToPesos(NO_BALANCE_CAP_UVT, input.year).rounded;
  const balanceCap = balance === undefined ? noBalanceCap : 2 * balance;
  const balanceReason =
    balance === undefined ? '2.500 UVT (no hay saldo a favor)' : 'el doble del saldo a favor';

  let basis: PenaltyBasis;
  let ratePerMonth: number;
  let computed: number;
  let cap: number;
  let capReason: string;
  const afterSummons = input.afterSummons === true;
  if (afterSummons && !(input.impuestoACargo > 0)) throw new SummonsPenaltyWithoutTaxError();
  if (input.impuestoACargo > 0) {
    basis = 'impuesto';
    ratePerMonth = afterSummons ? 10 : 5;
    computed = percent(input.impuestoACargo, ratePerMonth * months);
    cap = afterSummons ? 2 * input.impuestoACargo : input.impuestoACargo;
    capReason = afterSummons ? 'el 200 % del impuesto a cargo' : 'el 100 % del impuesto a cargo';
  } else if (input.ingresosBrutos && input.ingresosBrutos > 0) {
    basis = 'ingresos';
    ratePerMonth = 0.5;
    computed = percent(input.ingresosBrutos, ratePerMonth * months);
    const incomeCap = percent(input.ingresosBrutos, 5);
    cap = Math.min(incomeCap, balanceCap);
    capReason = cap === incomeCap ? 'el 5 % de los ingresos brutos' : balanceReason;
  } else if (input.patrimonioLiquidoAnterior && input.patrimonioLiquidoAnterior > 0) {
    basis = 'patrimonio';
    ratePerMonth = 1;
    computed = percent(input.patrimonioLiquidoAnterior, ratePerMonth * months);
    const netWorthCap = percent(input.patrimonioLiquidoAnterior, 10);
    cap = Math.min(netWorthCap, balanceCap);
    capReason = cap === netWorthCap ? 'el 10 % del patrimonio líquido del año anterior' : balanceReason;
  } else {
    throw new MissingPenaltyBasisError();
  }

  const capped = computed > cap;
  const afterCap = Math.min(computed, cap);
  const minimum = uvtToPesos(MINIMUM_PENALTY_UVT, input.year).rounded;
  const minimumApplied = afterCap < minimum;
  return {
    year: input.year,
    uvt: uvt.value,
    monthsLate: months,
    basis,
    ratePerMonth,
    computed,
    cap,
    capReason,
    minimum,
    minimumApplied,
    capped,
    penalty: roundToThousand(Math.max(afterCap, minimum)),
    sources: [OFFICIAL_SOURCES.estatuto, uvt.source],
    // Art. 642's rates were read in third parties' copies of the Estatuto, not on an official page.
    confirmed: uvt.confirmed && !afterSummons,
    notes: [
      afterSummons
        ? 'Declaras después del emplazamiento para declarar: es la sanción del art. 642 ET, el doble de la del art. 641.'
        : 'Aplica si declaras tarde antes de que la DIAN te emplace; después del emplazamiento la sanción es mayor (art. 642 ET).',
      'Puede reducirse si cumples los requisitos del art. 640 ET; este cálculo no aplica reducciones.',
      'Los intereses de mora por pagar tarde se suman aparte (arts. 634 y 635 ET).',
    ],
  };
}

export interface LateFilingRule {
  year: number;
  monthsLate: number;
  /** Percentage of gross income for these months, capped at 5 %. */
  incomePercent: number;
  /** Percentage of the previous year's net worth for these months, capped at 10 %. */
  netWorthPercent: number;
  /** 2.500 UVT in pesos: the cap of either when there is no balance in favour. */
  noBalanceCap: number;
  minimum: number;
  sources: OfficialSource[];
  confirmed: boolean;
}

/**
 * The art. 641 rule for a return without tax due when the citizen gave no income or net worth: the share
 * of each basis that the months late cost, the caps and the minimum. The figure itself needs the basis.
 */
export function lateFilingRuleWithoutTax(year: number, monthsLate: number): LateFilingRule {
  const uvt = requireUvt(year);
  const months = Math.max(1, Math.ceil(monthsLate));
  return {
    year,
    monthsLate: months,
    incomePercent: Math.min(0.5 * months, 5),
    netWorthPercent: Math.min(months, 10),
    noBalanceCap: uvtToPesos(NO_BALANCE_CAP_UVT, year).rounded,
    minimum: uvtToPesos(MINIMUM_PENALTY_UVT, year).rounded,
    sources: [OFFICIAL_SOURCES.estatuto, uvt.source],
    confirmed: uvt.confirmed,
  };
}
