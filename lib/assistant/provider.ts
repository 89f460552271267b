import type { ProviderKind } from '../protocol';

export interface ReplyRequest {
  /** The provider's own conversation id, created by `createConversation`. */
  conversationId: string;
  /** The citizen's question, already validated. */
  input: string;
  /** Aborted by `stop`, `reset`, shutdown or the generation timeout. */
  signal: AbortSignal;
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
