import { describe, expect, it } from 'vitest';

import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { INCOME_AND_DEDUCTIONS_TOPIC } from '../../lib/knowledge/topics/income-and-deductions';

// Everyday wording, deliberately unlike the entries' own example questions, with the figure each answer
// must carry (pesos computed from the 2025 UVT and approximated as art. 868 ET orders).
const CASES: ReadonlyArray<readonly [question: string, entryId: string, figure: string]> = [
  ['la dian me debe plata de la renta, como la reclamo', 'saldo-a-favor', 'Formato 010'],
  ['en cuanto tiempo devuelven el saldo a favor', 'saldo-a-favor', '50 días hábiles'],
  ['se me puede vencer el saldo a favor?', 'saldo-a-favor', '2 años'],
  // The papers a refund asks for are the refund's, not those gathered to file.
  ['que papeles necesito para pedir la devolucion del saldo a favor', 'saldo-a-favor', 'formato 1668'],
  ['que documentos hay que anexar a la solicitud de devolucion', 'saldo-a-favor', 'formato 1668'],
  ['cuanto me descuentan por tener dos hijos', 'dependientes', '72 UVT'],
  ['mis papas pueden ser dependientes', 'dependientes', '260 UVT'],
  ['deduccion por dependiente 2025 en pesos', 'dependientes', '$19.123.000'],
  ['pago prepagada para mi familia, sirve para la renta?', 'medicina-prepagada', '$9.561.000'],
  ['cuanto es lo maximo de medicina prepagada', 'medicina-prepagada', '16 UVT'],
  ['poliza de salud deducible', 'medicina-prepagada', '192 UVT'],
  ['pague intereses de la hipoteca, cuanto deduzco', 'intereses-vivienda', '$59.759.000'],
  ['leasing habitacional en la declaracion', 'intereses-vivienda', '1.200 UVT'],
  ['el credito de vivienda me sirve para pagar menos renta?', 'intereses-vivienda', 'art. 119'],
  ['cuanto puedo meter a la afc sin pagar impuesto', 'aportes-voluntarios-afc', '3.800 UVT'],
  ['si saco la plata de la afc pierdo el beneficio?', 'aportes-voluntarios-afc', 'retención en la fuente'],
  ['pension voluntaria limite 30%', 'aportes-voluntarios-afc', '30 %'],
  ['el 25 por ciento exento del sueldo tiene limite?', 'renta-exenta-laboral-25', '$39.341.000'],
  ['cuanto es lo maximo del 25% exento laboral', 'renta-exenta-laboral-25', '790 UVT'],
  ['exencion del 25 para empleados', 'renta-exenta-laboral-25', '25 %'],
  ['cual es el maximo que puedo restar entre deducciones y exentas', 'limite-40-1340-uvt', '$66.731.000'],
  // The entry on the cap says which deductions fall inside it and which (72 UVT per dependant) outside.
  ['el 40% de limite incluye los dependientes?', 'limite-40-1340-uvt', '72 UVT'],
  ['el tope del 40% de las deducciones', 'limite-40-1340-uvt', '1.340 UVT'],
  ['los intereses de un cdt en que cedula van', 'cedulas', 'Rentas de capital'],
  ['que es la cedula general', 'cedulas', 'Rentas de trabajo'],
  ['los dividendos van en la cedula general?', 'cedulas', 'dividendos y participaciones'],
  ['que porcentaje de impuesto de renta pago si gano 100 millones', 'tarifa-renta-art-241', '$10.072.000'],
  ['tabla de tarifas de renta personas naturales', 'tarifa-renta-art-241', '1.090'],
  ['desde cuanto se paga renta en colombia tarifa', 'tarifa-renta-art-241', '39 %'],
  ['la pension paga impuesto', 'pensionados', '1.000 UVT'],
  ['cuanto de la mesada es exenta', 'pensionados', '$49.799.000'],
  ['los jubilados pagan renta?', 'pensionados', 'formulario 210'],
  ['soy contratista, puedo restar gastos?', 'independientes', 'costos y gastos'],
  ['trabajo por prestacion de servicios y pago pila', 'independientes', 'planilla PILA'],
  ['independiente 25% o costos', 'independientes', '25 %'],
  ['el cuatro por mil se descuenta en la declaracion?', 'gmf-4x1000', '50 %'],
  ['4x1000 deducible', 'gmf-4x1000', 'certificado del GMF'],
  ['gravamen movimientos financieros renta', 'gmf-4x1000', 'art. 115'],
  ['pedir factura electronica con cedula para la renta', 'factura-electronica-1-porciento', '1 %'],
  ['cuanto descuento por las facturas electronicas', 'factura-electronica-1-porciento', '$11.952.000'],
  ['beneficio de compras con factura electronica', 'factura-electronica-1-porciento', '240 UVT'],
];

describe('income and deductions topic', () => {
  it.each(CASES)('«%s» → %s with %s', (question, entryId, figure) => {
    const answer = answerFromKnowledge(question);
    expect(answer.entryIds[0]).toBe(entryId);
    expect(answer.markdown).toContain(figure);
  });

  it('says what is not confirmed in words the citizen reads', () => {
    for (const entry of INCOME_AND_DEDUCTIONS_TOPIC.entries.filter((item) => !item.confirmed)) {
      expect(entry.body).toMatch(/no confirmad|sin confirmar|no lo hemos podido confirmar/i);
    }
  });

  it('keeps general questions on the general entries', () => {
    expect(answerFromKnowledge('que son rentas exentas').entryIds[0]).toBe('deducciones-rentas-exentas');
    expect(answerFromKnowledge('soy pensionado, debo declarar?').entryIds[0]).toBe('quien-declara-ag-2025');
    expect(answerFromKnowledge('tarifa del impuesto predial en bogota').kind).toBe('not-found');
  });

  it('shows the art. 241 arithmetic in UVT', () => {
    const body = getKnowledgeEntry('tarifa-renta-art-241')?.body ?? '';
    expect(body).toContain('$100.000.000 ÷ $49.799 = 2.008,07 UVT');
    expect(body).toContain('(2.008,07 − 1.700) × 28 % + 116 = 202,26 UVT');
  });
});

describe('the cap of one deduction against the overall cap (r2)', () => {
  it.each([
    ['cuanto es lo maximo que puedo deducir por intereses del credito de vivienda', 'intereses-vivienda'],
    ['cual es el limite para deducir los intereses del credito hipotecario', 'intereses-vivienda'],
    ['lo maximo que se puede deducir por medicina prepagada', 'medicina-prepagada'],
    ['cual es el limite de deducciones y rentas exentas', 'limite-40-1340-uvt'],
    ['lo maximo que puedo deducir en total', 'limite-40-1340-uvt'],
  ])('answers «%s» from %s', (question, id) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe(id);
  });
});

describe('an income item named with its cédula, and a progressive table (r2)', () => {
  it.each([
    ['los rendimientos del cdt son rentas de capital? como se declaran', 'intereses-cdt-rendimientos'],
    ['el arriendo que recibo es renta de capital?', 'arriendos-rentas-de-capital'],
    ['que ingresos son rentas de capital', 'cedulas'],
    ['la tabla del impuesto de renta es progresiva?', 'tarifa-renta-art-241'],
  ])('answers «%s» from %s', (question, id) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe(id);
  });
});
