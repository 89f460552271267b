import type { KnowledgeEntry } from '../schema';

/**
 * One subject area of the knowledge base: its entries and the words citizens use for it. Each area lives
 * in its own file, so the base grows by adding areas, not by editing one long list.
 */
export interface KnowledgeTopic {
  /** Validated with every other entry when the base loads (see `parseKnowledgeEntries`). */
  entries: readonly KnowledgeEntry[];
  /**
   * Multi-word expressions that mean one concept for retrieval (matched on stems), e.g.
   * `['saldo a favor', ['saldofavor']]`; merged with the base's own phrases in `retrieval/vocabulary.ts`.
   */
  phrases?: ReadonlyArray<readonly [phrase: string, replacement: readonly string[]]>;
  /**
   * Words that are the same concept, e.g. `{ devolucion: 'devolucion devoluciones reintegro' }`; a term
   * the base already defines gets these words added to it.
   */
  synonyms?: Readonly<Record<string, string>>;
}
