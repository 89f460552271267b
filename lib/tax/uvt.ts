import { formatPesos, roundUvtConversion } from './money';
import { OFFICIAL_SOURCES, type OfficialSource } from './sources';

/**
 * The UVT of each year the assistant covers. `confirmed` stays false while a value has only been read in
 * publications that cite the resolution, not in the resolution itself (see docs/knowledge-base.md).
 */
export interface UvtYear {
  readonly year: number;
  /** Pesos per UVT. */
  readonly value: number;
  readonly resolution: string;
  /** Where the resolution can be read; the Estatuto Tributario when no resolution page was verified. */
  readonly source: OfficialSource;
  readonly confirmed: boolean;
}

export const UVT_YEARS: readonly UvtYear[] = [
  {
    year: 2024,
    value: 47_065,
    resolution: 'Resolución DIAN 000187 del 28 de noviembre de 2023',
    source: OFFICIAL_SOURCES.estatuto,
    confirmed: false,
  },
  {
    year: 2025,
    value: 49_799,
    resolution: 'Resolución DIAN 000193 del 4 de diciembre de 2024',
    source: OFFICIAL_SOURCES.uvt2025,
    confirmed: false,
  },
  {
    year: 2026,
    value: 52_374,
    resolution: 'Resolución DIAN 000238 del 15 de diciembre de 2025',
    source: OFFICIAL_SOURCES.uvt2026,
    confirmed: false,
  },
];

export const UVT_COVERED_YEARS = UVT_YEARS.map((item) => item.year);

function uvtForYear(year: number): UvtYear | undefined {
  return UVT_YEARS.find((item) => item.year === year);
}

export function requireUvt(year: number): UvtYear {
  const found = uvtForYear(year);
  if (!found) throw new RangeError(`No UVT for ${year}; covered years: ${UVT_COVERED_YEARS.join(', ')}.`);
  return found;
}

/** Pesos for an amount in UVT: the exact product and the figure approximated as art. 868 ET orders. */
export function uvtToPesos(uvt: number, year: number): { exact: number; rounded: number } {
  const exact = Math.round(uvt * requireUvt(year).value * 100) / 100;
  return { exact, rounded: roundUvtConversion(exact) };
}

/**
 * A UVT amount in pesos as DIAN publishes it, approximated per art. 868 ("1.400 UVT" of 2025 → "$69.719.000").
 * Every answer and entry shows UVT-derived peso figures through this function; the exact product appears
 * only where it explains a conversion.
 */
export function formatUvtInPesos(uvt: number, year: number): string {
  return formatPesos(uvtToPesos(uvt, year).rounded);
}

/** UVT for an amount in pesos, to two decimals (how DIAN forms express UVT fractions). */
export function pesosToUvt(pesos: number, year: number): number {
  return Math.round((pesos / requireUvt(year).value) * 100) / 100;
}
