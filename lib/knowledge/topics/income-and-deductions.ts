/**
 * Income, deductions, exempt income, cédulas and the rate table of personas naturales residentes, plus
 * the balance in favour that a return can leave. Caps are written in UVT and converted to pesos with the
 * UVT of taxable year 2025, the year filed in 2026.
 *
 * Verification (2026-12-06): only DIAN's refund page was read on an official host (two-year term, RUT,
 * firma electrónica, formato 010). The caps of arts. 119, 126-1, 126-4, 206, 241, 336 and 387 were read in
 * third-party copies of the Estatuto and in the press, so every entry carrying them is unconfirmed.
 */
import { ART_241_BRACKETS, art241Bracket, art241TaxUvt } from '../../tax/income-tax';
import { formatNumber, formatPesos, roundToThousand } from '../../tax/money';
import { OFFICIAL_SOURCES } from '../../tax/sources';
import { pesosToUvt, requireUvt, uvtToPesos } from '../../tax/uvt';
import type { KnowledgeEntry, KnowledgeSource } from '../schema';
import type { KnowledgeTopic } from './topic';

const CHECKED_ON = '2026-12-06';
const TAXABLE_YEAR = 2025;
const APPLIES_TO_AG_2025 = `Año gravable ${TAXABLE_YEAR} (declaración de ${TAXABLE_YEAR + 1})`;
const RULES_IN_FORCE = 'Personas naturales residentes; reglas vigentes en 2026';

const SOURCES = {
  estatuto: OFFICIAL_SOURCES.estatuto,
  dur: OFFICIAL_SOURCES.dur,
  renta: OFFICIAL_SOURCES.rentaAg2025,
  uvt: OFFICIAL_SOURCES.uvt2025,
  refunds: {
    title: 'Devoluciones y compensaciones: trámite y condiciones (DIAN)',
    url: 'https://www.dian.gov.co/tramitesservicios/Tramites_Impuestos/Devoluciones/Paginas/Tramite-y-condiciones.aspx',
  },
  conceptoLey2277: {
    title: 'Concepto general DIAN 3966 de 2023: renta de personas naturales tras la Ley 2277 de 2022',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_3966_2023.htm',
  },
  // The Constitutional Court's ruling names arts. 242, 254-1 and 331 as Ley 2277 left them and leaves them in force.
  sentenciaDividendos: {
    title: 'Corte Constitucional, sentencia C-186 de 2024 (dividendos tras la Ley 2277 de 2022)',
    url: 'https://www.secretariasenado.gov.co/senado/basedoc/c-186_2024.html',
  },
  conceptoDependientes: {
    title: 'Concepto DIAN 4642 de 2024: deducción por dependientes (art. 336 ET)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_4642_2024.htm',
  },
} as const satisfies Record<string, KnowledgeSource>;

/** "384 UVT ($19.123.000)": a cap in UVT and its pesos for AG 2025, approximated as art. 868 ET orders. */
function uvtCap(uvt: number): string {
  return `${formatNumber(uvt)} UVT (${formatPesos(uvtToPesos(uvt, TAXABLE_YEAR).rounded)})`;
}

const UVT_NOTE = `Pesos con la UVT de ${TAXABLE_YEAR} (${formatPesos(requireUvt(TAXABLE_YEAR).value)}), aproximados al múltiplo de mil (art. 868 ET).`;

const UNCONFIRMED_CAPS =
  '**Límites no confirmados en la fuente oficial:** los leímos en copias del Estatuto Tributario publicadas por terceros; verifícalos en el normograma de la DIAN antes de declarar.';

// ---------------------------------------------------------------------------------------------------
// Art. 241 ET: the marginal rate table of the cédula general (and pensiones) of residents, the same one the
// income_tax tool computes with (lib/tax/income-tax.ts).

function art241TableMarkdown(): string {
  const rows = ART_241_BRACKETS.map(({ from, to, rate, base }) => {
    const range =
      to === undefined
        ? `Más de ${formatNumber(from)}`
        : from === 0
          ? `Hasta ${formatNumber(to)}`
          : `Más de ${formatNumber(from)} hasta ${formatNumber(to)}`;
    const tax =
      rate === 0
        ? '0'
        : `(base − ${formatNumber(from)}) × ${rate} %${base > 0 ? ` + ${formatNumber(base)} UVT` : ''}`;
    return `| ${range} | ${rate} % | ${tax} |`;
  });
  return ['| Base en UVT | Tarifa marginal | Impuesto en UVT |', '| --- | --- | --- |', ...rows].join('\n');
}

function art241Example(basePesos: number): string {
  const uvt = requireUvt(TAXABLE_YEAR).value;
  const baseUvt = pesosToUvt(basePesos, TAXABLE_YEAR);
  const bracket = art241Bracket(baseUvt);
  const taxUvt = art241TaxUvt(baseUvt);
  const taxPesos = Math.round(taxUvt * uvt);
  const share = formatNumber(Math.round((taxPesos / basePesos) * 1_000) / 10);
  return [
    `**Ejemplo (año gravable ${TAXABLE_YEAR}, UVT ${formatPesos(uvt)}):** renta líquida gravable de ${formatPesos(basePesos)}.`,
    '',
    `1. ${formatPesos(basePesos)} ÷ ${formatPesos(uvt)} = ${formatNumber(baseUvt)} UVT.`,
    `2. (${formatNumber(baseUvt)} − ${formatNumber(bracket.from)}) × ${bracket.rate} % + ${formatNumber(bracket.base)} = ${formatNumber(taxUvt)} UVT.`,
    `3. ${formatNumber(taxUvt)} × ${formatPesos(uvt)} = ${formatPesos(taxPesos)}; en la declaración, **${formatPesos(roundToThousand(taxPesos))}** (art. 577 ET). Equivale a un ${share} % de la base, no al 28 %.`,
  ].join('\n');
}

const ART_241_EXAMPLE_BASE_PESOS = 100_000_000;

// ---------------------------------------------------------------------------------------------------
// Art. 336 ET: the joint cap of exempt income and deductions in the cédula general.

const CAP_SHARE_PERCENT = 40;
const CAP_UVT = 1_340;
const CAP_EXAMPLE_NET_INCOME = 100_000_000;

function capExample(netIncome: number): string {
  const share = roundToThousand((netIncome * CAP_SHARE_PERCENT) / 100);
  const absolute = uvtToPesos(CAP_UVT, TAXABLE_YEAR).rounded;
  const cap = Math.min(share, absolute);
  const which =
    cap === share
      ? `el ${CAP_SHARE_PERCENT} %, porque es menor que ${formatNumber(CAP_UVT)} UVT`
      : `${formatNumber(CAP_UVT)} UVT, porque es menor que el ${CAP_SHARE_PERCENT} %`;
  return `**Ejemplo:** con ingresos de ${formatPesos(netIncome)} (ya restados los no constitutivos de renta), el ${CAP_SHARE_PERCENT} % es ${formatPesos(share)}; tu límite es **${formatPesos(cap)}**, ${which} (${formatPesos(absolute)}).`;
}

// ---------------------------------------------------------------------------------------------------
// Entries.

const ENTRIES: KnowledgeEntry[] = [
  {
    id: 'saldo-a-favor',
    title: 'Saldo a favor en renta: devolución, compensación o imputación',
    body: [
      'Tienes **saldo a favor** cuando tus retenciones y anticipos superan el impuesto de tu declaración. Puedes:',
      '',
      '- **Pedir la devolución:** la DIAN te consigna en una cuenta **a tu nombre** de una entidad vigilada por la Superintendencia Financiera de Colombia (una cuenta del exterior no sirve), o te paga con **TIDIS**, títulos para pagar impuestos o venderlos (art. 862 ET).',
      '- **Pedir la compensación:** se cruza con otras deudas tuyas con la DIAN.',
      '- **Imputarlo** en la declaración del año siguiente, si no lo pides.',
      '',
      'Cómo pedirlo (solicitud ordinaria) y qué documentos anexar:',
      '',
      '1. Plazo: a más tardar **2 años después del vencimiento del plazo para declarar** (art. 854 ET).',
      '2. RUT actualizado y **firma electrónica** para radicar en el Servicio Informático de Devoluciones y Compensaciones (MUISCA).',
      '3. **Formato 010** «Solicitud de devolución y/o compensación» y **formato 1668** con la constancia de titularidad de tu cuenta bancaria (expedida hace menos de un mes).',
      '',
      '**Sin confirmar en la fuente oficial:** que la DIAN tenga **50 días hábiles** para devolver (art. 855 ET), o **20** si entregas una **garantía** (póliza) a favor de la DIAN (art. 860), y la **devolución de oficio** para el formulario 210: aceptarla al presentar la declaración y recibir el pago en unos 15 días hábiles. Lo leímos en la prensa; revisa la [página de devoluciones de la DIAN](https://www.dian.gov.co/tramitesservicios/Tramites_Impuestos/Devoluciones/Paginas/Tramite-y-condiciones.aspx).',
    ].join('\n'),
    questions: [
      '¿Cómo pido la devolución del saldo a favor?',
      '¿En cuánto tiempo me devuelve la DIAN el saldo a favor?',
      'Tengo saldo a favor en la declaración, ¿qué hago?',
      '¿Hasta cuándo puedo reclamar el saldo a favor?',
      '¿Qué es el formato 010 de devoluciones?',
      '¿Qué diferencia hay entre devolución y compensación?',
      '¿En qué cuenta me consignan la devolución?',
      '¿Qué documentos pide la DIAN para devolverme el saldo a favor?',
    ],
    keywords: [
      'devolución automática',
      'saldo a favor',
      'devolución',
      'compensación',
      'imputación',
      'formato 010',
      'formato 1668',
      'TIDIS',
      'devolución de oficio',
      'reembolso',
      'artículo 854',
      'artículo 855',
      'garantía',
      'póliza',
    ],
    appliesTo: RULES_IN_FORCE,
    sources: [SOURCES.refunds, SOURCES.estatuto],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'dependientes',
    title: 'Deducción por dependientes económicos (hijos, cónyuge, padres)',
    body: [
      'Si tienes **rentas de trabajo**, puedes restar dos beneficios por dependientes:',
      '',
      `- **Art. 387 ET:** hasta el **10 % de tus ingresos brutos** de trabajo, con límite de **32 UVT al mes**, es decir ${uvtCap(384)} al año. Entra en el límite del 40 % y 1.340 UVT.`,
      `- **Art. 336 num. 3 ET (Ley 2277 de 2022):** **72 UVT por dependiente**, hasta **4** dependientes: ${uvtCap(72)} cada uno, ${uvtCap(288)} como máximo. Va **por fuera** del límite del 40 % y 1.340 UVT.`,
      '',
      'Un mismo dependiente no puede dar los dos beneficios, salvo los casos que la DIAN explica en sus conceptos.',
      '',
      '**Quién es dependiente:** hijos de hasta 18 años; hijos de 18 a 23 años cuya educación superior financias; hijos mayores en situación de dependencia física o psicológica; cónyuge o compañero permanente, padres y hermanos sin ingresos o con ingresos menores a 260 UVT al año, o en situación de dependencia certificada.',
      '',
      `${UVT_NOTE} ${UNCONFIRMED_CAPS}`,
    ].join('\n'),
    questions: [
      '¿Cuánto puedo deducir por dependientes?',
      '¿Puedo deducir a mis hijos en la declaración de renta?',
      '¿Quiénes cuentan como dependientes económicos?',
      '¿Qué es la deducción de 72 UVT por dependiente?',
      '¿Mis papás pueden ser mis dependientes?',
      '¿Cuál es el tope de la deducción por hijos?',
    ],
    keywords: [
      'demostrar la dependencia económica',
      'dependientes',
      'dependientes económicos',
      'hijos',
      'cónyuge',
      'padres',
      'personas a cargo',
      '72 UVT',
      '32 UVT',
      '384 UVT',
      'artículo 387',
    ],
    appliesTo: APPLIES_TO_AG_2025,
    sources: [SOURCES.estatuto, SOURCES.conceptoDependientes, SOURCES.conceptoLey2277],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'medicina-prepagada',
    title: 'Deducción por medicina prepagada y seguros de salud',
    body: [
      `Los pagos de **medicina prepagada**, **planes complementarios** y **seguros de salud** se pueden deducir hasta **16 UVT al mes**, es decir ${uvtCap(192)} al año (art. 387 ET).`,
      '',
      '- La entidad tiene que estar vigilada por la Superintendencia Nacional de Salud (prepagada) o la Superintendencia Financiera (seguros).',
      '- Cuenta lo que pagaste por ti, tu cónyuge, tus hijos o tus dependientes.',
      '- Necesitas el **certificado** de la entidad con lo pagado en el año.',
      '- Está dentro del límite conjunto del **40 % y 1.340 UVT** de la cédula general.',
      '- Los aportes obligatorios a salud (EPS) no son esta deducción: se restan como ingreso no constitutivo de renta.',
      '',
      `${UVT_NOTE} ${UNCONFIRMED_CAPS}`,
    ].join('\n'),
    questions: [
      '¿Puedo deducir la medicina prepagada?',
      '¿Cuánto es el máximo deducible por medicina prepagada?',
      '¿El plan complementario de la EPS es deducible?',
      '¿Los seguros de salud cuentan como deducción?',
    ],
    keywords: [
      'medicina prepagada',
      'prepagada',
      'plan complementario',
      'seguro de salud',
      'póliza de salud',
      '16 UVT',
      '192 UVT',
      'pagos por salud',
    ],
    appliesTo: APPLIES_TO_AG_2025,
    sources: [SOURCES.estatuto, SOURCES.dur],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'intereses-vivienda',
    title: 'Deducción por intereses de crédito de vivienda o leasing habitacional',
    body: [
      `Los **intereses** que pagas por un **crédito para comprar tu vivienda** o por un **leasing habitacional** se pueden deducir hasta **1.200 UVT al año**, unas 100 UVT al mes: ${uvtCap(1_200)} (art. 119 ET).`,
      '',
      '- Solo los **intereses** (y la corrección monetaria, en créditos en UVR); no el abono a capital.',
      '- El crédito tiene que ser para **adquirir la vivienda del contribuyente**.',
      '- Si el crédito es de varias personas, cada una deduce la parte que pagó.',
      '- Pide al banco el **certificado de intereses pagados** del año.',
      '- Entra en el límite conjunto del **40 % y 1.340 UVT** de la cédula general.',
      '',
      `${UVT_NOTE} ${UNCONFIRMED_CAPS}`,
    ].join('\n'),
    questions: [
      '¿Puedo deducir los intereses del crédito hipotecario?',
      '¿Cuánto es el límite de intereses de vivienda deducibles?',
      '¿El leasing habitacional es deducible en la renta?',
      '¿Cuánto me deducen por la hipoteca?',
    ],
    keywords: [
      'intereses de vivienda',
      'crédito hipotecario',
      'crédito de vivienda',
      'leasing habitacional',
      'hipoteca',
      '1.200 UVT',
      'artículo 119',
      'UVR',
    ],
    appliesTo: APPLIES_TO_AG_2025,
    sources: [SOURCES.estatuto, SOURCES.dur],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'aportes-voluntarios-afc',
    title: 'Aportes voluntarios a pensión y cuentas AFC o AVC',
    body: [
      `Los **aportes voluntarios a pensión** (fondos de pensiones voluntarias u obligatorias y seguros privados) y los depósitos en cuentas **AFC** (Ahorro para el Fomento de la Construcción) o **AVC** son **renta exenta**, sumados, hasta el **30 % de tu ingreso** del año y máximo **${uvtCap(3_800)}** (arts. 126-1 y 126-4 ET).`,
      '',
      '- Están dentro del límite conjunto del **40 % y 1.340 UVT** de la cédula general, que en la práctica es el límite que más pesa.',
      '- **Permanencia:** el beneficio se conserva si el dinero se queda al menos **10 años**, o si se retira para **comprar vivienda** (AFC/AVC) o para obtener la **pensión**.',
      '- **Retiro anticipado** sin esas condiciones: se pierde el beneficio y el fondo o el banco practica **retención en la fuente** sobre lo retirado.',
      '- Pide el **certificado** del fondo o del banco.',
      '',
      `${UVT_NOTE} **Límites y condiciones de permanencia no confirmados en la fuente oficial:** los leímos en copias del Estatuto publicadas por terceros; verifícalos antes de declarar.`,
    ].join('\n'),
    questions: [
      '¿Los aportes voluntarios a pensión son deducibles?',
      '¿Cuánto puedo ahorrar en la AFC sin pagar impuesto?',
      '¿Qué pasa si retiro la plata de la AFC antes de tiempo?',
      '¿Cuál es el límite de las pensiones voluntarias en renta?',
      '¿Qué es una cuenta AVC?',
    ],
    keywords: [
      'renta exenta',
      'aportes voluntarios',
      'pensiones voluntarias',
      'fondo de pensiones voluntarias',
      'AFC',
      'AVC',
      'aportes a la AFC',
      'ahorro para el fomento de la construcción',
      '30 %',
      '3.800 UVT',
      'retiro anticipado',
      'permanencia',
    ],
    appliesTo: APPLIES_TO_AG_2025,
    sources: [SOURCES.estatuto, SOURCES.dur],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'renta-exenta-laboral-25',
    title: 'El 25 % exento de los pagos laborales (límite de 790 UVT)',
    body: [
      `El **25 %** de tus pagos laborales es **renta exenta** (art. 206 num. 10 ET). Desde la Ley 2277 de 2022 el límite es de **${uvtCap(790)} al año**.`,
      '',
      '- El 25 % se calcula sobre los ingresos laborales **después** de restar los ingresos no constitutivos de renta (aportes obligatorios a salud y pensión), las demás deducciones y las otras rentas exentas.',
      '- Forma parte del límite conjunto del **40 % y 1.340 UVT** de la cédula general.',
      '- Aplica a asalariados y también a quienes trabajan por **honorarios o servicios**, que **eligen** entre este 25 % y restar costos y gastos.',
      '- No necesita un certificado aparte: sale de tu certificado de ingresos y retenciones.',
      `- **Cesantías e intereses sobre cesantías:** son exentos por otra regla (art. 206 num. 4): del todo si tu salario mensual promedio de los últimos seis meses no pasa de ${uvtCap(350)}; por encima, solo un porcentaje que baja por tramos.`,
      '',
      `${UVT_NOTE} **Límites no confirmados en la fuente oficial:** los 790 y 350 UVT los leímos en fuentes de terceros; verifícalos en el normograma de la DIAN.`,
    ].join('\n'),
    questions: [
      '¿Cuánto es el 25 % exento del salario?',
      '¿Cuál es el máximo del 25 % exento en 2025?',
      '¿El 25 % exento aplica si trabajo por honorarios?',
      '¿Cómo se calcula el 25 % de renta exenta laboral?',
    ],
    keywords: [
      '25 %',
      'renta exenta laboral',
      'rentas de trabajo exentas',
      '790 UVT',
      'artículo 206',
      'numeral 10',
      'salario',
      'pagos laborales',
      'asalariados',
      'exención del 25 %',
      'cesantías',
      'intereses sobre cesantías',
    ],
    appliesTo: APPLIES_TO_AG_2025,
    sources: [SOURCES.estatuto, SOURCES.conceptoLey2277],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'limite-40-1340-uvt',
    title: 'Límite de deducciones y rentas exentas: 40 % y 1.340 UVT',
    body: [
      `En la **cédula general**, la suma de **rentas exentas y deducciones** no puede pasar del **${CAP_SHARE_PERCENT} %** de los ingresos menos los ingresos no constitutivos de renta, ni de **${uvtCap(CAP_UVT)} al año** (art. 336 ET, Ley 2277 de 2022).`,
      '',
      '**Dentro del límite:** el 25 % laboral, la deducción por dependientes del art. 387, la medicina prepagada, los intereses de vivienda, los aportes voluntarios a pensión y AFC, entre otros.',
      '',
      '**Por fuera del límite:**',
      '',
      `- **72 UVT por dependiente**, hasta 4 (${uvtCap(288)} como máximo).`,
      `- **1 % de las compras con factura electrónica**, hasta ${uvtCap(240)}.`,
      '- Los **costos y gastos** de rentas de trabajo no laborales y de rentas de capital o no laborales, que no son deducciones especiales.',
      '',
      capExample(CAP_EXAMPLE_NET_INCOME),
      '',
      `${UVT_NOTE} ${UNCONFIRMED_CAPS}`,
    ].join('\n'),
    questions: [
      '¿Cuál es el límite máximo de deducciones en la renta?',
      '¿Qué es el límite del 40 % en la declaración?',
      '¿Cuánto es el máximo de 1.340 UVT en pesos?',
      '¿Qué deducciones no entran en el límite del 40 %?',
    ],
    keywords: [
      '40 %',
      '1.340 UVT',
      'límite de deducciones',
      'tope de deducciones',
      'límite de rentas exentas',
      'artículo 336',
      'cédula general',
      'por fuera del límite',
    ],
    appliesTo: APPLIES_TO_AG_2025,
    sources: [SOURCES.estatuto, SOURCES.conceptoLey2277, SOURCES.dur],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'cedulas',
    title: 'Cédulas de la declaración de renta: qué ingreso va en cada una',
    body: [
      'En el formulario 210 los ingresos se clasifican en **cédulas**, y cada una se depura con sus propias reglas:',
      '',
      '- **Cédula general**, que suma tres tipos de rentas:',
      '  - **Rentas de trabajo:** salarios, prestaciones, honorarios, comisiones y servicios personales.',
      '  - **Rentas de capital:** intereses, rendimientos financieros, arriendos, regalías y propiedad intelectual.',
      '  - **Rentas no laborales:** todo ingreso que no encaja en otra cédula, como ventas de un negocio.',
      '- **Cédula de pensiones:** pensiones de jubilación, vejez, invalidez, sobrevivientes y riesgos laborales, indemnizaciones sustitutivas y devoluciones de saldos de ahorro pensional.',
      '- **Cédula de dividendos y participaciones:** lo que recibes como socio o accionista de una sociedad.',
      '',
      'Las **ganancias ocasionales** (herencias, loterías, venta de bienes poseídos dos años o más) se declaran aparte, con su propia tarifa.',
      '',
      'La cédula general y la de pensiones se suman para aplicar la tabla del **art. 241 ET**. Desde la Ley 2277 de 2022, los **dividendos** de sociedades colombianas también se suman a esa base y pagan con la misma tabla, con un descuento (arts. 242, 254-1 y 331 ET); ese cambio lo leímos en copias del Estatuto de terceros: **sin confirmar** en la fuente oficial. El predial y el ICA no van aquí: son impuestos municipales.',
    ].join('\n'),
    questions: [
      '¿Cuáles son las cédulas de la renta?',
      '¿En qué cédula van los intereses de un CDT?',
      '¿Qué va en la cédula general?',
      '¿Los honorarios son rentas de trabajo o no laborales?',
      '¿Qué son las rentas de capital?',
    ],
    keywords: [
      'cédulas',
      'cédula general',
      'rentas de trabajo',
      'rentas de capital',
      'rentas no laborales',
      'cédula de pensiones',
      'dividendos y participaciones',
      'sistema cedular',
    ],
    appliesTo: RULES_IN_FORCE,
    sources: [SOURCES.renta, SOURCES.estatuto, SOURCES.sentenciaDividendos],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'tarifa-renta-art-241',
    title: 'Tarifa del impuesto de renta de personas naturales (tabla del art. 241)',
    body: [
      'El impuesto de la cédula general y de pensiones de los residentes se calcula con la **tabla marginal del art. 241 ET**, en UVT: cada tarifa se aplica solo a la parte de la base que cae en su rango.',
      '',
      art241TableMarkdown(),
      '',
      art241Example(ART_241_EXAMPLE_BASE_PESOS),
      '',
      `**Tabla no confirmada en la fuente oficial:** la leímos en copias del Estatuto publicadas por terceros; la UVT de ${TAXABLE_YEAR} tampoco está confirmada.`,
    ].join('\n'),
    questions: [
      '¿Cuál es la tabla del impuesto de renta para personas naturales?',
      '¿Cuánto impuesto de renta pago según lo que gano?',
      '¿Desde cuántas UVT se paga impuesto de renta?',
      'Si mi renta líquida es baja, ¿pago cero de impuesto?',
      '¿Qué porcentaje de renta se paga en Colombia?',
      '¿Cómo se usa la tabla del artículo 241 para calcular el impuesto?',
    ],
    keywords: [
      'renta líquida gravable',
      'desde cuánto se paga',
      'tarifa',
      'tabla de renta',
      'tarifa marginal',
      'artículo 241',
      'porcentaje',
      'cuánto impuesto',
      '1.090 UVT',
      '19 %',
      '28 %',
      '39 %',
    ],
    appliesTo: APPLIES_TO_AG_2025,
    sources: [SOURCES.estatuto, SOURCES.uvt],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'pensionados',
    title: 'Pensionados: cuánto de la pensión es exento del impuesto de renta',
    body: [
      `La pensión va en la **cédula de pensiones** y es **renta exenta** hasta **1.000 UVT al mes** (${uvtCap(1_000)}), es decir ${uvtCap(12_000)} al año (art. 206 num. 5 ET). Solo la parte que exceda ese valor paga impuesto con la tabla del art. 241.`,
      '',
      '- Esta exención **no** entra en el límite del 40 % y 1.340 UVT, que es de la cédula general.',
      '- **Indemnización sustitutiva o devolución de saldos:** igual exención, 1.000 UVT por cada mes que cubra el pago.',
      '- Ser pensionado no cambia las reglas generales: si superas los límites de ingresos, patrimonio, consumos o consignaciones del año, presentas el formulario 210 aunque la pensión sea exenta.',
      '- Si además recibes arriendos, intereses u honorarios, van a la cédula general.',
      '- **Dependientes, medicina prepagada e intereses de vivienda** se restan de las rentas de trabajo, en la cédula general: si solo recibes pensión, no tienes de dónde restarlos.',
      '- **Pensión del exterior:** la DIAN la ha tratado como exenta solo si cumple la Ley 100 de 1993; tras la Ley 2277 de 2022 **no lo hemos podido confirmar**.',
      '',
      `${UVT_NOTE} ${UNCONFIRMED_CAPS}`,
    ].join('\n'),
    questions: [
      '¿Cuánto de la mesada pensional paga impuesto?',
      '¿La pensión paga impuesto de renta?',
      '¿Cuánto de la pensión es exento?',
      'Mi pensión es de otro país, ¿es exenta?',
      '¿En qué cédula va la pensión?',
    ],
    keywords: [
      'pensionados',
      'pensión',
      'cédula de pensiones',
      '1.000 UVT',
      'pensión exenta',
      'numeral 5',
      'prepagada del pensionado',
      'indemnización sustitutiva',
      'devolución de saldos',
    ],
    appliesTo: APPLIES_TO_AG_2025,
    sources: [SOURCES.estatuto, SOURCES.conceptoLey2277],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'independientes',
    title: 'Independientes (honorarios y servicios): costos y gastos, 25 % exento y seguridad social',
    body: [
      'Si trabajas por **honorarios** o **prestación de servicios**, tus ingresos son **rentas de trabajo no laborales**, en la cédula general.',
      '',
      '- **Eliges** entre restar los **costos y gastos** de tu actividad, con soportes como facturas electrónicas, o tomar la **renta exenta del 25 %** (art. 336 num. 4 y art. 206 ET). No puedes usar las dos.',
      '- Tus **aportes obligatorios a salud y pensión** pagados por la **planilla PILA** se restan como ingresos no constitutivos de renta: guarda las planillas.',
      '- Las **retenciones en la fuente** que te practicaron tus clientes se restan del impuesto: pide sus certificados.',
      '- Si vendes bienes o tienes un negocio, esos ingresos son **rentas no laborales**, con costos y gastos.',
      '- El **Régimen Simple (RST)** es una alternativa que reemplaza la renta para quien se inscribe en él.',
      '- **Factura electrónica:** la expides solo si te vuelves responsable del impuesto a las ventas (ventas gravadas de 3.500 UVT o más al año, entre otras condiciones del art. 437) o estás en el RST; si no, cobras con **cuenta de cobro** y quien te paga genera el **documento soporte** (art. 616-1).',
      '',
      '**No confirmado en la fuente oficial:** estas reglas las leímos en copias del Estatuto publicadas por terceros; verifícalas en el normograma de la DIAN.',
    ].join('\n'),
    questions: [
      'Tengo un negocio propio, ¿cómo declaro renta?',
      '¿Cómo declara renta un trabajador independiente?',
      'Trabajo por honorarios, ¿qué puedo restar en la renta?',
      'Trabajo por prestación de servicios, ¿qué resto en la renta?',
      '¿Puedo restar costos y gastos si soy contratista?',
      '¿La planilla PILA sirve para la declaración de renta?',
      '¿Qué es mejor, costos y gastos o el 25 % exento?',
    ],
    keywords: [
      'obligado a facturar',
      'sacar factura electrónica',
      'cuenta de cobro',
      'documento soporte',
      'freelance',
      'factura',
      'negocio propio',
      'independientes',
      'honorarios',
      'prestación de servicios',
      'contratista',
      'costos y gastos',
      'planilla PILA',
      'seguridad social',
      'rentas de trabajo no laborales',
    ],
    appliesTo: RULES_IN_FORCE,
    sources: [SOURCES.estatuto, SOURCES.conceptoLey2277],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'gmf-4x1000',
    title: 'Deducción del 50 % del 4 por mil (GMF)',
    body: [
      'Puedes deducir el **50 % del gravamen a los movimientos financieros (GMF o 4 por mil)** que pagaste en el año, sin importar si tiene relación con tu actividad (art. 115 ET).',
      '',
      '- Pide a tu banco el **certificado del GMF** retenido en el año.',
      '- Se resta en la cédula de la renta con la que se relaciona; a los asalariados se les suele tomar en rentas de trabajo.',
      '- El 4 por mil **no** se pide en devolución: solo la mitad se usa como deducción.',
      '',
      '**No confirmado en la fuente oficial:** el porcentaje y su tratamiento dentro del límite del 40 % y 1.340 UVT los leímos en fuentes de terceros; verifícalos en el normograma de la DIAN.',
    ].join('\n'),
    questions: [
      '¿El 4 por mil es deducible en la renta?',
      '¿Cuánto del GMF puedo deducir?',
      '¿Dónde saco el certificado del cuatro por mil?',
    ],
    keywords: [
      'GMF',
      '4 por mil',
      'cuatro por mil',
      'gravamen a los movimientos financieros',
      'artículo 115',
    ],
    appliesTo: RULES_IN_FORCE,
    sources: [SOURCES.estatuto],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
  {
    id: 'factura-electronica-1-porciento',
    title: 'Deducción del 1 % de las compras con factura electrónica',
    body: [
      `Desde la Ley 2277 de 2022 puedes deducir el **1 % del valor de tus compras** de bienes y servicios soportadas con **factura electrónica**, hasta **${uvtCap(240)} al año** (art. 336 num. 5 ET).`,
      '',
      '- La factura tiene que salir **a tu nombre** (con tu cédula) y haberse **pagado con medios electrónicos**: tarjeta, transferencia o PSE.',
      '- Las compras no pueden ser costos, gastos ni otras deducciones que ya tomaste.',
      '- Va **por fuera** del límite del 40 % y 1.340 UVT.',
      '- Revisa tus facturas en la información que la DIAN ya tiene o pide la factura a tu nombre cuando compres.',
      '',
      `${UVT_NOTE} ${UNCONFIRMED_CAPS}`,
    ].join('\n'),
    questions: [
      '¿Qué es la deducción del 1 % por factura electrónica?',
      '¿Pedir factura con mi cédula sirve para la renta?',
      '¿Cuánto puedo deducir por compras con factura electrónica?',
    ],
    keywords: ['factura electrónica', '1 %', 'compras', '240 UVT', 'facturas a mi nombre', 'numeral 5'],
    appliesTo: APPLIES_TO_AG_2025,
    sources: [SOURCES.estatuto, SOURCES.conceptoLey2277],
    checkedOn: CHECKED_ON,
    confirmed: false,
  },
];

export const INCOME_AND_DEDUCTIONS_TOPIC: KnowledgeTopic = {
  entries: ENTRIES,
  phrases: [
    ['saldo a favor', ['saldofavor']],
    // What is subtracted "for my child" is the deduction for dependants, not the overall cap.
    ['por mi hijo', ['dependiente']],
    ['por mis hijos', ['dependiente']],
    ['por mi hija', ['dependiente']],
    // "From how much does one start paying" asks where the art. 241 table leaves 0 %.
    ['empieza a pagar', ['tarifa', '241']],
    ['empezar a pagar', ['tarifa', '241']],
    // What «empieza / comienza a» a withholding agent does is the withholding's threshold («¿desde qué salario
    // empiezan a retener?»), not the season's start that «empieza» names alone (f5).
    ...['empieza', 'empiezan', 'empezar', 'comienza', 'comienzan', 'comenzar'].flatMap((verb) =>
      [
        'retener',
        'retenerme',
        'descontar retencion',
        'hacer retencion',
        'hacerme retencion',
        'cobrar retefuente',
      ].map((act) => [`${verb} a ${act}`, ['retencion']] as const),
    ),
    // Lump sums paid instead of a pension are pension income (art. 206 num. 5).
    ['indemnizacion sustitutiva', ['pensionado']],
    ['saldos a favor', ['saldofavor']],
    ['devolucion de impuestos', ['saldofavor', 'devolucion']],
    ['me devuelve la dian', ['saldofavor', 'devolucion']],
    ['la dian me debe', ['saldofavor', 'devolucion']],
    ['me debe la dian', ['saldofavor', 'devolucion']],
    ['medicina prepagada', ['prepagada']],
    ['plan complementario', ['prepagada']],
    ['seguro de salud', ['prepagada']],
    ['poliza de salud', ['prepagada']],
    ['credito hipotecario', ['hipotecario']],
    ['credito de vivienda', ['hipotecario']],
    ['prestamo de vivienda', ['hipotecario']],
    ['intereses de vivienda', ['hipotecario']],
    ['intereses del credito', ['hipotecario']],
    // The interest of the mortgage, said in full, is the deduction asked about, not the debt in the assets.
    ['intereses del credito hipotecario', ['interes', 'hipotecario']],
    ['intereses del credito de vivienda', ['interes', 'hipotecario']],
    ['intereses de la hipoteca', ['interes', 'hipotecario']],
    ['leasing habitacional', ['hipotecario']],
    ['prestamo del apartamento', ['hipotecario']],
    ['prestamo de la casa', ['hipotecario']],
    ['credito del apartamento', ['hipotecario']],
    ['credito de la casa', ['hipotecario']],
    ['cuenta afc', ['afc']],
    ['pension voluntaria', ['pensionvoluntaria']],
    ['pensiones voluntarias', ['pensionvoluntaria']],
    ['aportes voluntarios a pension', ['pensionvoluntaria']],
    ['aportes voluntarios', ['pensionvoluntaria']],
    // Mandatory contributions are one concept; as loose words they would read as a question about pensions.
    ['salud y pension', ['seguridadsocial']],
    ['cedula de pensiones', ['cedulapensiones']],
    ['aporte voluntario', ['pensionvoluntaria']],
    ['quedo a favor', ['saldofavor']],
    ['devolucion automatica', ['saldofavor', 'devolucion']],
    ['depende de mi', ['dependiente']],
    ['dependen de mi', ['dependiente']],
    ['tope del 40', ['40']],
    ['limite del 40', ['40']],
    ['fondo nacional del ahorro', ['hipotecario']],
    ['cuatro por mil', ['gmf']],
    ['4 por mil', ['gmf']],
    ['4 x 1000', ['gmf']],
    ['gravamen a los movimientos financieros', ['gmf']],
    ['gravamen movimientos financieros', ['gmf']],
    ['factura electronica', ['facturaelectronica']],
    ['facturas electronicas', ['facturaelectronica']],
    ['personas a cargo', ['dependiente']],
    // A relative who lives with the citizen and is supported by them ("mi mamá vive conmigo y la mantengo").
    ['vive conmigo', ['dependiente']],
    ['viven conmigo', ['dependiente']],
    ['la mantengo', ['dependiente']],
    ['lo mantengo', ['dependiente']],
    ['los mantengo', ['dependiente']],
    ['costos y gastos', ['costosgastos']],
    ['cedula general', ['cedulageneral']],
    ['rentas de capital', ['rentacapital']],
    ['renta de capital', ['rentacapital']],
    ['rentas no laborales', ['rentanolaboral']],
    ['rentas de trabajo', ['rentatrabajo']],
    // "Rentas exentas" on its own names the family of benefits that the general entry explains.
    ['renta exenta', ['exento', 'deduccion']],
    ['que puedo deducir', ['deduccion', 'exento']],
    ['que puedo descontar', ['deduccion', 'exento']],
    ['que puedo restar', ['deduccion', 'exento']],
    ['cuanto impuesto', ['tarifa']],
    ['cuanto pago de renta', ['tarifa']],
    ['cuanto es el impuesto', ['tarifa']],
    ['cuanto pago de impuesto', ['tarifa']],
    ['cuanto se paga de renta', ['tarifa']],
    ['como se calcula el impuesto', ['tarifa']],
    ['tope de deducciones', ['40', 'deduccion']],
    ['tope de las deducciones', ['40', 'deduccion']],
    // «Me cobran el 33 % de todo lo que gano»: whether one rate falls on the whole income asks how the
    // marginal table works (each rate only on its bracket).
    ...['de todo lo que', 'sobre todo lo que', 'a todo lo que'].flatMap((before) =>
      ['gano', 'gana', 'ganan', 'ganamos'].map(
        (verb) => [`${before} ${verb}`, ['tarifa', 'marginal']] as const,
      ),
    ),
    ...['de todo el', 'a todo el'].flatMap((before) =>
      ['sueldo', 'salario', 'ingreso'].map((what) => [`${before} ${what}`, ['tarifa', 'marginal']] as const),
    ),
  ],
  synonyms: {
    devolucion:
      'devolucion devoluciones devuelve devuelven devolver reembolso reembolsan reintegro reclamo reclamar reclamarlo',
    dependiente: 'dependiente dependientes hijo hijos hija hijas',
    hipotecario: 'hipotecario hipotecaria hipoteca hipotecas',
    afc: 'afc avc',
    // Listed apart so that "pensión" (a contribution, a cédula) does not read as "pensionado" by its stem.
    pension: 'pension pensiones',
    pensionado:
      'pensionado pensionada pensionados pensionadas jubilado jubilada jubilados jubilacion mesada mesadas',
    tarifa: 'tarifa tarifas tabla porcentaje escala',
    // A table taxed by brackets is what "progressive" means to a citizen: "¿es progresiva?", "¿por tramos?".
    marginal: 'marginal marginales progresiva progresivo progresivas escalonada escalonado tramo tramos',
    // The cap of a benefit, however it is named: "lo máximo que puedo deducir", "el límite de intereses".
    limite: 'limite limites maximo maxima maximos maximas',
    gmf: 'gmf 4x1000 4xmil',
    // Colombia's prepaid-medicine brands, as people name the plan they pay.
    prepagada: 'prepagada prepagadas colsanitas medisanitas colmedica',
    independiente: 'independiente independientes freelance freelancer',
    negocio: 'negocio negocios tienda tiendas emprendimiento',
  },
};
