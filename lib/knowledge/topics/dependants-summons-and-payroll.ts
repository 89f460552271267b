/**
 * Gaps the wd13–wd16 writers found and nobody wrote (helper g1, 2026-12-07): one dependant claimed by two
 * people, answering a summons to file when one was not obliged, and why two equal salaries get different
 * monthly withholding. Checked through a search index of stored public pages: arts. 383, 387, 715 and 716
 * of the Estatuto Tributario and the Decreto 1625 de 2016 were read only in third-party copies, so every
 * entry is `confirmed: false` and says so. The exógena corrected late and a raffle's organiser went into
 * the entries that already held those subjects (`informacion-exogena`, `loterias-premios`).
 */
import { OFFICIAL_SOURCES } from '../../tax/sources';
import type { KnowledgeEntry } from '../schema';
import type { KnowledgeTopic } from './topic';

const CHECKED_ON = '2026-12-07';
const RULES_IN_FORCE = 'Personas naturales; reglas vigentes en 2026';
const SOURCES = OFFICIAL_SOURCES;

const dependienteUnSoloDeclarante: KnowledgeEntry = {
  id: 'dependiente-un-solo-declarante',
  title: 'Un dependiente para dos declarantes: solo uno lo puede incluir',
  body: [
    '**No: cada dependiente cuenta para un solo declarante.** Si son papá y mamá, o dos hermanos que sostienen a su madre, solo uno de ustedes lo incluye, en la declaración y ante su empleador (art. 387 del Estatuto Tributario y su reglamento, Decreto 1625 de 2016, art. 1.2.4.1.18).',
    '',
    '- **Pónganse de acuerdo antes de declarar.** Si hay varios, cada declarante puede incluir uno distinto.',
    '- **En la empresa** dejas por escrito que nadie más incluye ese dependiente: es esta regla.',
    '- **Si los dos ya lo incluyeron:** quien no podía tomarlo **corrige** su declaración para quitarlo (arts. 588 y 644): paga la diferencia, los intereses y una sanción menor que si la DIAN lo detecta.',
    '- **Si nadie corrige,** la DIAN puede desconocerla al cruzar las declaraciones y cobrar la diferencia por inexactitud (art. 647).',
    '',
    'Requisitos y montos: ver la entrada de dependientes económicos.',
    '',
    '**Sin confirmar** en la fuente oficial: leímos el artículo y el decreto en copias de terceros.',
  ].join('\n'),
  questions: [
    '¿Los dos papás pueden incluir al mismo hijo como dependiente?',
    'Mi hermano y yo sostenemos a mi papá, ¿ambos lo ponemos de dependiente?',
    '¿Qué pasa si dos personas declararon el mismo dependiente?',
  ],
  keywords: ['un dependiente para dos declarantes', 'mismo dependiente'],
  appliesTo: RULES_IN_FORCE,
  sources: [SOURCES.estatuto, SOURCES.dur],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const emplazamientoSinEstarObligado: KnowledgeEntry = {
  id: 'emplazamiento-sin-estar-obligado',
  title: 'Emplazado sin estar obligado a declarar: qué contestarle a la DIAN',
  body: [
    '**Dentro del mes que te da el emplazamiento** (art. 715 del Estatuto Tributario), explícale por escrito a la DIAN por qué **no estabas obligado** a declarar ese año, con pruebas. No lo ignores; tampoco hace falta declarar solo para cerrar el caso.',
    '',
    '- **Qué explicar:** que ese año no superaste ninguno de los topes (patrimonio bruto, ingresos, compras y consumos con tarjeta, consignaciones) ni eras responsable de IVA.',
    '- **Pruebas:** certificados de ingresos y retenciones, extractos y certificados bancarios, y el soporte de lo que la DIAN vio a tu nombre y no era ingreso tuyo (un préstamo, plata de un familiar, traslados entre tus cuentas).',
    '- **Cómo:** por el canal que indica el propio emplazamiento, citando su número, y guarda la constancia de radicación.',
    '- **Si dejas pasar el mes en silencio,** la DIAN sigue con la sanción del art. 643 (art. 716), y puede liquidar el impuesto por su cuenta.',
    '- **Si al revisar ves que sí te tocaba,** declara dentro del mes con la sanción del art. 642, que es menor.',
    '',
    '**Sin confirmar** en la fuente oficial: leímos los arts. 715 y 716 en copias de terceros.',
  ].join('\n'),
  questions: [
    'Me emplazaron, pero ese año no superaba los topes: ¿qué le explico a la DIAN?',
    '¿Qué pruebas adjunto a la respuesta del emplazamiento?',
    '¿Qué le digo a la DIAN en el emplazamiento si no superé los topes?',
  ],
  keywords: ['emplazado sin estar obligado', 'artículo 716'],
  appliesTo: RULES_IN_FORCE,
  sources: [SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const retencionSalariosIguales: KnowledgeEntry = {
  id: 'retencion-salarios-iguales',
  title: 'Sueldos iguales con retención distinta: qué le reportas a tu empleador',
  body: [
    '**Porque la retención no se calcula sobre el sueldo, sino sobre el sueldo depurado** con lo que cada trabajador le reporta a su empleador (arts. 383 y 387 del Estatuto Tributario). Con salarios iguales, retienen menos a quien resta más:',
    '',
    '- **Personas a tu cargo:** hasta el 10 % del ingreso laboral, máximo 32 UVT mensuales.',
    '- **Medicina prepagada o seguro de salud:** hasta 16 UVT mensuales.',
    '- **Intereses del crédito de vivienda** (o leasing habitacional): hasta 100 UVT mensuales.',
    '- **Aportes voluntarios a pensión y a cuentas AFC:** renta exenta, con sus topes.',
    '- Luego se resta el **25 % exento**; lo exento y lo deducido tienen juntos el límite del 40 % (1.340 UVT al año).',
    '',
    'Solo cuenta lo que **le reportaste a tu empleador con sus soportes** (de las personas a cargo, de la prepagada, del crédito). También cambian la cifra los pagos extra (horas extra, bonificaciones) y el procedimiento de la empresa: con el procedimiento 2 se fija un porcentaje cada seis meses.',
    '',
    'Si dudas de tu cifra, solicita a tu empleador el detalle del cálculo. Lo básico de la retención: ver la entrada de retención en la fuente.',
    '',
    'Topes **sin confirmar** en la fuente oficial (leídos en copias de terceros).',
  ].join('\n'),
  questions: [
    '¿Por qué a otro que gana igual que yo le retienen menos?',
    '¿Qué soportes le entrego a la empresa para tener menos retención en nómina?',
    'Tenemos el mismo salario y la retención no es igual, ¿por qué?',
  ],
  keywords: ['sueldos iguales con retención distinta', 'menos retención en nómina', 'procedimiento 2'],
  appliesTo: RULES_IN_FORCE,
  sources: [SOURCES.estatuto, SOURCES.dur],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

export const DEPENDANTS_SUMMONS_AND_PAYROLL_TOPIC: KnowledgeTopic = {
  // The entries' own names for the concepts the analyzer reads in a whole question (`WHOLE_QUESTION_CONCEPTS`,
  // retrieval/analyzer.ts); worded so that no citizen's question says them.
  phrases: [
    ['un dependiente para dos declarantes', ['dependientecompartido']],
    // Said outright, the same dependant or child claimed twice is the concept too.
    ...['mismo dependiente', 'mismos dependientes', 'mismo hijo', 'misma hija', 'mismos hijos'].map(
      (phrase) => [phrase, ['dependientecompartido']] as const,
    ),
    ['emplazado sin estar obligado', ['emplazamiento', 'emplazamientonoobligado']],
    ['sueldos iguales con retencion distinta', ['mismosueldo']],
    ['menos retencion en nomina', ['bajarretencion']],
    // `loterias-premios` names the organiser of a raffle; community groups that run one are its context, not
    // parents (dependants) or shares («acción»).
    ['organizador de la rifa', ['organizarifa']],
    ['asociacion de padres', []],
    ['junta de accion comunal', []],
    ['accion comunal', []],
  ],
  entries: [dependienteUnSoloDeclarante, emplazamientoSinEstarObligado, retencionSalariosIguales],
};
