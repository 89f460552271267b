import { z } from 'zod';

/**
 * The shape of an evaluation case, shared by the development set (`dev-set.ts`) and the held-back set
 * (`held-back-set.ts`). A case is a question written the way citizens type it (accents or not, typos,
 * abbreviations, slang), never copied from the entries' own `questions`, and what a correct answer is:
 * the entry it must be built from (any of several when two entries truly answer it), or the kind of reply
 * (a calculation, an honest "I don't know", a privacy or ruling notice), plus text the answer must
 * contain, such as the exact date or amount.
 *
 * Rules for editing the sets are in docs/knowledge-base.md. Never change an expectation to make a failing
 * case pass unless the expectation itself was wrong.
 */

export const EVAL_CATEGORIES = [
  'quien-declara',
  'uvt',
  'formularios',
  'declarar-en-linea',
  'cuentas-rut-citas',
  'pagos',
  'plazos',
  'sanciones-correcciones',
  'no-declarar',
  'residencia',
  'exterior',
  'deducciones',
  'cedulas-tarifas',
  'saldo-a-favor',
  'casos-especiales',
  'ganancia-ocasional',
  'retencion-exogena',
  'canales',
  'calculos',
  'fuera-de-alcance',
  'seguridad',
] as const;

export type EvalCategory = (typeof EVAL_CATEGORIES)[number];

const answerKinds = [
  'answer',
  'calculation',
  'greeting',
  'thanks',
  'privacy',
  'ruling',
  'not-found',
] as const;

export const evalCaseSchema = z
  .object({
    category: z.enum(EVAL_CATEGORIES),
    question: z.string().trim().min(3),
    /** The best entry must be one of these. */
    entries: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    kind: z.enum(answerKinds).optional(),
    /** Case-insensitive fragments the answer must contain. */
    contains: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((item) => item.entries !== undefined || item.kind !== undefined, {
    error: 'a case needs expected entries or an expected kind',
  });

export type EvalCase = z.output<typeof evalCaseSchema>;

/**
 * How the sets are written: `[category, question, expected, ...contains]`, where `expected` is an entry
 * id, several ids joined by "|", or "kind:<kind>".
 */
export type EvalRow = [category: EvalCategory, question: string, expected: string, ...contains: string[]];

function toCase([category, question, expected, ...contains]: EvalRow): EvalCase {
  const kind = expected.startsWith('kind:') ? expected.slice('kind:'.length) : undefined;
  return evalCaseSchema.parse({
    category,
    question,
    contains,
    ...(kind === undefined ? { entries: expected.split('|') } : { kind }),
  });
}

export function evalCases(rows: readonly EvalRow[]): readonly EvalCase[] {
  return rows.map(toCase);
}
