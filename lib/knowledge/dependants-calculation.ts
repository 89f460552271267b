/**
 * "Tengo 2 hijos, ¿cuánto puedo deducir?": the number of dependants is the figure the question carries.
 */
import { runTaxTool } from '../tax/tools';
import { UVT_COVERED_YEARS } from '../tax/uvt';
import type { Calculation } from './calculations';
import type { YearRead } from './tax-due-calculations';
import { isMonthlyIncome, NUMBER_WORDS, type FoundAmount } from './amounts';

const DEPENDANTS = new RegExp(
  String.raw`\b(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\s+(?:sol[oa]\s+)?(?:hij[oa]s?|nin[oa]s?|dependientes?|personas? a (?:mi )?cargo)\b`,
);
// "deduzco", "deduzca": the verb's z forms too.
// «¿Cuánto me da lo del dependiente?»: how much the dependants are worth is the deduction.
const DEDUCTION_INTENT =
  /\b(?:dedu[cz]\w*|rest\w*|descont\w*|descuent\w*|benefici\w*)\b|\bcuant\w*\b[^?.]{0,30}\bdependient\w*/;
const INCOME_CUE = /\b(?:gano|gane|ingres\w*|salario|sueldo)\b/;
// Another deduction named for the children ("pago medicina prepagada para mis dos hijos, ¿cuánto descuento?")
// is what is asked: the children are who it covers, and the entry of that deduction answers it.
const OTHER_DEDUCTION =
  /\b(?:prepagad\w*|medicina|poliza\w*|seguros? de salud|intereses|hipotec\w*|afc|voluntari\w*|icetex|matricula\w*|colegio\w*|donacion\w*)\b/;

// "mi esposa no trabaja y mi mamá vive conmigo y la mantengo… ¿cuánto me descuentan por dependientes?": the
// relatives named are the dependants, when the question says they depend on the citizen.
const RELATIVE =
  /\bmis? (esposa|esposo|companer[oa]|mama|papa|madre|padre|suegr[oa]|abuel[oa]|herman[oa]|hij[oa]|sobrin[oa]|niet[oa])\b/g;
const SUPPORTS =
  /\b(?:dependientes?|a (?:mi )?cargo|(?:la|lo|los|las) (?:mantengo|sostengo)|le pago|les pago|depend\w* de mi|vive\w* conmigo|no trabaja\w*|por (?:ella|el|ellos|ellas))\b/;

function namedDependants(text: string): number {
  if (!SUPPORTS.test(text)) return 0;
  return new Set([...text.matchAll(RELATIVE)].map((match) => match[1])).size;
}

export function dependantsCalculation(
  text: string,
  amounts: FoundAmount[],
  year: YearRead,
): Calculation | undefined {
  const match = DEPENDANTS.exec(text);
  if (!DEDUCTION_INTENT.test(text) || OTHER_DEDUCTION.test(text)) return undefined;
  const dependants = match?.[1] ? (NUMBER_WORDS[match[1]] ?? Number(match[1])) : namedDependants(text);
  if (!UVT_COVERED_YEARS.includes(year.year) || dependants < 1) return undefined;
  const income = INCOME_CUE.test(text) ? amounts.find((amount) => !amount.inUvt) : undefined;
  const monthly = income !== undefined && isMonthlyIncome(text, income.value);
  const assumptions = [
    ...(year.assumed ? [`Asumo el año gravable ${year.year} (declaración de ${year.year + 1}).`] : []),
    ...(monthly ? ['Tomé tu ingreso como mensual y lo multipliqué por 12.'] : []),
  ];
  return {
    tool: 'dependants_deduction',
    result: runTaxTool('dependants_deduction', {
      taxable_year: year.year,
      dependants,
      labor_income: income ? income.value * (monthly ? 12 : 1) : null,
    }),
    assumptions,
    entryId: 'dependientes',
  };
}
