import { randomUUID } from 'node:crypto';
import { answerFromKnowledge } from '../../knowledge/answer';
import { abortableDelay } from '../abortable-delay';
import type { AssistantProvider, ReplyRequest } from '../provider';

/** Splits text into word-sized pieces, keeping the whitespace so that the pieces join back exactly. */
export function chunkWords(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/**
 * The offline provider: answers from the bundled DIAN knowledge base, streamed a few words at a time so
 * that the experience (and every transport path) matches the OpenAI provider.
 */
export class LocalProvider implements AssistantProvider {
  readonly kind = 'local' as const;

  constructor(private readonly options: { chunkDelayMs: number; wordsPerChunk?: number }) {}

  async createConversation(): Promise<string> {
    return `local_${randomUUID()}`;
  }

  async deleteConversation(): Promise<void> {}

  async *streamReply({ input, signal, onSource }: ReplyRequest): AsyncIterable<string> {
    const answer = answerFromKnowledge(input);
    const words = chunkWords(answer.markdown);
    const perChunk = this.options.wordsPerChunk ?? 3;
    for (let index = 0; index < words.length; index += perChunk) {
      if (signal.aborted) throw signal.reason;
      yield words.slice(index, index + perChunk).join('');
      if (this.options.chunkDelayMs > 0) await abortableDelay(this.options.chunkDelayMs, signal);
    }
    // Entry ids and answer kinds are both fixed sets: a bounded label for the verdicts counted per entry.
    onSource?.({ entry: answer.entryIds[0] ?? answer.kind, unanswered: answer.unanswered });
  }
}
