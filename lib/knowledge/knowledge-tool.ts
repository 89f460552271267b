import { z } from 'zod';
import { defineTool, type ToolSuccess } from '../function-tools';
import { sourceLinks } from '../tax/citations';
import type { KnowledgeEntry } from './schema';
import { searchKnowledge } from './retrieval/search';

/**
 * The knowledge base as a function tool, so the model answers from the same sourced, dated entries as
 * the offline assistant instead of from its memory. Retrieval is the offline one (`searchKnowledge`),
 * confidence gate included: a question the base cannot answer gets no entry, and the model is told so.
 */

export const MAX_KNOWLEDGE_RESULTS = 3;

const searchArgs = z
  .object({
    query: z
      .string()
      .trim()
      .min(2, { error: 'la consulta debe tener al menos 2 caracteres' })
      .max(300, { error: 'la consulta debe tener como máximo 300 caracteres' })
      .describe(
        'La pregunta del ciudadano o sus palabras clave, en español, con el año si lo menciona (por ejemplo «año gravable 2025»).',
      ),
    limit: z
      .number()
      .int()
      .min(1)
      .max(MAX_KNOWLEDGE_RESULTS)
      .nullable()
      .describe(
        `Cuántas fichas devolver como máximo (1 a ${MAX_KNOWLEDGE_RESULTS}); null para ${MAX_KNOWLEDGE_RESULTS}.`,
      ),
  })
  .strict();

/** What the model reads of an entry: its text and everything needed to cite it honestly. */
export type KnowledgeToolEntry = Pick<
  KnowledgeEntry,
  'id' | 'title' | 'body' | 'sources' | 'appliesTo' | 'checkedOn' | 'confirmed'
>;

interface KnowledgeToolPayload {
  query: string;
  /** Spanish guidance the model acts on: how to use the entries, or that nothing reliable was found. */
  message: string;
  entries: KnowledgeToolEntry[];
}

function toolEntry({ id, title, body, sources, appliesTo, checkedOn, confirmed }: KnowledgeEntry) {
  return { id, title, body, sources, appliesTo, checkedOn, confirmed };
}

function foundMessage(entries: readonly KnowledgeToolEntry[]): string {
  const unconfirmed = entries.some((entry) => !entry.confirmed)
    ? ' Las fichas con confirmed=false tienen datos no confirmados: dilo en la respuesta.'
    : '';
  return `Encontré ${entries.length === 1 ? '1 ficha' : `${entries.length} fichas`} en la base de conocimiento. Responde solo con lo que dicen, indica el año al que aplican (appliesTo) y cita sus fuentes.${unconfirmed}`;
}

export const KNOWLEDGE_TOOLS = {
  search_knowledge: defineTool({
    description: `Busca en la base de conocimiento del asistente (fichas con fuentes oficiales de la DIAN, año de aplicación y fecha de verificación). Úsala antes de responder cualquier pregunta sobre renta de personas naturales; devuelve hasta ${MAX_KNOWLEDGE_RESULTS} fichas, o ninguna si la base no tiene información confiable sobre el tema.`,
    schema: searchArgs,
    run({ query, limit }): KnowledgeToolPayload {
      // The model can search again with other words, so it gets only confident entries, never the near
      // misses the offline answer offers with a caveat.
      const entries = searchKnowledge(query, limit ?? MAX_KNOWLEDGE_RESULTS)
        .filter((hit) => !hit.nearMiss)
        .map((hit) => toolEntry(hit.entry));
      if (entries.length === 0) {
        return {
          query,
          message: `No encontré en la base de conocimiento ninguna ficha sobre «${query}». No respondas de memoria: si buscar con otras palabras tampoco da resultado, di que no tienes información confiable sobre eso y remite a los canales oficiales de la DIAN.`,
          entries,
        };
      }
      return { query, message: foundMessage(entries), entries };
    },
  }),
};

export type KnowledgeToolSuccess = ToolSuccess<typeof KNOWLEDGE_TOOLS>;

/**
 * The footer under a model's answer that consulted the base: each entry the searches returned, once,
 * with its year, its confirmation status and its official links (the same shape as the tools' footer).
 */
export function knowledgeCitationsMarkdown(results: readonly KnowledgeToolSuccess[]): string {
  const entries = new Map<string, KnowledgeToolEntry>();
  for (const result of results) for (const entry of result.entries) entries.set(entry.id, entry);
  if (entries.size === 0) return '';
  const lines = [...entries.values()].map(
    (entry) =>
      `- ${entry.title} (${entry.appliesTo}${entry.confirmed ? '' : ', dato no confirmado'}): ${sourceLinks(entry.sources)}`,
  );
  return ['**Fichas consultadas y sus fuentes oficiales**', ...lines].join('\n');
}
