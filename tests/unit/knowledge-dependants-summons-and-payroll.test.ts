import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { analyzeQuery } from '../../lib/knowledge/retrieval/query';
import { DEPENDANTS_SUMMONS_AND_PAYROLL_TOPIC } from '../../lib/knowledge/topics/dependants-summons-and-payroll';
import {
  itAnswersEachFromItsEntry,
  itFlagsEveryEntryUnconfirmed,
  type TopicCase,
} from '../helpers/topic-cases';

/**
 * The gaps the wd13–wd16 writers found and nobody wrote (helper g1): one dependant claimed by two people, a
 * summons when one was not obliged, two equal salaries with different withholding, and, in the entries that
 * already held them, an exógena report corrected late and a raffle's organiser. Worded apart from the
 * entries' examples and from the development set.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'dependiente-un-solo-declarante',
    figure: 'cada dependiente cuenta para un solo declarante',
    questions: [
      'mi ex y yo tenemos un hijo, los dos lo podemos declarar como dependiente?',
      'ya mi hermana puso a mi papa de dependiente, yo tambien lo puedo poner?',
      'podemos declarar el mismo dependiente mi esposo y yo?',
      // No word for «dependiente»: a child one claims, and another who claims the other one.
      'tengo tres hijos con mi pareja, puedo poner a dos y ella al otro?',
      'mi esposo y yo tenemos una niña, quien la pone de dependiente?',
      'mi hermana y yo le pagamos todo a mi papa, quien lo puede meter de dependiente',
    ],
  },
  {
    entry: 'emplazamiento-sin-estar-obligado',
    figure: 'no estabas obligado',
    questions: [
      'me llego emplazamiento para declarar pero yo no estaba obligado, que respondo',
      'la dian me emplazo por un año en que no supere los topes',
      'me emplazaron por no declarar el 2022 y esa plata no era mia, como demuestro que no me tocaba declarar',
      'me emplazaron pero yo no tenia ingresos ese año',
    ],
  },
  {
    entry: 'retencion-salarios-iguales',
    figure: 'sueldo depurado',
    questions: [
      'por que a mi compañera le retienen menos si tenemos igual salario',
      'tengo el mismo sueldo que mi hermano y a el le hacen menos retencion',
      'que tengo que llevarle a la empresa para que me retengan menos',
      'como bajar la retencion en la fuente de mi salario',
      'como reduzco la retencion que me hacen en el sueldo',
    ],
  },
  // The organiser's side of a raffle: who withholds the 20 % and declares it.
  {
    entry: 'loterias-premios',
    figure: 'formulario 350',
    questions: [
      'voy a organizar una rifa en mi empresa, que tengo que hacer con la retencion del premio',
      'en la junta de accion comunal vamos a rifar un mercado, hay que retener algo?',
      'si rifamos una moto en el barrio quien paga la retencion?',
      'hicimos una rifa en el colegio y el premio era de 5 millones, que hay que hacer con la dian',
    ],
  },
  // An exógena report corrected, or sent late, that does not show yet: no published delay, declare the truth.
  {
    entry: 'informacion-exogena',
    figure: 'la DIAN no publica cuánto demora',
    questions: [
      'mi banco ya corrigio lo que reporto en la exogena pero todavia no se ve el cambio',
      'la empresa reporto mal mi salario en la exogena y ya lo corrigio, espero a que se actualice para declarar?',
      'el banco todavia no arregla el error de la exogena, declaro con lo que dice o con lo real?',
      // An error in the exógena that the reporter has not fixed (the wrong report, not the suggested return).
      'la exogena tiene un error del banco y no lo han corregido, que hago',
      'mi empleador reporto mal mi sueldo en la exogena, que hago',
    ],
  },
];

describe('knowledge: one dependant, a summons when not obliged, equal salaries (g1)', () => {
  itAnswersEachFromItsEntry(CASES);
  itFlagsEveryEntryUnconfirmed(DEPENDANTS_SUMMONS_AND_PAYROLL_TOPIC);

  // The new entries answer only their own question: the general ones keep their entries.
  it.each([
    ['puedo deducir a mi mama como dependiente', 'dependientes'],
    ['cuanto me dejan restar por un hijo en la universidad', 'dependientes'],
    ['que es un emplazamiento para declarar', 'emplazamiento-no-declarar'],
    ['cuanto plazo da el emplazamiento de la dian para declarar', 'emplazamiento-no-declarar'],
    ['la retencion que me hacen en el trabajo reemplaza la declaracion?', 'retencion-en-la-fuente'],
    ['me gane una rifa de 10 millones, cuanto me retienen', 'loterias-premios'],
  ])('keeps «%s» on %s', (question, entryId) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe(entryId);
  });

  // One's own return filed with a wrong exógena is the citizen's correction, not the reporter's error to fix.
  it.each([
    'ya presente la renta y despues vi que la exogena tenia un error, como corrijo mi declaracion?',
    'declare con lo que decia la exogena pero estaba mal, tengo que corregir?',
  ])('does not read «%s» as a report to be fixed by the reporter', (question) => {
    expect(analyzeQuery(question).terms.map(({ term }) => term)).not.toContain('reporteerrado');
  });

  it('tells the withholding entry apart from the general one, which it links to instead of repeating', () => {
    const body = getKnowledgeEntry('retencion-salarios-iguales')?.body ?? '';
    expect(body).toContain('ver la entrada de retención en la fuente');
    expect(body).toMatch(/32 UVT mensuales.*\n.*16 UVT mensuales.*\n.*100 UVT mensuales/);
  });

  it('says who withholds a raffle prize when one organises it, and that the winner pays it on a prize in kind', () => {
    const body = getKnowledgeEntry('loterias-premios')?.body ?? '';
    expect(body).toContain('**Si organizas la rifa**');
    expect(body).toContain('la retención se la pagas tú al organizador antes de recibirlo');
  });
});
