import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { PAPERWORK_AND_FOLLOW_UPS_TOPIC } from '../../lib/knowledge/topics/paperwork-and-follow-ups';
import { DEADLINES_AG_2025 } from '../../lib/tax/deadlines';
import { formatSpanishDate } from '../../lib/tax/spanish-dates';
import {
  itAnswersEachFromItsEntry,
  itFlagsEveryEntryUnconfirmed,
  type TopicCase,
} from '../helpers/topic-cases';

/**
 * The topics citizens ask that the base lacked (issue #12, helper Q4): proving one does not file, a
 * voluntary return, past years, cancelling the RUT, paying from abroad, form 160's dates, what follows a
 * refund request, fake DIAN e-mails and the employer's form 220. The questions are worded apart from the
 * entries' own examples and from the development set.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'certificado-no-declarante',
    figure: 'la firmas tú',
    questions: [
      'necesito una carta de no declarante para el credito, como la hago',
      'quien expide la carta de no declarante, la dian?',
      'la embajada de estados unidos me pide certificado de no declarante',
      // "Como declaración" is "as a return", not "cómo declarar".
      'el 220 me sirve como declaracion si no declaro?',
      'puedo mostrar el 220 en vez de la declaracion en el banco?',
      'el formulario 220 cuenta como declaracion de renta para la visa?',
    ],
  },
  {
    entry: 'declaracion-voluntaria',
    figure: 'art. 594-2',
    questions: [
      'vale la pena hacer una declaracion voluntaria de renta',
      'una declaracion voluntaria tiene efectos legales?',
      'que dice el 594-2 del estatuto',
    ],
  },
  {
    entry: 'anos-sin-declarar',
    figure: '5 años',
    questions: [
      'tengo varias declaraciones atrasadas, como me pongo al dia con la dian',
      'cuantos años tiene la dian para hacerme una liquidacion de aforo',
      'como presento una declaracion atrasada de otro año',
      // Was the omisos' entry's before this one existed; years left unfiled are this entry's subject.
      'llevo 4 años sin declarar renta',
    ],
  },
  {
    entry: 'cancelar-rut',
    figure: 'actualizarlo',
    questions: [
      'quiero cancelar mi rut porque ya no vendo nada',
      'como hago la cancelacion del rut',
      'se puede cerrar el rut si ya no soy independiente',
    ],
  },
  {
    entry: 'pagos-desde-exterior-y-no-reflejados',
    figure: 'PQSR',
    questions: [
      'la dian acepta transferencia internacional para pagar impuestos',
      'hice el pago por pse hace dias y la dian no lo refleja',
      'si vivo en otro pais como pago el formulario 490',
    ],
  },
  {
    entry: 'plazo-formulario-160-2026',
    figure: formatSpanishDate(DEADLINES_AG_2025.slots[0]?.date ?? ''),
    questions: [
      'que dia vence el formulario 160 este año',
      'fecha limite de la declaracion de activos en el exterior 2026',
      'el 160 se presenta en la misma fecha de la renta?',
    ],
  },
  {
    entry: 'seguimiento-devolucion',
    figure: 'dentro del mes siguiente',
    questions: [
      'la dian inadmitio mi solicitud de devolucion, que hago',
      'que es una devolucion improcedente',
      'que sigue despues de radicar la solicitud de devolucion',
      // A refund already asked for and still waited for is followed up, however the request is said.
      'solicite la devolucion en septiembre y todavia nada, que hago',
      'ya pedi mi devolucion hace rato y la dian no contesta',
      'radique la devolucion y no me han dicho nada',
      // A refund already paid, and what follows when the balance turns out lower.
      'ya me devolvieron el saldo a favor pero corregi la declaracion y bajo, que pasa',
      'me hicieron la devolucion y ahora la dian dice que no procedia',
      'me devolvieron el saldo y luego encontre un error en la declaracion',
    ],
  },
  {
    entry: 'correos-falsos-dian',
    figure: 'dominios parecidos',
    questions: [
      'me llego un link de la dian para pagar una deuda, es estafa?',
      'como reconozco los correos falsos que mandan a nombre de la dian',
      'me mandaron un sms de la dian con un enlace',
    ],
  },
  {
    entry: 'certificado-220-empleador',
    figure: 'último día hábil de marzo',
    questions: [
      'hasta que fecha la empresa tiene que entregar el formulario 220',
      'mi antiguo empleador se liquido y no tengo el 220',
      'que hago si la empresa no me entrega el formulario 220',
      // The certificate of income and withholdings is the 220, named in full.
      'la empresa donde estaba no me ha dado el certificado de ingresos y retenciones',
      'renuncie y la empresa no me manda el certificado de ingresos y retenciones',
    ],
  },
];

describe('knowledge: the topics citizens ask that the base lacked', () => {
  itAnswersEachFromItsEntry(CASES);
  itFlagsEveryEntryUnconfirmed(PAPERWORK_AND_FOLLOW_UPS_TOPIC);

  it('dates form 160 from the same table as the income-tax return, first and last slot', () => {
    const body = getKnowledgeEntry('plazo-formulario-160-2026')?.body ?? '';
    const slots = DEADLINES_AG_2025.slots;
    expect(body).toContain(formatSpanishDate(slots[0]?.date ?? ''));
    expect(body).toContain(formatSpanishDate(slots[slots.length - 1]?.date ?? ''));
  });

  it('says a voluntary return only has legal effect with withholdings, in who-must-file too', () => {
    expect(getKnowledgeEntry('declaracion-voluntaria')?.body).toContain('sí produce efectos legales');
    expect(getKnowledgeEntry('quien-declara-ag-2025')?.body).toContain('594-2');
  });

  it('leaves the penalties and the channels to their existing entries', () => {
    expect(answerFromKnowledge('que pasa si estoy obligado y no declaro renta').entryIds[0]).toBe(
      'sancion-por-no-declarar',
    );
    expect(answerFromKnowledge('me llamaron de la dian pidiendo datos, es real?').entryIds[0]).toBe(
      'canales-oficiales-dian',
    );
    expect(answerFromKnowledge('como cancelo una cita que tenia en la dian').entryIds[0]).toBe('citas-dian');
  });
});

describe('asking for proof of not being a filer (r2)', () => {
  it.each([
    'certificame q no soy declarante pa llevarlo al banco',
    'necesito certificar que no declaro renta para una visa',
    'como demuestro que no soy declarante ante el banco',
  ])('gives «%s» the entry on the non-filer letter, after any ruling notice', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('certificado-no-declarante');
  });
});
