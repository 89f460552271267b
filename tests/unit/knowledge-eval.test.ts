import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_ENTRIES } from '../../lib/knowledge/entries';
import { normalize } from '../../lib/knowledge/text';
import { EVAL_THRESHOLD, evaluateKnowledge, formatReport } from '../eval/evaluate';
import { EVAL_CATEGORIES, KNOWLEDGE_EVAL_SET, evalCaseSchema } from '../eval/knowledge-eval-set';

const run = promisify(execFile);

describe('knowledge evaluation set', () => {
  it('has at least 150 cases, every category covered', () => {
    expect(KNOWLEDGE_EVAL_SET.length).toBeGreaterThanOrEqual(150);
    for (const category of EVAL_CATEGORIES) {
      expect(KNOWLEDGE_EVAL_SET.filter((item) => item.category === category).length).toBeGreaterThan(0);
    }
  });

  it('only expects entries that exist', () => {
    const ids = new Set(KNOWLEDGE_ENTRIES.map((entry) => entry.id));
    for (const item of KNOWLEDGE_EVAL_SET) for (const id of item.entries ?? []) expect(ids).toContain(id);
  });

  it('never copies a question from the entries (the set measures, it does not echo)', () => {
    const clean = (text: string) =>
      normalize(text)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const entryQuestions = new Set(KNOWLEDGE_ENTRIES.flatMap((entry) => entry.questions.map(clean)));
    const copies = KNOWLEDGE_EVAL_SET.filter((item) => entryQuestions.has(clean(item.question)));
    expect(copies.map((item) => item.question)).toEqual([]);
  });

  it('has no duplicate questions', () => {
    const questions = KNOWLEDGE_EVAL_SET.map((item) => normalize(item.question));
    expect(new Set(questions).size).toBe(questions.length);
  });

  it('rejects a case with no expectation', () => {
    expect(evalCaseSchema.safeParse({ category: 'uvt', question: '¿UVT?' }).success).toBe(false);
  });

  it(`answers at least ${EVAL_THRESHOLD * 100} % of the set correctly`, () => {
    const report = evaluateKnowledge();
    expect(report.accuracy, formatReport(report)).toBeGreaterThanOrEqual(EVAL_THRESHOLD);
  });

  it('counts a wrong entry, a wrong kind and a missing figure as failures', () => {
    const report = evaluateKnowledge([
      evalCaseSchema.parse({ category: 'uvt', question: 'valor uvt 2025', entries: ['uvt-2024'] }),
      evalCaseSchema.parse({ category: 'uvt', question: 'valor uvt 2025', kind: 'not-found' }),
      evalCaseSchema.parse({
        category: 'uvt',
        question: 'valor uvt 2025',
        entries: ['uvt-2025'],
        contains: ['$1'],
      }),
      evalCaseSchema.parse({
        category: 'uvt',
        question: 'valor uvt 2025',
        entries: ['uvt-2025'],
        contains: ['49.799'],
      }),
    ]);
    expect(report).toMatchObject({ total: 4, correct: 1 });
    expect(report.failures.map((failure) => failure.reason)).toEqual([
      'answered from uvt-2025 [answer], expected uvt-2024',
      'kind answer, expected not-found',
      'answer lacks "$1"',
    ]);
  });

  it('the eval command prints accuracy per category and overall, and exits 0 above the threshold', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/eval-knowledge.ts']);
    for (const category of EVAL_CATEGORIES) expect(stdout).toContain(category);
    expect(stdout).toMatch(/TOTAL\s+\d+\/\d+\s+\d+\.\d %/);
  });
});
