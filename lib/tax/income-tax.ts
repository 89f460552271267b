import { roundToThousand } from './money';
import { OFFICIAL_SOURCES, type OfficialSource } from './sources';
import { pesosToUvt, requireUvt, uvtToPesos } from './uvt';

/**
 * The income tax of the cédula general (and pensiones) of a resident, from the marginal table of art. 241
 * ET as Ley 2277 de 2022 left it (taxable year 2023 onward). The table is in UVT, so the UVT is the one of
 * the taxable year. When the citizen gives a labour income instead of the taxable base, the only thing
 * subtracted is the 25 % labour exemption (art. 206 num. 10, 790 UVT a year) within the joint cap of
 * art. 336 (40 % and 1.340 UVT): the result is then an estimate from above, and says so.
 *
 * The table and the caps were read in third-party copies of the Estatuto (see docs/knowledge-base.md), so
 * every result is unconfirmed.
 */

interface RateBracket {
  /** Lower bound in UVT (the bracket starts just above it, except the first). */
  from: number;
  /** Upper bound in UVT; undefined for the last bracket. */
  to: number | undefined;
  /** Marginal rate in percent. */
  rate: number;
  /** Tax in UVT accumulated by the brackets below. */
  base: number;
}

export const ART_241_BRACKETS: readonly RateBracket[] = [
  { from: 0, to: 1_090, rate: 0, base: 0 },
  { from: 1_090, to: 1_700, rate: 19, base: 0 },
  { from: 1_700, to: 4_100, rate: 28, base: 116 },
  { from: 4_100, to: 8_670, rate: 33, base: 788 },
  { from: 8_670, to: 18_970, rate: 35, base: 2_296 },
  { from: 18_970, to: 31_000, rate: 37, base: 5_901 },
  { from: 31_000, to: undefined, rate: 39, base: 10_352 },
];

export const LABOR_EXEMPT_PERCENT = 25;
export const LABOR_EXEMPT_CAP_UVT = 790;
export const JOINT_CAP_PERCENT = 40;
export const JOINT_CAP_UVT = 1_340;

const toCents = (value: number): number => Math.round(value * 100) / 100;

export function art241Bracket(baseUvt: number): RateBracket {
  const found = ART_241_BRACKETS.find((bracket) => bracket.to === undefined || baseUvt <= bracket.to);
  if (!found) throw new RangeError(`No art. 241 bracket for ${baseUvt} UVT.`);
  return found;
}

/** Tax in UVT (two decimals) for a taxable base in UVT. */
export function art241TaxUvt(baseUvt: number): number {
  const bracket = art241Bracket(baseUvt);
  return toCents(((baseUvt - bracket.from) * bracket.rate) / 100 + bracket.base);
}

export interface IncomeTaxInput {
  taxableYear: number;
  /** Renta líquida gravable in pesos. */
  basePesos?: number | null;
  /** Renta líquida gravable in UVT. */
  baseUvt?: number | null;
  /** Yearly labour income in pesos, when the base is not known: only the 25 % exemption is subtracted. */
  laborIncome?: number | null;
  /**
   * Other yearly income of the general schedule beside the labour income (a rent, fees with no costs),
   * added to the base whole: no costs or deductions are known for it.
   */
  otherIncome?: number | null;
}

export interface LaborEstimate {
  income: number;
  /** 25 % of the income, before its caps. */
  quarter: number;
  exemptCap: number;
  jointCap: number;
  exempt: number;
}

export interface IncomeTaxResult {
  taxableYear: number;
  uvt: number;
  baseUvt: number;
  basePesos: number;
  bracket: RateBracket;
  taxUvt: number;
  /** Tax in pesos as written in the return (art. 577 ET: nearest thousand). */
  tax: number;
  /** Tax over the base, in percent with one decimal. */
  effectiveRate: number;
  labor: LaborEstimate | undefined;
  /** Other income added whole to the labour estimate's base; 0 when none was given. */
  otherIncome: number;
  sources: OfficialSource[];
  confirmed: boolean;
}

export class MissingIncomeTaxBaseError extends Error {
  constructor() {
    super(
      'Indica exactamente uno: la renta líquida gravable (en pesos o en UVT) o el ingreso laboral del año.',
    );
  }
}

export class OtherIncomeWithoutLaborError extends Error {
  constructor() {
    super(
      'Los otros ingresos solo se suman a un ingreso laboral; con la base ya calculada, inclúyelos en ella.',
    );
  }
}

function laborEstimate(income: number, year: number): LaborEstimate {
  const quarter = (income * LABOR_EXEMPT_PERCENT) / 100;
  const exemptCap = uvtToPesos(LABOR_EXEMPT_CAP_UVT, year).rounded;
  const jointCap = Math.min((income * JOINT_CAP_PERCENT) / 100, uvtToPesos(JOINT_CAP_UVT, year).rounded);
  return { income, quarter, exemptCap, jointCap, exempt: Math.min(quarter, exemptCap, jointCap) };
}

export function incomeTax(input: IncomeTaxInput): IncomeTaxResult {
  const given = [input.basePesos, input.baseUvt, input.laborIncome].filter(
    (value) => value !== null && value !== undefined,
  );
  if (given.length !== 1) throw new MissingIncomeTaxBaseError();
  const otherIncome = input.otherIncome ?? 0;
  const uvt = requireUvt(input.taxableYear);
  const labor =
    input.laborIncome === null || input.laborIncome === undefined
      ? undefined
      : laborEstimate(input.laborIncome, input.taxableYear);
  if (otherIncome > 0 && labor === undefined) throw new OtherIncomeWithoutLaborError();
  const basePesos =
    labor !== undefined
      ? labor.income - labor.exempt + otherIncome
      : (input.basePesos ?? uvtToPesos(input.baseUvt ?? 0, input.taxableYear).exact);
  const baseUvt =
    input.baseUvt !== null && input.baseUvt !== undefined
      ? input.baseUvt
      : pesosToUvt(basePesos, input.taxableYear);
  const taxUvt = art241TaxUvt(baseUvt);
  const tax = roundToThousand(taxUvt * uvt.value);
  return {
    taxableYear: input.taxableYear,
    uvt: uvt.value,
    baseUvt,
    basePesos,
    bracket: art241Bracket(baseUvt),
    taxUvt,
    tax,
    effectiveRate: basePesos > 0 ? Math.round((tax / basePesos) * 1_000) / 10 : 0,
    labor,
    otherIncome,
    sources: [OFFICIAL_SOURCES.estatuto, uvt.source],
    confirmed: false,
  };
}
