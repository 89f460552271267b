/**
 * The advance payment of next year's income tax (art. 807 ET), which the wd9–wd12 writers asked about and no
 * entry answered (fixer e1). Checked on 2026-12-07 through a search index of stored public pages: the
 * articles were read in third-party copies of the Estatuto Tributario (actualícese, semanate), so the entry is
 * `confirmed: false` and says so.
 */
import type { KnowledgeEntry } from '../schema';
import { OFFICIAL_SOURCES } from '../../tax/sources';
import type { KnowledgeTopic } from './topic';

const anticipoDeRenta: KnowledgeEntry = {
  id: 'anticipo-de-renta',
  title: 'Anticipo de renta: lo que pagas por adelantado del año siguiente',
  body: [
    'El **anticipo** es una parte del impuesto **del año siguiente** que tu declaración te liquida y cobra por adelantado (art. 807 del Estatuto Tributario); en la declaración del año siguiente lo restas del impuesto que te dé.',
    '',
    '- **Cuánto:** un porcentaje del impuesto neto de renta del año que declaras, o del promedio de los dos últimos años, a tu elección: **25 %** el primer año que declaras, **50 %** el segundo y **75 %** desde el tercero.',
    '- A ese resultado se le resta lo que ya te **descontaron en la fuente** durante el año: si fue igual o más, no pagas anticipo, como muchos asalariados; sin impuesto neto de renta tampoco.',
    '- Se paga junto con el saldo a pagar de la declaración, en el mismo plazo.',
    '- Si al año siguiente el anticipo supera tu impuesto, la diferencia queda como **saldo a favor**.',
    '- Si demuestras que el año siguiente ganarás menos, puedes pedir a la DIAN que lo reduzca (art. 809).',
    '',
    '**Regla no confirmada en la fuente oficial:** leímos los arts. 807 y 809 en copias del Estatuto Tributario publicadas por terceros; verifícalos en el normograma de la DIAN.',
  ].join('\n'),
  questions: [
    '¿Qué es el anticipo de renta?',
    '¿Por qué la declaración me cobra un anticipo del año siguiente?',
    '¿Cómo se calcula el anticipo del impuesto de renta?',
    '¿El anticipo que pagué se descuenta en la declaración siguiente?',
    'Es la primera vez que declaro, ¿cuánto anticipo pago?',
    '¿Puedo pedir que me reduzcan el anticipo?',
  ],
  keywords: ['anticipo de renta', 'año siguiente', 'pago por adelantado', 'artículo 807'],
  appliesTo: 'Personas naturales que declaran renta; reglas vigentes en 2026 (arts. 807 y 809)',
  sources: [OFFICIAL_SOURCES.estatuto],
  checkedOn: '2026-12-07',
  confirmed: false,
};

export const ADVANCE_PAYMENT_TOPIC: KnowledgeTopic = {
  entries: [anticipoDeRenta],
};
