import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { EVERYDAY_SITUATIONS_TOPIC } from '../../lib/knowledge/topics/everyday-situations';
import { formatUvtInPesos } from '../../lib/tax/uvt';
import {
  itAnswersEachFromItsEntry,
  itFlagsEveryEntryUnconfirmed,
  type TopicCase,
} from '../helpers/topic-cases';

/**
 * Everyday situations (embargoes, filing with no income, rent, CDTs, dividends, a labour settlement,
 * insurance, platforms and money from abroad, shares, donations, two employers, spouses, documents, an
 * accountant, the value of assets), asked apart from the entries' own example questions. Each must be
 * answered from the right entry, with the figure a citizen needs in the answer.
 */
const CASES: readonly TopicCase[] = [
  {
    entry: 'embargo-cobro-coactivo',
    figure: formatUvtInPesos(510, 2026),
    questions: [
      'la dian me embargo la cuenta de nomina',
      'como hago para que la dian me desembargue',
      'que plata de mi cuenta de ahorros es inembargable para la dian',
    ],
  },
  {
    entry: 'declaracion-sin-ingresos',
    figure: formatUvtInPesos(4_500, 2025),
    questions: [
      'como presento la renta en ceros',
      'no tengo ingresos pero si patrimonio, debo declarar',
      'no tuve ingresos en el 2025, me toca presentar la declaracion',
    ],
  },
  {
    entry: 'arriendos-rentas-de-capital',
    figure: 'renta de capital',
    questions: [
      'como declaro lo que me paga el inquilino',
      'tengo un local arrendado, que gastos resto',
      'el canon de arrendamiento se declara',
    ],
  },
  {
    entry: 'intereses-cdt-rendimientos',
    figure: 'componente inflacionario',
    questions: [
      'mi cdt vencio, como lo declaro',
      'rendimientos del fondo de inversion en la renta',
      'como se calcula el componente inflacionario',
    ],
  },
  {
    entry: 'dividendos-personas-naturales',
    figure: formatUvtInPesos(1_090, 2025),
    questions: [
      'cuanto impuesto pagan los dividendos de una persona natural',
      'la empresa me pago dividendos y me retuvo',
      'recibi utilidades como socio, que hago en la renta',
    ],
  },
  {
    entry: 'liquidacion-laboral-indemnizacion',
    figure: '20 %',
    questions: [
      'la indemnizacion que me dieron al despedirme se declara',
      'me liquidaron y me dieron las vacaciones en plata',
      'retencion sobre indemnizacion por despido',
    ],
  },
  {
    entry: 'seguros-indemnizaciones',
    figure: formatUvtInPesos(3_250, 2025),
    questions: [
      'me pagaron un seguro de vida, cuanto es exento',
      'la poliza de vida de mi esposo fallecido paga impuesto',
      'el seguro me pago el carro robado, es ingreso',
    ],
  },
  {
    entry: 'ingresos-plataformas-y-exterior',
    figure: 'TRM',
    questions: [
      'trabajo como freelancer en fiverr, como declaro',
      'manejo uber, esos ingresos se declaran',
      'me pagan en payoneer por trabajo remoto',
    ],
  },
  {
    entry: 'remesas-del-exterior',
    figure: formatUvtInPesos(1_625, 2025),
    questions: [
      'mi mama recibe remesas de españa, debe declarar',
      'la plata que me giran de afuera es ingreso',
      'recibo giros de mi hijo desde chile, pago impuesto',
    ],
  },
  {
    entry: 'venta-de-acciones',
    figure: '10 %',
    questions: [
      'vendi acciones despues de tres años, que impuesto pago',
      'la utilidad por vender acciones en la bolsa de colombia es renta',
      'vendi acciones y perdi plata, se resta',
    ],
  },
  {
    entry: 'donaciones-descuento',
    figure: '25 %',
    questions: [
      'dono a una fundacion, puedo descontarlo',
      'descuento tributario por donaciones a una esal',
      'certificado de donacion para la declaracion',
    ],
  },
  {
    entry: 'dos-empleadores',
    figure: 'una sola vez',
    questions: [
      'tuve dos empleadores en el año, como declaro',
      'cambie de empleo en mayo, sumo los dos certificados',
      'trabajo en dos empresas a la vez',
    ],
  },
  {
    entry: 'conyuges-declaran-por-separado',
    figure: 'art. 8',
    questions: [
      'los esposos declaran juntos',
      'mi pareja y yo hacemos una declaracion conjunta',
      'mi esposa tiene que declarar si yo declaro',
    ],
  },
  {
    entry: 'documentos-para-declarar',
    figure: 'formulario 220',
    questions: [
      'que documentos reuno para declarar renta',
      'que papeles piden para la declaracion de renta',
      'que certificados necesito para la renta',
    ],
  },
  {
    entry: 'contador-para-declarar',
    figure: formatUvtInPesos(100_000, 2025),
    questions: [
      'me toca contratar un contador para la renta',
      'la declaracion de renta la puedo hacer sin contador',
      'quien necesita firma de contador publico en la renta',
    ],
  },
  {
    entry: 'valor-bienes-patrimonio',
    figure: 'avalúo catastral',
    questions: [
      'con que valor declaro mi apartamento',
      'la casa va por el avaluo catastral',
      'como se calcula el patrimonio liquido',
    ],
  },
];

describe('everyday situations topic', () => {
  itAnswersEachFromItsEntry(CASES);
  itFlagsEveryEntryUnconfirmed(EVERYDAY_SITUATIONS_TOPIC);

  it('shows UVT figures in pesos as DIAN publishes them (art. 868)', () => {
    expect(getKnowledgeEntry('embargo-cobro-coactivo')?.body).toContain('510 UVT ($26.711.000)');
    expect(getKnowledgeEntry('dividendos-personas-naturales')?.body).toContain('1.090 UVT ($54.281.000)');
  });

  it('leaves the obligation, the cédulas and the deductions to their existing entries', () => {
    expect(answerFromKnowledge('quienes deben declarar renta en 2026').entryIds[0]).toBe(
      'quien-declara-ag-2025',
    );
    expect(answerFromKnowledge('que es la cedula general').entryIds[0]).toBe('cedulas');
    expect(answerFromKnowledge('cuanto es la prima de navidad').kind).toBe('not-found');
  });
});
