import OpenAI from 'openai';
import type { ResponseCreateParamsStreaming } from 'openai/resources/responses/responses';
import { abortableDelay } from '../abortable-delay';
import { AssistantError } from '../errors';
import type { AssistantProvider, ReplyRequest } from '../provider';
import { fromOpenAIError, isConversationLocked, OPENAI_USER_ERRORS } from './openai-errors';

export interface OpenAIProviderOptions {
  apiKey: string;
  model: string;
  instructions: string;
  baseURL?: string;
  vectorStoreId?: string;
  /** Bounds the wait for response headers (the SDK's own timeout). */
  headersTimeoutMs: number;
  /** Bounds the silence between two stream events, which the SDK does not watch. */
  idleTimeoutMs: number;
  maxRetries: number;
  /** Pause before retrying a `conversation_locked` refusal (a response aborted earlier may still be closing). */
  lockedRetryDelayMs?: number;
}

const LOCKED_RETRIES = 3;

/** Responses API + Conversations API: the conversation keeps the context, so each turn sends only the new input. */
export class OpenAIProvider implements AssistantProvider {
  readonly kind = 'openai' as const;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAIProviderOptions) {
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      timeout: options.headersTimeoutMs,
      maxRetries: options.maxRetries,
    });
  }

  async createConversation(signal?: AbortSignal): Promise<string> {
    try {
      const conversation = await this.client.conversations.create({}, { signal });
      return conversation.id;
    } catch (error) {
      throw fromOpenAIError(error);
    }
  }

  async deleteConversation(conversationId: string): Promise<void> {
    try {
      await this.client.conversations.delete(conversationId);
    } catch (error) {
      // Already gone upstream is the state we wanted.
      if (error instanceof OpenAI.NotFoundError) return;
      throw fromOpenAIError(error);
    }
  }

  async *streamReply({ conversationId, input, signal }: ReplyRequest): AsyncIterable<string> {
    const idle = new AbortController();
    const combined = AbortSignal.any([signal, idle.signal]);
    let idleTimer: NodeJS.Timeout | undefined;
    const armIdleTimer = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => idle.abort(), this.options.idleTimeoutMs);
    };
    let completed = false;
    try {
      armIdleTimer();
      const stream = await this.openStream(conversationId, input, combined);
      armIdleTimer();
      // When `combined` aborts, the SDK ends this loop quietly instead of throwing.
      for await (const event of stream) {
        armIdleTimer();
        switch (event.type) {
          case 'response.output_text.delta':
            if (event.delta) yield event.delta;
            break;
          case 'response.completed':
            completed = true;
            break;
          case 'response.failed':
            throw new AssistantError('upstream_failed', OPENAI_USER_ERRORS.failed);
          case 'response.incomplete':
            throw new AssistantError('upstream_failed', OPENAI_USER_ERRORS.incomplete);
          case 'error':
            throw new AssistantError('upstream_failed', OPENAI_USER_ERRORS.failed);
          default:
            break;
        }
      }
    } catch (error) {
      if (!idle.signal.aborted || signal.aborted) throw fromOpenAIError(error);
    } finally {
      clearTimeout(idleTimer);
    }
    if (signal.aborted) return;
    if (idle.signal.aborted) throw new AssistantError('upstream_timeout', OPENAI_USER_ERRORS.timeout);
    if (!completed) throw new AssistantError('upstream_interrupted', OPENAI_USER_ERRORS.interrupted);
  }

  private async openStream(conversationId: string, input: string, signal: AbortSignal) {
    const { model, instructions, vectorStoreId, lockedRetryDelayMs = 1_000 } = this.options;
    const body: ResponseCreateParamsStreaming = {
      model,
      instructions,
      conversation: conversationId,
      input,
      stream: true,
      store: true,
      ...(vectorStoreId ? { tools: [{ type: 'file_search', vector_store_ids: [vectorStoreId] }] } : {}),
    };
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.client.responses.create(body, { signal });
      } catch (error) {
        if (!isConversationLocked(error) || attempt >= LOCKED_RETRIES) throw error;
        await abortableDelay(lockedRetryDelayMs, signal);
      }
    }
  }
}
