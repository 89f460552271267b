import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { searchKnowledge } from '../../lib/knowledge/retrieval/search';
import { MORE_FOLLOW_UPS_TOPIC } from '../../lib/knowledge/topics/more-follow-ups';
import { formatUvtInPesos } from '../../lib/tax/uvt';
import {
  itAnswersEachFromItsEntry,
  itFlagsEveryEntryUnconfirmed,
  type TopicCase,
} from '../helpers/topic-cases';

/**
 * Gap entries citizens ask about (issue #12, helper T3): the exógena's timing and who reports it, form 210
 * from form 220, leaving tax residence, an inherited home among heirs and the correction penalty after a
 * late return. The questions are worded apart from the entries' own examples.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'exogena-cuando-y-quien-reporta-ag-2025',
    figure: 'finales de julio',
    questions: [
      'en que fecha sale la exogena del año pasado en la dian',
      'desde cuando se puede ver la exogena del año pasado',
      'como persona natural estoy obligado a reportar informacion exogena a la dian',
    ],
  },
  {
    entry: 'formulario-210-desde-certificado-220',
    figure: 'ingresos no constitutivos de renta',
    questions: [
      'en que renglon del 210 pongo lo que dice el certificado de ingresos y retenciones',
      'en que parte de la declaracion van los aportes a pension que salen en el 220',
      'pasar los datos del certificado laboral a la declaracion de renta',
      // "¿En qué parte va…?" while filling it in, as the renglón or the casilla is asked.
      'estoy diligenciando la 210 con mi certificado de ingresos, la retencion en que parte va',
      'rellenando el formulario con el 220, lo de salud en que parte va',
      'llenando la declaracion con el certificado laboral, lo retenido en que parte va',
    ],
  },
  {
    entry: 'dejar-de-ser-residente-fiscal',
    figure: 'certificado de residencia fiscal',
    questions: [
      'como le pruebo a la dian que ya vivo en españa y no soy residente',
      'necesito un certificado de residencia fiscal de estados unidos para la dian?',
      'me fui del pais hace dos años, como dejo de ser residente fiscal',
    ],
  },
  {
    entry: 'herencia-vivienda-exencion-por-heredero-ag-2025',
    figure: formatUvtInPesos(13_000, 2025),
    questions: [
      'mis hermanos y yo heredamos la casa de mi papa, como se reparte lo exento',
      'la casa heredada tiene exencion para cada heredero o para toda la casa',
      'heredé la mitad de la casa de mi mamá, cuanto queda exento',
    ],
  },
  {
    entry: 'sancion-correccion-declaracion-extemporanea',
    figure: '5 % de ese mayor impuesto',
    questions: [
      'presente la renta tarde y ahora la tengo que corregir, cuanto es la sancion',
      'sancion por correccion cuando la declaracion fue extemporanea',
      'si declare tarde y despues corrijo, la sancion por correccion es mas alta?',
    ],
  },
];

/**
 * The offline answer declines other taxes before retrieval (`non-tax-intents.ts`), the wealth tax among
 * them; the knowledge search the model calls still finds this entry.
 */
const WEALTH_TAX_QUESTIONS = [
  'tengo mas de 3 mil millones en bienes, pago impuesto al patrimonio?',
  'que porcentaje cobra el impuesto al patrimonio',
  'el impuesto al patrimonio se paga aparte de la declaracion de renta',
];

describe('knowledge: more gap entries citizens ask about', () => {
  itAnswersEachFromItsEntry(CASES);
  itFlagsEveryEntryUnconfirmed({
    ...MORE_FOLLOW_UPS_TOPIC,
    entries: MORE_FOLLOW_UPS_TOPIC.entries.filter((entry) => entry.id !== 'impuesto-al-patrimonio-2026'),
  });

  it.each(WEALTH_TAX_QUESTIONS)('the knowledge search finds the wealth tax for «%s»', (question) => {
    expect(searchKnowledge(question)[0]?.entry.id).toBe('impuesto-al-patrimonio-2026');
  });

  it('gives the wealth-tax threshold in 2026 pesos and says it is unconfirmed', () => {
    const entry = getKnowledgeEntry('impuesto-al-patrimonio-2026');
    expect(entry?.confirmed).toBe(false);
    expect(entry?.body).toContain(formatUvtInPesos(72_000, 2026));
  });

  it('works the inherited-home example through both exemptions, per heir', () => {
    const body = getKnowledgeEntry('herencia-vivienda-exencion-por-heredero-ag-2025')?.body ?? '';
    expect(body).toContain('le corresponden 6.500 UVT, quedan 1.500 UVT');
    expect(body).toContain(formatUvtInPesos(3_250, 2025));
  });

  it('adds 5 % a month of the late first return to the 10 % correction penalty', () => {
    expect(
      answerFromKnowledge('sancion por correccion cuando la declaracion fue extemporanea').markdown,
    ).toContain('$800.000 (10 %) + $800.000 (5 % × 2) = **$1.600.000**');
  });

  it('leaves the general correction rules and the art. 640 reductions to their entries', () => {
    expect(answerFromKnowledge('¿Cuánto tiempo tengo para corregir la declaración?').entryIds[0]).toBe(
      'correcciones',
    );
    expect(answerFromKnowledge('¿Cuándo la sanción queda en el 50 %?').entryIds[0]).toBe(
      'reduccion-sanciones-art-640',
    );
  });
});
