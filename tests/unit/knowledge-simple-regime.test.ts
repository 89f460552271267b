import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { isOutOfScope } from '../../lib/knowledge/non-tax-intents';
import { normalize } from '../../lib/knowledge/text';
import { SIMPLE_REGIME_TOPIC } from '../../lib/knowledge/topics/simple-regime';
import {
  itAnswersEachFromItsEntry,
  itFlagsEveryEntryUnconfirmed,
  type TopicCase,
} from '../helpers/topic-cases';

/**
 * The Régimen Simple for a persona natural, a gap several writers listed, asked the way citizens write it,
 * worded apart from the entry's example questions.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'regimen-simple-persona-natural',
    figure: '**hasta el último día hábil de febrero**',
    questions: [
      'me conviene pasarme al regimen simple? soy independiente',
      'estoy en el simple, igual tengo que hacer la 210?',
      'hasta cuando hay plazo para inscribirse al RST',
      'soy asalariado puedo meterme al regimen simple',
    ],
  },
];

describe('the Régimen Simple for a persona natural', () => {
  itAnswersEachFromItsEntry(CASES);
  itFlagsEveryEntryUnconfirmed(SIMPLE_REGIME_TOPIC);

  it('still answers the form itself from the form’s entry', () => {
    expect(answerFromKnowledge('que es el formulario 260').entryIds[0]).toBe('formulario-260');
  });
});

describe('what the Régimen Simple entry does not cover', () => {
  it.each([
    'como inscribo mi empresa SAS al regimen simple',
    'quiero pasar la sociedad al simple, que hago',
    'como calculo los anticipos bimestrales del simple',
    'como se liquida el 2593',
    'cual es la tarifa del regimen simple para una tienda, como la calculo',
  ])('declines «%s»: a company’s errand or the Simple’s own computation', (question) => {
    expect(isOutOfScope(normalize(question))).toBe(true);
  });

  it.each([
    'soy independiente, me puedo pasar al regimen simple?',
    'el impuesto del regimen simple reemplaza la renta?',
    'los dividendos de mi sociedad como los declaro',
  ])('keeps «%s» in scope', (question) => {
    expect(isOutOfScope(normalize(question))).toBe(false);
  });
});
