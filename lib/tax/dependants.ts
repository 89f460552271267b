import { OFFICIAL_SOURCES, type OfficialSource } from './sources';
import { requireUvt, uvtToPesos } from './uvt';

/**
 * The two dependants' benefits of a resident with labour income, as the `dependientes` entry states them
 * (Ley 2277 de 2022): 72 UVT per dependant, up to 4, outside the 40 % / 1.340 UVT cap (art. 336 num. 3 ET);
 * and 10 % of gross labour income up to 384 UVT a year, inside that cap (art. 387 ET). The same dependant
 * gives one of them, so the result shows both and does not choose; the figures were read in third-party
 * copies of the Estatuto, so it is unconfirmed.
 */

export const PER_DEPENDANT_UVT = 72;
export const MAX_DEPENDANTS = 4;
export const ART_387_PERCENT = 10;
export const ART_387_CAP_UVT = 384;

export interface DependantsInput {
  taxableYear: number;
  dependants: number;
  /** Gross labour income of the year, in pesos, to compute the art. 387 amount; null when unknown. */
  laborIncome: number | null;
}

export interface DependantsResult {
  taxableYear: number;
  dependants: number;
  /** Dependants that count for the 72 UVT benefit (at most 4). */
  counted: number;
  perDependantUvt: number;
  perDependant: number;
  /** Art. 336 num. 3 total in pesos, approximated per art. 868. */
  total: number;
  art387Cap: number;
  /** Art. 387 amount for the income given, or undefined. */
  art387: number | undefined;
  sources: OfficialSource[];
  confirmed: boolean;
}

export function dependantsDeduction(input: DependantsInput): DependantsResult {
  const uvt = requireUvt(input.taxableYear);
  const counted = Math.min(input.dependants, MAX_DEPENDANTS);
  const art387Cap = uvtToPesos(ART_387_CAP_UVT, input.taxableYear).rounded;
  return {
    taxableYear: input.taxableYear,
    dependants: input.dependants,
    counted,
    perDependantUvt: PER_DEPENDANT_UVT,
    perDependant: uvtToPesos(PER_DEPENDANT_UVT, input.taxableYear).rounded,
    total: uvtToPesos(counted * PER_DEPENDANT_UVT, input.taxableYear).rounded,
    art387Cap,
    art387:
      input.laborIncome === null
        ? undefined
        : Math.min((input.laborIncome * ART_387_PERCENT) / 100, art387Cap),
    sources: [OFFICIAL_SOURCES.estatuto, uvt.source],
    confirmed: false,
  };
}
