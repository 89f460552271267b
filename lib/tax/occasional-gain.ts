import { roundToThousand } from './money';
import { OFFICIAL_SOURCES, type OfficialSource } from './sources';
import { requireUvt, uvtToPesos } from './uvt';

/**
 * The ganancia ocasional tax of a resident natural person (arts. 299–318 ET as Ley 2277 de 2022 left them,
 * taxable year 2023 onward): 15 % (art. 314), 20 % for lotteries, raffles and bets (art. 317). The exempt
 * amounts are in UVT of the taxable year, as the knowledge base's entries state them (art. 307 for
 * inheritances and donations, art. 311-1 for the gain on one's home). Those figures were read in
 * third-party copies of the Estatuto, so every result is unconfirmed.
 */

export const OCCASIONAL_GAIN_KINDS = [
  'inheritance',
  'inherited_home',
  'donation',
  'lottery',
  'home_sale',
  'other',
] as const;
export type OccasionalGainKind = (typeof OCCASIONAL_GAIN_KINDS)[number];

export const GENERAL_RATE = 15;
export const LOTTERY_RATE = 20;
/** Art. 404-1: the payer withholds 20 % of prizes above 48 UVT. */
export const LOTTERY_WITHHOLDING_FLOOR_UVT = 48;

/** Art. 307 ET, num. 1 (the deceased's home) and num. 4 (each heir's share), as Ley 2277 de 2022 left them. */
const DECEASED_HOME_UVT = 13_000;
const HEIR_SHARE_UVT = 3_250;

interface Exemption {
  /** Exempt share of the amount, in percent (100 when only the UVT cap applies). */
  percent: number;
  capUvt: number;
  rule: string;
}

const EXEMPTIONS: Readonly<Record<OccasionalGainKind, Exemption | undefined>> = {
  inheritance: {
    percent: 100,
    capUvt: HEIR_SHARE_UVT,
    rule: 'art. 307 ET: primeras 3.250 UVT de lo que recibe cada heredero, legatario o el cónyuge',
  },
  // DIAN holds both exemptions concurrent because they cover different things (Oficio 51935 de 2014), so an
  // heir who receives the home gets the home's and their own.
  inherited_home: {
    percent: 100,
    capUvt: DECEASED_HOME_UVT + HEIR_SHARE_UVT,
    rule: 'art. 307 ET: primeras 13.000 UVT de la vivienda de habitación del causante más las 3.250 UVT de lo que recibe cada heredero, que la DIAN suma (Oficio 51935 de 2014)',
  },
  donation: {
    percent: 20,
    capUvt: 1_625,
    rule: 'art. 307 ET: 20 % de lo donado, sin pasar de 1.625 UVT',
  },
  lottery: undefined,
  home_sale: {
    percent: 100,
    capUvt: 5_000,
    rule: 'art. 311-1 ET: primeras 5.000 UVT de la utilidad en la venta de tu casa o apartamento de habitación, si el dinero va a otra vivienda o al crédito hipotecario',
  },
  other: undefined,
};

export interface OccasionalGainInput {
  taxableYear: number;
  kind: OccasionalGainKind;
  /** The gain in pesos: the value received, the prize, or the sale price minus the fiscal cost. */
  amount: number;
}

export interface OccasionalGainResult {
  taxableYear: number;
  kind: OccasionalGainKind;
  amount: number;
  exempt: number;
  exemptCap: number | undefined;
  exemptRule: string | undefined;
  taxable: number;
  /** Percent. */
  rate: number;
  /** Art. 577 ET: nearest thousand. */
  tax: number;
  /** The withholding on a prize (art. 404-1), already paid and subtracted in the return; 0 otherwise. */
  withholding: number;
  withholdingFloor: number | undefined;
  sources: OfficialSource[];
  confirmed: boolean;
}

export function occasionalGainTax(input: OccasionalGainInput): OccasionalGainResult {
  const uvt = requireUvt(input.taxableYear);
  const exemption = EXEMPTIONS[input.kind];
  const exemptCap = exemption && uvtToPesos(exemption.capUvt, input.taxableYear).rounded;
  const exempt =
    exemption && exemptCap !== undefined ? Math.min((input.amount * exemption.percent) / 100, exemptCap) : 0;
  const taxable = input.amount - exempt;
  const rate = input.kind === 'lottery' ? LOTTERY_RATE : GENERAL_RATE;
  const tax = roundToThousand((taxable * rate) / 100);
  const withholdingFloor =
    input.kind === 'lottery'
      ? uvtToPesos(LOTTERY_WITHHOLDING_FLOOR_UVT, input.taxableYear).rounded
      : undefined;
  const withholding =
    withholdingFloor !== undefined && input.amount > withholdingFloor
      ? roundToThousand((input.amount * LOTTERY_RATE) / 100)
      : 0;
  return {
    taxableYear: input.taxableYear,
    kind: input.kind,
    amount: input.amount,
    exempt,
    exemptCap,
    exemptRule: exemption?.rule,
    taxable,
    rate,
    tax,
    withholding,
    withholdingFloor,
    sources: [OFFICIAL_SOURCES.estatuto, uvt.source],
    confirmed: false,
  };
}
