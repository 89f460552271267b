import type {
  Response as OpenAIResponse,
  ResponseFunctionToolCall,
  ResponseOutputItem,
  ResponseOutputMessage,
  ResponseOutputText,
  ResponseStreamEvent,
  ResponseUsage,
  Tool,
} from 'openai/resources/responses/responses';
import { pacedDelta } from '../paced-answer';
import type { ChunkSize } from './behaviors';
import type { Exchange } from './exchange';
import { nowSeconds } from './wire-values';

/** The fake's tokenizer: about four characters per token, for usage and `max_output_tokens`. */
function tokensOf(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Function call arguments arrive in small pieces, like the model's own token stream. */
const FUNCTION_ARGUMENT_CHUNK = 8;

/** What the fake model keeps saying while a `[[trickle:name]]` answer waits for its release. */
const TRICKLE_SENTENCE =
  'Esta respuesta llega despacio, palabra por palabra, para que la prueba pueda actuar mientras ' +
  'todavía se está escribiendo.';

/** Splits so that the pieces join back to exactly `text`; `word` keeps each word's trailing whitespace. */
export function splitText(text: string, size: ChunkSize = 'word'): string[] {
  if (text === '') return [];
  if (size === 'word') return text.split(/(?<=\s)(?=\S)/u);
  const chars = Array.from(text);
  const step = size === 'char' ? 1 : Math.max(1, Math.floor(size));
  const chunks: string[] = [];
  for (let index = 0; index < chars.length; index += step)
    chunks.push(chars.slice(index, index + step).join(''));
  return chunks;
}

// `output_text` is declared on the SDK's Response type but the SDK computes it client-side (and only for
// non-streaming calls); the wire never carries it, so neither does this fake.
type WireResponse = Omit<OpenAIResponse, 'output_text'>;
type WireEvent<E> = E extends { response: OpenAIResponse }
  ? Omit<E, 'response'> & { response: WireResponse }
  : E;
/** The error frame as api.openai.com actually sends it; absent from the SDK's `ResponseStreamEvent` union. */
interface NestedErrorEvent {
  type: 'error';
  error: { type: string; code: string | null; message: string; param: string | null };
  sequence_number: number;
}
type StreamEvent = WireEvent<ResponseStreamEvent> | NestedErrorEvent;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type UnsequencedEvent = DistributiveOmit<StreamEvent, 'sequence_number'>;

export interface ResponseContext {
  requestId: string;
  responseId: string;
  itemId: string;
  createdAt: number;
  model: string;
  conversationId: string | undefined;
  instructions: string | null;
  tools: Tool[];
  metadata: Record<string, string>;
  inputText: string;
  /** When the request was accepted, on the paced answer's clock. */
  receivedAtUs: number;
  /** The request's `max_output_tokens`: the text stops there with `response.incomplete`. */
  maxOutputTokens: number | null;
  /**
   * Whether delta events carry `obfuscation`, the random padding api.openai.com adds unless the request
   * set `stream_options.include_obfuscation` to false.
   */
  obfuscation: boolean;
}

const PADDING_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Captured streams pad each delta's text to 16 characters ("," gets 15, " weather" 8). */
const PADDED_LENGTH = 16;

/**
 * The random characters api.openai.com puts in a delta event's `obfuscation` field so that every event has
 * about the same size whatever the token. Deltas of 16 characters or more (never seen in captures: real
 * deltas are tokens) are padded here to the next multiple of 16.
 */
export function obfuscationFor(delta: string): string {
  const missing = (PADDED_LENGTH - (delta.length % PADDED_LENGTH)) % PADDED_LENGTH;
  let padding = '';
  for (let index = 0; index < missing; index += 1)
    padding += PADDING_ALPHABET[Math.floor(Math.random() * PADDING_ALPHABET.length)];
  return padding;
}

/** Writes one Responses API event stream with consistent ids, indexes and a gap-free sequence_number. */
export class ResponseStreamWriter {
  /** True once `response.completed` was written: only then does the conversation keep the output. */
  completed = false;
  private sequence = 0;
  private text = '';
  private deltas = 0;

  constructor(
    private readonly exchange: Exchange,
    private readonly ctx: ResponseContext,
  ) {}

  get closed(): boolean {
    return this.exchange.closed;
  }

  get requestId(): string {
    return this.ctx.requestId;
  }

  open(): void {
    this.exchange.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'openai-version': '2020-10-01',
      'openai-processing-ms': '42',
    });
    this.exchange.res.flushHeaders();
  }

  async begin(): Promise<void> {
    await this.send({ type: 'response.created', response: this.response('in_progress', []) });
    await this.send({ type: 'response.in_progress', response: this.response('in_progress', []) });
  }

  async openMessage(): Promise<void> {
    await this.send({
      type: 'response.output_item.added',
      output_index: 0,
      item: this.message('in_progress', []),
    });
    await this.send({
      type: 'response.content_part.added',
      item_id: this.ctx.itemId,
      output_index: 0,
      content_index: 0,
      part: this.part(''),
    });
  }

  /**
   * Streams up to `limit` chunks; returns false when the client went away meanwhile, or when the answer
   * reached the request's `max_output_tokens` (then the response ended as `response.incomplete`).
   */
  async streamChunks(chunks: string[], delayMs: number, limit = chunks.length): Promise<boolean> {
    for (const delta of chunks.slice(0, limit)) {
      if (!(await this.exchange.pause(delayMs))) return false;
      if (this.exceedsMaxOutput(delta)) {
        await this.cutAtMaxOutput();
        return false;
      }
      await this.sendTextDelta(delta);
    }
    return !this.closed;
  }

  /** One word every `intervalMs` until `release` settles; false when the exchange ended first. */
  async trickleUntil(release: Promise<unknown>, intervalMs: number): Promise<boolean> {
    let released = false;
    void release.then(() => (released = true));
    const words = splitText(TRICKLE_SENTENCE);
    for (let index = 0; !released; index += 1) {
      if (!(await this.streamChunks([words[index % words.length] ?? ''], intervalMs))) return false;
    }
    return true;
  }

  private exceedsMaxOutput(delta: string): boolean {
    const { maxOutputTokens } = this.ctx;
    return maxOutputTokens !== null && tokensOf(this.text + delta) > maxOutputTokens;
  }

  /** What api.openai.com sends when an answer hits `max_output_tokens`: the item and response incomplete. */
  private async cutAtMaxOutput(): Promise<void> {
    const item = this.message('incomplete', [this.part(this.text)]);
    await this.send({ type: 'response.output_item.done', output_index: 0, item });
    await this.send({
      type: 'response.incomplete',
      response: this.response('incomplete', [item], {
        incomplete_details: { reason: 'max_output_tokens' },
        usage: this.usage(),
      }),
    });
    this.exchange.end();
  }

  /** Streams `deltas` stamped pieces, each stamp taken just before its write; false when the client left. */
  async streamPaced(deltas: number, intervalMs: number): Promise<boolean> {
    for (let index = 0; index < deltas; index += 1) {
      if (!(await this.exchange.pause(intervalMs))) return false;
      await this.sendTextDelta(pacedDelta(index, this.ctx.receivedAtUs));
    }
    return !this.closed;
  }

  private async sendTextDelta(delta: string): Promise<void> {
    this.text += delta;
    this.deltas += 1;
    await this.send({
      type: 'response.output_text.delta',
      item_id: this.ctx.itemId,
      output_index: 0,
      content_index: 0,
      delta,
      logprobs: [],
      ...(this.ctx.obfuscation ? { obfuscation: obfuscationFor(delta) } : {}),
    });
  }

  async complete(): Promise<void> {
    await this.finish([await this.closeMessage()]);
  }

  /** Ends the text item at output 0 and returns it, so a response can go on with function calls. */
  async closeMessage(): Promise<ResponseOutputMessage> {
    const { itemId } = this.ctx;
    const part = this.part(this.text);
    const item = this.message('completed', [part]);
    await this.send({
      type: 'response.output_text.done',
      item_id: itemId,
      output_index: 0,
      content_index: 0,
      text: this.text,
      logprobs: [],
    });
    await this.send({
      type: 'response.content_part.done',
      item_id: itemId,
      output_index: 0,
      content_index: 0,
      part,
    });
    await this.send({ type: 'response.output_item.done', output_index: 0, item });
    return item;
  }

  /** Streams each call as api.openai.com does: item added, argument deltas, arguments done, item done. */
  async streamFunctionCalls(
    calls: ResponseFunctionToolCall[],
    delayMs: number,
    before: ResponseOutputItem[] = [],
  ): Promise<void> {
    for (const [position, call] of calls.entries()) {
      const index = before.length + position;
      const itemId = call.id ?? '';
      await this.send({
        type: 'response.output_item.added',
        output_index: index,
        item: { ...call, arguments: '', status: 'in_progress' },
      });
      for (const delta of splitText(call.arguments, FUNCTION_ARGUMENT_CHUNK)) {
        if (!(await this.exchange.pause(delayMs))) return;
        this.text += delta;
        await this.send({
          type: 'response.function_call_arguments.delta',
          item_id: itemId,
          output_index: index,
          delta,
          ...(this.ctx.obfuscation ? { obfuscation: obfuscationFor(delta) } : {}),
        });
      }
      await this.send({
        type: 'response.function_call_arguments.done',
        item_id: itemId,
        output_index: index,
        arguments: call.arguments,
      });
      await this.send({ type: 'response.output_item.done', output_index: index, item: call });
    }
    await this.finish([...before, ...calls]);
  }

  private async finish(output: ResponseOutputItem[]): Promise<void> {
    if (this.closed) return;
    await this.send({
      type: 'response.completed',
      response: this.response('completed', output, { usage: this.usage(), completed_at: nowSeconds() }),
    });
    this.completed = !this.closed;
    this.exchange.end();
  }

  async fail(message: string): Promise<void> {
    const output = this.deltas > 0 ? [this.message('incomplete', [this.part(this.text)])] : [];
    await this.send({
      type: 'response.failed',
      response: this.response('failed', output, {
        error: { code: 'server_error', message },
        usage: this.usage(),
      }),
    });
    this.exchange.end();
  }

  async errorEvent(shape: 'nested' | 'flat', code: string, message: string): Promise<void> {
    if (shape === 'nested') {
      await this.send({ type: 'error', error: { type: 'server_error', code, message, param: null } });
    } else {
      await this.send({ type: 'error', code, message, param: null });
    }
    this.exchange.end();
  }

  private async send(event: UnsequencedEvent): Promise<void> {
    if (this.closed) return;
    const data = JSON.stringify({ ...event, sequence_number: this.sequence });
    this.sequence += 1;
    await this.exchange.write(`event: ${event.type}\ndata: ${data}\n\n`);
  }

  private part(text: string): ResponseOutputText {
    return { type: 'output_text', annotations: [], logprobs: [], text };
  }

  private message(
    status: ResponseOutputMessage['status'],
    content: ResponseOutputMessage['content'],
  ): ResponseOutputMessage {
    return { id: this.ctx.itemId, type: 'message', status, content, role: 'assistant' };
  }

  private usage(): ResponseUsage {
    const inputTokens = Math.max(
      1,
      Math.ceil(((this.ctx.instructions ?? '').length + this.ctx.inputText.length) / 4),
    );
    const outputTokens = tokensOf(this.text);
    return {
      input_tokens: inputTokens,
      input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: inputTokens + outputTokens,
    };
  }

  private response(
    status: NonNullable<WireResponse['status']>,
    output: ResponseOutputItem[],
    extra: Partial<WireResponse> = {},
  ): WireResponse {
    const { ctx } = this;
    return {
      id: ctx.responseId,
      object: 'response',
      created_at: ctx.createdAt,
      status,
      // The API's implicit Standard access program (no Cyber access requested).
      access_programs: null,
      background: false,
      completed_at: null,
      conversation: ctx.conversationId ? { id: ctx.conversationId } : null,
      error: null,
      incomplete_details: null,
      instructions: ctx.instructions,
      max_output_tokens: ctx.maxOutputTokens,
      metadata: ctx.metadata,
      model: ctx.model,
      output,
      parallel_tool_calls: true,
      previous_response_id: null,
      reasoning: { effort: 'medium', summary: null },
      service_tier: 'auto',
      temperature: 1,
      text: { format: { type: 'text' }, verbosity: 'medium' },
      tool_choice: 'auto',
      tools: ctx.tools,
      top_p: 1,
      truncation: 'disabled',
      ...extra,
    };
  }
}
