/**
 * "¿Cuánto es en pesos el tope del 25 %?": a cap the rules set in UVT, asked for in pesos. The cap comes
 * from the same constant the tax tools compute with, converted with the UVT of the taxable year it caps;
 * `convert_uvt` does the arithmetic.
 */
import { LABOR_EXEMPT_CAP_UVT, JOINT_CAP_UVT } from '../tax/income-tax';
import { PER_DEPENDANT_UVT } from '../tax/dependants';
import { runTaxTool } from '../tax/tools';
import { formatNumber } from '../tax/money';
import { UVT_COVERED_YEARS } from '../tax/uvt';
import type { Calculation } from './calculations';
import type { YearRead } from './tax-due-calculations';

interface NamedCap {
  /** How citizens name the benefit. */
  names: RegExp;
  uvt: number;
  /** The rule, in Spanish, for the line that says which cap was converted. */
  rule: string;
  entryId: string;
}

const NAMED_CAPS: readonly NamedCap[] = [
  {
    names: /\b(?:25\s*%|veinticinco por ciento|renta exenta (?:laboral|de trabajo|del 25)|exencion laboral)/,
    uvt: LABOR_EXEMPT_CAP_UVT,
    rule: `la renta exenta del 25 % llega como máximo a ${formatNumber(LABOR_EXEMPT_CAP_UVT)} UVT al año (art. 206 num. 10 ET)`,
    entryId: 'renta-exenta-laboral-25',
  },
  {
    names: /\b(?:40\s*%|cuarenta por ciento|1\.?340|limite global|tope global|limite conjunto)/,
    uvt: JOINT_CAP_UVT,
    rule: `las deducciones y rentas exentas juntas no pasan del 40 % del ingreso ni de ${formatNumber(JOINT_CAP_UVT)} UVT al año (art. 336 ET)`,
    entryId: 'limite-40-1340-uvt',
  },
  {
    names: /\b(?:por (?:cada )?(?:hijo|dependiente)|cada dependiente|cada hijo)\b/,
    uvt: PER_DEPENDANT_UVT,
    rule: `cada dependiente da ${formatNumber(PER_DEPENDANT_UVT)} UVT al año, hasta 4 (art. 336 num. 3 ET)`,
    entryId: 'dependientes',
  },
];

const CAP_WORD = /\b(?:topes?|limites?|maximo|cuanto es lo maximo|hasta cuanto)\b/;
const IN_PESOS = /\b(?:en pesos|en plata|en dinero|cuantos pesos|cuanta plata|equival\w*)\b/;

/** The cap in pesos the question asks for, or undefined. */
export function capInPesosCalculation(text: string, year: YearRead): Calculation | undefined {
  if (!CAP_WORD.test(text) || !IN_PESOS.test(text)) return undefined;
  const caps = NAMED_CAPS.filter((cap) => cap.names.test(text));
  const [cap] = caps;
  if (!cap || caps.length > 1 || !UVT_COVERED_YEARS.includes(year.year)) return undefined;
  return {
    tool: 'convert_uvt',
    result: runTaxTool('convert_uvt', { year: year.year, uvt: cap.uvt, pesos: null }),
    assumptions: [
      `El tope: ${cap.rule}.`,
      ...(year.assumed
        ? [`Uso la UVT de ${year.year}, la del año gravable que se declara en ${year.year + 1}.`]
        : []),
    ],
    entryId: cap.entryId,
  };
}
