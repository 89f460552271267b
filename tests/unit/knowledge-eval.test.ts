import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_ENTRIES } from '../../lib/knowledge/entries';
import { normalize } from '../../lib/knowledge/text';
import { DEV_SET } from '../eval/dev-set';
import { EVAL_CATEGORIES, evalCaseSchema, type EvalCase } from '../eval/eval-case';
import {
  EVAL_THRESHOLD,
  HELD_BACK_FLOOR,
  MAX_IN_SCOPE_NOT_FOUND,
  evaluateKnowledge,
  formatReport,
  loadHeldBackSet,
  passes,
  type EvalReport,
} from '../eval/evaluate';

const run = promisify(execFile);
// A module path that names the held-back set, in a static or a dynamic import.
const NAMES_HELD_BACK_SET = /['"][^'"\n]*\/held-back-set(?:\.ts)?['"]/;
const ROOT = path.resolve(__dirname, '../..');

const clean = (text: string) =>
  normalize(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// The held-back set is read here only when a test runs, never when this file is collected.
const bothSets = async (): Promise<Array<[name: string, cases: readonly EvalCase[]]>> => [
  ['development', DEV_SET],
  ['held-back', await loadHeldBackSet()],
];

// Scoring the development set answers thousands of questions: the tests that read its report share one.
let devReport: EvalReport | undefined;
const developmentReport = (): EvalReport => (devReport ??= evaluateKnowledge(DEV_SET));

describe('knowledge evaluation sets', () => {
  it('keeps at least 300 development questions and 160 held back', async () => {
    const heldBack = await loadHeldBackSet();
    expect(DEV_SET.length).toBeGreaterThanOrEqual(300);
    expect(heldBack.length).toBeGreaterThanOrEqual(160);
  });

  it('covers every category in both sets, and questions the base must decline', async () => {
    for (const [name, cases] of await bothSets()) {
      for (const category of EVAL_CATEGORIES) {
        expect(
          cases.some((item) => item.category === category),
          `${name}: ${category}`,
        ).toBe(true);
      }
      const declined = cases.filter((item) => ['not-found', 'privacy', 'ruling'].includes(item.kind ?? ''));
      expect(declined.length, name).toBeGreaterThanOrEqual(15);
    }
  });

  it('only expects entries that exist', async () => {
    const ids = new Set(KNOWLEDGE_ENTRIES.map((entry) => entry.id));
    for (const [name, cases] of await bothSets()) {
      const unknown = [...new Set(cases.flatMap((item) => item.entries ?? []))].filter((id) => !ids.has(id));
      expect(unknown, `${name} set expects entries the base lacks`).toEqual([]);
    }
  });

  it('never copies a question from the entries (the sets measure, they do not echo)', async () => {
    const entryQuestions = new Set(KNOWLEDGE_ENTRIES.flatMap((entry) => entry.questions.map(clean)));
    for (const [name, cases] of await bothSets()) {
      const copies = cases.filter((item) => entryQuestions.has(clean(item.question)));
      expect(
        copies.map((item) => item.question),
        name,
      ).toEqual([]);
    }
  });

  it('has no duplicate questions within or across the two sets', async () => {
    const questions = (await bothSets()).flatMap(([, cases]) => cases.map((item) => clean(item.question)));
    const repeated = questions.filter((question, index) => questions.indexOf(question) !== index);
    expect(repeated).toEqual([]);
  });

  it('is loaded by the evaluation only: no other module imports the held-back set', async () => {
    const importers: string[] = [];
    const visit = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (['node_modules', '.next', 'dist', '.git'].includes(entry.name)) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await visit(full);
        else if (
          /\.(?:ts|tsx|mts|mjs|js)$/.test(entry.name) &&
          full !== __filename &&
          NAMES_HELD_BACK_SET.test(await readFile(full, 'utf8'))
        ) {
          importers.push(path.relative(ROOT, full));
        }
      }
    };
    await visit(ROOT);
    expect(importers).toEqual([path.join('tests', 'eval', 'evaluate.ts')]);
  });

  it('rejects a case with no expectation', () => {
    expect(evalCaseSchema.safeParse({ category: 'uvt', question: '¿UVT?' }).success).toBe(false);
  });

  it('keeps its goals: 90 % on each set and no in-scope question answered "No tengo información"', () => {
    expect(EVAL_THRESHOLD).toBeGreaterThanOrEqual(0.9);
    expect(MAX_IN_SCOPE_NOT_FOUND).toBe(0);
  });

  it(`answers at least ${EVAL_THRESHOLD * 100} % of the development set correctly`, () => {
    const report = developmentReport();
    expect(report.accuracy, formatReport('development', report)).toBeGreaterThanOrEqual(EVAL_THRESHOLD);
  });

  it('answers no in-scope question of the development set with "No tengo información"', () => {
    expect(developmentReport().inScopeNotFound.map((outcome) => outcome.item.question)).toHaveLength(
      MAX_IN_SCOPE_NOT_FOUND,
    );
  });

  it(`keeps the held-back set at or above the floor measured at merge (${HELD_BACK_FLOOR.correct} of ${HELD_BACK_FLOOR.total}; goal ${EVAL_THRESHOLD * 100} %)`, async () => {
    const report = evaluateKnowledge(await loadHeldBackSet());
    const summary = formatReport('held-back', report, false);
    expect(report.total, summary).toBe(HELD_BACK_FLOOR.total);
    expect(report.correct, summary).toBeGreaterThanOrEqual(HELD_BACK_FLOOR.correct);
    expect(report.inScopeNotFound.length, summary).toBeLessThanOrEqual(HELD_BACK_FLOOR.inScopeNotFound);
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
    expect(passes(report)).toBe(false);
  });

  it('counts "No tengo información" as in scope only where an entry or a calculation was expected', () => {
    const outOfScope = 'como hago una receta de ajiaco';
    const report = evaluateKnowledge([
      evalCaseSchema.parse({ category: 'uvt', question: outOfScope, entries: ['uvt-2026'] }),
      evalCaseSchema.parse({ category: 'calculos', question: outOfScope, kind: 'calculation' }),
      evalCaseSchema.parse({ category: 'fuera-de-alcance', question: outOfScope, kind: 'not-found' }),
      evalCaseSchema.parse({ category: 'seguridad', question: outOfScope, kind: 'ruling' }),
    ]);
    expect(report.inScopeNotFound.map((outcome) => outcome.item.category)).toEqual(['uvt', 'calculos']);
    expect(report.failures).toHaveLength(3);
  });

  it('a set with every answer right but one in-scope "No tengo información" still fails', () => {
    const cases = [
      ...Array.from({ length: 20 }, () =>
        evalCaseSchema.parse({ category: 'uvt', question: 'valor uvt 2025', entries: ['uvt-2025'] }),
      ),
      evalCaseSchema.parse({
        category: 'uvt',
        question: 'como hago una receta de ajiaco',
        entries: ['uvt-2026'],
      }),
    ];
    const report = evaluateKnowledge(cases);
    expect(report.accuracy).toBeGreaterThanOrEqual(EVAL_THRESHOLD);
    expect(passes(report)).toBe(false);
  });

  it('the eval command prints both sets per category and overall, and exits 1 exactly when a goal is missed', async () => {
    const dev = developmentReport();
    const heldBack = evaluateKnowledge(await loadHeldBackSet());
    const expectedCode = passes(dev) && passes(heldBack) ? 0 : 1;
    const result = await run(process.execPath, ['--import', 'tsx', 'scripts/eval-knowledge.ts']).then(
      ({ stdout }) => ({ stdout, code: 0 }),
      (error: { stdout: string; code: number }) => ({ stdout: error.stdout, code: error.code }),
    );
    expect(result.code).toBe(expectedCode);
    expect(result.stdout).toContain('Conjunto de desarrollo');
    expect(result.stdout).toContain('Conjunto reservado');
    for (const category of EVAL_CATEGORIES) expect(result.stdout).toContain(category);
    expect(result.stdout.match(/TOTAL\s+\d+\/\d+\s+\d+\.\d %/g)).toHaveLength(2);
    expect(result.stdout.match(/«No tengo información»: \d+/g)).toHaveLength(2);
    // Without --reveal-held-back, no held-back question reaches the output.
    const heldBackQuestions = (await loadHeldBackSet()).map((item) => `«${item.question}»`);
    expect(heldBackQuestions.filter((question) => result.stdout.includes(question))).toEqual([]);
    // Scores both sets in this process and again in the command's: the work grows with the sets.
  }, 180_000);
});
