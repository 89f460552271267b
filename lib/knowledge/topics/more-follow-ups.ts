/**
 * Questions the evaluation writers found no entry for (issue #12, helper T3): the wealth tax, when a
 * year's exógena shows up and who must report it, filling form 210 from form 220, proving one is no longer
 * a tax resident, the exemptions of an inherited home shared among heirs, and the correction penalty when
 * the first return was late. Checked on 2026-12-06 through a search index of stored public pages: the
 * articles were read only in third-party copies, and the DIAN pages found are older editions, so every
 * entry is `confirmed: false` and says so to the citizen.
 */
import { formatNumber, formatPesos } from '../../tax/money';
import { OFFICIAL_SOURCES } from '../../tax/sources';
import { formatUvtInPesos } from '../../tax/uvt';
import type { KnowledgeEntry, KnowledgeSource } from '../schema';
import { sourceLink } from '../source-link';
import type { KnowledgeTopic } from './topic';

const CHECKED_ON = '2026-12-06';
const TAXABLE_YEAR = 2025;
const APPLIES_TO_AG_2025 = `Año gravable ${TAXABLE_YEAR} (declaración de ${TAXABLE_YEAR + 1})`;

const SOURCES = {
  ...OFFICIAL_SOURCES,
  exogenaGuide: {
    title: 'Paso a paso para consultar la información exógena (DIAN)',
    url: 'https://www.dian.gov.co/Prensa/Paginas/BlogDetails.aspx?DianId=30',
  },
  residenceFaq: {
    title: 'Preguntas frecuentes de renta de personas naturales: residencia fiscal (DIAN)',
    url: 'https://www.dian.gov.co/impuestos/personas/Renta_Personas_Naturales_2017/Preguntas_Frecuentes/Paginas/default.aspx',
  },
  inheritedHomeRuling: {
    title: 'Oficio DIAN 51935 de 2014, exención del inmueble del causante (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_51935_2014.htm',
  },
} as const satisfies Record<string, KnowledgeSource>;

/** «13.000 UVT ($647.387.000)»: a UVT amount with its pesos in the year the entry is about. */
const uvtWithPesos = (uvt: number, year: number): string =>
  `${formatNumber(uvt)} UVT (${formatUvtInPesos(uvt, year)})`;

const WEALTH_TAX_YEAR = 2026;

const impuestoAlPatrimonio: KnowledgeEntry = {
  id: 'impuesto-al-patrimonio-2026',
  title: 'Impuesto al patrimonio 2026: a quién le aplica, sus tarifas y el formulario 420',
  body: [
    'El **impuesto al patrimonio** es **otro impuesto, distinto del de renta**, con su propia declaración (**formulario 420**). Es permanente desde la Ley 2277 de 2022 (arts. 292-3 y siguientes ET).',
    '',
    `- **Quién lo paga:** la persona natural cuyo **patrimonio líquido** (bienes menos deudas) al **1 de enero de ${WEALTH_TAX_YEAR}** era **igual o superior a ${uvtWithPesos(72_000, WEALTH_TAX_YEAR)}**. Un no residente, solo por lo que tiene en Colombia.`,
    `- **Tu vivienda:** se excluyen de la base las primeras **${uvtWithPesos(12_000, WEALTH_TAX_YEAR)}** del valor de la casa o apartamento donde vives (art. 295-3).`,
    '- **Tarifa por tramos (art. 296-3):** 0 % hasta 72.000 UVT; **0,5 %** sobre lo que pase de 72.000 y hasta 122.000 UVT; **1 %** de 122.000 a 239.000 UVT; **1,5 %** sobre lo que pase de 239.000 UVT.',
    '- **Cuándo:** el 420 y la **primera cuota** en **mayo**; la **segunda cuota** en **septiembre**, según tu NIT, como ordena el Decreto 2229 de 2023.',
    '',
    'Debajo de 72.000 UVT no presentas el 420; tus bienes igual van en tu declaración de renta.',
    '',
    `**Sin confirmar en la fuente oficial:** leímos artículos y plazos en publicaciones de terceros. El Decreto 1474 de 2025 (emergencia económica) bajaba el umbral de ${WEALTH_TAX_YEAR} a 40.000 UVT con tarifas de hasta 5 %, pero la Corte Constitucional suspendió la emergencia en enero de ${WEALTH_TAX_YEAR}; verifica la norma vigente en el ${sourceLink(SOURCES.estatuto, 'Estatuto Tributario')}.`,
  ].join('\n'),
  questions: [
    '¿Quién tiene que pagar impuesto al patrimonio?',
    '¿Desde qué monto se paga el impuesto al patrimonio?',
    '¿El impuesto al patrimonio es lo mismo que la renta?',
    '¿Cuál es la tarifa del impuesto al patrimonio?',
    '¿Cuándo se declara el impuesto al patrimonio en 2026?',
    'impuesto al patrimonio 72.000 uvt',
  ],
  keywords: [
    'impuesto al patrimonio',
    'formulario 420',
    'patrimonio líquido',
    '72.000 UVT',
    'artículo 292-3',
    'artículo 296-3',
    'impuesto a la riqueza',
  ],
  appliesTo: `Impuesto al patrimonio de ${WEALTH_TAX_YEAR} (patrimonio líquido al 1 de enero de ${WEALTH_TAX_YEAR})`,
  sources: [SOURCES.estatuto, SOURCES.decretoPlazos, SOURCES.calendario],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

/** Resolución DIAN 000162 de 2023: a person reports exógena above both income thresholds (among other cases). */
const EXOGENA_INCOME_UVT = 11_800;
const EXOGENA_CAPITAL_UVT = 2_400;

const exogenaConsultaYReporte: KnowledgeEntry = {
  id: 'exogena-cuando-y-quien-reporta-ag-2025',
  title: 'Quién debe reportar exógena como informante, y en qué mes la publica la DIAN',
  body: [
    '**Consultar** lo que otros reportaron de ti no es lo mismo que **reportar exógena** (ser tú el informante que le cuenta a la DIAN sobre tus terceros).',
    '',
    '**¿En qué mes se publica la del año?** Bancos, empleadores y demás informantes la entregan a la DIAN en el primer semestre del año siguiente, y la DIAN la habilita al vencer esos plazos, hacia **finales de julio**, antes de la temporada de renta. Mientras tanto declara con tus certificados: la DIAN recuerda que no es imprescindible.',
    '',
    '**¿Quién debe reportarla?** Una persona natural es **informante** (Resolución DIAN 000162 de 2023), entre otros casos que fija la resolución:',
    '',
    `- Si en ${TAXABLE_YEAR} o en ${TAXABLE_YEAR - 1} tuvo ingresos brutos por encima de **${uvtWithPesos(EXOGENA_INCOME_UVT, TAXABLE_YEAR)}** y además en ${TAXABLE_YEAR} más de **${uvtWithPesos(EXOGENA_CAPITAL_UVT, TAXABLE_YEAR)}** de rentas de capital o no laborales.`,
    '',
    'Un asalariado o pensionado común **no reporta**: solo consulta.',
    '',
    `**Sin confirmar en la fuente oficial:** los montos los leímos en publicaciones que citan la resolución, y la fecha de publicación en el ${sourceLink(SOURCES.exogenaGuide, 'paso a paso de la DIAN')} de un año anterior.`,
  ].join('\n'),
  questions: [
    '¿En qué mes habilita la DIAN la consulta de lo reportado por terceros del año?',
    '¿Quién está obligado a reportar información exógena?',
    '¿Tengo que presentar exógena como persona natural?',
    '¿Desde qué ingresos una persona natural es informante de exógena?',
    'Soy informante de exógena, ¿qué topes aplican?',
  ],
  keywords: [
    'reportar exógena',
    'presentar exógena',
    'informante',
    'informantes',
    'Resolución 000162 de 2023',
  ],
  appliesTo: APPLIES_TO_AG_2025,
  sources: [SOURCES.exogenaGuide, SOURCES.estatuto, SOURCES.portal],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const formulario210Desde220: KnowledgeEntry = {
  id: 'formulario-210-desde-certificado-220',
  title: 'Llenar el formulario 210 con el 220: qué valor va en cada renglón',
  body: [
    'Si eres empleado o pensionado, tu **formulario 220** trae casi todo lo que pides al llenar el **formulario 210**:',
    '',
    '1. **Total de ingresos brutos** del 220 (salarios, prestaciones, cesantías pagadas y demás pagos laborales) → **ingresos brutos por rentas de trabajo** de la cédula general. La pensión va en la **cédula de pensiones**.',
    '2. **Aportes obligatorios a salud y a pensión** (con el fondo de solidaridad) → **ingresos no constitutivos de renta**: se restan de esos ingresos.',
    '3. **Aportes voluntarios a pensión y a cuentas AFC** → **rentas exentas**, con sus propios límites.',
    '4. Sobre lo que queda calculas el **25 % exento** de los pagos laborales, y todas las exenciones y deducciones juntas no pasan del 40 % ni de 1.340 UVT.',
    '5. **Valor retenido** → renglón de **retenciones del año gravable**, al final del 210; no es ingreso ni deducción.',
    '',
    'Con **dos empleadores**, suma los valores de ambos certificados. Antes de firmar, compara con tu **información exógena** y con la **declaración sugerida**, que la DIAN prellena con esos mismos datos.',
    '',
    `**Sin confirmar en la fuente oficial:** no pudimos abrir las instrucciones del formulario 210 en la DIAN; leímos los conceptos del 220 en copias del formulario publicadas por terceros. Revisa el ${sourceLink(SOURCES.rentaAg2025, 'micrositio de renta')}.`,
  ].join('\n'),
  questions: [
    '¿Cómo paso los valores del 220 al formulario 210?',
    '¿Dónde pongo en el 210 lo que dice el formulario 220?',
    '¿En qué casilla van los aportes a salud y pensión del 220?',
    '¿En qué renglón del 210 va lo retenido que dice el 220?',
    'Cómo llenar el 210 con el 220',
  ],
  keywords: [
    'llenar el 210',
    'diligenciar el 210',
    'casilla',
    'renglón',
    'ingresos brutos por rentas de trabajo',
    'aportes obligatorios',
    'ingresos no constitutivos de renta',
  ],
  appliesTo: 'Asalariados y pensionados residentes; formularios 210 y 220 vigentes en 2026',
  sources: [SOURCES.rentaAg2025, SOURCES.sugerida, SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const dejarDeSerResidente: KnowledgeEntry = {
  id: 'dejar-de-ser-residente-fiscal',
  title: 'Acreditar tu residencia en el exterior ante la DIAN: certificado del otro país y soportes',
  body: [
    'Irte del país no basta: la DIAN te sigue tratando como residente mientras cumplas alguna condición del **art. 10 ET**, que explican las entradas sobre residencia fiscal.',
    '',
    '**La salida para un colombiano:** no es residente si el **50 %** o más de sus ingresos anuales vienen del país donde tiene su domicilio, o si allá está el 50 % o más de sus activos (parágrafo del art. 10).',
    '',
    '**Cómo probarlo:** si la DIAN te pide acreditar tu residencia en el exterior y no lo haces, el art. 10 te trata como residente. Guarda por cada año:',
    '',
    '- El **certificado de residencia fiscal** que expide la autoridad tributaria del país donde vives.',
    '- Tu contrato o tus pagos de allá, extractos y prueba de los bienes que tienes allá.',
    '- Tu **movimiento migratorio** (entradas y salidas) y las declaraciones que presentas allá.',
    '',
    'Como no residente declaras aquí solo lo de fuente colombiana (formulario 110).',
    '',
    `**Sin confirmar:** el art. 10 lo leímos en las ${sourceLink(SOURCES.residenceFaq, 'preguntas frecuentes de la DIAN')} de 2017 y en copias de terceros; los documentos son nuestra recomendación.`,
  ].join('\n'),
  questions: [
    '¿Cómo demuestro que ya no soy residente fiscal en Colombia?',
    '¿Qué es el certificado de residencia fiscal del otro país?',
    '¿Qué soportes guardo para acreditar la residencia en el exterior?',
    'La DIAN me pide acreditar que no soy residente, ¿qué presento?',
  ],
  keywords: [
    'dejar de ser residente',
    'certificado de residencia fiscal',
    'acreditar residencia en el exterior',
    'probar residencia',
    'movimiento migratorio',
    'domicilio en el exterior',
  ],
  appliesTo:
    'Nacionales colombianos que viven en otro país; reglas vigentes en 2026 (Estatuto Tributario, art. 10)',
  sources: [SOURCES.residenceFaq, SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

/** Art. 307 ET after Ley 2277 de 2022: the deceased's home, and each heir's own share. */
const HOME_EXEMPTION_UVT = 13_000;
const HEIR_EXEMPTION_UVT = 3_250;
/** A worked case in UVT: two children inherit a home in equal halves. */
const EXAMPLE_HOME_UVT = 16_000;
const EXAMPLE_HEIRS = 2;
const exampleShare = EXAMPLE_HOME_UVT / EXAMPLE_HEIRS;
const exampleHomeExemptShare = HOME_EXEMPTION_UVT / EXAMPLE_HEIRS;
const exampleRest = exampleShare - exampleHomeExemptShare;

const herenciaViviendaPorHeredero: KnowledgeEntry = {
  id: 'herencia-vivienda-exencion-por-heredero-ag-2025',
  title: 'Vivienda del causante entre varios herederos: cómo se reparten las exenciones',
  body: [
    'Al heredar la **vivienda** de una persona fallecida pueden aplicar a la vez dos exenciones del **art. 307 ET** (modificado por la Ley 2277 de 2022):',
    '',
    `- **La casa:** las primeras **${uvtWithPesos(HOME_EXEMPTION_UVT, TAXABLE_YEAR)}** del valor de la **vivienda de habitación** del causante. Es **una sola por inmueble**, no una por heredero: si varios la reciben, se **reparte** entre ellos en proporción a lo que recibe cada uno.`,
    `- **Cada heredero:** las primeras **${uvtWithPesos(HEIR_EXEMPTION_UVT, TAXABLE_YEAR)}** de lo que recibe cada heredero, legatario o el cónyuge.`,
    '',
    'Según la DIAN, las dos **se suman** porque cubren cosas distintas.',
    '',
    `**Ejemplo en UVT:** ${EXAMPLE_HEIRS} hijos heredan por mitades una casa de ${formatNumber(EXAMPLE_HOME_UVT)} UVT. A cada uno le tocan ${formatNumber(exampleShare)} UVT; de la exención de la casa le corresponden ${formatNumber(exampleHomeExemptShare)} UVT, quedan ${formatNumber(exampleRest)} UVT y su exención de ${formatNumber(HEIR_EXEMPTION_UVT)} UVT los cubre: nada queda gravado. Lo que exceda ambas exenciones tributa al **15 %**.`,
    '',
    'Se declara en el año en que se aprueba la partición, en la sección de ganancias ocasionales del formulario 210.',
    '',
    `**Sin confirmar en la fuente oficial:** el texto actual del art. 307 lo leímos en copias de terceros; el reparto y la suma vienen de doctrina de la DIAN de 2014 (${sourceLink(SOURCES.inheritedHomeRuling, 'Oficio 51935')}) sobre las cifras anteriores del artículo, y no pudimos confirmar que mantenga esa lectura.`,
  ].join('\n'),
  questions: [
    'Heredamos la casa de mi mamá entre tres hermanos, ¿cuánto está exento para cada uno?',
    '¿La exención de la vivienda del causante es por heredero o por la casa?',
    '¿Se suman la exención de la vivienda del causante y la de cada heredero?',
    '¿Cómo se reparte entre los herederos la exención de la vivienda?',
  ],
  keywords: ['vivienda del causante', 'reparto entre herederos', 'cada heredero', 'varios herederos'],
  appliesTo: APPLIES_TO_AG_2025,
  sources: [SOURCES.estatuto, SOURCES.inheritedHomeRuling],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

/** A worked correction of a return first filed late; the minimum penalty is the year it is filed. */
const CORRECTION = { higherTax: 8_000_000, monthsLate: 2, year: 2026 } as const;
const correctionBase = CORRECTION.higherTax * 0.1;
const correctionLateIncrease = CORRECTION.higherTax * 0.05 * CORRECTION.monthsLate;
const correctionTotal = Math.min(correctionBase + correctionLateIncrease, CORRECTION.higherTax);

const sancionCorreccionExtemporanea: KnowledgeEntry = {
  id: 'sancion-correccion-declaracion-extemporanea',
  title: 'Sanción del art. 644 si tu declaración inicial fue extemporánea: 5 % más por mes',
  body: [
    'Al corregir para pagar más, la sanción del **art. 644 ET** es del **10 %** del mayor impuesto (o del menor saldo a favor) antes de un emplazamiento, y **20 %** después.',
    '',
    '**Si tu declaración inicial fue extemporánea**, le sumas el **5 % de ese mayor impuesto por cada mes o fracción** que tardaste en presentar la inicial, sin que el total pase del **100 %** (parágrafo 1 del art. 644).',
    '',
    `**Ejemplo:** presentaste ${CORRECTION.monthsLate} meses tarde y luego, por tu cuenta, subes el impuesto en ${formatPesos(CORRECTION.higherTax)}: ${formatPesos(correctionBase)} (10 %) + ${formatPesos(correctionLateIncrease)} (5 % × ${CORRECTION.monthsLate}) = **${formatPesos(correctionTotal)}**.`,
    '',
    '- La sanción no se calcula sobre sí misma.',
    '- Aparte pagas **intereses de mora** sobre el mayor impuesto, desde el vencimiento original.',
    `- Puede rebajarse al 50 % o al 75 % (**art. 640**) si no repetiste la falta, pero nunca queda por debajo de la sanción mínima de 10 UVT (${formatUvtInPesos(10, CORRECTION.year)} en ${CORRECTION.year}).`,
    '',
    '**Sin confirmar en la fuente oficial:** el texto del art. 644 y su parágrafo lo leímos en copias de terceros, no en el normograma.',
  ].join('\n'),
  questions: [
    'Declaré tarde y ahora tengo que corregir, ¿cuánto es la sanción?',
    '¿Cómo se calcula la sanción del 644 si la declaración fue extemporánea?',
    'Mi declaración inicial fue extemporánea, ¿la sanción sube 5 % por mes?',
    '¿Qué dice el parágrafo 1 del artículo 644?',
  ],
  keywords: ['corrección de una declaración extemporánea', 'parágrafo 1 del artículo 644'],
  appliesTo: 'Personas naturales que corrigen su declaración; reglas vigentes en 2026 (arts. 640 y 644 ET)',
  sources: [SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

export const MORE_FOLLOW_UPS_TOPIC: KnowledgeTopic = {
  phrases: [
    // One concept each, so «patrimonio» (a filing threshold) or «residente» alone do not reach these entries.
    ['impuesto al patrimonio', ['impuestopatrimonio']],
    ['impuesto de patrimonio', ['impuestopatrimonio']],
    ['impuesto del patrimonio', ['impuestopatrimonio']],
    ['impuesto a la riqueza', ['impuestopatrimonio']],
    ['formulario 420', ['impuestopatrimonio']],
    ['certificado de residencia fiscal', ['certresidencia']],
    ['certificado de residencia', ['certresidencia']],
    ['dejar de ser residente', ['dejarresidente']],
    ['deje de ser residente', ['dejarresidente']],
    ['dejo de ser residente', ['dejarresidente']],
    ['reportar exogena', ['reportarexogena']],
    ['reportar informacion exogena', ['reportarexogena']],
    ['presentar exogena', ['reportarexogena']],
    ['presentar informacion exogena', ['reportarexogena']],
    ['vivienda del causante', ['viviendacausante']],
    ['entre los herederos', ['repartoherederos']],
    ['entre herederos', ['repartoherederos']],
    ['varios herederos', ['repartoherederos']],
    ['cada heredero', ['repartoherederos']],
    ['por heredero', ['repartoherederos']],
    ['en que casilla', ['casillarenglon']],
    ['que casilla', ['casillarenglon']],
    ['en que renglon', ['casillarenglon']],
    ['que renglon', ['casillarenglon']],
    // "¿… en qué parte va?": where a value goes in the form. Not "en qué parte del 210…" on its own, which
    // asks about the subject named next ("…pongo las ganancias ocasionales").
    ['en que parte va', ['casillarenglon']],
  ],
  entries: [
    impuestoAlPatrimonio,
    exogenaConsultaYReporte,
    formulario210Desde220,
    dejarDeSerResidente,
    herenciaViviendaPorHeredero,
    sancionCorreccionExtemporanea,
  ],
};
