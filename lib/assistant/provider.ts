import type { ProviderKind } from '../protocol';

/** What an answer rests on, as its provider tells it once the answer is complete. */
export interface AnswerSource {
  /** The knowledge entry the answer was built from, or what kind of answer it is when none was. */
  entry: string;
  /** The question was about the assistant's subject and the knowledge base had nothing for it. */
  unanswered: boolean;
}

/** The entry of an answer no knowledge entry backs: the model wrote it from its own knowledge. */
export const FREE_ANSWER_ENTRY = 'modelo';

export interface ReplyRequest {
  /** The provider's own conversation id, created by `createConversation`. */
  conversationId: string;
  /** The citizen's question, already validated. */
  input: string;
  /** Aborted by `stop`, `reset`, shutdown or the generation timeout. */
  signal: AbortSignal;
  /**
   * Told what the answer rests on, after its last delta (never on the wire: the service counts citizens'
   * verdicts per entry with it). A provider that never calls it wrote a free answer.
   */
  onSource?: (source: AnswerSource) => void;
}

/**
 * A source of answers. Implementations stream text deltas and stop promptly when the signal aborts.
 * Failures are thrown as `AssistantError` so every transport can show the same Spanish message.
 */
export interface AssistantProvider {
  readonly kind: ProviderKind;
  createConversation(signal?: AbortSignal): Promise<string>;
  deleteConversation(conversationId: string): Promise<void>;
  streamReply(request: ReplyRequest): AsyncIterable<string>;
}
