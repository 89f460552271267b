import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { itAnswersEachFromItsEntry, type TopicCase } from '../helpers/topic-cases';

/**
 * What the sixth pass of public questions showed missing: first-time RUT registration, pension lump sums,
 * filing before one's date, a failing portal, and the words people use for free help, for what a child
 * deducts, for where the tax table starts, for banks and wallets, and for a digital nomad's stay. Worded
 * apart from the entries' questions and from the development set.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'inscripcion-rut',
    figure: 'preguntas de validación',
    questions: [
      'nunca me he inscrito en el rut, como hago por internet',
      'cuanto cobran por sacar el rut la primera vez',
      'fallé la validacion de identidad del rut, que sigue',
    ],
  },
  {
    entry: 'pensionados',
    figure: 'Indemnización sustitutiva',
    questions: [
      'colpensiones me dio indemnizacion sustitutiva, la declaro?',
      'la indemnizacion sustitutiva de la pension es exenta?',
    ],
  },
  {
    entry: 'dependientes',
    figure: '72 UVT',
    questions: ['cuanto me descuentan por mis hijos en la renta', 'cuanto resto por mi hija que estudia'],
  },
  {
    entry: 'tarifa-renta-art-241',
    figure: '1.090',
    questions: ['desde que valor se empieza a pagar renta', 'cuando empiezo a pagar impuesto de renta'],
  },
  {
    entry: 'canales-oficiales-dian',
    figure: 'NAF',
    questions: ['donde me dan asesoria gratis para la renta', 'quien me ayuda gratis con la declaracion'],
  },
  {
    entry: 'como-pagar',
    figure: 'PSE',
    questions: ['puedo pagar la renta desde daviplata'],
  },
  {
    // Paid and still listed as owing: the entry of a payment the DIAN does not show yet, which also names PSE.
    entry: 'pagos-desde-exterior-y-no-reflejados',
    figure: 'Pagaste y la DIAN no lo muestra',
    questions: ['pague la dian por bancolombia y sigo debiendo'],
  },
];

describe('content and vocabulary from the sixth pass of public questions', () => {
  itAnswersEachFromItsEntry(CASES);

  it('says a return may be filed before its date, and what to do when the portal fails', () => {
    expect(getKnowledgeEntry('plazos-personas-naturales-ag-2025')?.body).toContain(
      'puedes declarar y pagar antes',
    );
    expect(answerFromKnowledge('la pagina de la dian no carga para presentar la renta').entryIds[0]).toBe(
      'declarar-en-linea',
    );
  });

  it('reads a digital nomad as a question of residence', () => {
    expect(['residencia-fiscal', 'extranjeros-residentes']).toContain(
      answerFromKnowledge('tengo visa de nomada digital, debo declarar renta en colombia?').entryIds[0],
    );
  });
});
