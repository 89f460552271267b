import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { COMPLIANCE_TOPIC } from '../../lib/knowledge/topics/compliance';
import {
  itAnswersEachFromItsEntry,
  itFlagsEveryEntryUnconfirmed,
  type TopicCase,
} from '../helpers/topic-cases';

/**
 * Everyday questions about paying late, never filing, minors, people who died, audit benefit, firmeza and
 * the firma electrónica life cycle, worded apart from the entries' own example questions. Each must be
 * answered from the right entry, with the figure a citizen needs in the answer.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'facilidades-de-pago',
    figure: 'hasta 5 años',
    questions: [
      'la dian me deja pagar el impuesto en varias cuotas?',
      'quiero diferir la deuda con la dian',
      'no tengo como pagar lo que le debo a la dian de contado',
    ],
  },
  {
    entry: 'interes-moratorio',
    figure: 'menos 2 puntos',
    questions: [
      'como se liquidan los intereses de mora si pago despues de la fecha',
      'a cuanto esta la tasa de interes moratorio',
      'cuanta plata de mora cobra la dian por dia',
    ],
  },
  {
    entry: 'emplazamiento-no-declarar',
    figure: '1 mes',
    questions: [
      'me emplazaron para declarar que hago',
      'recibi un emplazamiento de la dian',
      'cuanto plazo da el emplazamiento para declarar',
    ],
  },
  {
    entry: 'sancion-por-no-declarar',
    figure: '$16.000.000',
    questions: [
      'cuanto es la multa por no declarar renta',
      'si me emplazan y sigo sin declarar que multa me ponen',
      'soy omiso ante la dian que sancion me ponen',
    ],
  },
  {
    entry: 'menores-de-edad',
    figure: 'art. 572',
    questions: [
      'los niños declaran renta?',
      'quien firma la declaracion de un menor',
      'un menor de edad con herencia debe presentar declaracion',
    ],
  },
  {
    entry: 'sucesiones-iliquidas',
    figure: 'albacea',
    questions: [
      'mi mama fallecio el año pasado, quien presenta su declaracion',
      'como se declara la renta de un difunto',
      'que es el albacea para la dian',
    ],
  },
  {
    entry: 'beneficio-de-auditoria',
    figure: '6 meses',
    questions: [
      'como funciona el beneficio de auditoria para personas naturales',
      'si el impuesto me sube frente al año anterior la dian me revisa menos tiempo',
      'beneficio de auditoria 2025 aplica',
    ],
  },
  {
    entry: 'firmeza-declaracion',
    figure: '3 años',
    questions: [
      'cuanto tiempo tiene la dian para revisar mi declaracion',
      'por cuantos años guardo las facturas de la declaracion',
      'cuando queda en firme una declaracion presentada tarde',
    ],
  },
  {
    entry: 'firma-electronica-ciclo',
    figure: 'revoca',
    questions: [
      'mi firma electronica ya caduco como la renuevo',
      'revocar firma electronica comprometida',
      'olvide clave firma electronica',
    ],
  },
];

describe('compliance topic', () => {
  itAnswersEachFromItsEntry(CASES);
  itFlagsEveryEntryUnconfirmed(COMPLIANCE_TOPIC);

  it('leaves late filing and the basic firma electrónica questions to their existing entries', () => {
    expect(answerFromKnowledge('se me paso la fecha para declarar').entryIds[0]).toBe(
      'sancion-extemporaneidad',
    );
    expect(answerFromKnowledge('que pasa si declaro a tiempo pero pago tarde').entryIds[0]).toBe(
      'como-pagar',
    );
    expect(answerFromKnowledge('que es la firma electronica').entryIds[0]).toBe('firma-electronica');
  });

  it('points from a plain "no declaré" to the heavier art. 643 penalty as a related entry', () => {
    const answer = answerFromKnowledge('que pasa si nunca declare renta');
    expect(answer.entryIds).toContain('sancion-por-no-declarar');
    expect(getKnowledgeEntry('sancion-por-no-declarar')?.body).toContain('art. 641');
  });

  it('works the illustrative examples out from their inputs, rounded to the thousand', () => {
    expect(getKnowledgeEntry('interes-moratorio')?.body).toContain('cerca de **$21.000**');
    expect(getKnowledgeEntry('emplazamiento-no-declarar')?.body).toContain(
      '**$1.200.000** (30 %), frente a $600.000',
    );
    expect(getKnowledgeEntry('sancion-por-no-declarar')?.body).toContain('$8.000.000');
  });
});

describe('not having been penalised before is the art. 640 reduction (r2)', () => {
  it.each([
    'si nunca me han sancionado la multa es a la mitad?',
    'es la primera vez que me sancionan, me rebajan algo?',
    'no me habian sancionado antes, pago menos de sancion?',
  ])('answers «%s» from the reduction entry', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('reduccion-sanciones-art-640');
  });
});

describe('the deadline to pay, asked apart from filing (r2)', () => {
  it.each([
    'hasta que fecha puedo pagar el impuesto de renta',
    'cual es el plazo para pagar la renta',
    'hasta cuando tengo para pagar el impuesto',
    // «Hasta» is a function word like «desde» (m1): the ranges of other taxes' tables («hasta 72.000 UVT»)
    // no longer match the deadline asked with it.
    'hasta que dia puedo pagar el impuesto',
    'cual es la fecha limite para pagar lo que debo de renta',
  ])('answers «%s» from como-pagar', (question) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe('como-pagar');
  });
});
