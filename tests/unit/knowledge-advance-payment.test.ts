import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { isOutOfScope } from '../../lib/knowledge/non-tax-intents';
import { normalize } from '../../lib/knowledge/text';
import { ADVANCE_PAYMENT_TOPIC } from '../../lib/knowledge/topics/advance-payment';
import {
  itAnswersEachFromItsEntry,
  itFlagsEveryEntryUnconfirmed,
  type TopicCase,
} from '../helpers/topic-cases';

/**
 * The advance payment of next year's tax (art. 807), which the wd9–wd12 writers found no entry for (fixer e1),
 * asked the way citizens write it, worded apart from the entry's example questions.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'anticipo-de-renta',
    figure: '**25 %** el primer año',
    questions: [
      'me salio un anticipo en la declaracion, eso que es y por que lo tengo que pagar',
      'el anticipo del año pasado se me resta este año?',
      'por que me cobran anticipo si todavia no se cuanto voy a ganar el otro año',
    ],
  },
];

describe('the advance payment of next year’s income tax (e1)', () => {
  itAnswersEachFromItsEntry(CASES);
  itFlagsEveryEntryUnconfirmed(ADVANCE_PAYMENT_TOPIC);

  it('still answers a return with nothing to pay from the return without income, not the advance', () => {
    expect(
      answerFromKnowledge('si la declaracion me da cero pesos a pagar igual tengo q presentarla?')
        .entryIds[0],
    ).not.toBe('anticipo-de-renta');
  });
});

describe('the pension age is the pension fund’s errand (e1)', () => {
  it.each([
    'a que edad me pensiono en colpensiones',
    'cuantas semanas cotizadas necesito para la pension',
    'cual es la edad de pension para las mujeres',
  ])('declines «%s»', (question) => {
    expect(isOutOfScope(normalize(question))).toBe(true);
  });

  it('answers the pension asked for the income tax', () => {
    expect(isOutOfScope(normalize('ya me pensione a la edad de 62, la mesada paga renta?'))).toBe(false);
  });
});
