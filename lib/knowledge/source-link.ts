import type { KnowledgeEntry, KnowledgeSource } from './schema';

/** A Markdown link to an official source, as entry bodies cite them. */
export const sourceLink = (source: KnowledgeSource, text: string): string => `[${text}](${source.url})`;

/** The line under an answer naming the entry's sources, each a link. */
export function sourcesLine(entry: KnowledgeEntry): string {
  const links = entry.sources.map((source) => sourceLink(source, source.title)).join(' · ');
  return `${entry.sources.length > 1 ? 'Fuentes' : 'Fuente'}: ${links}`;
}
