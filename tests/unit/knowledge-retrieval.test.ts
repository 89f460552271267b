import { describe, expect, it } from 'vitest';
import { answerFromKnowledge } from '../../lib/knowledge/answer';

/**
 * Retrieval on phrasings written apart from the entries and the evaluation sets: how citizens soften a
 * question, and errands that belong to other institutions.
 */
describe('offline assistant retrieval', () => {
  it.each([
    [
      'una pregunta, me podrían decir hasta cuándo hay plazo para declarar',
      'plazos-personas-naturales-ag-2025',
    ],
    ['disculpe la molestia, tengo una inquietud sobre la retención en la fuente', 'retencion-en-la-fuente'],
    ['necesitaría que me aclaren cuánto es la UVT de este año', 'uvt-2026'],
    ['le agradecería me indicara cómo pido la devolución del saldo a favor', 'saldo-a-favor'],
    ['oiga, y si no alcanzo a declarar a tiempo qué pasa', 'sancion-extemporaneidad'],
  ])('reads past the courtesy around "%s"', (question, entryId) => {
    const answer = answerFromKnowledge(question);
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe(entryId);
  });

  it.each([
    ['me devolvieron plata de la retención, ¿eso cómo funciona?', 'saldo-a-favor'],
    ['somos casados, ¿declaramos juntos o cada uno por aparte?', 'conyuges-declaran-por-separado'],
  ])('meets a conjugated verb through its infinitive: "%s"', (question, entryId) => {
    expect(answerFromKnowledge(question).entryIds[0]).toBe(entryId);
  });

  it('does not decline a question for words the entries only use in their prose', () => {
    const answer = answerFromKnowledge('vivo en Colombia con visa de nómada digital, ¿declaro renta?');
    expect(answer.kind).toBe('answer');
    expect(answer.entryIds[0]).toBe('extranjeros-residentes');
  });

  it.each([
    'cómo me cambio de EPS',
    'quiero pasarme de Porvenir a Colpensiones',
    'cómo pido cita en la eps',
    'cuál es la tasa de interés de un crédito de vivienda',
    'cómo saco la visa de trabajo',
    'cuánto me cobra un contador por hacer la renta',
    'me llegó un comparendo, cómo lo pago',
  ])('declines "%s", an errand for another institution', (question) => {
    expect(answerFromKnowledge(question)).toMatchObject({ kind: 'not-found', matched: false });
  });

  it.each([
    ['soy pensionado de Colpensiones, ¿tengo que declarar?', 'answer'],
    ['los intereses del crédito hipotecario se descuentan en la renta', 'answer'],
    ['tengo visa de residente, ¿soy residente fiscal?', 'answer'],
    ['la prima de servicios está exenta?', 'answer'],
  ])('still answers "%s", which ties that errand to the income tax', (question, kind) => {
    expect(answerFromKnowledge(question).kind).toBe(kind);
  });
});
