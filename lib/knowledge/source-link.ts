import type { KnowledgeSource } from './schema';

/** A Markdown link to an official source, as entry bodies cite them. */
export const sourceLink = (source: KnowledgeSource, text: string): string => `[${text}](${source.url})`;
