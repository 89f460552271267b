import { describe, expect, it } from 'vitest';
import {
  ASSISTANT_TOOL_DEFINITIONS,
  runAssistantTool,
  toolFooterMarkdown,
  type AssistantToolSuccess,
} from '../../lib/assistant/tools';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import { MAX_KNOWLEDGE_RESULTS, type KnowledgeToolSuccess } from '../../lib/knowledge/knowledge-tool';
import { searchKnowledge } from '../../lib/knowledge/retrieval/search';

function search(args: unknown): KnowledgeToolSuccess {
  const result = runAssistantTool('search_knowledge', typeof args === 'string' ? args : JSON.stringify(args));
  if (!result.ok || result.tool !== 'search_knowledge')
    throw new Error(`expected a search result: ${JSON.stringify(result)}`);
  return result;
}

describe('search_knowledge arguments', () => {
  it.each([
    ['{"query":"x","limit":null}', /query: la consulta debe tener al menos 2 caracteres/],
    ['{"query":"   a   ","limit":null}', /query: la consulta debe tener al menos 2 caracteres/],
    [
      JSON.stringify({ query: 'a'.repeat(301), limit: null }),
      /query: la consulta debe tener como máximo 300/,
    ],
    ['{"query":42,"limit":null}', /query: /],
    ['{"limit":null}', /query: /],
    ['{"query":"uvt 2026","limit":0}', /limit: /],
    ['{"query":"uvt 2026","limit":4}', /limit: /],
    ['{"query":"uvt 2026","limit":1.5}', /limit: /],
    ['{"query":"uvt 2026","limit":null,"year":2026}', /year/],
  ])('refuses %s with a Spanish invalid_arguments error instead of throwing', (args, message) => {
    const result = runAssistantTool('search_knowledge', args);
    expect(result).toMatchObject({
      ok: false,
      tool: 'search_knowledge',
      error: { code: 'invalid_arguments' },
    });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^Argumentos no válidos: /);
    expect(result.error.message).toMatch(message);
  });

  it('reports text that is not JSON as invalid_json', () => {
    expect(runAssistantTool('search_knowledge', '{"query":"uvt"')).toMatchObject({
      ok: false,
      error: { code: 'invalid_json', message: 'Los argumentos no son un JSON válido.' },
    });
  });

  it('accepts 2 and 300 characters, and a limit from 1 to 3', () => {
    expect(runAssistantTool('search_knowledge', { query: 'ab', limit: null }).ok).toBe(true);
    expect(runAssistantTool('search_knowledge', { query: 'a'.repeat(300), limit: 1 }).ok).toBe(true);
    expect(runAssistantTool('search_knowledge', { query: 'uvt', limit: MAX_KNOWLEDGE_RESULTS }).ok).toBe(
      true,
    );
  });

  it('is offered with a strict schema, beside the tax tools, in one list of unique names', () => {
    const names = ASSISTANT_TOOL_DEFINITIONS.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['search_knowledge', 'filing_deadline', 'convert_uvt']));
    expect(new Set(names).size).toBe(names.length);
    const definition = ASSISTANT_TOOL_DEFINITIONS.find((tool) => tool.name === 'search_knowledge');
    expect(definition).toMatchObject({ type: 'function', strict: true });
    expect(definition?.parameters).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['query', 'limit'],
      properties: { query: { type: 'string', minLength: 2, maxLength: 300 } },
    });
    expect(definition?.parameters).not.toHaveProperty('$schema');
  });

  it('names every tool of the one registry when the model calls one that does not exist', () => {
    const result = runAssistantTool('search_web', '{}');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_tool' } });
    if (result.ok) return;
    expect(result.error.message).toContain('search_knowledge, filing_deadline');
  });
});

describe('search_knowledge results', () => {
  it('returns what the offline search finds, each entry with its text and everything needed to cite it', () => {
    const query = '¿cómo corrijo una declaración que presenté con errores?';
    const result = search({ query, limit: null });
    const expected = searchKnowledge(query, MAX_KNOWLEDGE_RESULTS).map((hit) => hit.entry);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.entries.map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
    for (const [index, entry] of result.entries.entries()) {
      const { id, title, body, sources, appliesTo, checkedOn, confirmed } = expected[index] ?? {};
      expect(entry).toEqual({ id, title, body, sources, appliesTo, checkedOn, confirmed });
    }
    expect(result.message).toMatch(
      /^Encontré \d fichas? en la base de conocimiento\. Responde solo con lo que dicen/,
    );
  });

  it('returns at most `limit` entries and tells the model when one is not confirmed', () => {
    const result = search({ query: 'valor de la UVT 2026', limit: 1 });
    expect(result.entries.map((entry) => entry.id)).toEqual(['uvt-2026']);
    expect(result.entries[0]?.confirmed).toBe(false);
    expect(result.message).toMatch(/^Encontré 1 ficha .*confirmed=false.*no confirmados/);
  });

  it('says in Spanish that it found nothing, so the model declines instead of answering from memory', () => {
    const result = search({ query: 'receta de arepas de choclo', limit: null });
    expect(result.entries).toEqual([]);
    expect(result.message).toMatch(
      /^No encontré en la base de conocimiento ninguna ficha sobre «receta de arepas de choclo»/,
    );
    expect(result.message).toMatch(/no tienes información confiable/);
  });

  it('gives the model no near misses: it can search again with other words', () => {
    const query = 'el saldo a favor de la renta lo gasto en zapatos';
    expect(searchKnowledge(query)[0]?.nearMiss).toBe(true);
    expect(search({ query, limit: null }).entries).toEqual([]);
  });
});

describe('the footer under a model answer', () => {
  const uvtSearch = () => search({ query: 'valor de la UVT 2026', limit: 1 });

  it('cites each entry once, with its year, "dato no confirmado" and its official links', () => {
    const uvt = getKnowledgeEntry('uvt-2026');
    if (!uvt) throw new Error('the base has no uvt-2026');
    const footer = toolFooterMarkdown([uvtSearch(), uvtSearch()]);
    const links = uvt.sources.map((source) => `[${source.title}](${source.url})`).join(' · ');
    expect(footer).toBe(
      `**Fichas consultadas y sus fuentes oficiales**\n- ${uvt.title} (Año 2026, dato no confirmado): ${links}`,
    );
  });

  it('cites nothing for a search that found nothing', () => {
    expect(toolFooterMarkdown([search({ query: 'receta de arepas de choclo', limit: null })])).toBe('');
    expect(toolFooterMarkdown([])).toBe('');
  });

  it('puts the entries before the calculations, whatever order the tools ran in', () => {
    const calculation = runAssistantTool('convert_uvt', { year: 2026, uvt: 10, pesos: null });
    if (!calculation.ok) throw new Error('expected a calculation');
    const results: AssistantToolSuccess[] = [calculation, uvtSearch()];
    const footer = toolFooterMarkdown(results);
    expect(footer).toMatch(
      /^\*\*Fichas consultadas y sus fuentes oficiales\*\*\n- Valor de la UVT 2026 .+\n\n\*\*Cálculos del asistente y sus fuentes oficiales\*\*\n- Conversión UVT ↔ pesos \(Año 2026/,
    );
  });
});
