import { formatPesos } from './money';
import { OFFICIAL_SOURCES, type OfficialSource } from './sources';
import { requireUvt, uvtToPesos } from './uvt';

/**
 * Whether a resident natural person must file the income tax return for a taxable year (arts. 592 to
 * 594-3 ET and art. 1.6.1.13.2.7 DUR 1625 de 2016). Any single criterion is enough; the thresholds are
 * converted with the UVT of the taxable year, never the UVT of the year the return is filed.
 */

export const FILING_THRESHOLD_YEARS = [2024, 2025, 2026] as const;
export type FilingThresholdYear = (typeof FILING_THRESHOLD_YEARS)[number];

export type CriterionId =
  | 'patrimonioBruto'
  | 'ingresosBrutos'
  | 'consumosTarjeta'
  | 'comprasConsumos'
  | 'consignaciones'
  | 'responsableIva';

interface Criterion {
  readonly id: CriterionId;
  readonly label: string;
  readonly uvt?: number;
  /** True for "igual o superior" (gross income), false for "superior" (every other amount). */
  readonly inclusive?: boolean;
}

export const FILING_CRITERIA: readonly Criterion[] = [
  { id: 'patrimonioBruto', label: 'Patrimonio bruto a 31 de diciembre', uvt: 4_500 },
  { id: 'ingresosBrutos', label: 'Ingresos brutos del año', uvt: 1_400, inclusive: true },
  { id: 'consumosTarjeta', label: 'Consumos con tarjeta de crédito', uvt: 1_400 },
  { id: 'comprasConsumos', label: 'Compras y consumos totales', uvt: 1_400 },
  { id: 'consignaciones', label: 'Consignaciones, depósitos o inversiones financieras', uvt: 1_400 },
  { id: 'responsableIva', label: 'Responsable del IVA a 31 de diciembre' },
];

export interface FilingFigures {
  taxableYear: FilingThresholdYear;
  patrimonioBruto?: number | null;
  ingresosBrutos?: number | null;
  consumosTarjeta?: number | null;
  comprasConsumos?: number | null;
  consignaciones?: number | null;
  responsableIva?: boolean | null;
}

export interface CriterionResult {
  id: CriterionId;
  label: string;
  /** Threshold in pesos with the UVT of the taxable year; absent for the IVA criterion. */
  thresholdPesos?: number;
  thresholdUvt?: number;
  value: number | boolean | null;
  exceeds: boolean | null;
}

export interface FilingObligation {
  taxableYear: number;
  filingYear: number;
  uvt: number;
  /** True when a criterion is met; false when none is met (check `complete` before telling someone they are exempt). */
  mustFile: boolean;
  /** False when some criteria were not given, so a "no" is only a "not with these figures". */
  complete: boolean;
  criteria: CriterionResult[];
  met: CriterionId[];
  missing: CriterionId[];
  sources: OfficialSource[];
  confirmed: boolean;
}

function evaluate(criterion: Criterion, figures: FilingFigures): CriterionResult {
  const year = figures.taxableYear;
  const value = figures[criterion.id] ?? null;
  if (criterion.uvt === undefined) {
    return {
      id: criterion.id,
      label: criterion.label,
      value,
      exceeds: typeof value === 'boolean' ? value : null,
    };
  }
  // The threshold in pesos is the art. 868 approximation DIAN publishes, not the raw product: the law
  // converts UVT to pesos that way, and a citizen compares their figures with the published amount.
  const threshold = uvtToPesos(criterion.uvt, year).rounded;
  const amount = typeof value === 'number' ? value : null;
  const exceeds = amount === null ? null : criterion.inclusive ? amount >= threshold : amount > threshold;
  return {
    id: criterion.id,
    label: criterion.label,
    thresholdPesos: threshold,
    thresholdUvt: criterion.uvt,
    value: amount,
    exceeds,
  };
}

export function filingObligation(figures: FilingFigures): FilingObligation {
  const uvt = requireUvt(figures.taxableYear);
  const criteria = FILING_CRITERIA.map((criterion) => evaluate(criterion, figures));
  const met = criteria.filter((item) => item.exceeds === true).map((item) => item.id);
  const missing = criteria.filter((item) => item.exceeds === null).map((item) => item.id);
  return {
    taxableYear: figures.taxableYear,
    filingYear: figures.taxableYear + 1,
    uvt: uvt.value,
    mustFile: met.length > 0,
    complete: missing.length === 0,
    criteria,
    met,
    missing,
    sources: [OFFICIAL_SOURCES.estatuto, OFFICIAL_SOURCES.dur, uvt.source],
    confirmed: uvt.confirmed,
  };
}

/** One Spanish sentence per criterion, e.g. "Ingresos brutos del año: $80.000.000 (tope: igual o superior a $69.719.000) → obliga a declarar". */
export function describeCriterion(result: CriterionResult): string {
  if (result.thresholdPesos === undefined) {
    if (result.value === null) return `${result.label}: no indicado`;
    return `${result.label}: ${result.value ? 'sí → obliga a declarar' : 'no'}`;
  }
  const comparison = result.id === 'ingresosBrutos' ? 'igual o superior a' : 'superior a';
  const limit = `tope: ${comparison} ${formatPesos(result.thresholdPesos)}`;
  if (typeof result.value !== 'number') return `${result.label}: no indicado (${limit})`;
  return `${result.label}: ${formatPesos(result.value)} (${limit}) → ${result.exceeds ? 'obliga a declarar' : 'no obliga'}`;
}
