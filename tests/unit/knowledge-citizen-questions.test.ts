import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { itAnswersEachFromItsEntry, type TopicCase } from '../helpers/topic-cases';

/**
 * What the fifth pass of public questions showed the base lacked (the inaccuracy penalty, rent and other
 * costs that are not deductible, deadlines on holidays, when the UVT's return is filed) and the everyday
 * words it did not read, asked here in words apart from the entries' own example questions.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'sancion-por-inexactitud',
    figure: '100 %',
    questions: [
      'la dian me rechazo unos dependientes que puse sin soportes, cuanto me multan',
      'omiti un ingreso en la renta y me llego requerimiento especial, cuanto es la sancion',
      'multa por inexactitud en la declaracion',
    ],
  },
  {
    entry: 'deducciones-rentas-exentas',
    figure: 'arriendo',
    questions: [
      'el arriendo del apartamento donde vivo lo puedo restar en la renta?',
      'la mensualidad del gimnasio es deducible?',
    ],
  },
  {
    entry: 'plazos-personas-naturales-ag-2025',
    figure: 'festivo',
    questions: ['mi fecha para declarar puede caer un festivo?'],
  },
  {
    entry: 'emplazamiento-no-declarar',
    figure: 'invita',
    questions: ['me llego un correo de la dian invitandome a presentar la renta'],
  },
  {
    entry: 'pensionados',
    figure: '1.000 UVT',
    questions: ['mi papa vive de la pension, esa plata paga impuesto de renta?'],
  },
  {
    entry: 'canales-oficiales-dian',
    figure: 'chat',
    questions: ['donde le puedo hacer preguntas a la dian sobre mi renta', 'como llamo a la dian'],
  },
  {
    entry: 'retencion-en-la-fuente',
    figure: '95 UVT',
    questions: ['desde que salario le hacen retencion a un empleado', 'a mi me retienen del sueldo?'],
  },
  {
    entry: 'sucesiones-iliquidas',
    figure: 'albacea',
    questions: ['hay que declararle la renta a mi mama que fallecio'],
  },
  {
    entry: 'documentos-para-declarar',
    figure: 'PDF',
    questions: ['necesito copia de mi declaracion de renta', 'como imprimo la declaracion que ya presente'],
  },
  {
    entry: 'saldo-a-favor',
    figure: 'formato 1668',
    questions: ['a que cuenta me llega la plata de la devolucion del saldo a favor'],
  },
];

describe('what the fifth pass of public questions showed the base lacked', () => {
  itAnswersEachFromItsEntry(CASES);

  it('works the inaccuracy example out from its inputs, with the quarter for accepting', () => {
    const body = getKnowledgeEntry('sancion-por-inexactitud')?.body ?? '';
    expect(body).toContain('**$3.000.000**');
    expect(body).toContain('$750.000');
    expect(body).toContain('sin confirmar');
  });

  it('dates the return a UVT is used for with its season, once the calendar is in the base', () => {
    expect(getKnowledgeEntry('uvt-2025')?.body).toContain('entre el 12 de agosto y el 26 de octubre de 2026');
    expect(getKnowledgeEntry('uvt-2026')?.body).toContain('se presenta en 2027');
  });

  it('shows the salary withholding floor in pesos with the UVT of the year it is withheld', () => {
    expect(getKnowledgeEntry('retencion-en-la-fuente')?.body).toContain('**95 UVT** ($4.976.000 en 2026)');
  });

  it('reads "no la firmé" as signing, not as a return that became final', () => {
    expect(answerFromKnowledge('mi declaracion ya quedo en firme?').entryIds[0]).toBe('firmeza-declaracion');
    expect(answerFromKnowledge('presente la renta sin firmarla, vale?').entryIds).not.toContain(
      'firmeza-declaracion',
    );
  });
});
