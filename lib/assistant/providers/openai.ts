import OpenAI from 'openai';
import type {
  ResponseCreateParamsStreaming,
  ResponseInput,
  Tool,
} from 'openai/resources/responses/responses';
import { abortableDelay } from '../abortable-delay';
import { AssistantError, USER_ERRORS } from '../errors';
import type { AssistantProvider, ReplyRequest } from '../provider';
import type { TokenBudget } from '../token-budget';
import {
  answerSourceOf,
  ASSISTANT_TOOL_DEFINITIONS,
  runAssistantTool,
  toolFooterMarkdown,
  type AssistantToolSuccess,
} from '../tools';
import { fromOpenAIError, isConversationLocked, OPENAI_USER_ERRORS } from './openai-errors';
import type { FunctionCall, ResponsesStreamEvent, Spent } from './responses-events';
import { ResponsesStreamClient } from './responses-stream';
import { observed, type UpstreamObserver } from './upstream-observer';

export interface OpenAIProviderOptions {
  apiKey: string;
  model: string;
  instructions: string;
  baseURL?: string;
  vectorStoreId?: string;
  /** Bounds the wait for response headers. */
  headersTimeoutMs: number;
  /** Bounds the silence between two stream events, which no HTTP timeout watches. */
  idleTimeoutMs: number;
  maxRetries: number;
  /**
   * Whether the Responses API pads each streamed delta with its random `obfuscation` field (its default).
   * False asks it not to (`stream_options.include_obfuscation`): fewer bytes to read and parse per delta.
   */
  streamObfuscation?: boolean;
  /** Pause before retrying a `conversation_locked` refusal (a response aborted earlier may still be closing). */
  lockedRetryDelayMs?: number;
  /** How many times one answer may go back to the model with tool results; the last round forbids tools. */
  maxToolRounds?: number;
  /** Tokens one response may produce, reasoning included (`max_output_tokens`): a ceiling per answer round. */
  maxOutputTokens: number;
  /** The day's token budget; unset = no budget. */
  budget?: TokenBudget;
  /** Operators' metrics: each upstream request and the tokens each response used. */
  observer?: UpstreamObserver;
}

const LOCKED_RETRIES = 3;
/** The API's default pads every delta event with random characters; this asks it not to. */
const NO_OBFUSCATION = { stream_options: { include_obfuscation: false } } as const;
const DEFAULT_MAX_TOOL_ROUNDS = 3;

interface RoundOutcome {
  completed: boolean;
  /** Cut by `max_output_tokens`: what was written stands, with a notice that it was cut. */
  truncated: boolean;
  calls: FunctionCall[];
  wroteText: boolean;
}

/**
 * Responses API + Conversations API: the conversation keeps the context, so each turn sends only the new
 * input. Conversations go through the SDK; the answer stream, the hot path, through `ResponsesStreamClient`.
 */
export class OpenAIProvider implements AssistantProvider {
  readonly kind = 'openai' as const;
  private readonly client: OpenAI;
  private readonly responses: ResponsesStreamClient;
  /** One array for every request, so the stream client serialises the schemas once. */
  private readonly tools: Tool[];

  constructor(private readonly options: OpenAIProviderOptions) {
    const { vectorStoreId } = options;
    this.tools = [
      ...(vectorStoreId ? [{ type: 'file_search' as const, vector_store_ids: [vectorStoreId] }] : []),
      ...ASSISTANT_TOOL_DEFINITIONS,
    ];
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      timeout: options.headersTimeoutMs,
      maxRetries: options.maxRetries,
    });
    // The SDK resolved the base URL, organization and project (it also reads them from the environment).
    this.responses = new ResponsesStreamClient({
      baseURL: this.client.baseURL,
      apiKey: options.apiKey,
      organization: this.client.organization,
      project: this.client.project,
      headersTimeoutMs: options.headersTimeoutMs,
      maxRetries: options.maxRetries,
      observe:
        options.observer && ((outcome, seconds) => options.observer?.request('responses', outcome, seconds)),
    });
  }

  async createConversation(signal?: AbortSignal): Promise<string> {
    await this.refuseWhenBudgetSpent();
    try {
      const conversation = await observed(this.options.observer, 'conversations', () =>
        this.client.conversations.create({}, { signal }),
      );
      return conversation.id;
    } catch (error) {
      throw fromOpenAIError(error);
    }
  }

  async deleteConversation(conversationId: string): Promise<void> {
    try {
      await observed(this.options.observer, 'conversations', () =>
        this.client.conversations.delete(conversationId),
      );
    } catch (error) {
      // Already gone upstream is the state we wanted.
      if (error instanceof OpenAI.NotFoundError) return;
      throw fromOpenAIError(error);
    }
  }

  /**
   * One answer may take several responses: while the model searches the knowledge base or calls the tax
   * tools, their results go back in the same conversation, and only the text of the responses reaches the
   * citizen. The number of rounds is bounded; the last one forbids tools so the model has to answer with
   * what it has.
   */
  async *streamReply({ conversationId, input, signal, onSource }: ReplyRequest): AsyncIterable<string> {
    await this.refuseWhenBudgetSpent();
    const idle = new AbortController();
    // Ends the upstream request on the caller's abort or on idleness: one listener, where `AbortSignal.any`
    // would register weak references and a dependant signal for every answer.
    const upstream = new AbortController();
    const abortUpstream = () => upstream.abort();
    if (signal.aborted) abortUpstream();
    else signal.addEventListener('abort', abortUpstream, { once: true });
    // Re-armed on every event: `refresh` moves the deadline without allocating a new timer per delta.
    const idleTimer = setTimeout(() => {
      idle.abort();
      abortUpstream();
    }, this.options.idleTimeoutMs);
    const armIdleTimer = () => idleTimer.refresh();
    const maxRounds = this.options.maxToolRounds ?? DEFAULT_MAX_TOOL_ROUNDS;
    const toolResults: AssistantToolSuccess[] = [];
    let next: string | ResponseInput = input;
    let outcome: RoundOutcome = { completed: false, truncated: false, calls: [], wroteText: false };
    try {
      for (let round = 0; ; round += 1) {
        const allowTools = round < maxRounds;
        armIdleTimer();
        const stream = await this.openStream(conversationId, next, upstream.signal, allowTools);
        outcome = yield* this.readRound(stream, armIdleTimer);
        if (!outcome.completed || outcome.truncated || outcome.calls.length === 0) break;
        if (!allowTools) throw new AssistantError('upstream_failed', OPENAI_USER_ERRORS.failed);
        // What the model said before calling ("let me check…") must not run into the next round's text.
        if (outcome.wroteText) yield '\n\n';
        next = outcome.calls.map((call) => {
          const result = runAssistantTool(call.name, call.arguments);
          if (result.ok) toolResults.push(result);
          return { type: 'function_call_output', call_id: call.call_id, output: JSON.stringify(result) };
        });
      }
    } catch (error) {
      if (!idle.signal.aborted || signal.aborted) throw fromOpenAIError(error);
    } finally {
      clearTimeout(idleTimer);
      signal.removeEventListener('abort', abortUpstream);
    }
    if (signal.aborted) return;
    if (idle.signal.aborted) throw new AssistantError('upstream_timeout', OPENAI_USER_ERRORS.timeout);
    if (!outcome.completed) throw new AssistantError('upstream_interrupted', OPENAI_USER_ERRORS.interrupted);
    if (outcome.truncated) yield `${outcome.wroteText ? '\n\n' : ''}${OPENAI_USER_ERRORS.truncated}`;
    // The entries and figures came from the tools: their official sources and years are shown whatever the
    // model wrote.
    const footer = toolFooterMarkdown(toolResults);
    if (footer !== '') yield `\n\n${footer}`;
    onSource?.(answerSourceOf(toolResults));
  }

  /** Yields the text deltas of one response and returns whether it completed and which tools it called. */
  private async *readRound(
    stream: AsyncIterable<ResponsesStreamEvent>,
    onEvent: () => void,
  ): AsyncGenerator<string, RoundOutcome> {
    const calls: FunctionCall[] = [];
    let completed = false;
    let truncated = false;
    let wroteText = false;
    // When the signal aborts, the stream ends this loop quietly instead of throwing.
    for await (const event of stream) {
      onEvent();
      switch (event.kind) {
        case 'text':
          if (event.delta) {
            wroteText = true;
            yield event.delta;
          }
          break;
        case 'function-call':
          calls.push(event.call);
          break;
        case 'completed':
          await this.spend(event);
          completed = true;
          break;
        case 'failed':
          await this.spend(event);
          throw new AssistantError('upstream_failed', OPENAI_USER_ERRORS.failed);
        case 'incomplete':
          await this.spend(event);
          if (event.reason !== 'max_output_tokens')
            throw new AssistantError('upstream_failed', OPENAI_USER_ERRORS.incomplete);
          completed = true;
          truncated = true;
          break;
        case 'other':
          break;
      }
    }
    return { completed, truncated, calls, wroteText };
  }

  /** Before anything goes upstream: a spent budget refuses the question; answers already running go on. */
  private async refuseWhenBudgetSpent(): Promise<void> {
    const { budget } = this.options;
    if (budget && !(await budget.admits())) {
      throw new AssistantError('budget_exhausted', USER_ERRORS.budgetExhausted);
    }
  }

  /**
   * The response was produced and read: failing it because its count could not be written (store briefly
   * unreachable) would cost the citizen more than the budget loses, and the next `admits` reports the store.
   */
  private async spend({ inputTokens, outputTokens }: Spent): Promise<void> {
    const tokens = inputTokens + outputTokens;
    if (tokens === 0) return;
    this.options.observer?.tokens(inputTokens, outputTokens);
    await this.options.budget?.spend(tokens).catch(() => undefined);
  }

  private async openStream(
    conversationId: string,
    input: string | ResponseInput,
    signal: AbortSignal,
    allowTools: boolean,
  ) {
    const { model, instructions, maxOutputTokens, lockedRetryDelayMs = 1_000 } = this.options;
    const { tools } = this;
    const body: ResponseCreateParamsStreaming = {
      model,
      instructions,
      conversation: conversationId,
      input,
      stream: true,
      ...(this.options.streamObfuscation === false ? NO_OBFUSCATION : {}),
      store: true,
      tools,
      tool_choice: allowTools ? 'auto' : 'none',
      max_output_tokens: maxOutputTokens,
    };
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.responses.open(body, signal);
      } catch (error) {
        if (!isConversationLocked(error) || attempt >= LOCKED_RETRIES) throw error;
        await abortableDelay(lockedRetryDelayMs, signal);
      }
    }
  }
}
