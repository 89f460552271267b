/**
 * The bundled, sourced knowledge base of the offline assistant. Facts come from /work/shared/dian-facts.md
 * (checked 2026-11-25) and the Estatuto Tributario; where a figure was only seen in the specialised press
 * or was derived from a rule, the entry is `confirmed: false` and its body says so to the citizen.
 */
import {
  CURRENT_FILING_YEAR,
  DEADLINES_AG_2024,
  DEADLINES_AG_2025,
  DEADLINE_CALENDARS,
  type DeadlineCalendar,
} from '../tax/deadlines';
import { formatSpanishDate } from '../tax/spanish-dates';
import { deadlineEntryId, deadlineTableMarkdown } from './deadlines';
import { formatPesos } from '../tax/money';
import { OFFICIAL_SOURCES } from '../tax/sources';
import { FILING_CRITERIA } from '../tax/filing-obligation';
import { lateFilingPenalty, MINIMUM_PENALTY_UVT } from '../tax/late-filing-penalty';
import { formatUvtInPesos, requireUvt, uvtToPesos, UVT_YEARS, type UvtYear } from '../tax/uvt';
import { parseKnowledgeEntries, type KnowledgeEntry, type KnowledgeSource } from './schema';
import { KNOWLEDGE_TOPICS } from './topics';

const CHECKED_ON = '2026-11-25';

const SOURCES = OFFICIAL_SOURCES;

const link = (source: KnowledgeSource, text: string): string => `[${text}](${source.url})`;

/** When the return of a taxable year is filed: the season's dates once its calendar is in the base. */
function filingSeason(taxableYear: number): string {
  const calendar = DEADLINE_CALENDARS.find((item) => item.taxableYear === taxableYear);
  return calendar ? seasonSpan(calendar) : `en ${taxableYear + 1}`;
}

function uvtEntry({ year, value, resolution, source }: UvtYear): KnowledgeEntry {
  // The 2024 resolution has no verified page of its own, so the citizen is told to look it up.
  const where =
    source === SOURCES.estatuto
      ? `Busca la resolución ${link(source, 'en el normograma de la DIAN')}`
      : `Consulta la resolución ${link(source, 'en el normograma de la DIAN')}`;
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

function whoMustFileEntry(year: number, commonMistake: string, extraSource: KnowledgeSource): KnowledgeEntry {
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
      `- Ingresos brutos en ${year} iguales o superiores a **1.400 UVT (${ingresos})**.`,
      `- Consumos con tarjeta de crédito superiores a 1.400 UVT (${ingresos}).`,
      `- Compras y consumos totales superiores a 1.400 UVT (${ingresos}).`,
      `- Consignaciones bancarias, depósitos o inversiones financieras superiores a 1.400 UVT (${ingresos}).`,
      `- Ser responsable del IVA a 31 de diciembre de ${year}.`,
      '',
      'Ser estudiante, desempleado o del Sisbén no cambia nada; sin cumplir ninguna puedes declarar voluntariamente (art. 6 ET). **Declarar no es pagar:** puede dar cero o saldo a favor.',
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

function deadlinesEntry(calendar: DeadlineCalendar): KnowledgeEntry {
  const hasDerived = calendar.slots.some((slot) => !slot.published);
  const span = `**${seasonSpan(calendar)}**`;
  const closing = hasDerived
    ? `Las fechas «calculadas» las derivamos de la regla del Decreto 2229 de 2023 y de los festivos de ${calendar.filingYear}: **no están confirmadas** en la fuente oficial. Verifícalas en el ${link(SOURCES.calendario, 'calendario tributario de la DIAN')}.`
    : `Fechas según la regla del Decreto 2229 de 2023; consúltalas también en el ${link(SOURCES.calendario, 'calendario tributario de la DIAN')}.`;
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

function minimumPenaltyEntry(year: number): KnowledgeEntry {
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
      `**Valor en pesos no confirmado en la fuente oficial:** se calcula con una UVT que verificamos en publicaciones especializadas, no directamente en la DIAN. Revisa la UVT ${link(uvt.source, 'en el normograma de la DIAN')}.`,
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

/** The late-filing entry's worked example; answers complete it with the minimum of the current season. */
export const LATE_FILING_EXAMPLE = { impuestoACargo: 2_000_000, monthsLate: 3 } as const;
// The 5 %-per-month figure does not depend on the year; only the minimum it is compared with does.
const lateFilingExample = lateFilingPenalty({ year: CURRENT_FILING_YEAR, ...LATE_FILING_EXAMPLE });

const RAW_ENTRIES: KnowledgeEntry[] = [
  ...UVT_YEARS.map(uvtEntry),
  whoMustFileEntry(
    2024,
    'Usa siempre la UVT del año gravable, no la del año en que presentas la declaración.',
    SOURCES.calendario,
  ),
  whoMustFileEntry(
    2025,
    `**Error común:** usar la UVT de 2026 (${formatPesos(requireUvt(2026).value)}); con ella salen ${formatUvtInPesos(4_500, 2026)} y ${formatUvtInPesos(1_400, 2026)}, cifras que no aplican a este año gravable.`,
    SOURCES.rentaAg2025,
  ),
  {
    id: 'formulario-210',
    title: 'Formulario 210: declaración de renta de personas naturales residentes',
    body: [
      'El **formulario 210** es la declaración de renta y complementarios de las **personas naturales residentes** en Colombia y de las sucesiones ilíquidas de causantes residentes.',
      '',
      '- Los ingresos se depuran por **cédulas**: general (rentas de trabajo, de capital y no laborales), pensiones, y dividendos y participaciones; las ganancias ocasionales van aparte.',
      '- Se diligencia y presenta **en línea** en el Portal Transaccional (MUISCA) de la DIAN, no a mano, y se firma con **firma electrónica**.',
      '- Puedes partir de la **declaración sugerida**, que la DIAN prellena con información de terceros.',
      '- Si no eres residente fiscal en Colombia, no usas el 210 sino el **formulario 110**.',
    ].join('\n'),
    questions: [
      '¿Qué es el formulario 210?',
      '¿Quién usa el formulario 210?',
      '¿Dónde descargo o diligencio el formulario 210?',
      '¿Qué formulario uso para declarar renta como persona natural?',
      '¿Qué son las cédulas en la declaración de renta?',
    ],
    keywords: [
      'número del formulario de renta',
      'F210',
      'formulario 210',
      'personas naturales',
      'residentes',
      'empleados, independientes y pensionados',
      'cédulas',
      'cédula general',
      'sucesiones ilíquidas',
      'PDF',
      'a mano',
    ],
    appliesTo: 'Personas naturales residentes (formulario que la DIAN prescribe cada año)',
    sources: [SOURCES.rentaAg2025, SOURCES.estatuto],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'formulario-110',
    title: 'Formulario 110: personas jurídicas y personas naturales no residentes',
    body: [
      'El **formulario 110** es la declaración de renta de:',
      '',
      '- **Personas jurídicas**: sociedades y demás entidades contribuyentes.',
      '- **Personas naturales y sucesiones ilíquidas que no son residentes fiscales** en Colombia.',
      '',
      'Un no residente declara solo sus ingresos de **fuente nacional** (art. 9 del Estatuto Tributario). Un residente usa el **formulario 210** y declara también lo que recibe del exterior.',
      '',
      'Para saber si eres residente revisa la regla de los **183 días** del art. 10 del Estatuto Tributario. Consulta el formulario vigente y sus instrucciones en el portal de la DIAN.',
    ].join('\n'),
    questions: [
      '¿Qué es el formulario 110?',
      '¿Quién declara en el formulario 110?',
      'Soy extranjero y no vivo en Colombia, ¿qué formulario uso?',
      '¿Qué formulario usan los no residentes?',
      '¿Las empresas declaran renta en el 110?',
    ],
    keywords: [
      'F110',
      'formulario 110',
      'no residentes',
      'personas jurídicas',
      'sociedades',
      'empresas',
      'extranjeros',
    ],
    appliesTo:
      'Personas jurídicas y personas naturales no residentes (formulario que la DIAN prescribe cada año)',
    sources: [SOURCES.estatuto, SOURCES.portal],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'formulario-160',
    title: 'Formulario 160: declaración anual de activos en el exterior',
    body: [
      'La **declaración anual de activos en el exterior (formulario 160)** la presentan los contribuyentes de renta **residentes** que poseen activos fuera de Colombia —cuentas, inversiones, inmuebles u otros bienes— cuando su valor patrimonial al **1 de enero** supera **2.000 UVT** (art. 607 del Estatuto Tributario).',
      '',
      '- Si el valor supera **3.580 UVT**, debes **discriminar** cada activo; por debajo de ese monto se pueden declarar agregados por país.',
      '- Se presenta **solo en línea**, con firma electrónica.',
      '- Es una obligación adicional a la declaración de renta (formulario 210 para personas naturales residentes).',
    ].join('\n'),
    questions: [
      '¿Qué es el formulario 160?',
      'Tengo una cuenta en el exterior, ¿debo declararla?',
      '¿Quién presenta la declaración de activos en el exterior?',
      '¿Desde qué monto se declaran los bienes en el extranjero?',
    ],
    keywords: [
      'F160',
      'formulario 160',
      'activos en el exterior',
      'bienes en el extranjero',
      'cuentas en el exterior',
      'inversiones en el exterior',
    ],
    appliesTo: 'Vigente (Estatuto Tributario, art. 607; montos en UVT)',
    sources: [SOURCES.activosExterior, SOURCES.estatuto],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'formulario-260',
    title: 'Formulario 260: declaración anual del Régimen Simple (RST)',
    body: [
      'El **formulario 260** es la **declaración anual consolidada del Régimen Simple de Tributación (RST o SIMPLE)**.',
      '',
      '- La presentan las personas naturales y jurídicas inscritas en el **régimen simple**, un impuesto que sustituye el impuesto de renta para quienes optan por él (art. 903 del Estatuto Tributario).',
      '- El formulario para el **año gravable 2024 en adelante** lo prescribió la **Resolución DIAN 000187 del 25 de octubre de 2024**.',
      `- Requisitos, tarifas y plazos están en el ${link(SOURCES.regimenSimple, 'micrositio del Régimen Simple')}.`,
    ].join('\n'),
    questions: [
      '¿Qué es el formulario 260?',
      '¿Quién presenta el formulario 260?',
      'Estoy en el régimen simple, ¿qué declaración presento?',
      '¿Cómo declaro si soy del RST?',
    ],
    keywords: ['F260', 'formulario 260', 'régimen simple', 'RST', 'SIMPLE', 'declaración consolidada'],
    appliesTo: 'Año gravable 2024 en adelante (Resolución DIAN 000187 de 2024)',
    sources: [SOURCES.regimenSimple, SOURCES.estatuto],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'formulario-490',
    title: 'Formulario 490: recibo oficial de pago de impuestos',
    body: [
      'El **formulario 490** es el **Recibo Oficial de Pago de Impuestos Nacionales**: con él pagas el impuesto de renta y otras obligaciones ante la DIAN.',
      '',
      '- Se diligencia en el **Portal Transaccional** de la DIAN, normalmente al terminar tu declaración.',
      '- Lo pagas **en línea** por **PSE** o con **tarjeta de crédito**, o lo **imprimes** y pagas en un **banco autorizado**.',
      '- Antes de pagar, revisa que el concepto, el periodo y el valor coincidan con tu declaración.',
      '- Si pagas después de tu fecha límite se causan intereses de mora.',
    ].join('\n'),
    questions: [
      '¿Qué es el formulario 490?',
      '¿Cómo saco el recibo de pago de la DIAN?',
      '¿Dónde genero el recibo 490?',
      '¿Para qué sirve el recibo oficial de pago?',
    ],
    keywords: ['F490', 'formulario 490', 'recibo de pago', 'recibo oficial de pago', 'PSE', 'banco'],
    appliesTo: 'Pagos de impuestos nacionales (formulario vigente)',
    sources: [SOURCES.rentaAg2025, SOURCES.autogestion],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  deadlinesEntry(DEADLINES_AG_2024),
  deadlinesEntry(DEADLINES_AG_2025),
  {
    id: 'declarar-en-linea',
    title: 'Cómo declarar renta en línea: RUT, cuenta MUISCA y firma electrónica',
    body: [
      'Las personas naturales residentes deben **presentar la declaración de renta en línea** (Resolución DIAN 000139 de 2023). Pasos:',
      '',
      '1. **RUT actualizado:** debes estar inscrito en el Registro Único Tributario con tus datos al día.',
      `2. **Cuenta en el Portal Transaccional (MUISCA):** habilita tu usuario en ${link(SOURCES.portal, 'www.dian.gov.co')}.`,
      '3. **Firma electrónica (FE):** la necesitas para firmar la declaración; tiene vigencia de **3 años**.',
      '4. **Revisa la declaración sugerida** o diligencia el **formulario 210** con tus certificados y soportes a la mano.',
      '5. **Presenta y firma** antes de tu fecha límite; si queda impuesto a cargo, genera el **formulario 490** para pagar.',
      '',
      'Si el portal falla o está lento, no lo dejes para tu último día: intenta más tarde y, si el problema sigue, repórtalo en los canales de la DIAN.',
      '',
      `Los ${link(SOURCES.autogestion, 'canales de autogestión de la DIAN')} explican cada trámite paso a paso.`,
    ].join('\n'),
    questions: [
      '¿Cómo declaro renta por internet?',
      '¿Cuáles son los pasos para presentar la declaración de renta?',
      '¿Qué necesito para declarar renta en línea?',
      '¿Cómo presento la declaración en la página de la DIAN?',
      '¿Puedo declarar renta en papel o en el banco?',
    ],
    keywords: [
      'primera vez',
      'por dónde empiezo',
      'en línea',
      'virtual',
      'internet',
      'paso a paso',
      'presentar declaración',
      'MUISCA',
      'Portal Transaccional',
      'requisitos para declarar',
      'se cae la página',
      'falla el portal',
    ],
    appliesTo: 'Vigente desde 2023 (Resolución DIAN 000139 de 2023)',
    sources: [SOURCES.rentaAg2025, SOURCES.autogestion, SOURCES.portal],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'firma-electronica',
    title: 'Firma electrónica (FE) de la DIAN',
    body: [
      'La **firma electrónica (FE)** de la DIAN es el mecanismo con el que firmas tus declaraciones y trámites en el Portal Transaccional (MUISCA).',
      '',
      '- Es requisito para presentar en línea la declaración de renta de las personas naturales residentes.',
      '- Tiene una **vigencia de 3 años**; si venció, tramítala de nuevo antes de declarar.',
      '- Se gestiona desde tu cuenta en el Portal Transaccional, con el **RUT** actualizado.',
      '- La clave de tu firma es **personal**: no la compartas con nadie, tampoco con este asistente.',
      '',
      `Consulta el paso a paso en los ${link(SOURCES.autogestion, 'canales de autogestión de la DIAN')}.`,
    ].join('\n'),
    questions: [
      '¿Cómo saco la firma electrónica de la DIAN?',
      '¿Qué es la firma electrónica?',
      '¿Cuánto dura la firma electrónica?',
      'Se me venció la firma electrónica, ¿qué hago?',
      '¿Necesito firma electrónica para declarar?',
    ],
    keywords: [
      'firma electrónica',
      'FE',
      'firmar',
      'vigencia',
      'firma vencida',
      'renovar firma',
      'instrumento de firma',
    ],
    appliesTo: 'Vigente desde 2023 (Resolución DIAN 000139 de 2023)',
    sources: [SOURCES.autogestion, SOURCES.rentaAg2025],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'declaracion-sugerida',
    title: 'Declaración sugerida de renta',
    body: [
      'La **declaración sugerida** es un borrador de tu declaración de renta que la DIAN prellena con la **información exógena**, es decir, lo que terceros como bancos y empleadores reportaron sobre ti.',
      '',
      '- Es **opcional**: puedes usarla como punto de partida o diligenciar tu formulario desde cero.',
      '- Es **editable**: revisa cada valor y corrige lo que no coincida con tus certificados; tú respondes por lo que firmas.',
      '- Si aparece información que no reconoces, revísala antes de presentar.',
      '- Se consulta en el Portal Transaccional (MUISCA) con tu usuario.',
    ].join('\n'),
    questions: [
      '¿Qué es la declaración sugerida?',
      '¿Dónde veo la declaración que la DIAN ya tiene prellenada?',
      '¿Estoy obligado a usar la declaración sugerida?',
      '¿La DIAN me entrega la declaración ya hecha?',
      '¿Puedo cambiar los valores de la declaración sugerida?',
    ],
    keywords: [
      'declaración sugerida',
      'borrador',
      'prellenada',
      'declaración ya hecha',
      'aceptar la sugerida',
      'correo con la sugerida',
    ],
    appliesTo: 'Personas naturales residentes (servicio disponible en el Portal Transaccional)',
    sources: [SOURCES.sugerida, SOURCES.rentaAg2025],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'rut-y-nit',
    title: 'RUT y NIT: qué son y para qué sirven',
    body: [
      '- El **RUT (Registro Único Tributario)** es el registro de la DIAN con tus datos y responsabilidades tributarias. Para declarar en línea debes estar inscrito y tenerlo actualizado (art. 555-2 del Estatuto Tributario).',
      '- El **NIT (Número de Identificación Tributaria)** es el número con el que la DIAN te identifica (art. 555-1). Para una persona natural con cédula colombiana es el número de la cédula más un **dígito de verificación (DV)**.',
      '- Las fechas para declarar dependen de los **dos últimos dígitos del NIT, sin el dígito de verificación**.',
      '',
      `Los trámites del RUT se hacen en los ${link(SOURCES.autogestion, 'canales de autogestión de la DIAN')}. No compartas tu número de documento completo en chats: para ubicar tu plazo bastan los dos últimos dígitos.`,
    ].join('\n'),
    questions: [
      '¿El NIT es el mismo número de la cédula?',
      '¿Qué es el RUT?',
      '¿Qué es el NIT?',
      '¿Cuál es la diferencia entre RUT y NIT?',
      '¿Cómo saco o actualizo el RUT?',
      '¿Qué es el dígito de verificación?',
    ],
    keywords: [
      'RUT',
      'NIT',
      'registro único tributario',
      'número de identificación tributaria',
      'dígito de verificación',
      'DV',
      'inscripción RUT',
      'actualizar RUT',
    ],
    appliesTo: 'Vigente (Estatuto Tributario, arts. 555-1 y 555-2)',
    sources: [SOURCES.estatuto, SOURCES.autogestion, SOURCES.decretoPlazos],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'como-pagar',
    title: 'Cómo y dónde pagar el impuesto de renta',
    body: [
      'Para pagar el impuesto de renta a cargo:',
      '',
      '1. **Genera el formulario 490** (Recibo Oficial de Pago) en el Portal Transaccional de la DIAN, a partir de tu declaración.',
      '2. **Paga en línea** por **PSE** (débito a tu cuenta bancaria) o con **tarjeta de crédito**.',
      '3. **O paga presencialmente:** imprime el 490 y llévalo a un **banco autorizado**.',
      '',
      'Las personas naturales pagan en una sola cuota, a más tardar en la fecha límite de su declaración.',
      '',
      '**Si pagas tarde:** declarar a tiempo no te libera de pagar a tiempo. Desde el vencimiento se causan **intereses moratorios** por cada día calendario de retraso (arts. 634 y 635 del Estatuto Tributario), a la tasa de usura para crédito de consumo menos dos puntos. Si además declaras tarde, se suma la **sanción por extemporaneidad**.',
    ].join('\n'),
    questions: [
      '¿Cómo pago el impuesto de renta?',
      '¿Dónde pago la declaración de renta?',
      '¿Puedo pagar la renta con PSE o tarjeta de crédito?',
      '¿Qué pasa si declaro a tiempo pero pago tarde?',

      '¿En qué bancos puedo pagar?',
    ],
    keywords: [
      'pagar',
      'pago',
      'PSE',
      'tarjeta de crédito',
      'bancos autorizados',

      'pago tardío',
      'formulario 490',
      'Nequi',
      'Daviplata',
      'app del banco',
      'comprobante de pago',
    ],
    appliesTo: 'Vigente (Estatuto Tributario, arts. 634 y 635)',
    sources: [SOURCES.rentaAg2025, SOURCES.estatuto],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'sancion-extemporaneidad',
    title: 'Sanción por declarar tarde (extemporaneidad)',
    body: [
      'Si presentas la declaración después de tu fecha límite, debes liquidar la **sanción por extemporaneidad** (art. 641 del Estatuto Tributario):',
      '',
      '- **Con impuesto a cargo:** 5 % del impuesto por cada mes o fracción de mes de retraso (un día tarde cuenta como un mes), sin pasar del 100 % del impuesto.',
      `- **Ejemplo:** impuesto a cargo de ${formatPesos(LATE_FILING_EXAMPLE.impuestoACargo)} y ${LATE_FILING_EXAMPLE.monthsLate} meses tarde: ${lateFilingExample.ratePerMonth} % × ${lateFilingExample.monthsLate} = ${lateFilingExample.ratePerMonth * lateFilingExample.monthsLate} % → **${formatPesos(lateFilingExample.computed)}**.`,
      '- **Sin impuesto a cargo:** 0,5 % de los ingresos brutos por cada mes o fracción, sin pasar de la cifra menor entre el 5 % de esos ingresos o el doble del saldo a favor (2.500 UVT si no hay saldo a favor).',
      '- **Sin ingresos en el periodo:** 1 % del patrimonio líquido del año anterior por mes o fracción, con sus propios topes.',
      '- Nunca es menor que la **sanción mínima de 10 UVT** (art. 639), que cambia cada año con la UVT: si el cálculo da menos, pagas la mínima del año en que declaras.',
      '- Si también pagas tarde, se suman los **intereses moratorios**.',
      '',
      'Si no declaras y la DIAN te emplaza, las sanciones son mayores (arts. 642 y 643): es mejor declarar cuanto antes.',
    ].join('\n'),
    questions: [
      '¿Cuánto me cobran si declaro tarde?',
      '¿Qué pasa si declaro renta tarde?',
      '¿Cuál es la multa por declarar fuera de plazo?',
      '¿Cómo se calcula la sanción por extemporaneidad?',
      'Se me pasó la fecha para declarar, ¿qué hago?',
      '¿Qué pasa si no declaro renta?',
    ],
    keywords: [
      'extemporaneidad',
      'declarar tarde',
      'fuera de plazo',
      'se me pasó la fecha',
      'multa',
      'sanción',
      'artículo 641',
      'no declarar',
    ],
    appliesTo: 'Vigente (Estatuto Tributario, arts. 639 y 641)',
    sources: [SOURCES.estatuto],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  minimumPenaltyEntry(2025),
  minimumPenaltyEntry(2026),
  {
    id: 'correcciones',
    title: 'Cómo corregir tu declaración de renta',
    body: [
      '- **Si la corrección aumenta el impuesto o disminuye el saldo a favor** (art. 588 del Estatuto Tributario): puedes corregir dentro de los **3 años** siguientes al vencimiento del plazo para declarar, mientras la DIAN no te haya notificado requerimiento especial o pliego de cargos. Liquidas una **sanción por corrección del 10 %** del mayor valor a pagar o del menor saldo a favor (art. 644); sube al **20 %** si corriges después de un emplazamiento para corregir o de un auto de inspección tributaria.',
      '- **Si la corrección disminuye el impuesto o aumenta el saldo a favor** (art. 589): tienes **1 año** desde el vencimiento del plazo para declarar.',
      '- La corrección se presenta en el mismo tipo de formulario (por ejemplo, el 210), indicando el número de la declaración que corriges.',
      '- Ninguna sanción es menor que la sanción mínima de 10 UVT (art. 639).',
    ].join('\n'),
    questions: [
      '¿Cómo corrijo mi declaración de renta?',
      'Me equivoqué en la declaración, ¿qué hago?',
      '¿Cuánto tiempo tengo para corregir la declaración?',
      '¿Cuál es la sanción por corrección?',
      '¿Puedo corregir para pagar menos o pedir más saldo a favor?',
    ],
    keywords: [
      'corrección',
      'corregir',
      'error',
      'requerimiento',
      'inconsistencias',
      'equivocación',
      'saldo a favor',
      'sanción por corrección',
      'artículo 588',
      'artículo 589',
      'artículo 644',
    ],
    appliesTo: 'Vigente (Estatuto Tributario, arts. 588, 589 y 644)',
    sources: [SOURCES.estatuto],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'residencia-fiscal',
    title: 'Residentes y no residentes: la regla de los 183 días',
    body: [
      'Eres **residente fiscal** en Colombia, entre otros casos (art. 10 del Estatuto Tributario), si **permaneces en el país más de 183 días calendario**, continuos o no, incluidos los días de entrada y salida, dentro de cualquier periodo de 365 días consecutivos. Si esa permanencia abarca dos años, eres residente desde el segundo año.',
      '',
      'El mismo artículo prevé otros casos en que un colombiano es residente, por ejemplo según dónde estén su familia, sus ingresos o sus bienes.',
      '',
      '- **Residentes:** declaran sus ingresos de fuente nacional y del exterior en el **formulario 210** (art. 9).',
      '- **No residentes:** declaran solo sus ingresos de fuente nacional, en el **formulario 110**.',
    ].join('\n'),
    questions: [
      '¿Soy residente fiscal en Colombia?',
      'Vivo en el exterior, ¿tengo que declarar renta en Colombia?',
      '¿Qué es la regla de los 183 días?',
      'Soy extranjero y vivo en Colombia, ¿declaro renta?',
      '¿Cómo declara un no residente?',
    ],
    keywords: [
      'residencia fiscal',
      'residente',
      'no residente',
      'extranjero',
      '183 días',
      'días de entrada y salida',
      'vivo fuera',
      'exterior',
      'artículo 10',
    ],
    appliesTo: 'Vigente (Estatuto Tributario, arts. 9 y 10)',
    sources: [SOURCES.estatuto],
    checkedOn: CHECKED_ON,
    confirmed: true,
  },
  {
    id: 'deducciones-rentas-exentas',
    title: 'Deducciones y rentas exentas: reglas generales',
    body: [
      'En la **cédula general**, después de restar los ingresos no constitutivos de renta, puedes restar **rentas exentas y deducciones**, con un límite conjunto del **40 %** de ese valor y máximo **1.340 UVT al año** (art. 336 del Estatuto Tributario).',
      '',
      '- El **25 % de los pagos laborales** es renta exenta, limitado a **790 UVT al año** (art. 206, numeral 10).',
      '- Otros beneficios frecuentes, como los intereses de crédito de vivienda, los dependientes, la medicina prepagada o los aportes voluntarios a pensión y a cuentas AFC, tienen sus propios requisitos y topes.',
      '- Cada beneficio exige **soportes**, como certificados de tu empleador, banco o fondo.',
      '- **Intereses de créditos educativos del ICETEX:** se restan hasta **100 UVT al año** (art. 119 ET).',
      '- **Lo que no se resta:** solo cuentan los conceptos que la ley nombra; la pensión del colegio, el gimnasio, el arriendo que pagas por tu casa, la cuota del carro, el mercado o los servicios públicos no están entre ellos.',
      '',
      'Esta es una guía general: revisa las condiciones de cada beneficio en el Estatuto Tributario antes de incluirlo. **Sin confirmar en la fuente oficial:** el tope del ICETEX (leído en copias de terceros) y la lista de lo que no se resta, que es nuestra lectura del art. 336.',
    ].join('\n'),
    questions: [
      '¿Qué puedo deducir en la declaración de renta?',
      '¿Qué son las rentas exentas?',
      '¿Cuál es el límite de deducciones y rentas exentas?',
      '¿Qué beneficios reducen el impuesto de renta?',
      '¿Qué beneficios tributarios tengo como asalariado?',
      'El arriendo que pago por mi casa, ¿es deducible?',
    ],
    keywords: [
      'deducciones',
      'rentas exentas',
      'beneficios tributarios',
      'gastos deducibles',
      'ICETEX',
      'crédito educativo',
      'colegio',
      'servicios públicos',
      'gimnasio',
      'pago arriendo',
    ],
    appliesTo: 'Vigente desde el año gravable 2023 (Ley 2277 de 2022)',
    sources: [SOURCES.estatuto, SOURCES.dur],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'canales-oficiales-dian',
    title: 'Canales oficiales de la DIAN',
    body: [
      'Para trámites y consultas usa solo los **canales oficiales** de la DIAN:',
      '',
      `- **Portal de la DIAN:** ${link(SOURCES.portal, 'www.dian.gov.co')}, con acceso al Portal Transaccional (MUISCA).`,
      `- **Autogestión:** ${link(SOURCES.autogestion, 'ABC de los canales de autogestión')}.`,
      `- **Fechas:** ${link(SOURCES.calendario, 'calendario tributario')}.`,
      `- **Renta de personas naturales:** ${link(SOURCES.rentaAg2025, 'micrositio de renta')}.`,
      `- **Normas:** ${link(SOURCES.estatuto, 'Estatuto Tributario en el normograma DIAN')}.`,
      '- **APP DIAN:** trámites de autogestión desde el celular.',
      '- **Teléfono, chat y oficinas:** la DIAN también atiende por línea telefónica, chat y en sus puntos de contacto presenciales (con cita); los números y horarios vigentes se publican en el portal.',
      '- **Asesoría gratuita:** los Núcleos de Apoyo Contable y Fiscal (**NAF**) de universidades aliadas con la DIAN orientan gratis sobre el RUT y la declaración.',
      '- **Peticiones, quejas y reclamos:** el servicio **«PQSR y Denuncias»** del portal recibe derechos de petición, quejas, reclamos, sugerencias y denuncias.',
      '',
      'Desconfía de mensajes o sitios fuera del dominio **dian.gov.co** y nunca entregues tu contraseña ni tu firma electrónica. Este asistente es informativo y no reemplaza la atención oficial de la DIAN.',
      '',
      '**Sin confirmar en la fuente oficial:** la línea telefónica, el chat, el servicio PQSR y los NAF los tomamos de documentos de la DIAN publicados por terceros.',
    ].join('\n'),
    questions: [
      '¿Cuál es la página oficial de la DIAN?',
      '¿Cómo me comunico con la DIAN?',
      '¿Dónde hago trámites con la DIAN?',
      '¿Dónde consulto información oficial de la DIAN?',
      '¿Cómo sé si una página es de la DIAN?',
      '¿Es real una llamada o un correo a nombre de la DIAN?',
    ],
    keywords: [
      'WhatsApp',
      'mensajes de texto',
      'mensajes falsos',
      'correos falsos',
      'fraude',
      'suplantación',
      'canales oficiales',
      'contacto',
      'atención',
      'página web',
      'sitio oficial',
      'autogestión',
      'dian.gov.co',
      'teléfono',
      'chat',
      'PQSR',
      'asesoría gratuita',
      'NAF',
      'queja',
      'derecho de petición',
    ],
    appliesTo: 'Canales vigentes de la DIAN',
    sources: [SOURCES.portal, SOURCES.autogestion],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
];

/** Every entry, validated once at module load: an invalid edit fails fast with the entry id and field. */
export const KNOWLEDGE_ENTRIES: readonly KnowledgeEntry[] = Object.freeze(
  parseKnowledgeEntries([...RAW_ENTRIES, ...KNOWLEDGE_TOPICS.flatMap((topic) => topic.entries)]),
);

export function getKnowledgeEntry(id: string): KnowledgeEntry | undefined {
  return KNOWLEDGE_ENTRIES.find((entry) => entry.id === id);
}
