import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Conversation, ConversationDeletedResource } from 'openai/resources/conversations/conversations';
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
import { clockMicros, pacedDelta } from './paced-answer';
import { HeldAnswers, HOLD_MARKER, HOLD_RELEASE_PATH, TRICKLE_INTERVAL_MS } from './held-answers';

/**
 * A fake of the OpenAI Responses + Conversations HTTP API that speaks the real wire format, so the real
 * `openai` SDK (and therefore the app's provider) runs against it unmodified, including its error classes,
 * retry logic and SSE parser.
 */

export type ChunkSize = 'word' | 'char' | number;

/** A function call the fake "model" makes; `arguments` objects are sent as JSON text, strings verbatim. */
export interface ScriptedCall {
  name: string;
  arguments: string | Record<string, unknown>;
}

/** What the next accepted `POST /v1/responses` does. Rejections (401, 404, locked…) never consume the script. */
export type Behavior =
  | { kind: 'text'; text: string; chunkDelayMs?: number; chunkSize?: ChunkSize }
  /** `text` is what the model says before calling (a "preamble"), streamed as a message item first. */
  | { kind: 'function-call'; calls: ScriptedCall[]; text?: string; chunkDelayMs?: number }
  /** `deltas` pieces, one every `intervalMs`, each stamped with the clock (see `paced-answer.ts`). */
  | { kind: 'paced'; deltas: number; intervalMs: number }
  | {
      kind: 'http-error';
      status: number;
      code?: string | null;
      message?: string;
      type?: string;
      headers?: Record<string, string>;
    }
  | { kind: 'hang' }
  /**
   * Streams `afterDeltas` pieces, then waits for `release` before the rest (saying a word every
   * `trickleMs` meanwhile, when set): the test, not the clock, decides how long the answer streams.
   */
  | {
      kind: 'held';
      release: Promise<unknown>;
      afterDeltas?: number;
      trickleMs?: number;
      text?: string;
      chunkDelayMs?: number;
    }
  | { kind: 'stall'; afterDeltas: number; text?: string; chunkDelayMs?: number }
  | { kind: 'cut'; afterDeltas: number; text?: string; chunkDelayMs?: number }
  | { kind: 'failed'; afterDeltas?: number; message?: string; text?: string; chunkDelayMs?: number }
  | {
      kind: 'error-event';
      /**
       * `nested` (`{type:'error', error:{…}}`) is what api.openai.com has been observed to send, and the SDK
       * throws an APIError for it; `flat` (`{type:'error', code, message}`) is the documented shape, and the
       * SDK yields it as an ordinary event.
       */
      shape?: 'nested' | 'flat';
      afterDeltas?: number;
      code?: string;
      message?: string;
      text?: string;
      chunkDelayMs?: number;
    };

/**
 * What the next `POST /v1/audio/transcriptions` does; `hang` never answers, like the Responses `hang`;
 * `hold` answers the default text once `release` settles, so a test decides how long uploads stay in flight.
 */
export type TranscriptionBehavior =
  | { kind: 'text'; text: string }
  | { kind: 'hold'; release: Promise<unknown> }
  | Extract<Behavior, { kind: 'http-error' } | { kind: 'hang' }>;

/** A `multipart/form-data` body as recorded: text fields by name, file parts described without their bytes. */
export interface MultipartBody {
  fields: Record<string, string>;
  files: Record<string, { filename: string; contentType: string; size: number }>;
}

export interface RecordedRequest {
  method: string;
  /** The request target as sent, e.g. `/v1/responses`. */
  path: string;
  /** Parsed JSON body, a `MultipartBody` for uploads, or undefined when there was none or it was not JSON. */
  body: unknown;
  headers: IncomingHttpHeaders;
}

export interface FakeOpenAIOptions {
  apiKey?: string;
  port?: number;
  host?: string;
  /** What `/v1/audio/transcriptions` answers when its script is empty; default `DEFAULT_TRANSCRIPTION`. */
  transcriptionText?: string;
  /** What every `responses.create` does when the script is empty, instead of following the input text. */
  defaultBehavior?: Behavior;
  /** Keep every request in `requests` (default true); a benchmark turns it off so memory stays flat. */
  recordRequests?: boolean;
}

export interface FakeOpenAI {
  /** Pass as the SDK's `baseURL`, e.g. `http://127.0.0.1:PORT/v1`. */
  readonly baseURL: string;
  readonly apiKey: string;
  readonly port: number;
  /** Every request received, in arrival order (the array is cleared in place by `reset`). */
  readonly requests: RecordedRequest[];
  /** Ids of live conversations; tests may add or delete ids directly. */
  readonly conversations: Set<string>;
  /** Scripts the next accepted `responses.create` calls, in order; afterwards behaviour follows the input text. */
  enqueue(...behaviors: Behavior[]): void;
  /** Scripts the next accepted `audio.transcriptions.create` calls, in order. */
  enqueueTranscription(...behaviors: TranscriptionBehavior[]): void;
  /** Lets the answers held by `[[hold:name]]` go on (also `POST /_fake/holds/<name>/release`). */
  release(name: string): void;
  /** Forgets script, requests and conversations, and drops any response still in flight. */
  reset(): void;
  /** Stops listening and destroys every open socket, so hung or stalled streams end on the client side. */
  close(): Promise<void>;
}

export const DEFAULT_API_KEY = 'sk-test-fake';
export const DEFAULT_CHUNK_DELAY_MS = 5;
/** How many deltas the `[[fault:stall|cut|failed|error-event]]` markers let through first, so a partial answer shows. */
export const MARKER_DELTAS_BEFORE_FAULT = 2;
export const MARKER_RETRY_AFTER_SECONDS = 7;
/** Function call arguments arrive in small pieces, like the model's own token stream. */
const FUNCTION_ARGUMENT_CHUNK = 8;
export const DEFAULT_TRANSCRIPTION = '¿Cuándo vence mi declaración de renta?';
/** The extensions api.openai.com accepts for transcription; it tells the format by the file name. */
const AUDIO_EXTENSIONS = ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm'];

export function simulatedAnswer(input: string): string {
  return `Respuesta simulada de OpenAI: ${input}`;
}

/** What the fake model keeps saying while a `[[trickle:name]]` answer waits for its release. */
const TRICKLE_SENTENCE =
  'Esta respuesta llega despacio, palabra por palabra, para que la prueba pueda actuar mientras ' +
  'todavía se está escribiendo.';

/** The behaviour used when the script is empty, so a browser-driven test can pick faults by what it types. */
export function behaviorForInput(input: string, holds: HeldAnswers): Behavior {
  const held = HOLD_MARKER.exec(input);
  if (held?.[1] && held[2]) {
    const release = holds.wait(held[2].toLowerCase());
    return held[1].toLowerCase() === 'trickle'
      ? { kind: 'held', release, trickleMs: TRICKLE_INTERVAL_MS }
      : { kind: 'held', release };
  }
  // `[[tool:filing_deadline {"nit_last_two_digits":"45","filing_year":2026}]]` makes the model call a tool.
  const tool = /\[\[tool:([a-zA-Z0-9_-]+)\s+(\{[^\]]*\})\]\]/.exec(input);
  if (tool?.[1] && tool[2]) return { kind: 'function-call', calls: [{ name: tool[1], arguments: tool[2] }] };
  const fault = /\[\[fault:([a-z0-9-]+)\]\]/i.exec(input)?.[1]?.toLowerCase();
  switch (fault) {
    case '401':
      return { kind: 'http-error', status: 401 };
    case '429':
      return {
        kind: 'http-error',
        status: 429,
        code: 'rate_limit_exceeded',
        headers: { 'retry-after': String(MARKER_RETRY_AFTER_SECONDS) },
      };
    case '500':
      return { kind: 'http-error', status: 500 };
    case '503':
      return { kind: 'http-error', status: 503 };
    case 'hang':
      return { kind: 'hang' };
    case 'stall':
      return { kind: 'stall', afterDeltas: MARKER_DELTAS_BEFORE_FAULT };
    case 'cut':
      return { kind: 'cut', afterDeltas: MARKER_DELTAS_BEFORE_FAULT };
    case 'failed':
      return { kind: 'failed', afterDeltas: MARKER_DELTAS_BEFORE_FAULT };
    case 'error-event':
      return { kind: 'error-event', afterDeltas: MARKER_DELTAS_BEFORE_FAULT };
    default:
      break;
  }
  return { kind: 'text', text: simulatedAnswer(input), chunkDelayMs: DEFAULT_CHUNK_DELAY_MS };
}

/** The fake's tokenizer: about four characters per token, for usage and `max_output_tokens`. */
function tokensOf(text: string): number {
  return Math.ceil(text.length / 4);
}

const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

function invalidRequest(message: string, param: string | null, code: string | null = null): ApiErrorBody {
  return { message, type: 'invalid_request_error', param, code };
}

/** What api.openai.com says about a strict function schema it cannot enforce; undefined when it is fine. */
function strictSchemaProblem(node: unknown, context: string[] = []): string | undefined {
  if (!isRecord(node)) return undefined;
  const where = `In context=(${context.map((part) => `'${part}'`).join(', ')})`;
  if (Array.isArray(node.anyOf)) {
    for (const [index, member] of node.anyOf.entries()) {
      const problem = strictSchemaProblem(member, [...context, 'anyOf', String(index)]);
      if (problem) return problem;
    }
  }
  const isObject = node.type === 'object' || (Array.isArray(node.type) && node.type.includes('object'));
  if (!isObject) return undefined;
  if (node.additionalProperties !== false) {
    return `${where}, 'additionalProperties' is required to be supplied and to be false.`;
  }
  const properties = isRecord(node.properties) ? node.properties : {};
  const required = Array.isArray(node.required) ? node.required : [];
  const missing = Object.keys(properties).find((key) => !required.includes(key));
  if (missing !== undefined) {
    return `${where}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`;
  }
  for (const [key, value] of Object.entries(properties)) {
    const problem = strictSchemaProblem(value, [...context, 'properties', key]);
    if (problem) return problem;
  }
  return undefined;
}

/** The checks api.openai.com makes on `tools` before generating anything. */
function toolsProblem(tools: unknown): ApiErrorBody | undefined {
  if (tools === undefined) return undefined;
  if (!Array.isArray(tools)) {
    return invalidRequest(
      "Invalid type for 'tools': expected an array, but got an object instead.",
      'tools',
      'invalid_type',
    );
  }
  for (const [index, tool] of tools.entries()) {
    if (!isRecord(tool) || tool.type !== 'function') continue;
    if (typeof tool.name !== 'string' || !FUNCTION_NAME.test(tool.name)) {
      return invalidRequest(
        `Invalid 'tools[${index}].name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.`,
        `tools[${index}].name`,
        'invalid_value',
      );
    }
    if (!isRecord(tool.parameters) || tool.parameters.type !== 'object') {
      return invalidRequest(
        `Invalid schema for function '${tool.name}': schema must be a JSON Schema of 'type: "object"'.`,
        `tools[${index}].parameters`,
        'invalid_function_parameters',
      );
    }
    const problem = tool.strict === true ? strictSchemaProblem(tool.parameters) : undefined;
    if (problem) {
      return invalidRequest(
        `Invalid schema for function '${tool.name}': ${problem}`,
        `tools[${index}].parameters`,
        'invalid_function_parameters',
      );
    }
  }
  return undefined;
}

function declaredFunctions(tools: unknown): string[] {
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((tool: unknown) =>
    isRecord(tool) && tool.type === 'function' && typeof tool.name === 'string' ? [tool.name] : [],
  );
}

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

export function simulatedToolAnswer(toolNames: readonly string[]): string {
  return `Respuesta simulada de OpenAI con los resultados de: ${toolNames.join(', ')}.`;
}

/** The `function_call_output` items of a Responses API `input`, in order. */
export function functionCallOutputs(input: unknown): Array<{ call_id: unknown; output: unknown }> {
  if (!Array.isArray(input)) return [];
  return input.filter(
    (item: unknown): item is { call_id: unknown; output: unknown } =>
      isRecord(item) && item.type === 'function_call_output',
  );
}

/** The text of the last user message, however the Responses API `input` was shaped. */
export function inputText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (!Array.isArray(input)) return '';
  for (let index = input.length - 1; index >= 0; index -= 1) {
    const item: unknown = input[index];
    if (!isRecord(item) || item.role !== 'user') continue;
    if (item.type !== undefined && item.type !== 'message') continue;
    const { content } = item;
    if (typeof content === 'string') return content;
    if (Array.isArray(content)) {
      return content
        .map((part: unknown) =>
          isRecord(part) && part.type === 'input_text' && typeof part.text === 'string' ? part.text : '',
        )
        .join('');
    }
  }
  return '';
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

interface ApiErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

function serverErrorMessage(requestId: string): string {
  return (
    'An error occurred while processing your request. You can retry your request, or contact us through our ' +
    `help center at help.openai.com if the error persists. Please include the request ID ${requestId} in your message.`
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** OpenAI echoes a rejected key with its middle masked. */
function maskKey(key: string): string {
  if (key.length <= 8) return '*'.repeat(key.length);
  const head = key.slice(0, Math.min(8, Math.floor(key.length / 3)));
  const tail = key.slice(-4);
  return `${head}${'*'.repeat(key.length - head.length - tail.length)}${tail}`;
}

function bearerKey(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '');
  return match?.[1]?.trim();
}

function defaultErrorBody(status: number, context: { model: string; key: string | undefined }): ApiErrorBody {
  switch (status) {
    case 400:
      return { message: 'Invalid request.', type: 'invalid_request_error', param: null, code: null };
    case 401:
      return {
        message:
          `Incorrect API key provided: ${maskKey(context.key ?? '')}. ` +
          'You can find your API key at https://platform.openai.com/account/api-keys.',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      };
    case 403:
      return {
        message: `Project does not have access to model ${context.model}.`,
        type: 'invalid_request_error',
        param: null,
        code: 'model_not_found',
      };
    case 404:
      return {
        message: `The model '${context.model}' does not exist or you do not have access to it.`,
        type: 'invalid_request_error',
        param: null,
        code: 'model_not_found',
      };
    case 429:
      return {
        message:
          `Rate limit reached for ${context.model} on tokens per min (TPM): Limit 200000, Used 199500, ` +
          'Requested 1200. Please try again in 7s. Visit https://platform.openai.com/account/rate-limits to learn more.',
        type: 'tokens',
        param: null,
        code: 'rate_limit_exceeded',
      };
    case 500:
      return {
        message: 'The server had an error while processing your request. Sorry about that!',
        type: 'server_error',
        param: null,
        code: null,
      };
    case 502:
      return { message: 'Bad gateway.', type: 'server_error', param: null, code: null };
    case 503:
      return {
        message: 'The engine is currently overloaded, please try again later.',
        type: 'server_error',
        param: null,
        code: null,
      };
    default:
      return {
        message: `Request failed with status ${status}.`,
        type: status >= 500 ? 'server_error' : 'invalid_request_error',
        param: null,
        code: null,
      };
  }
}

function sendJson(
  res: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendError(
  res: ServerResponse,
  status: number,
  error: ApiErrorBody,
  headers?: Record<string, string>,
): void {
  sendJson(res, status, { error }, headers);
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => chunks.push(chunk);
    // Listeners removed once settled: left on a request the fake holds open, they would keep the body
    // alive (through the settled promise they resolve), and memory tests would count it.
    const settle = (body: Buffer | undefined) => {
      req.off('data', onData).off('end', onEnd).off('error', onFailure).off('close', onFailure);
      chunks.length = 0;
      resolve(body);
    };
    const onEnd = () => settle(Buffer.concat(chunks));
    // A client that hangs up mid-body never emits 'end'.
    const onFailure = () => settle(undefined);
    req.on('data', onData).on('end', onEnd).on('error', onFailure).on('close', onFailure);
  });
}

/** Parses a `multipart/form-data` body (RFC 7578) as the SDK's FormData sends it; undefined when malformed. */
export function parseMultipart(body: Buffer, contentType: string | undefined): MultipartBody | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  const marker = boundary?.[1] ?? boundary?.[2]?.trim();
  if (!marker) return undefined;
  const delimiter = Buffer.from(`--${marker}`);
  const parsed: MultipartBody = { fields: {}, files: {} };
  let start = body.indexOf(delimiter);
  if (start < 0) return undefined;
  for (;;) {
    start += delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') return parsed;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd);
    if (headerEnd < 0 || next < 0) return undefined;
    const headers = body.subarray(start, headerEnd).toString('utf8');
    const content = body.subarray(headerEnd + 4, next);
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) return undefined;
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    if (filename === undefined) {
      parsed.fields[name] = content.toString('utf8');
    } else {
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
      parsed.files[name] = { filename, contentType: type, size: content.length };
    }
    start = next + 2;
  }
}

/** One in-flight streamed response: owns its timers so a disconnect or shutdown leaves nothing scheduled. */
class Exchange {
  closed = false;
  private readonly cancels = new Set<() => void>();
  private readonly closeHandlers: Array<() => void> = [];

  constructor(readonly res: ServerResponse) {
    res.on('close', () => this.markClosed());
  }

  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.closeHandlers.push(handler);
  }

  /** Resolves true after `ms`, or false as soon as the exchange is over. */
  pause(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (ms <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const cancel = () => {
        clearTimeout(timer);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.cancels.delete(cancel);
        resolve(!this.closed);
      }, ms);
      this.cancels.add(cancel);
    });
  }

  /** Resolves true when `event` settles, or false as soon as the exchange is over. */
  until(event: Promise<unknown>): Promise<boolean> {
    return new Promise((resolve) => {
      this.onClose(() => resolve(false));
      event.then(
        () => resolve(!this.closed),
        () => resolve(false),
      );
    });
  }

  /** Resolves once the bytes reached the socket, so a following `destroy` cannot swallow them. */
  write(chunk: string): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      // Also settle on close: a write to a socket torn down underneath it may never call back.
      const settle = () => {
        this.cancels.delete(settle);
        resolve();
      };
      this.cancels.add(settle);
      this.res.write(chunk, settle);
    });
  }

  end(): void {
    if (this.closed) return;
    this.res.end();
    // Release the conversation now rather than on 'close': a client reacting to the final event must find it free.
    this.markClosed();
  }

  destroy(): void {
    this.res.destroy();
    this.markClosed();
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const cancel of this.cancels) cancel();
    this.cancels.clear();
    for (const handler of this.closeHandlers.splice(0)) handler();
  }
}

interface ResponseContext {
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
}

/** Writes one Responses API event stream with consistent ids, indexes and a gap-free sequence_number. */
class ResponseStreamWriter {
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
        });
      }
      await this.send({
        type: 'response.function_call_arguments.done',
        item_id: itemId,
        output_index: index,
        name: call.name,
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

// Function calls are streamed by the request handler, which must remember their ids for the next turn.
type StreamBehavior = Exclude<Behavior, { kind: 'http-error' } | { kind: 'function-call' }>;

async function runBehavior(
  writer: ResponseStreamWriter,
  exchange: Exchange,
  behavior: StreamBehavior,
  fallbackText: string,
): Promise<void> {
  switch (behavior.kind) {
    case 'hang':
      // Keep the request open without headers until the client gives up or the fake closes.
      return;
    case 'text': {
      writer.open();
      await writer.begin();
      await writer.openMessage();
      const chunks = splitText(behavior.text, behavior.chunkSize ?? 'word');
      if (!(await writer.streamChunks(chunks, behavior.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS))) return;
      await writer.complete();
      return;
    }
    case 'paced': {
      writer.open();
      await writer.begin();
      await writer.openMessage();
      if (!(await writer.streamPaced(behavior.deltas, behavior.intervalMs))) return;
      await writer.complete();
      return;
    }
    case 'held': {
      writer.open();
      await writer.begin();
      await writer.openMessage();
      const chunks = splitText(behavior.text ?? fallbackText);
      const delayMs = behavior.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS;
      const before = Math.min(behavior.afterDeltas ?? MARKER_DELTAS_BEFORE_FAULT, chunks.length);
      if (!(await writer.streamChunks(chunks, delayMs, before))) return;
      if (behavior.trickleMs === undefined) {
        if (!(await exchange.until(behavior.release))) return;
      } else if (!(await writer.trickleUntil(behavior.release, behavior.trickleMs))) {
        return;
      }
      if (!(await writer.streamChunks(chunks.slice(before), delayMs))) return;
      await writer.complete();
      return;
    }
    case 'stall':
    case 'cut': {
      writer.open();
      await writer.begin();
      const chunks = splitText(behavior.text ?? fallbackText);
      const limit = Math.max(0, Math.min(behavior.afterDeltas, chunks.length));
      if (limit > 0) {
        await writer.openMessage();
        if (!(await writer.streamChunks(chunks, behavior.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS, limit)))
          return;
      }
      // A stall leaves the socket open and silent; a cut drops it before any terminal event.
      if (behavior.kind === 'cut') exchange.destroy();
      return;
    }
    case 'failed':
    case 'error-event': {
      writer.open();
      await writer.begin();
      const chunks = splitText(behavior.text ?? fallbackText);
      const limit = Math.max(0, Math.min(behavior.afterDeltas ?? 0, chunks.length));
      if (limit > 0) {
        await writer.openMessage();
        if (!(await writer.streamChunks(chunks, behavior.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS, limit)))
          return;
      }
      const message = behavior.message ?? serverErrorMessage(writer.requestId);
      if (behavior.kind === 'failed') await writer.fail(message);
      else await writer.errorEvent(behavior.shape ?? 'nested', behavior.code ?? 'server_error', message);
      return;
    }
  }
}

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const apiKey = options.apiKey ?? DEFAULT_API_KEY;
  const host = options.host ?? '127.0.0.1';
  const requests: RecordedRequest[] = [];
  const conversations = new Set<string>();
  const conversationDetails = new Map<string, { createdAt: number; metadata: Record<string, string> }>();
  const busyConversations = new Map<string, Exchange>();
  /** Function calls a conversation's last response made and that still await their output: call_id → name. */
  const pendingCalls = new Map<string, Map<string, string>>();
  const exchanges = new Set<Exchange>();
  const sockets = new Set<Socket>();
  const script: Behavior[] = [];
  const transcriptionScript: TranscriptionBehavior[] = [];
  const transcriptionText = options.transcriptionText ?? DEFAULT_TRANSCRIPTION;
  const holds = new HeldAnswers();
  const recordRequests = options.recordRequests ?? true;

  function conversationObject(id: string): Conversation {
    const details = conversationDetails.get(id) ?? { createdAt: nowSeconds(), metadata: {} };
    conversationDetails.set(id, details);
    return { id, object: 'conversation', created_at: details.createdAt, metadata: details.metadata };
  }

  function conversationNotFound(res: ServerResponse, id: string): void {
    // Observed live: 404, invalid_request_error, with neither param nor code set.
    sendError(res, 404, {
      message: `Conversation with id '${id}' not found.`,
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
  }

  function metadataFrom(value: unknown): Record<string, string> {
    if (!isRecord(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  }

  function handleConversations(
    req: IncomingMessage,
    res: ServerResponse,
    id: string | undefined,
    body: unknown,
  ) {
    const method = req.method ?? 'GET';
    if (id === undefined) {
      if (method !== 'POST') return invalidUrl(req, res);
      const newId = `conv_${hex(24)}`;
      conversations.add(newId);
      conversationDetails.set(newId, {
        createdAt: nowSeconds(),
        metadata: metadataFrom(isRecord(body) ? body.metadata : undefined),
      });
      return sendJson(res, 200, conversationObject(newId));
    }
    if (!conversations.has(id)) return conversationNotFound(res, id);
    switch (method) {
      case 'GET':
        return sendJson(res, 200, conversationObject(id));
      case 'POST': {
        const current = conversationObject(id);
        conversationDetails.set(id, {
          createdAt: current.created_at,
          metadata: metadataFrom(isRecord(body) ? body.metadata : undefined),
        });
        return sendJson(res, 200, conversationObject(id));
      }
      case 'DELETE': {
        conversations.delete(id);
        conversationDetails.delete(id);
        pendingCalls.delete(id);
        const deleted: ConversationDeletedResource = { id, object: 'conversation.deleted', deleted: true };
        return sendJson(res, 200, deleted);
      }
      default:
        return invalidUrl(req, res);
    }
  }

  function invalidUrl(req: IncomingMessage, res: ServerResponse): void {
    sendError(res, 404, {
      message: `Invalid URL (${req.method ?? 'GET'} ${req.url ?? '/'})`,
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
  }

  async function handleResponses(
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
    requestId: string,
    key: string,
  ) {
    if (req.method !== 'POST') return invalidUrl(req, res);
    if (!isRecord(body) || typeof body.model !== 'string' || body.model === '') {
      return sendError(res, 400, {
        message: "Missing required parameter: 'model'.",
        type: 'invalid_request_error',
        param: 'model',
        code: 'missing_required_parameter',
      });
    }
    if (body.stream !== true) {
      return sendError(res, 400, {
        message: "This fake only implements streamed responses: send 'stream': true.",
        type: 'invalid_request_error',
        param: 'stream',
        code: 'unsupported_value',
      });
    }
    const { conversation } = body;
    const conversationId =
      typeof conversation === 'string'
        ? conversation
        : isRecord(conversation) && typeof conversation.id === 'string'
          ? conversation.id
          : undefined;
    if (conversationId !== undefined && !conversations.has(conversationId)) {
      return conversationNotFound(res, conversationId);
    }
    if (conversationId !== undefined && busyConversations.has(conversationId)) {
      return sendError(res, 400, {
        message:
          'Another process is currently operating on this conversation. Please retry in a few seconds.',
        type: 'invalid_request_error',
        param: 'conversation',
        code: 'conversation_locked',
      });
    }

    const receivedAtUs = clockMicros();
    const requestedMax: unknown = body.max_output_tokens ?? null;
    if (requestedMax !== null && !Number.isInteger(requestedMax)) {
      return sendError(
        res,
        400,
        invalidRequest(
          `Invalid type for 'max_output_tokens': expected an integer, but got ${typeof requestedMax} instead.`,
          'max_output_tokens',
          'invalid_type',
        ),
      );
    }
    const maxOutputTokens = typeof requestedMax === 'number' ? requestedMax : null;
    if (maxOutputTokens !== null && maxOutputTokens < 16) {
      return sendError(
        res,
        400,
        invalidRequest(
          "Invalid 'max_output_tokens': integer below minimum value. Expected a value >= 16, but got " +
            `${maxOutputTokens} instead.`,
          'max_output_tokens',
          'integer_below_min_value',
        ),
      );
    }
    const toolProblem = toolsProblem(body.tools);
    if (toolProblem) return sendError(res, 400, toolProblem);
    const pending = conversationId === undefined ? undefined : pendingCalls.get(conversationId);
    const outputs = functionCallOutputs(body.input);
    for (const [index, output] of outputs.entries()) {
      if (typeof output.call_id !== 'string' || !pending?.has(output.call_id)) {
        return sendError(
          res,
          400,
          invalidRequest(
            `No tool call found for function call output with call_id ${String(output.call_id)}.`,
            'input',
          ),
        );
      }
      if (typeof output.output !== 'string' && !Array.isArray(output.output)) {
        return sendError(
          res,
          400,
          invalidRequest(
            `Invalid type for 'input[${index}].output': expected one of a string or array of input content, but got ${typeof output.output} instead.`,
            `input[${index}].output`,
            'invalid_type',
          ),
        );
      }
    }
    const answered = new Set(outputs.map((output) => output.call_id));
    const unanswered = [...(pending?.keys() ?? [])].find((callId) => !answered.has(callId));
    if (unanswered !== undefined) {
      return sendError(
        res,
        400,
        invalidRequest(`No tool output found for function call ${unanswered}.`, 'input'),
      );
    }

    const text = inputText(body.input);
    const answeredTools = [...answered].map((callId) => pending?.get(String(callId)) ?? '');
    const behavior =
      script.shift() ??
      (outputs.length > 0
        ? { kind: 'text', text: simulatedToolAnswer(answeredTools), chunkDelayMs: DEFAULT_CHUNK_DELAY_MS }
        : (options.defaultBehavior ?? behaviorForInput(text, holds)));
    if (behavior.kind === 'http-error') {
      const defaults = defaultErrorBody(behavior.status, { model: body.model, key });
      return sendError(
        res,
        behavior.status,
        {
          message: behavior.message ?? defaults.message,
          type: behavior.type ?? defaults.type,
          param: defaults.param,
          code: behavior.code === undefined ? defaults.code : behavior.code,
        },
        behavior.headers,
      );
    }
    if (behavior.kind === 'function-call') {
      // A real model can only call a declared function, and never when tool_choice is "none": a script
      // asking for it is a broken test, so say so loudly instead of producing an impossible stream.
      const declared = declaredFunctions(body.tools);
      const undeclared = behavior.calls.find((call) => !declared.includes(call.name));
      if (undeclared || body.tool_choice === 'none') {
        return sendError(res, 500, {
          message: `Fake OpenAI: scripted call to ${undeclared ? `undeclared function '${undeclared.name}'` : 'a function with tool_choice "none"'}.`,
          type: 'server_error',
          param: null,
          code: null,
        });
      }
    }

    // The request is accepted: the outputs now belong to the conversation.
    if (conversationId !== undefined) pendingCalls.delete(conversationId);
    const exchange = new Exchange(res);
    exchanges.add(exchange);
    if (conversationId !== undefined) busyConversations.set(conversationId, exchange);
    exchange.onClose(() => {
      exchanges.delete(exchange);
      if (conversationId !== undefined && busyConversations.get(conversationId) === exchange) {
        busyConversations.delete(conversationId);
      }
    });
    const writer = new ResponseStreamWriter(exchange, {
      requestId,
      responseId: `resp_${hex(24)}`,
      itemId: `msg_${hex(24)}`,
      createdAt: nowSeconds(),
      model: body.model,
      conversationId,
      instructions: typeof body.instructions === 'string' ? body.instructions : null,
      tools: Array.isArray(body.tools) ? (body.tools as Tool[]) : [],
      metadata: metadataFrom(body.metadata),
      inputText: text,
      receivedAtUs,
      maxOutputTokens,
    });
    if (behavior.kind !== 'function-call') {
      return runBehavior(writer, exchange, behavior, simulatedAnswer(text));
    }
    const calls: ResponseFunctionToolCall[] = behavior.calls.map((call) => ({
      id: `fc_${hex(24)}`,
      type: 'function_call',
      status: 'completed',
      call_id: `call_${hex(12)}`,
      name: call.name,
      arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
    }));
    const delayMs = behavior.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS;
    writer.open();
    await writer.begin();
    const before: ResponseOutputItem[] = [];
    if (behavior.text) {
      await writer.openMessage();
      if (!(await writer.streamChunks(splitText(behavior.text), delayMs))) return;
      before.push(await writer.closeMessage());
    }
    await writer.streamFunctionCalls(calls, delayMs, before);
    // Like the real API, a response that never completed leaves nothing for the next turn to answer.
    if (writer.completed && conversationId !== undefined) {
      pendingCalls.set(conversationId, new Map(calls.map((call) => [call.call_id, call.name])));
    }
  }

  /** `POST /v1/audio/transcriptions` with the checks api.openai.com makes on the multipart form. */
  function handleTranscription(req: IncomingMessage, res: ServerResponse, body: unknown, key: string) {
    if (req.method !== 'POST') return invalidUrl(req, res);
    // A JSON body (the SDK never sends one here) reads as a form without fields.
    const form = isRecord(body) && isRecord(body.fields) ? (body as unknown as MultipartBody) : undefined;
    const missing = (param: string) =>
      sendError(res, 400, {
        message: `Missing required parameter: '${param}'.`,
        type: 'invalid_request_error',
        param,
        code: 'missing_required_parameter',
      });
    const model = form?.fields.model;
    if (!model) return missing('model');
    const file = form.files.file;
    if (!file) return missing('file');
    const extension = /\.([a-z0-9]+)$/i.exec(file.filename)?.[1]?.toLowerCase() ?? '';
    if (!AUDIO_EXTENSIONS.includes(extension) || file.size === 0) {
      return sendError(res, 400, {
        message: `Invalid file format. Supported formats: ${JSON.stringify(AUDIO_EXTENSIONS)}`,
        type: 'invalid_request_error',
        param: 'file',
        code: 'invalid_value',
      });
    }
    const { language } = form.fields;
    if (language !== undefined && !/^[a-z]{2}$/.test(language)) {
      return sendError(res, 400, {
        message: `Invalid language '${language}'. Language parameter must be specified in ISO-639-1 format.`,
        type: 'invalid_request_error',
        param: 'language',
        code: 'invalid_language_format',
      });
    }
    const behavior = transcriptionScript.shift() ?? { kind: 'text', text: transcriptionText };
    const transcribed = (text: string) =>
      sendJson(res, 200, {
        text,
        usage: { type: 'duration', seconds: Math.max(1, Math.round(file.size / 4_000)) },
      });
    switch (behavior.kind) {
      case 'hang':
        return;
      case 'hold': {
        const answer = () => transcribed(transcriptionText);
        behavior.release.then(answer, answer);
        return;
      }
      case 'http-error': {
        const defaults = defaultErrorBody(behavior.status, { model, key });
        return sendError(
          res,
          behavior.status,
          {
            message: behavior.message ?? defaults.message,
            type: behavior.type ?? defaults.type,
            param: defaults.param,
            code: behavior.code === undefined ? defaults.code : behavior.code,
          },
          behavior.headers,
        );
      }
      case 'text':
        return transcribed(behavior.text);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    const requestId = `req_${hex(16)}`;
    res.setHeader('x-request-id', requestId);

    const raw = await readBody(req);
    const released = req.method === 'POST' ? HOLD_RELEASE_PATH.exec(req.url ?? '')?.[1] : undefined;
    if (released) {
      holds.release(released.toLowerCase());
      // A test may release again much later: a kept-alive socket the fake closed meanwhile would reset it.
      res.writeHead(204, { connection: 'close' }).end();
      return;
    }
    const multipart = /^multipart\/form-data/i.test(req.headers['content-type'] ?? '');
    let body: unknown;
    let malformed = false;
    if (raw && raw.length > 0) {
      if (multipart) {
        body = parseMultipart(raw, req.headers['content-type']);
        malformed = body === undefined;
      } else {
        try {
          body = JSON.parse(raw.toString('utf8')) as unknown;
        } catch {
          malformed = true;
        }
      }
    }
    if (recordRequests) {
      requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', body, headers: req.headers });
    }
    if (raw === undefined || res.destroyed) return;

    const key = bearerKey(req.headers);
    if (key === undefined) {
      return sendError(res, 401, {
        message:
          "You didn't provide an API key. You need to provide your API key in an Authorization header using " +
          'Bearer auth (i.e. Authorization: Bearer YOUR_KEY). You can obtain an API key from ' +
          'https://platform.openai.com/account/api-keys.',
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
    }
    if (key !== apiKey) return sendError(res, 401, defaultErrorBody(401, { model: '', key }));
    if (malformed && multipart) {
      return sendError(res, 400, {
        message: 'Could not parse multipart form.',
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
    }
    if (malformed) {
      return sendError(res, 400, {
        message:
          "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your " +
          'HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)',
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
    }

    const pathname = new URL(req.url ?? '/', 'http://fake.invalid').pathname;
    if (pathname === '/v1/responses') return handleResponses(req, res, body, requestId, key);
    if (pathname === '/v1/audio/transcriptions') return handleTranscription(req, res, body, key);
    const conversationMatch = /^\/v1\/conversations(?:\/([^/]+))?\/?$/.exec(pathname);
    if (conversationMatch) {
      const id = conversationMatch[1] === undefined ? undefined : decodeURIComponent(conversationMatch[1]);
      return handleConversations(req, res, id, body);
    }
    return invalidUrl(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        sendError(res, 500, {
          message: `Fake OpenAI server error: ${error instanceof Error ? error.message : String(error)}`,
          type: 'server_error',
          param: null,
          code: null,
        });
      } else {
        res.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Malformed or reset connections must never surface as an unhandled 'error'.
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', () => undefined);
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  function dropInFlight(): void {
    for (const exchange of [...exchanges]) exchange.destroy();
    busyConversations.clear();
  }

  let closing: Promise<void> | undefined;

  return {
    baseURL: `http://${urlHost}:${port}/v1`,
    apiKey,
    port,
    requests,
    conversations,
    enqueue(...behaviors: Behavior[]) {
      script.push(...behaviors);
    },
    enqueueTranscription(...behaviors: TranscriptionBehavior[]) {
      transcriptionScript.push(...behaviors);
    },
    release(name: string) {
      holds.release(name.toLowerCase());
    },
    reset() {
      holds.clear();
      script.length = 0;
      transcriptionScript.length = 0;
      requests.length = 0;
      conversations.clear();
      conversationDetails.clear();
      pendingCalls.clear();
      dropInFlight();
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        script.length = 0;
        transcriptionScript.length = 0;
        holds.clear();
        dropInFlight();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
