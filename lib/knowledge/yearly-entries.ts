/**
 * Entries with one edition per year, built from the tables that also feed the tools (UVT, filing
 * thresholds, deadline calendars, the minimum penalty), so an entry and a calculation can never disagree.
 */
import { DEADLINE_CALENDARS, type DeadlineCalendar } from '../tax/deadlines';
import { FILING_CRITERIA } from '../tax/filing-obligation';
import { MINIMUM_PENALTY_UVT } from '../tax/late-filing-penalty';
import { formatPesos } from '../tax/money';
import { OFFICIAL_SOURCES } from '../tax/sources';
import { formatSpanishDate } from '../tax/spanish-dates';
import { formatUvtInPesos, requireUvt, uvtToPesos, type UvtYear } from '../tax/uvt';
import { deadlineEntryId, deadlineTableMarkdown } from './deadlines';
import type { KnowledgeEntry, KnowledgeSource } from './schema';
import { sourceLink } from './source-link';

/** When the core entries and the yearly editions were last checked against their sources. */
export const CHECKED_ON = '2026-11-25';

const SOURCES = OFFICIAL_SOURCES;

/** When the return of a taxable year is filed: the season's dates once its calendar is in the base. */
function filingSeason(taxableYear: number): string {
  const calendar = DEADLINE_CALENDARS.find((item) => item.taxableYear === taxableYear);
  return calendar ? seasonSpan(calendar) : `en ${taxableYear + 1}`;
}

export function uvtEntry({ year, value, resolution, source }: UvtYear): KnowledgeEntry {
  // The 2024 resolution has no verified page of its own, so the citizen is told to look it up.
  const where =
    source === SOURCES.estatuto
      ? `Busca la resolución ${sourceLink(source, 'en el normograma de la DIAN')}`
      : `Consulta la resolución ${sourceLink(source, 'en el normograma de la DIAN')}`;
  return {
    id: `uvt-${year}`,
    title: `Valor de la UVT ${year}`,
    body: [
      `La **Unidad de Valor Tributario (UVT)** para ${year} es de **${formatPesos(value)}**, según la **${resolution}**.`,
      '',
      '- Sirve para pasar a pesos los valores que el Estatuto Tributario expresa en UVT: topes para declarar, sanciones, retenciones y beneficios.',
      `- Con esta UVT se calculan los topes del **año gravable ${year}** (declaración que se presenta ${filingSeason(year)}) y las sanciones que se liquiden durante ${year}.`,
      '- La DIAN la reajusta cada año con la variación del IPC para ingresos medios (art. 868 del Estatuto Tributario); al pasar UVT a pesos, el resultado se aproxima al múltiplo de mil más cercano.',
      '',
      `**Dato no confirmado en la fuente oficial:** este valor lo verificamos en publicaciones especializadas que citan la resolución, no directamente en la DIAN. ${where} antes de usarlo en un cálculo.`,
    ].join('\n'),
    questions: [
      `¿Cuánto vale la UVT en ${year}?`,
      `¿Cuál es el valor de la UVT ${year}?`,
      `UVT ${year} en pesos`,
      '¿Qué es la UVT y para qué sirve?',
      `¿Con qué resolución se fijó la UVT de ${year}?`,
      `¿Qué UVT se usa en la declaración que se presenta en ${year + 1}?`,
      '¿Cómo se calcula la UVT cada año y por qué los valores se dan en UVT y no en pesos?',
      '¿Cómo convierto a pesos un valor dado en UVT, y cómo se redondea?',
    ],
    keywords: [
      'UVT',
      'unidad de valor tributario',
      'valor UVT',
      `UVT ${year}`,
      'resolución UVT',
      'IPC',
      'reajuste',
    ],
    appliesTo: `Año ${year}`,
    sources: source === SOURCES.estatuto ? [SOURCES.estatuto] : [source, SOURCES.estatuto],
    checkedOn: CHECKED_ON,
    confirmed: false,
  };
}

/** Press pieces often print the raw product; naming it keeps a citizen who saw it from thinking one figure is wrong. */
function unroundedNote(year: number): string {
  const amounts = new Set(FILING_CRITERIA.flatMap((criterion) => (criterion.uvt ? [criterion.uvt] : [])));
  const unrounded = [...amounts]
    .map((uvt) => uvtToPesos(uvt, year))
    .filter((pesos) => pesos.exact !== pesos.rounded)
    .map((pesos) => formatPesos(pesos.exact));
  return unrounded.length > 0
    ? ` (en algunas publicaciones verás ${unrounded.join(' y ')}, el producto sin aproximar)`
    : '';
}

/**
 * A yearly threshold as a month's pay, for whoever thinks in salaries («¿cuánto tengo que ganar al mes?»):
 * the DIAN publishes the yearly figure only, so this is a plain average, said as one.
 */
function monthlyShare(uvt: number, year: number): string {
  const millions = uvtToPesos(uvt, year).rounded / 12 / 1_000_000;
  return `unos $${millions.toLocaleString('es-CO', { maximumFractionDigits: 1 })} millones`;
}

export function whoMustFileEntry(
  year: number,
  commonMistake: string,
  extraSource: KnowledgeSource,
): KnowledgeEntry {
  const uvt = requireUvt(year);
  const patrimonio = formatUvtInPesos(4_500, year);
  const ingresos = formatUvtInPesos(1_400, year);
  return {
    id: `quien-declara-ag-${year}`,
    title: `¿Quién debe declarar renta por el año gravable ${year}?`,
    body: [
      `Debes declarar renta por el **año gravable ${year}** (declaración que se presenta en ${year + 1}) si cumples **al menos una** de estas condiciones:`,
      '',
      `- Patrimonio bruto a 31 de diciembre de ${year} superior a **4.500 UVT (${patrimonio})**.`,
      `- Ingresos brutos en ${year} iguales o superiores a **1.400 UVT (${ingresos})**: en promedio, ${monthlyShare(1_400, year)} al mes.`,
      `- Por encima de 1.400 UVT (${ingresos}), cualquiera de estos: consumos con tarjeta de crédito; compras y consumos totales; consignaciones, depósitos o inversiones financieras.`,
      `- Ser responsable del IVA a 31 de diciembre de ${year}.`,
      '',
      'Ser estudiante, desempleado o del Sisbén no cambia nada; sin topes, declarar es opcional (arts. 6 y 594-2 ET). **Declarar no es pagar:** puede dar cero o saldo a favor.',
      '',
      `Los topes se pasan a pesos con la **UVT del año gravable: ${formatPesos(uvt.value)}**, aproximando al múltiplo de mil más cercano como ordena el art. 868 del Estatuto Tributario${unroundedNote(year)}. ${commonMistake}`,
      '',
      `Los topes en UVT vienen del Estatuto Tributario (arts. 592 a 594-3) y del Decreto 1625 de 2016. La conversión a pesos usa una UVT que aún no hemos confirmado en la fuente oficial (${uvt.resolution}).`,
    ].join('\n'),
    questions: [
      `¿Quién está obligado a declarar renta por el año gravable ${year}?`,
      '¿Tengo que declarar renta?',
      '¿Cuánto tengo que ganar para declarar renta?',
      `¿Cuáles son los topes para declarar renta del año ${year}?`,
      'Si soy asalariado, independiente o pensionado, ¿debo declarar?',
      '¿Con cuánto patrimonio debo declarar?',
      '¿La tarjeta de crédito cuenta para los topes?',
      '¿Cómo sé si me toca declarar renta?',
    ],
    keywords: [
      'topes',
      'requisitos',
      'obligado a declarar',
      'patrimonio bruto',
      'ingresos brutos',
      'consignaciones',
      'tarjeta de crédito',
      'responsable de IVA',
      'asalariado',
      'independiente',
      'pensionado',
      'estudiante',
      'desempleado',
      'Sisbén',
      'casa o carro',
      'consignaciones en el banco',
      'declarar voluntariamente',
      'cumplir los topes',
      'lote',
      'varias cuentas',
      'declarar no es pagar',
    ],
    appliesTo: `Año gravable ${year} (declaración de ${year + 1})`,
    sources: [SOURCES.estatuto, SOURCES.dur, extraSource],
    checkedOn: CHECKED_ON,
    confirmed: false,
  };
}

/** "entre el 12 de agosto y el 26 de octubre de 2026": the first and last deadline of a filing season. */
function seasonSpan(calendar: DeadlineCalendar): string {
  const first = calendar.slots[0];
  const last = calendar.slots[calendar.slots.length - 1];
  if (!first || !last) throw new Error(`Deadline calendar AG ${calendar.taxableYear} is empty.`);
  return `entre el ${formatSpanishDate(first.date).replace(/ de \d{4}$/, '')} y el ${formatSpanishDate(last.date)}`;
}

export function deadlinesEntry(calendar: DeadlineCalendar): KnowledgeEntry {
  const hasDerived = calendar.slots.some((slot) => !slot.published);
  const span = `**${seasonSpan(calendar)}**`;
  const closing = hasDerived
    ? `Las fechas «calculadas» las derivamos de la regla del Decreto 2229 de 2023 y de los festivos de ${calendar.filingYear}: **no están confirmadas** en la fuente oficial. Verifícalas en el ${sourceLink(SOURCES.calendario, 'calendario tributario de la DIAN')}.`
    : `Fechas según la regla del Decreto 2229 de 2023; consúltalas también en el ${sourceLink(SOURCES.calendario, 'calendario tributario de la DIAN')}.`;
  return {
    id: deadlineEntryId(calendar),
    title: `Plazos para declarar renta en ${calendar.filingYear} (año gravable ${calendar.taxableYear}), personas naturales`,
    body: [
      `Las personas naturales declaran la renta del **año gravable ${calendar.taxableYear}** ${span}, según los **dos últimos dígitos del NIT** (sin el dígito de verificación). El pago vence en la misma fecha, en una sola cuota. Todas son días hábiles: ninguna cae en fin de semana ni en festivo. Es el último día: puedes declarar y pagar antes.`,
      '',
      deadlineTableMarkdown(calendar),
      '',
      closing,
    ].join('\n'),
    questions: [
      '¿Cuándo tengo que declarar renta?',
      `¿Cuál es la fecha límite para declarar renta en ${calendar.filingYear}?`,
      '¿Hasta cuándo tengo plazo si mi NIT termina en 45?',
      'Calendario de renta por los últimos dígitos de la cédula',
      '¿Qué día me toca declarar según mi NIT?',
      '¿Cuándo vence la declaración de renta de personas naturales?',
    ],
    keywords: [
      'plazos',
      'fechas',
      'vencimientos',
      'calendario tributario',
      'últimos dígitos',
      'NIT',
      'cédula',
      'termina en',
      'en qué mes se declara',
      'festivo',
      'último día',
      'antes de la fecha',
    ],
    appliesTo: `Año gravable ${calendar.taxableYear} (declaración de ${calendar.filingYear})`,
    sources: [
      SOURCES.calendario,
      SOURCES.decretoPlazos,
      ...(calendar.taxableYear === 2025 ? [SOURCES.rentaAg2025] : []),
    ],
    checkedOn: CHECKED_ON,
    confirmed: !hasDerived,
  };
}

export function minimumPenaltyEntry(year: number): KnowledgeEntry {
  const uvt = requireUvt(year);
  const { exact } = uvtToPesos(MINIMUM_PENALTY_UVT, year);
  return {
    id: `sancion-minima-${year}`,
    title: `Sanción mínima en ${year}`,
    body: [
      'La **sanción mínima** es de **10 UVT** (art. 639 del Estatuto Tributario): ninguna sanción tributaria, ni siquiera una reducida, puede liquidarse por menos de ese valor.',
      '',
      `- En **${year}**, con la UVT de ${formatPesos(uvt.value)}, equivale a **${formatUvtInPesos(MINIMUM_PENALTY_UVT, year)}** (10 × ${formatPesos(uvt.value)} = ${formatPesos(exact)}, aproximado al múltiplo de mil como ordena el art. 868).`,
      '- Aplica, por ejemplo, cuando declaras tarde y la sanción por extemporaneidad calculada da un valor menor.',
      '- No se aplica a los intereses de mora.',
      '',
      `**Valor en pesos no confirmado en la fuente oficial:** se calcula con una UVT que verificamos en publicaciones especializadas, no directamente en la DIAN. Revisa la UVT ${sourceLink(uvt.source, 'en el normograma de la DIAN')}.`,
    ].join('\n'),
    questions: [
      `¿Cuál es la sanción mínima en ${year}?`,
      '¿Cuánto es la multa mínima de la DIAN?',
      `¿Cuánto vale la sanción mínima de 10 UVT en ${year}?`,
      '¿Cuál es la multa más baja que cobra la DIAN?',
    ],
    keywords: ['sanción mínima', 'multa mínima', '10 UVT', 'artículo 639', 'valor mínimo sanción'],
    appliesTo: `Año ${year}`,
    sources: uvt.source === SOURCES.estatuto ? [SOURCES.estatuto] : [SOURCES.estatuto, uvt.source],
    checkedOn: CHECKED_ON,
    confirmed: false,
  };
}
