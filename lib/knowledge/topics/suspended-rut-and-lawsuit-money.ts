/**
 * Two subjects the writers of the wd5–wd8 pass asked and no entry answered (helper g1): a suspended or
 * "inactive" RUT, and how the money of a lawsuit or a settlement is taxed. Checked on 2026-12-07 through a
 * search index of stored public pages: the DIAN's 2025 ruling on moral damages was read on the normograma,
 * the articles and the RUT rules in third-party copies, so both entries are `confirmed: false` and say so.
 * The other gaps of that pass went into the entries that already held the subject (see
 * docs/knowledge-base.md, g1): each new entry moves every other question's ranking a little.
 */
import type { KnowledgeEntry, KnowledgeSource } from '../schema';
import { OFFICIAL_SOURCES } from '../../tax/sources';
import { sourceLink } from '../source-link';
import type { KnowledgeTopic } from './topic';

const CHECKED_ON = '2026-12-07';
const RULES_IN_FORCE = 'Personas naturales; reglas vigentes en 2026';

const SOURCES = {
  ...OFFICIAL_SOURCES,
  rut: {
    title: 'Registro Único Tributario, trámites y preguntas frecuentes (DIAN)',
    url: 'https://www.dian.gov.co/tramitesservicios/tramites-y-servicios/tributarios/Paginas/RUT.aspx',
  },
  moralDamagesRuling: {
    title: 'Concepto DIAN 016258 de 2025: indemnizaciones por perjuicios morales (normograma DIAN)',
    url: 'https://normograma.dian.gov.co/dian/compilacion/docs/oficio_dian_16258_2025.htm',
  },
} as const satisfies Record<string, KnowledgeSource>;

const rutSuspendido: KnowledgeEntry = {
  id: 'rut-suspendido',
  title: 'RUT suspendido o inactivo: qué significa y cómo levantar la suspensión',
  body: [
    'Un **RUT suspendido no te libera de tus obligaciones**: si te corresponde la renta, la presentas igual y la DIAN conserva sus facultades de control (art. 555-2 del Estatuto Tributario).',
    '',
    '- **Estado:** en la consulta del estado del RUT del portal de la DIAN aparece como activo, suspendido o cancelado. Si alguien te dice que está «inactivo», revisa ahí el estado real.',
    '- **Por qué se suspende:** la DIAN no te ubica en la dirección informada, tus datos están **desactualizados** (en 2024 suspendió millones de RUT sin correo electrónico) o hay una orden judicial o administrativa.',
    '- **Cómo levantarla:** corrige la causa (actualiza dirección, correo y teléfono) y solicita el **levantamiento de la suspensión** por los canales de la DIAN, en línea o en un punto de contacto.',
    '- **Mientras siga suspendido** no te devuelven un saldo a favor; por eso conviene levantarla antes.',
    '',
    `**No confirmado** en una fuente oficial: leímos las causas en copias de terceros del decreto y en prensa. Revisa la página del ${sourceLink(SOURCES.rut, 'RUT en el portal de la DIAN')}.`,
  ].join('\n'),
  questions: [
    '¿Qué pasa si tengo el RUT suspendido?',
    '¿Cómo levanto la suspensión del RUT?',
    '¿Por qué me suspendieron el RUT?',
    'Tengo el RUT inactivo, ¿qué hago?',
  ],
  keywords: [
    'RUT suspendido',
    'suspensión del RUT',
    'levantar la suspensión',
    'RUT inactivo',
    'artículo 555-2',
  ],
  appliesTo: RULES_IN_FORCE,
  sources: [SOURCES.rut, SOURCES.estatuto, SOURCES.dur],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

const indemnizacionDemanda: KnowledgeEntry = {
  id: 'indemnizacion-por-demanda',
  title: 'Plata de una demanda o conciliación: cómo tributa la indemnización',
  body: [
    'Depende de **qué repara** cada parte de la indemnización que te pagan por una sentencia o conciliación:',
    '',
    '- **Daño moral (perjuicios morales):** para la DIAN es **ingreso gravado**, porque ninguna norma lo exceptúa, y quien paga descuenta de una vez el anticipo del impuesto (Concepto DIAN 016258 de 2025).',
    '- **Daño emergente:** lo que repone un bien o un gasto que perdiste **no es ingreso gravado** en la medida en que solo restituye tu patrimonio (art. 26 del Estatuto Tributario); guarda la sentencia y los soportes del daño. Si viene de un **seguro de daño**, aplica el art. 45.',
    '- **Lucro cesante:** reemplaza lo que dejaste de recibir (salarios, arriendos), así que está **gravado** como lo estaría eso que dejaste de recibir.',
    '- **Intereses** sobre la condena: son ingreso gravado.',
    '- Un despido sin justa causa tiene su propia regla (ver la entrada de liquidación laboral).',
    '',
    'Se declara en el año en que **recibes** el pago, y se suma a tus ingresos del año. Pide a quien paga el certificado de lo que te descontó.',
    '',
    `**No confirmado** en una fuente oficial salvo el concepto citado: leímos los artículos en copias de terceros; consulta el ${sourceLink(SOURCES.moralDamagesRuling, 'concepto de la DIAN')}.`,
  ].join('\n'),
  questions: [
    '¿La indemnización de una demanda paga impuesto de renta?',
    '¿El daño moral que me pagaron se declara?',
    '¿Qué diferencia hay entre daño emergente y lucro cesante en la renta?',
    'Me pagaron una conciliación, ¿cómo la declaro?',
    '¿La plata que me reconocieron en una sentencia paga impuesto?',
  ],
  keywords: [
    'indemnización',
    'demanda',
    'sentencia',
    'conciliación',
    'daño moral',
    'perjuicios morales',
    'daño emergente',
    'lucro cesante',
  ],
  appliesTo: RULES_IN_FORCE,
  sources: [SOURCES.moralDamagesRuling, SOURCES.estatuto],
  checkedOn: CHECKED_ON,
  confirmed: false,
};

export const SUSPENDED_RUT_AND_LAWSUIT_MONEY_TOPIC: KnowledgeTopic = {
  phrases: [
    // One concept each, so "RUT", "daño" or "sentencia" alone do not reach these entries.
    ['rut suspendido', ['rutsuspendido']],
    ['suspension del rut', ['rutsuspendido']],
    ['suspendieron el rut', ['rutsuspendido']],
    ['rut inactivo', ['rutsuspendido']],
    ['levantar la suspension', ['rutsuspendido']],
    ['levanto la suspension', ['rutsuspendido']],
    ['levantamiento de la suspension', ['rutsuspendido']],
    ['dano moral', ['danomoral']],
    ['danos morales', ['danomoral']],
    ['perjuicio moral', ['danomoral']],
    ['perjuicios morales', ['danomoral']],
    ['dano emergente', ['danoemergente']],
    ['lucro cesante', ['lucrocesante']],
  ],
  entries: [rutSuspendido, indemnizacionDemanda],
};
