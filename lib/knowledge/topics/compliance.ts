/**
 * Paying late, never filing, special filers (minors, people who died), how long a return stays open and
 * the life cycle of DIAN's firma electrónica. Checked on 2026-12-06 through a search index of stored public
 * pages: the Estatuto Tributario's articles could only be read in copies published by third parties, so
 * every entry that states one of their figures is `confirmed: false` and says so to the citizen.
 */
import { CURRENT_FILING_YEAR } from '../../tax/deadlines';
import { lateFilingPenalty } from '../../tax/late-filing-penalty';
import { formatPesos, roundToThousand } from '../../tax/money';
import { OFFICIAL_SOURCES } from '../../tax/sources';
import type { KnowledgeEntry, KnowledgeSource } from '../schema';
import type { KnowledgeTopic } from './topic';
import { sourceLink } from '../source-link';
import { wordList } from '../text';

const CHECKED_ON = '2026-12-06';

const SOURCES = {
  ...OFFICIAL_SOURCES,
  facilidadesOficio: {
    title: 'Concepto DIAN 012965 de 2025, facilidades para el pago (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_12965_2025.htm',
  },
  ley2294: {
    title: 'Ley 2294 de 2023, Plan Nacional de Desarrollo (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/ley_2294_2023.htm',
  },
  firmaElectronica: {
    title: 'Resolución DIAN 000070 de 2016, firma electrónica (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/resolucion_dian_0070_2016.htm',
  },
  sucesionPasoAPaso: {
    title: 'Paso a paso para trámites ante la DIAN en el proceso de sucesión (DIAN)',
    url: 'https://www.dian.gov.co/Prensa/Aprendelo-en-un-DIAN-X3/Paginas/Paso-a-paso-tramites-ante-la-DIAN-proceso-de-sucesion.aspx',
  },
  sucesionRut: {
    title: 'Oficio DIAN 917076 de 2023, RUT de la sucesión ilíquida (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_917076_2022.htm',
  },
  fuerzaMayor: {
    title: 'Concepto DIAN 88900 de 2000, sanción por extemporaneidad y fuerza mayor (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/concepto_tributario_dian_0088900_2000.htm',
  },
} as const satisfies Record<string, KnowledgeSource>;

// Shares are written as Spanish percentages ("2,5 %"), rounded so float noise (0,1 × 3) never shows.
const percent = (share: number): string => `${String(Math.round(share * 1000) / 10).replace('.', ',')} %`;

/**
 * The illustrative late-payment interest: simple daily interest on the unpaid tax. The rate is an
 * example, not the published one; DIAN's own rate and calculator give the real figure.
 */
const INTEREST_EXAMPLE = { debt: 1_000_000, annualRate: 0.25, days: 30 } as const;
const interestExample = roundToThousand(
  (INTEREST_EXAMPLE.debt * INTEREST_EXAMPLE.annualRate * INTEREST_EXAMPLE.days) / 365,
);

/** Art. 643 ET: 20 % of the larger base, halved when the return is filed within the term of the appeal. */
const NO_FILING = { deposits: 80_000_000, rate: 0.2 } as const;
const noFilingPenalty = roundToThousand(NO_FILING.deposits * NO_FILING.rate);

/** Art. 642 ET against art. 641 ET for the same tax and delay: after a summons the monthly rate doubles. */
const SUMMONS = { impuestoACargo: 4_000_000, monthsLate: 3 } as const;
const summonsPenalty = lateFilingPenalty({ year: CURRENT_FILING_YEAR, ...SUMMONS, afterSummons: true });
const ordinaryPenalty = lateFilingPenalty({ year: CURRENT_FILING_YEAR, ...SUMMONS });

/** Art. 648 ET: 100 % of the difference DIAN finds; art. 709 lowers it to a quarter when the citizen accepts. */
const INACCURACY = { difference: 3_000_000, rate: 1, acceptedShare: 0.25 } as const;
const inaccuracyPenalty = roundToThousand(INACCURACY.difference * INACCURACY.rate);
const acceptedInaccuracyPenalty = roundToThousand(inaccuracyPenalty * INACCURACY.acceptedShare);

const facilidadesDePago: KnowledgeEntry = {
  id: 'facilidades-de-pago',
  title: 'Facilidades de pago (acuerdo de pago) con la DIAN',
  body: [
    'Si no puedes pagar de una vez el impuesto, las sanciones o los intereses que debes, puedes pedir a la DIAN una **facilidad de pago** (art. 814 del Estatuto Tributario): un acuerdo para pagar en cuotas.',
    '',
    '- La puede pedir cualquier deudor, persona natural o jurídica, directamente o con apoderado.',
    '- El plazo puede ser de **hasta 5 años**.',
    '- Si pides **más de 1 año**, debes ofrecer una **garantía** (por ejemplo, bancaria, de una aseguradora o real). Hasta 1 año se puede conceder sin garantía si relacionas bienes que respalden la deuda.',
    '- Mientras pagas, **los intereses de mora siguen corriendo** sobre el saldo.',
    '- Si incumples, la DIAN puede dejar sin efecto el acuerdo y seguir el cobro de toda la deuda.',
    '',
    `**Cómo se pide:** con una solicitud escrita a la DIAN de tu domicilio, indicando las deudas, el plazo, la periodicidad de las cuotas y la garantía. El canal exacto para radicarla (en línea o en ventanilla) **no está confirmado** en una página oficial: verifícalo en los ${sourceLink(SOURCES.autogestion, 'canales de autogestión de la DIAN')}.`,
  ].join('\n'),
  questions: [
    '¿Puedo financiar una deuda con la DIAN?',
    '¿Cómo hago un acuerdo de pago con la DIAN?',
    '¿Qué es una facilidad de pago?',
    'No tengo con qué pagar el impuesto, ¿qué hago?',
    '¿Cuántos años me da la DIAN para pagar una deuda?',
    '¿Necesito garantía para un acuerdo de pago?',
  ],
  keywords: [
    'facilidad de pago',
    'facilidades de pago',
    'acuerdo de pago',
    'pago a plazos',
    'pago por cuotas',
    'plazo para pagar',
    'deuda con la DIAN',
    'garantía',
    'artículo 814',
  ],
  appliesTo: 'Deudas con la DIAN; reglas vigentes en 2026 (Estatuto Tributario, art. 814)',
  sources: [SOURCES.estatuto, SOURCES.facilidadesOficio, SOURCES.autogestion],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const interesMoratorio: KnowledgeEntry = {
  id: 'interes-moratorio',
  title: 'Intereses de mora de la DIAN: cómo se calculan',
  body: [
    'Si pagas después de tu fecha límite, debes **intereses moratorios** por **cada día calendario** de retraso, contados desde el día siguiente al vencimiento hasta el día en que pagas (arts. 634 y 635 del Estatuto Tributario).',
    '',
    '- La tasa es la **tasa de usura** para créditos de consumo que certifica la Superintendencia Financiera, **menos 2 puntos**.',
    '- Es **interés simple**: se calcula sobre el impuesto (o la sanción) que debes, no sobre intereses anteriores.',
    '- La tasa cambia cada mes: la **DIAN la publica** en su portal y la liquida en su servicio de pago.',
    '- No aplica la sanción mínima de 10 UVT: los intereses se pagan por lo que realmente resulten.',
    '',
    `**Ejemplo ilustrativo (la tasa no es la vigente):** con una tasa de mora de ${percent(INTEREST_EXAMPLE.annualRate)} anual, una deuda de ${formatPesos(INTEREST_EXAMPLE.debt)} con ${INTEREST_EXAMPLE.days} días de mora genera cerca de **${formatPesos(interestExample)}** (${formatPesos(INTEREST_EXAMPLE.debt)} × ${percent(INTEREST_EXAMPLE.annualRate)} × ${INTEREST_EXAMPLE.days} ÷ 365).`,
    '',
    `Regla **sin confirmar en la fuente oficial**: leímos el art. 635 en copias de terceros, no en el normograma. Consulta la tasa del mes en el ${sourceLink(SOURCES.portal, 'portal de la DIAN')}.`,
  ].join('\n'),
  questions: [
    '¿Cuánto cobra la DIAN de intereses de mora?',
    '¿Cómo se calculan los intereses moratorios?',
    '¿Cuál es la tasa de interés moratorio de la DIAN este mes?',
    '¿Cuántos días de mora me cobran?',
    '¿Los intereses de mora se cobran por día o por mes?',
  ],
  keywords: [
    'interés moratorio',
    'declaración presentada sin pagar',
    'intereses de mora',
    'tasa de mora',
    'tasa de usura',
    'liquidación diaria',
    'días de mora',
    'artículo 635',
  ],
  appliesTo: 'Pagos tardíos de impuestos nacionales; reglas vigentes en 2026 (arts. 634 y 635)',
  sources: [SOURCES.estatuto, SOURCES.portal],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const emplazamientoNoDeclarar: KnowledgeEntry = {
  id: 'emplazamiento-no-declarar',
  title: 'Emplazamiento para declarar: la DIAN te pide presentar la declaración',
  body: [
    'Si estabas obligado a declarar y no lo hiciste, la DIAN puede enviarte un **emplazamiento para declarar** (art. 715 del Estatuto Tributario): un aviso que te da **1 mes** para presentar la declaración y te advierte de las consecuencias.',
    '',
    '- **Si declaras dentro de ese mes**, liquidas la **sanción por extemporaneidad después del emplazamiento** (art. 642): **10 %** del impuesto por cada mes o fracción de retraso, hasta el 200 % del impuesto; es el doble del 5 % que se paga sin emplazamiento (art. 641). Sin impuesto a cargo, se calcula sobre los ingresos brutos.',
    '- **Si no respondes**, la DIAN puede imponer la **sanción por no declarar** (art. 643), que es mucho mayor, y determinar el impuesto por su cuenta.',
    '- Ninguna sanción es menor a la **sanción mínima de 10 UVT**.',
    '',
    `Ejemplo: con un impuesto de ${formatPesos(SUMMONS.impuestoACargo)} y ${SUMMONS.monthsLate} meses de retraso, la sanción tras el emplazamiento sería **${formatPesos(summonsPenalty.penalty)}** (${summonsPenalty.ratePerMonth * summonsPenalty.monthsLate} %), frente a ${formatPesos(ordinaryPenalty.penalty)} si hubieras declarado antes del emplazamiento.`,
    '',
    '**Oficio persuasivo:** una carta o un correo que solo te **invita** a declarar o corregir no es sanción ni emplazamiento, pero indica que la DIAN cree que estabas obligado: revisa tus topes y declara pronto.',
    '',
    'Porcentajes **sin confirmar en la fuente oficial** (arts. 642 y 715 leídos en copias de terceros).',
  ].join('\n'),
  questions: [
    'La DIAN me envió una carta para que declare, ¿qué hago?',
    '¿Qué es un emplazamiento para declarar?',
    'Recibí un emplazamiento de la DIAN, ¿qué hago?',
    '¿Qué plazo da el emplazamiento para declarar?',
    '¿Cuál es la sanción si declaro después del emplazamiento?',
    'La DIAN me escribió porque no declaré renta',
  ],
  keywords: [
    'emplazamiento',
    'emplazamiento para declarar',
    'emplazado',
    'un mes',
    'artículo 715',
    'artículo 642',
    'carta de la DIAN',
    'oficio persuasivo',
    'carta persuasiva',
    'invitación a declarar',
  ],
  appliesTo: 'Personas obligadas a declarar; reglas vigentes en 2026 (arts. 642 y 715)',
  sources: [SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const sancionPorNoDeclarar: KnowledgeEntry = {
  id: 'sancion-por-no-declarar',
  title: 'Omisos: la sanción cuando nunca se presenta la declaración (art. 643)',
  body: [
    'Si estabas obligado a declarar y **nunca presentas** la declaración, ni siquiera después del emplazamiento, la DIAN puede imponerte la **sanción por no declarar** (art. 643 del Estatuto Tributario):',
    '',
    '- **20 %** del valor de las **consignaciones bancarias o de los ingresos brutos** del año que no declaraste, o 20 % de los ingresos brutos de tu **última declaración**, **el que sea mayor**.',
    '- Si presentas la declaración **dentro del plazo para interponer el recurso** contra la resolución que te sanciona, la sanción **se reduce a la mitad**, pero nunca queda por debajo de la sanción por extemporaneidad del art. 642.',
    '- Además, la DIAN puede liquidar el impuesto por su cuenta (liquidación de aforo) y cobrar intereses de mora.',
    '',
    `Ejemplo: con consignaciones de ${formatPesos(NO_FILING.deposits)} en el año, la sanción sería **${formatPesos(noFilingPenalty)}**; reducida a la mitad, ${formatPesos(noFilingPenalty / 2)}.`,
    '',
    '**No es lo mismo que declarar tarde:** si presentas por tu cuenta después del plazo, antes de cualquier emplazamiento, liquidas la sanción por extemporaneidad (art. 641), que es mucho menor. Declarar cuanto antes siempre cuesta menos.',
    '',
    'Porcentajes **sin confirmar en la fuente oficial**: leímos el art. 643 en copias de terceros.',
  ].join('\n'),
  questions: [
    '¿Qué pasa si sigo sin declarar después del emplazamiento?',
    '¿Cuánto es la sanción por no declarar?',
    'Llevo años sin declarar, ¿me van a sancionar?',
    'Soy omiso en renta, ¿qué me puede pasar?',
    '¿Cómo calcula la DIAN la sanción a un omiso?',
  ],
  keywords: ['sanción por no declarar', 'omiso', 'liquidación de aforo', 'artículo 643'],
  appliesTo: 'Personas obligadas a declarar renta; reglas vigentes en 2026 (art. 643)',
  sources: [SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

/** Art. 640 ET: a penalty the citizen computes drops to half when the same fault was not committed in two years. */
const REDUCTION = { penalty: 2_000_000, share: 0.5 } as const;
const reducedPenalty = roundToThousand(REDUCTION.penalty * REDUCTION.share);

const reduccionDeSanciones: KnowledgeEntry = {
  id: 'reduccion-sanciones-art-640',
  title: 'Rebaja de sanciones (art. 640): al 50 % o al 75 % si no repites la falta',
  body: [
    'Algunas sanciones se **rebajan** por el principio de gradualidad del **art. 640 del Estatuto Tributario**. Cuando tú mismo liquidas la sanción, como la de **declarar tarde** (art. 641):',
    '',
    `- Queda en el **50 %**, la mitad, si en los **2 años** anteriores no cometiste la misma falta y la DIAN no te ha notificado pliego de cargos, requerimiento especial ni **emplazamiento**.`,
    '- Queda en el **75 %** si no la repetiste en el **año** anterior, con la misma condición.',
    '- Si la sanción la propone la DIAN, también baja al 50 % o al 75 % cuando la **aceptas** y corriges la falta, según cuándo quedó en firme la sanción anterior.',
    '',
    `Ejemplo: una sanción por extemporaneidad de ${formatPesos(REDUCTION.penalty)}, sin la misma falta en los dos años anteriores, queda en **${formatPesos(reducedPenalty)}**.`,
    '',
    '- La sanción rebajada **nunca queda por debajo de la sanción mínima** de 10 UVT.',
    '- No se rebajan, entre otras, la inexactitud por activos omitidos o pasivos inexistentes ni las sanciones por fraude.',
    '',
    'Porcentajes y condiciones **no confirmados en la fuente oficial**: leímos el art. 640 en copias publicadas por terceros.',
  ].join('\n'),
  questions: [
    '¿Me pueden reducir la sanción por declarar tarde?',
    '¿Cómo funciona la gradualidad de las sanciones?',
    'Nunca me habían sancionado, ¿pago menos?',
    '¿Cuándo la sanción queda en el 50 %?',
    '¿Qué es la reducción de sanciones del art. 640?',
  ],
  keywords: [
    'reducción de sanciones',
    'rebaja de la sanción',
    'sanción reducida',
    'gradualidad',
    'artículo 640',
    'reincidencia',
    'reincidente',
    '50 %',
    '75 %',
  ],
  appliesTo: 'Sanciones tributarias de personas naturales; reglas vigentes en 2026 (art. 640)',
  sources: [SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const prorrogaParaDeclarar: KnowledgeEntry = {
  id: 'prorroga-para-declarar',
  title: '¿Hay prórroga para declarar renta? Fuerza mayor y fallas del portal',
  body: [
    'Las personas naturales **no tienen un trámite para pedir más tiempo** para declarar renta: el Gobierno las fija cada año por decreto (art. 579 del Estatuto Tributario), según los últimos dígitos del NIT, y valen para todos. Si no alcanzaste, declara cuanto antes y liquida la **sanción por extemporaneidad** (art. 641).',
    '',
    'Hay dos excepciones:',
    '',
    `- **Fuerza mayor:** la sanción por extemporaneidad puede no aplicarse si demuestras que no declaraste a tiempo por hechos ajenos a tu voluntad (fuerza mayor o caso fortuito), como explica el ${sourceLink(SOURCES.fuerzaMayor, 'Concepto DIAN 88900 de 2000')}. Una hospitalización puede serlo; olvidar la contraseña o dejarlo para última hora, no.`,
    '- **Falla de los servicios de la DIAN:** según el art. 579-2, si el portal no funciona cuando te toca, declaras **a más tardar al día siguiente** de que se restablezca, sin sanción. Ante caídas masivas la DIAN también ha dado más tiempo por comunicado.',
    '',
    'Lo del art. 579-2 y ese tiempo extra está **sin confirmar en la fuente oficial** (lo leímos en publicaciones especializadas y en prensa). Guarda pantallazos de la falla con la hora.',
  ].join('\n'),
  questions: [
    '¿Puedo pedir una prórroga para presentar la renta?',
    '¿Van a ampliar la temporada de renta?',
    'Estaba hospitalizado cuando me tocaba declarar, ¿me sancionan?',
    'La página de la DIAN no funcionaba cuando iba a declarar, ¿qué pasa?',
    '¿Me pueden dar más días para declarar?',
  ],
  keywords: [
    'prórroga',
    'más tiempo',
    'fuerza mayor',
    'caso fortuito',
    'hospitalizado',
    'incapacitado',
    'enfermo',
    'portal caído',
    'falla de la plataforma',
    'artículo 579-2',
  ],
  appliesTo: 'Personas naturales que declaran renta; reglas vigentes en 2026 (arts. 579, 579-2 y 641)',
  sources: [SOURCES.estatuto, SOURCES.fuerzaMayor, SOURCES.calendario],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const sancionPorInexactitud: KnowledgeEntry = {
  id: 'sancion-por-inexactitud',
  title: 'Sanción por inexactitud: datos falsos o incompletos en tu declaración',
  body: [
    'Hay **inexactitud** cuando la declaración que presentaste deja por fuera ingresos o bienes, resta costos, deducciones, rentas exentas o retenciones que no existen o no puedes soportar, o usa datos falsos, y con eso pagas menos impuesto o pides una devolución mayor (art. 647 del Estatuto Tributario).',
    '',
    '- **Cuánto:** el **100 %** de la diferencia entre lo que determina la DIAN y lo que declaraste (art. 648).',
    '- Sube al **200 %** si omitiste activos o declaraste deudas inexistentes.',
    '- **Se reduce** si aceptas los hechos y corriges: a la **cuarta parte** al responder el requerimiento especial (art. 709) o a la **mitad** después de la liquidación de revisión (art. 713).',
    '- **Si corriges por tu cuenta** antes de que la DIAN te notifique un requerimiento especial, no hay sanción por inexactitud: liquidas solo la **sanción por corrección** del 10 % (art. 644; ver «Cómo corregir tu declaración»).',
    '',
    `Ejemplo: si la DIAN rechaza deducciones y tu impuesto sube ${formatPesos(INACCURACY.difference)}, la sanción sería **${formatPesos(inaccuracyPenalty)}**; aceptándola al responder el requerimiento, ${formatPesos(acceptedInaccuracyPenalty)}, más el impuesto y los intereses de mora.`,
    '',
    'Porcentajes **sin confirmar en la fuente oficial**: leímos los arts. 647, 648, 709 y 713 en copias de terceros.',
  ].join('\n'),
  questions: [
    '¿En qué consiste la sanción por inexactitud?',
    '¿Qué multa hay si declaré deducciones que no tenía?',
    '¿Qué pasa si no puse un ingreso o un bien en la declaración y la DIAN lo descubre?',
    '¿Cuánto es la multa por declarar datos falsos?',
  ],
  keywords: [
    'inexactitud',
    'inexacta',
    'datos falsos',
    'omitir ingresos',
    'omisión de activos',
    'requerimiento especial',
    'liquidación de revisión',
    'artículo 648',
  ],
  appliesTo: 'Personas naturales que declaran renta; reglas vigentes en 2026 (arts. 647, 648, 709 y 713)',
  sources: [SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const menoresDeEdad: KnowledgeEntry = {
  id: 'menores-de-edad',
  title: 'Menores de edad: cuándo declaran renta y quién firma',
  body: [
    'Ser menor de edad no exime de declarar: un menor con ingresos o bienes propios (por ejemplo, una herencia, arriendos o inversiones a su nombre) declara renta si cumple **los mismos topes que cualquier persona natural** para ese año gravable.',
    '',
    '- La declaración se presenta **a nombre del menor**, con su propio NIT, no dentro de la declaración de los padres.',
    '- La firman **los padres** como representantes (art. 572 del Estatuto Tributario) o, a falta de ellos, el tutor o curador.',
    '- Los **menores adultos** (adolescentes desde los 14 años) pueden cumplir por sí mismos sus deberes tributarios (art. 555), incluso inscribirse en el RUT.',
    '- El menor debe estar **inscrito en el RUT**; el trámite lo hace su representante con el registro civil o la tarjeta de identidad del menor.',
    '',
    'Para saber si el menor está obligado, revisa los topes del año en «¿Quién debe declarar renta?».',
    '',
    `Reglas **sin confirmar en la fuente oficial**: leímos los arts. 555 y 572 en copias de terceros. Consulta el trámite del RUT en los ${sourceLink(SOURCES.autogestion, 'canales de autogestión de la DIAN')}.`,
  ].join('\n'),
  questions: [
    '¿Un menor de edad tiene que declarar renta?',
    'Un niño con bienes a su nombre, ¿debe declarar?',
    '¿Quién firma la declaración de un menor de edad?',
    '¿Cómo se inscribe a un menor en el RUT?',
    '¿Los ingresos del menor van en la declaración de los padres?',
    'Tengo 16 años y gano plata por internet, ¿debo declarar?',
  ],
  keywords: [
    'hijo con inversiones o CDT a su nombre',
    'menor de edad',
    'menores',
    'niño',
    'tarjeta de identidad',
    'padres',
    'representante',
    'menor adulto',
  ],
  appliesTo: 'Personas naturales menores de edad; reglas vigentes en 2026 (arts. 555 y 572)',
  sources: [SOURCES.estatuto, SOURCES.autogestion],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const sucesionesIliquidas: KnowledgeEntry = {
  id: 'sucesiones-iliquidas',
  title: 'Persona fallecida: la sucesión ilíquida y su declaración de renta',
  body: [
    'Cuando una persona muere, sus bienes y deudas forman una **sucesión ilíquida** mientras no se reparten entre los herederos. La sucesión sigue siendo contribuyente y **declara renta** si cumple los topes, en el **formulario 210**.',
    '',
    '1. **Representante:** cumple los deberes el **albacea** con administración de bienes; a falta de él, los **herederos** con administración de bienes, o el curador de la herencia yacente (art. 572 del Estatuto Tributario). Si la sucesión aún no empieza en notaría o juzgado, los herederos pueden nombrar de común acuerdo un representante, con documento autenticado.',
    '2. **RUT:** el representante **inscribe o actualiza el RUT** de la sucesión ilíquida, que usa el NIT del fallecido.',
    '3. **Declaraciones:** el representante presenta y firma las declaraciones de la sucesión, incluida la del año del fallecimiento, hasta que la sucesión se liquide.',
    '4. **Cierre:** al liquidarse la sucesión se presenta una última declaración y se cancela el RUT.',
    '',
    '**Sucesión en notaría:** el notario avisa a la DIAN, que revisa si el fallecido debe impuestos antes de la partición (art. 844); no es un paz y salvo que tramites tú.',
    '',
    `Sigue el ${sourceLink(SOURCES.sucesionPasoAPaso, 'paso a paso de la DIAN para el proceso de sucesión')}. Lo referente a la última declaración (art. 595) y al aviso del notario está **sin confirmar en la fuente oficial**.`,
  ].join('\n'),
  questions: [
    'Mi papá murió, ¿hay que declarar renta por él?',
    '¿Qué significa sucesión ilíquida?',
    '¿Quién declara la renta de una persona fallecida?',
    '¿Cómo actualizo el RUT de un familiar que falleció?',
    '¿Quién firma la declaración de la sucesión?',
    '¿Una persona muerta tiene que declarar renta?',
    '¿Hay que declararle la renta a un familiar que falleció?',
  ],
  keywords: [
    'sucesión ilíquida',
    'sucesión',
    'fallecido',
    'causante',
    'herederos',
    'albacea',
    'persona fallecida',
    'renta del fallecido',
    'murió',
    'notaría',
    'paz y salvo',
  ],
  appliesTo: 'Sucesiones ilíquidas de causantes residentes; reglas vigentes en 2026 (art. 572)',
  sources: [SOURCES.sucesionPasoAPaso, SOURCES.sucesionRut, SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const beneficioDeAuditoria: KnowledgeEntry = {
  id: 'beneficio-de-auditoria',
  title: 'Beneficio de auditoría: tu declaración queda en firme en 6 o 12 meses',
  body: [
    'El **beneficio de auditoría** (art. 689-3 del Estatuto Tributario) acorta el tiempo que tiene la DIAN para revisar tu declaración de renta. Aplica a **personas naturales** y jurídicas.',
    '',
    '- Si tu **impuesto neto de renta** aumenta al menos **35 %** frente al del año anterior, la declaración queda en firme en **6 meses**.',
    '- Si aumenta al menos **25 %**, queda en firme en **12 meses**.',
    '- El plazo se cuenta desde que la presentas, si en ese tiempo la DIAN no te notifica un emplazamiento para corregir o un requerimiento especial.',
    '',
    '**Condiciones:** presentar **a tiempo**, **pagar** completo dentro de los plazos y declarar retenciones reales. No aplica si el impuesto neto es inferior a **71 UVT**, ni a quienes gozan de beneficios por ubicación geográfica. Con saldo a favor, la devolución debe pedirse dentro de ese mismo término.',
    '',
    `**Vigencia:** el art. 69 de la Ley 2294 de 2023 lo habría prorrogado para los **años gravables 2024, 2025 y 2026**; este dato y el tope de 71 UVT están **sin confirmar en la fuente oficial** (los leímos en publicaciones especializadas). Revisa la ${sourceLink(SOURCES.ley2294, 'Ley 2294 de 2023 en el normograma')}.`,
  ].join('\n'),
  questions: [
    'Beneficio de auditoría: ¿en qué consiste?',
    '¿El beneficio de auditoría aplica a personas naturales?',
    '¿Cuánto debe subir el impuesto para el beneficio de auditoría?',
    '¿El beneficio de auditoría sigue vigente?',
    '¿Cómo hago que mi declaración quede en firme en 6 meses?',
  ],
  keywords: [
    'beneficio de auditoría',
    'auditoría',
    'firmeza en 6 meses',
    'firmeza en 12 meses',
    'impuesto neto de renta',
    'incremento del impuesto',
    'pagar más impuesto',
    'revisión más corta',
    'artículo 689-3',
  ],
  appliesTo: 'Años gravables 2024, 2025 y 2026 (Ley 2294 de 2023, art. 69; sin confirmar)',
  sources: [SOURCES.estatuto, SOURCES.ley2294],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const firmezaDeclaracion: KnowledgeEntry = {
  id: 'firmeza-declaracion',
  title: 'Firmeza de la declaración: cuándo ya no la pueden revisar y cuánto guardar los soportes',
  body: [
    'Una declaración queda **en firme** cuando la DIAN ya no puede modificarla. Regla general (art. 714 del Estatuto Tributario):',
    '',
    '- **3 años** desde el **vencimiento del plazo** para declarar, si en ese tiempo no te notifican un requerimiento especial.',
    '- Si la presentaste **tarde**, los 3 años se cuentan desde el día en que la presentaste.',
    '- Si pediste la **devolución o compensación** de un saldo a favor, los 3 años corren desde esa solicitud.',
    '- Las declaraciones con **pérdidas fiscales** tienen plazos más largos; con **beneficio de auditoría** pueden quedar en firme en 6 o 12 meses.',
    '',
    '**Soportes:** guarda certificados de ingresos y retenciones, extractos, facturas de tus deducciones, la declaración y los recibos de pago **al menos hasta que la declaración quede en firme** (art. 632 del Estatuto Tributario y art. 46 de la Ley 962 de 2005). El art. 632 fijaba originalmente **5 años**; conservarlos ese tiempo es la opción prudente.',
    '',
    'Plazos **sin confirmar en la fuente oficial**: leímos los arts. 632 y 714 en copias de terceros.',
  ].join('\n'),
  questions: [
    '¿En cuánto tiempo queda en firme mi declaración?',
    '¿Cuántos años puede revisar la DIAN mi declaración?',
    '¿Cuánto tiempo debo guardar los soportes de la declaración?',
    '¿Qué es la firmeza de una declaración?',
    '¿Hasta cuándo guardo los certificados de ingresos y retenciones?',
  ],
  keywords: [
    'firmeza',
    'en firme',
    'tres años',
    'revisión de la DIAN',
    'conservar documentos',
    'guardar soportes',
    'artículo 714',
    'artículo 632',
  ],
  appliesTo: 'Declaraciones de renta; reglas vigentes en 2026 (arts. 632 y 714)',
  sources: [SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const firmaElectronicaCiclo: KnowledgeEntry = {
  id: 'firma-electronica-ciclo',
  title: 'Firma electrónica: renovarla, recuperar su clave, revocarla o pedir una nueva',
  body: [
    'La firma electrónica (FE) de la DIAN dura **3 años**. Su ciclo, en tu cuenta del Portal Transaccional (MUISCA):',
    '',
    '- **Solicitarla:** con el RUT actualizado, incluido tu **correo electrónico**, pides el instrumento de firma en el portal; la DIAN envía códigos de activación a ese correo y tú creas la clave de la firma.',
    '- **Renovarla:** hazlo **antes de que venza**, desde la opción de renovar el instrumento de firma electrónica; el proceso es como la solicitud inicial.',
    '- **Si venció:** no puedes firmar; solicita una nueva antes de tu fecha límite, porque una declaración sin firma se tiene por no presentada.',
    '- **Si olvidaste la clave de la firma:** recupérala en el portal con las preguntas de seguridad o el código que llega a tu correo. No es la misma clave con la que entras al portal.',
    '- **Si alguien la conoce o perdiste tu correo:** **revoca** la firma en el portal o en un punto de atención y solicita una nueva.',
    '',
    `Nunca compartas la clave, tampoco con este asistente. Los pasos exactos del portal están **sin confirmar en la fuente oficial**; la norma es la ${sourceLink(SOURCES.firmaElectronica, 'Resolución DIAN 000070 de 2016')}.`,
  ].join('\n'),
  questions: [
    '¿Cómo renuevo la firma electrónica de la DIAN?',
    'No recuerdo la clave de mi firma electrónica',
    '¿Cuándo tengo que renovar la firma electrónica?',
    '¿Cómo revoco la firma electrónica?',
    'No me llegan los códigos para activar la firma electrónica',
    'Si no firmo la declaración, ¿queda presentada?',
    '¿Cada cuánto se renueva la firma electrónica?',
    'Se me bloqueó la firma electrónica, ¿cómo la desbloqueo?',
  ],
  keywords: [
    'olvidé la clave de la firma',
    'respuestas de seguridad',
    'cambio de correo',
    'renovar firma electrónica',
    'firma vencida',
    'renovación',
    'recuperar clave de la firma',
    'revocar firma',
    'revocación',
    'códigos de activación',
    'instrumento de firma electrónica',
    'sacar la firma por primera vez',
  ],
  appliesTo: 'Firma electrónica de la DIAN; reglas vigentes en 2026 (Resolución DIAN 000070 de 2016)',
  sources: [SOURCES.firmaElectronica, SOURCES.autogestion],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

export const COMPLIANCE_TOPIC: KnowledgeTopic = {
  entries: [
    facilidadesDePago,
    interesMoratorio,
    emplazamientoNoDeclarar,
    sancionPorNoDeclarar,
    reduccionDeSanciones,
    prorrogaParaDeclarar,
    sancionPorInexactitud,
    menoresDeEdad,
    sucesionesIliquidas,
    beneficioDeAuditoria,
    firmezaDeclaracion,
    firmaElectronicaCiclo,
  ],
  phrases: [
    // The entries' own names for concepts the analyzer reads in a whole question (`WHOLE_QUESTION_CONCEPTS`,
    // retrieval/analyzer.ts): something left out of a filed return (`correcciones`), a return filed and not
    // paid (`interes-moratorio`); worded so that no citizen's question says them.
    ['algo omitido al declarar', ['correccion', 'omitidoaldeclarar']],
    ['declaracion presentada sin pagar', ['interes', 'declaradasinpagar']],
    ['facilidad de pago', ['facilidadpago']],
    ['facilidades de pago', ['facilidadpago']],
    ['acuerdo de pago', ['facilidadpago']],
    ['pagar a plazos', ['facilidadpago']],
    ['de contado', ['facilidadpago']],
    ['no tengo como pagar', ['facilidadpago']],
    ['no tengo con que pagar', ['facilidadpago']],
    ['no me alcanza para pagar', ['facilidadpago']],
    ['no puedo pagar', ['facilidadpago']],
    ['por cuotas', ['facilidadpago']],
    ['en cuotas', ['facilidadpago']],
    ['a cuotas', ['facilidadpago']],
    ['no tengo la plata', ['facilidadpago']],
    // A payment made that the DIAN does not show yet, in the words of someone still listed as owing.
    ['sigo debiendo', ['pagonoreflejado']],
    ['no me aparece el pago', ['pagonoreflejado']],
    // Having stopped filing for some years is being omiso, as "nunca declaré" is.
    ['deje de declarar', ['omiso', 'nodeclarar']],
    ['interes moratorio', ['interesmora']],
    ['intereses moratorios', ['interesmora']],
    ['interes de mora', ['interesmora']],
    ['intereses de mora', ['interesmora']],
    ['intereses por mora', ['interesmora']],
    ['tasa de mora', ['interesmora']],
    // "Never filed" reads like "did not file": the usual answer is to file late now (art. 641); the art. 643
    // penalty comes only after DIAN acts, so this entry is reached by its own words (omiso, sanción por no…).
    ['nunca declare', ['nodeclarar']],
    ['nunca he declarado', ['nodeclarar']],
    ['nunca declaro', ['nodeclarar']],
    ['nunca he presentado', ['nodeclarar']],
    // The return named by a pronoun after the obligation was told: "tenía que declarar y no lo hice".
    ['no lo hice', ['nodeclarar']],
    ['no la hice', ['nodeclarar']],
    ['no lo he hecho', ['nodeclarar']],
    ['no la he hecho', ['nodeclarar']],
    ['no la presente', ['nodeclarar']],
    ['no la he presentado', ['nodeclarar']],
    ['no la hago', ['nodeclarar']],
    ['no haber declarado', ['nodeclarar']],
    ['no haber presentado', ['nodeclarar']],
    ['no lo hago', ['nodeclarar']],
    ['nunca la hice', ['nodeclarar']],
    ['nunca la presente', ['nodeclarar']],
    // The return named after the verb: «no hice la declaración / la renta», «no presenté la renta» (f5).
    ...['no hice', 'nunca hice', 'no he hecho', 'nunca he hecho', 'no presente', 'nunca presente'].flatMap(
      (verb) =>
        ['la declaracion', 'la renta', 'mi declaracion', 'mi renta'].map(
          (object) => [`${verb} ${object}`, ['nodeclarar']] as const,
        ),
    ),
    // "A tiempo" turns "not filing" into "filing late": that is the art. 641 penalty, not art. 643.
    ['multa por no declarar a tiempo', ['sancion', 'extemporaneo']],
    ['sancion por no declarar a tiempo', ['sancion', 'extemporaneo']],
    ['no declarar a tiempo', ['extemporaneo']],
    // Forgetting to file is filing late, not refusing to file.
    ['se me olvido declarar', ['extemporaneo', 'declar']],
    ['olvide declarar', ['extemporaneo', 'declar']],
    ['no alcance a declarar', ['extemporaneo', 'declar']],
    ['no declare a tiempo', ['extemporaneo']],
    // Past years as such ("los años anteriores", "cuántos años atrás"): returns left behind, not one date.
    ['anos anteriores', ['anosatras']],
    ['anos atras', ['anosatras']],
    ['anos para atras', ['anosatras']],
    ['anos hacia atras', ['anosatras']],
    ['anos pa atras', ['anosatras']],
    ['anos pasados', ['anosatras']],
    ['varios anos', ['anosatras']],
    ['anos atrasados', ['anosatras']],
    ['anos sin declarar', ['anosatras', 'nodeclarar']],
    // Catching up on returns never filed is filing them late.
    ['ponerme al dia', ['extemporaneo', 'declar']],
    ['me pongo al dia', ['extemporaneo', 'declar']],
    ['ponerse al dia', ['extemporaneo', 'declar']],
    ['no declaro a tiempo', ['extemporaneo']],
    ['sancion por no declarar', ['nodeclarar', 'sancion', 'omiso']],
    ['multa por no declarar', ['nodeclarar', 'sancion', 'omiso']],
    // Leaving something out of a filed return is corrected, not filed anew.
    // Not having been penalised before is the condition of the art. 640 reduction, not never filing.
    ['nunca me han sancionado', ['gradualidad', 'sancion']],
    ['nunca me habian sancionado', ['gradualidad', 'sancion']],
    ['no me han sancionado', ['gradualidad', 'sancion']],
    ['no me habian sancionado', ['gradualidad', 'sancion']],
    ['primera vez que me sancionan', ['gradualidad', 'sancion']],
    ['olvide poner', ['correccion']],
    ['olvide incluir', ['correccion']],
    ['olvido poner', ['correccion']],
    ['olvido incluir', ['correccion']],
    // Doubt is how the question opens ("no estoy seguro si debo declarar"), not insurance.
    ['no estoy seguro', []],
    ['no estoy segura', []],
    ['no se si', []],
    // What one lives off is income, not residence: "vivo de la pensión" is not "vivo en Colombia".
    ['vive de', []],
    ['vivo de', []],
    ['viven de', []],
    ['vivimos de', []],
    ['menor de edad', ['menor']],
    ['menores de edad', ['menor']],
    ['sucesion iliquida', ['sucesion']],
    // The return of the one who died, which the succession files (the analyzer adds the concept to a
    // question that tells a death and asks whose return it is).
    ['renta del fallecido', ['rent', 'sucesion', 'rentafallecido']],
    // Art. 715's own name for the summons; "por no declarar" must not pull the art. 643 penalty.
    // The summons to correct (art. 685) is another act than the summons to file (art. 715): a correction's
    // text that names it must not answer "me llegó un emplazamiento para declarar".
    ['emplazamiento para corregir', ['emplazamientocorregir']],
    ['emplazamiento por no declarar', ['emplazamiento']],
    ['emplazamiento previo por no declarar', ['emplazamiento']],
    ['beneficio de auditoria', ['auditoria']],
    ['en firme', ['firmeza']],
    ['queda en firme', ['firmeza']],
    ['quede en firme', ['firmeza']],
    // "No la firmé" is signing; only "está / quedó firme" is the return becoming final.
    ['esta firme', ['firmeza']],
    ['quedo firme', ['firmeza']],
    ['ya firme', ['firmeza']],
    // A return left unsigned ("no la firmé", "quedó sin firmar", "no la alcancé a firmar") is not filed: the
    // signing step is what is asked, not the form or the proof of filing.
    ['no firme', ['firmaelectronica', 'sinfirmar']],
    ['no la firme', ['firmaelectronica', 'sinfirmar']],
    ['sin firmar', ['firmaelectronica', 'sinfirmar']],
    ['sin firma', ['firmaelectronica', 'sinfirmar']],
    ['no alcance a firmar', ['firmaelectronica', 'sinfirmar']],
    ['no la alcance a firmar', ['firmaelectronica', 'sinfirmar']],
    ['no me deja firmar', ['firmaelectronica', 'sinfirmar']],
    // A "firma digital" bought from a certifier is what citizens call the signature too.
    ['firma digital', ['firmaelectronica']],
    // An error the portal shows is its failure (art. 579-2), not a mistake in the return to correct.
    ['me sale error', ['falla']],
    ['me sale un error', ['falla']],
    ['me salio error', ['falla']],
    ['me salio un error', ['falla']],
    ['me da error', ['falla']],
    ['me dio error', ['falla']],
    ['sale error', ['falla']],
    ['da error', ['falla']],
    // Someone else knowing the signature's password is why it is revoked; annulling a signature is revoking it.
    ['se sabe la clave', ['revocar', 'contrasena']],
    ['se sabe mi clave', ['revocar', 'contrasena']],
    ['sabe mi clave', ['revocar', 'contrasena']],
    ['conoce mi clave', ['revocar', 'contrasena']],
    ['conoce la clave', ['revocar', 'contrasena']],
    ['tiene mi clave', ['revocar', 'contrasena']],
    ['anular la firma', ['revocar', 'firmaelectronica']],
    ['anulo la firma', ['revocar', 'firmaelectronica']],
    ['anular mi firma', ['revocar', 'firmaelectronica']],
    ['cancelar la firma', ['revocar', 'firmaelectronica']],
    ['cancelar mi firma', ['revocar', 'firmaelectronica']],
    // Realising something («me di cuenta de que…») is not an account: the mistake after it is the topic.
    ...['me di cuenta', 'me doy cuenta', 'nos dimos cuenta', 'me di de cuenta', 'me acabo de dar cuenta'].map(
      (phrase) => [phrase, []] as const,
    ),
    // A figure put wrong in a filed return, or doing the return again, is a correction (art. 588-589).
    ...[
      'puse mal',
      'quedo mal',
      'meti mal',
      'digite mal',
      'escribi mal',
      'hacerla otra vez',
      'hacerla de nuevo',
    ]
      .concat(['presentarla otra vez', 'presentarla de nuevo', 'volver a presentarla', 'volver a hacerla'])
      .map((phrase) => [phrase, ['correccion']] as const),
    // What was reported about the citizen, in any person: «lo que me reportaron», «me reportan».
    ...['me reportaron', 'me reportan', 'me han reportado'].map((phrase) => [phrase, ['exogena']] as const),
    // Filing the exógena oneself is being an informant (more-follow-ups.ts has «reportar / presentar exógena»).
    ...['presentarle', 'entregar', 'enviar', 'mandar']
      .flatMap((verb) => [`${verb} exogena`, `${verb} la exogena`, `${verb} informacion exogena`])
      .concat(['reportar la exogena', 'presentar la exogena'])
      .map((phrase) => [phrase, ['reportarexogena']] as const),
    // Paying after the due date, or not having the money on it, is a late payment (interest, art. 634),
    // not a late return: «no alcancé a pagar» must not read as «no alcancé a declarar».
    ...['pague tarde', 'pagamos tarde']
      .concat(['no alcance a pagar', 'no alcanzo a pagar', 'no pude pagar'])
      .concat(['no puedo pagar todo', 'no tengo para pagar', 'no tengo pa pagar'])
      .map((phrase) => [phrase, ['pagotarde', 'pagar']] as const),
    // The summons to file (art. 715) named by what it summons to: «me llegó un emplazamiento para declarar».
    ...[
      'emplazamiento para declarar',
      'emplazamiento a declarar',
      'emplazaron para declarar',
      'emplazaron a declarar',
    ]
      .concat(['emplazamiento para presentar', 'emplazamiento previo'])
      .map((phrase) => [phrase, ['emplazamiento']] as const),
    // Time gone by since the deadline («si ya pasaron dos años», «ya pasó un año») asks how long one has.
    ...['si ya pasaron', 'ya pasaron', 'si ya paso', 'despues de tanto tiempo'].map(
      (phrase) => [phrase, ['plazo']] as const,
    ),
    // A deadline already gone, or the return forgotten, is filing late.
    ...[
      'ya paso mi plazo',
      'ya paso el plazo',
      'ya paso mi fecha',
      'ya paso la fecha',
      'ya se vencio el plazo',
    ]
      .concat([
        'se me olvido la renta',
        'se me olvido la declaracion',
        'olvide la declaracion',
        'olvide la renta',
      ])
      .map((phrase) => [phrase, ['extemporaneo', 'declar']] as const),
    // A balance in favour left for next year's return is imputed; one used to pay another debt is offset.
    ...['dejar el saldo', 'dejar ese saldo', 'dejarlo para el otro ano', 'dejarlo para el proximo ano']
      .concat(['pasar el saldo', 'pasarlo al otro ano', 'pasarlo al proximo ano', 'abonarlo al otro ano'])
      .map((phrase) => [phrase, ['saldofavor', 'imputacion']] as const),
    ...[
      'usar el saldo a favor',
      'usar mi saldo a favor',
      'con el saldo a favor pagar',
      'cruzar el saldo a favor',
    ]
      .concat(['pagar con el saldo a favor', 'descontar el saldo a favor'])
      .map((phrase) => [phrase, ['saldofavor', 'compensacion']] as const),
    // A report that is not the citizen's, or one that is missing, is the exógena's «datos errados»: declare
    // with one's own papers and ask the reporter to correct it.
    // A bank or a payer one never dealt with («un banco donde ni tengo cuenta») too (f4).
    ...['datos errados', 'no es mio', 'no son mios', 'nunca he trabajado con', 'nunca trabaje con']
      .concat(['ni tengo cuenta', 'no tengo cuenta alli', 'nunca he tenido cuenta', 'nunca tuve cuenta'])
      .concat(['ni siquiera tengo cuenta', 'donde no tengo cuenta', 'donde nunca he tenido cuenta'])
      .concat([
        'no aparece en la exogena',
        'no sale en la exogena',
        'no esta en la exogena',
        'falta en la exogena',
      ])
      .map((phrase) => [phrase, ['reporteerrado']] as const),
    // «En realidad» is how the citizen's own figure is told, not whether a message is real.
    ['en realidad', []],
    // Getting the signature, said with the verb beside it («¿cómo saco / genero / solicito la firma?»), is the
    // signature's own errand (requesting it, as renewing it), not the filing steps that need it (f1).
    ...wordList(
      'saco sacar saque genero generar solicito solicitar tramito tramitar creo crear obtengo obtener habilito habilitar activo activar',
    ).flatMap((verb) =>
      [
        'la firma',
        'una firma',
        'mi firma',
        'la firma electronica',
        'una firma electronica',
        'mi firma electronica',
      ].map((signature) => [`${verb} ${signature}`, ['firmaelectronica', 'solicitarfirma']] as const),
    ),
    // Asking how to sign («¿cómo la firmo?», «¿cómo lo firmo para presentarlo?») asks for the signature, whatever
    // was filled in before: the story of the form does not outrank the step asked about (f1).
    // Matched on stems, «la firmo» is also «la firma»: only with «cómo» or «y» before it is it the verb.
    ...['como lo firmo', 'como la firmo', 'y lo firmo', 'y la firmo', 'como firmo', 'como se firma']
      .concat(['donde firmo', 'y la firma electronica'])
      .map((phrase) => [phrase, ['firmaelectronica']] as const),
  ],
  synonyms: {
    facilidadpago: 'diferir financiar financiacion refinanciar cuota cuotas',
    emplazamiento: 'emplazamiento emplazamientos emplazado emplazada emplazaron',
    omiso: 'omiso omisa omisos',
    prorroga: 'prorroga prorrogas prorrogar prorrogan prorrogaron',
    gradualidad: 'gradualidad rebaja rebajar rebajan rebajen rebajas',
    inexactitud: 'inexactitud inexacta inexacto inexactas',
    // A persuasive letter "invites" to file, in every form of the verb.
    invitacion: 'invitacion invitaciones invita invitan invito invitando invitandome invitaron',
    menor: 'menor menores nino nina ninos ninas adolescente adolescentes',
    sucesion: 'sucesion sucesiones fallecido fallecida fallecio murio muerto muerta difunto difunta causante',
    firmeza: 'firmeza',
    // Banks and wallets people name for where they paid.
    banco: 'banco bancos davivienda bancolombia nequi daviplata',
    // Slang for a mistake in the return: "la embarré", "la cagué".
    correccion: 'embarre embarrada embarrado cague cagada',
    plazo: 'deadline deadlines',
    renovar: 'renovar renuevo renovacion renueva',
    revocar: 'revocar revoco revocacion revoca',
    falla: 'falla fallas fallando caido caida caidas',
    // Who or what backs a payment agreement (art. 814): a guarantor or a co-signer is its guarantee.
    // The payslip («la colilla», «el desprendible») is where the salary and its withholding are read.
    ingreso: 'colilla colillas desprendible desprendibles',
    garantia: 'garantia garantias fiador fiadores fiadora codeudor codeudores codeudora avalista',
  },
};
