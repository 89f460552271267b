import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { itAnswersEachFromItsEntry, type TopicCase } from '../helpers/topic-cases';

/**
 * What the seventh pass of public questions showed missing: the art. 640 reductions of a penalty, whether a
 * filing extension exists (force majeure, a failing portal), a notary's notice to the DIAN in a succession,
 * and the words people use for the summons, a salaried filer's form and the DIAN's app. Worded apart from the
 * entries' questions and from the development set.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'reduccion-sanciones-art-640',
    figure: '50 %',
    questions: [
      'si no he repetido la falta me bajan la sancion a la mitad?',
      'la gradualidad de sanciones me aplica a la extemporaneidad?',
      'me rebajan la sancion si no soy reincidente',
    ],
  },
  {
    entry: 'prorroga-para-declarar',
    figure: 'fuerza mayor',
    questions: [
      'hay prorroga de renta para personas naturales',
      'estuve incapacitado en la clinica cuando me tocaba, hay prorroga?',
      'me pueden prorrogar la declaracion de renta',
    ],
  },
  {
    entry: 'sucesiones-iliquidas',
    figure: 'art. 844',
    questions: ['la notaria le avisa a la dian de la sucesion de mi papa?'],
  },
  {
    entry: 'emplazamiento-no-declarar',
    figure: '1 mes',
    questions: ['recibi un emplazamiento previo por no declarar, que significa'],
  },
  {
    entry: 'formulario-210',
    figure: 'formulario 210',
    questions: ['soy asalariado, en que formulario declaro'],
  },
];

describe('content and vocabulary from the seventh pass of public questions', () => {
  itAnswersEachFromItsEntry(CASES);

  it('says the new rules are unconfirmed where the citizen reads them', () => {
    for (const id of ['reduccion-sanciones-art-640', 'prorroga-para-declarar']) {
      const entry = getKnowledgeEntry(id);
      expect(entry?.confirmed).toBe(false);
      expect(entry?.body).toMatch(/no confirmad|sin confirmar/);
    }
  });

  it('keeps a deadline question on the calendar, not on the extension', () => {
    expect(answerFromKnowledge('cual es el pico y placa de la dian para la renta').entryIds[0]).toBe(
      'plazos-personas-naturales-ag-2025',
    );
  });
});
