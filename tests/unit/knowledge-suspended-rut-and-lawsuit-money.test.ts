import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { searchKnowledge } from '../../lib/knowledge/retrieval/search';
import { SUSPENDED_RUT_AND_LAWSUIT_MONEY_TOPIC } from '../../lib/knowledge/topics/suspended-rut-and-lawsuit-money';
import {
  itAnswersEachFromItsEntry,
  itFlagsEveryEntryUnconfirmed,
  type TopicCase,
} from '../helpers/topic-cases';

/**
 * What the eighth pass's writers found no entry for (helper g1). Two subjects got entries of their own; the
 * rest went into the entry that already held the subject, so each is asked here the way citizens write it,
 * worded apart from the entries' example questions.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'rut-suspendido',
    figure: 'levantamiento de la suspensión',
    questions: [
      'me suspendieron el rut, igual tengo que declarar?',
      'como hago para levantar la suspension del rut',
      'me dijeron que tengo el rut inactivo, puedo presentar la renta',
    ],
  },
  {
    entry: 'indemnizacion-por-demanda',
    figure: 'Concepto DIAN 016258 de 2025',
    questions: [
      'gane una demanda y me pagaron daño moral, eso paga renta?',
      'me pagaron lucro cesante por un accidente, como lo declaro',
      'la plata de una conciliacion con la aseguradora por daño emergente es ingreso?',
    ],
  },
  // A refund is paid into an account in the citizen's name at a Colombian bank, or in TIDIS.
  {
    entry: 'saldo-a-favor',
    figure: 'TIDIS',
    questions: [
      'me pueden devolver el saldo a favor en mi cuenta de españa',
      'la devolucion me la pagan en TIDIS o en plata?',
      'la cuenta para la devolucion puede ser de mi esposa?',
    ],
  },
  // Foreign dividends: their own row of form 210, without the art. 242 rules of Colombian companies.
  {
    entry: 'dividendos-personas-naturales',
    figure: 'dividendos recibidos del exterior',
    questions: [
      'los dividendos de una empresa extranjera tienen el descuento del 19 %?',
      'dividendos de apple en interactive brokers como se declaran',
      'me pagan dividendos de sociedades extranjeras, donde los pongo en la 210',
    ],
  },
  // A non-resident pays the flat 35 % of art. 247 on Colombian-source income, not the art. 241 table.
  {
    entry: 'colombianos-en-el-exterior',
    figure: 'tarifa única del 35 %',
    questions: [
      'no vivo en colombia, que tarifa de renta pago',
      'soy no residente, me aplica la tabla del 241?',
      'vivo en alemania y tengo un cdt en colombia, cuanto impuesto pago',
    ],
  },
  // Bringing one's own savings home is not income, but it counts for the deposits threshold.
  {
    entry: 'remesas-del-exterior',
    figure: 'tu propia plata',
    questions: [
      'voy a traer mis ahorros de estados unidos, pago impuesto',
      'traje mis ahorros de españa, eso es ingreso?',
      'me voy a traer la plata que ahorre en chile, tengo que pagar algo?',
    ],
  },
  // Whether a return was really filed: signed, the form's number, and no form 490 without tax to pay.
  {
    entry: 'documentos-para-declarar',
    figure: 'un borrador no cuenta',
    questions: [
      'como se si la declaracion si quedo presentada',
      'donde veo las declaraciones presentadas',
      'no me salio recibo 490, si quedo presentada?',
    ],
  },
];

describe('knowledge: gaps of the eighth pass', () => {
  itAnswersEachFromItsEntry(CASES);
  itFlagsEveryEntryUnconfirmed(SUSPENDED_RUT_AND_LAWSUIT_MONEY_TOPIC);

  it('says that moral damages are taxed and that emergent damage only restores what was lost', () => {
    const body = getKnowledgeEntry('indemnizacion-por-demanda')?.body ?? '';
    expect(body).toMatch(/Daño moral.*\*\*ingreso gravado\*\*/);
    expect(body).toMatch(/Daño emergente.*\*\*no es ingreso gravado\*\*/);
    expect(body).toMatch(/Lucro cesante.*\*\*gravado\*\*/);
  });

  it('keeps the form 490 rule: it exists only when there is tax to pay', () => {
    expect(getKnowledgeEntry('documentos-para-declarar')?.body).toContain(
      'el recibo 490 solo existe si quedó impuesto a pagar',
    );
  });

  // The offline page declines issuing e-invoices (an errand), but the model's knowledge search finds when an
  // independent must issue them.
  it.each([
    'soy independiente, estoy obligado a expedir factura electronica?',
    'con cuenta de cobro es suficiente o toca factura electronica',
    'trabajo por prestacion de servicios, tengo que hacer documento soporte o factura',
  ])('the knowledge search finds when an independent must invoice for «%s»', (question) => {
    const [best] = searchKnowledge(question);
    expect(best?.entry.id).toBe('independientes');
    expect(best?.entry.body).toContain('**cuenta de cobro**');
  });

  it.each([
    'la app de la dian sirve para declarar?',
    'existe una app de la dian para el celular?',
    'la dian tiene app para el telefono?',
  ])('says what the APP DIAN is for and where the return is filed, for «%s»', (question) => {
    const answer = answerFromKnowledge(question);
    expect(answer.entryIds).toContain('canales-oficiales-dian');
    expect(answer.markdown).toContain('la declaración de renta se hace en el Portal Transaccional');
  });
});
