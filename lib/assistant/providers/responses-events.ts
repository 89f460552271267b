import { z } from 'zod';

/**
 * The few Responses stream events the assistant acts on, checked at the boundary: a malformed event is a
 * failed answer, never a crash or a wrong answer. Every other event type passes as `other` (the API adds
 * new ones over time).
 */

const functionCallSchema = z.object({
  type: z.literal('function_call'),
  call_id: z.string().min(1),
  name: z.string().min(1),
  arguments: z.string(),
});

export type FunctionCall = z.infer<typeof functionCallSchema>;

const textDeltaSchema = z.object({ delta: z.string() });
const itemDoneSchema = z.object({ item: z.object({ type: z.string() }).loose() });
const tokenCount = z.number().int().nonnegative();
/** The response a terminal event carries: what it cost and, when cut short, why. */
const finishedSchema = z.object({
  response: z
    .object({
      usage: z.object({ input_tokens: tokenCount, output_tokens: tokenCount }).loose().nullish(),
      incomplete_details: z.object({ reason: z.string().nullish() }).loose().nullish(),
    })
    .loose()
    .optional(),
});

/** Tokens an upstream response used (0 when an OpenAI-compatible endpoint does not report them). */
export interface Spent {
  inputTokens: number;
  outputTokens: number;
}

const NOTHING_SPENT: Spent = { inputTokens: 0, outputTokens: 0 };

export type ResponsesStreamEvent =
  | { kind: 'text'; delta: string }
  | { kind: 'function-call'; call: FunctionCall }
  | ({ kind: 'completed' } & Spent)
  | ({ kind: 'failed' } & Spent)
  /** `reason` is `max_output_tokens` when the answer hit its length limit. */
  | ({ kind: 'incomplete'; reason: string | undefined } & Spent)
  | { kind: 'other' };

export class MalformedEventError extends Error {
  constructor(type: string, cause: unknown) {
    super(`Malformed Responses stream event: ${type}`, { cause });
    this.name = 'MalformedEventError';
  }
}

function parseAs<T>(schema: z.ZodType<T>, type: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new MalformedEventError(type, result.error);
  return result.data;
}

function spentBy(finished: z.infer<typeof finishedSchema>): Spent {
  const usage = finished.response?.usage;
  return usage ? { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens } : NOTHING_SPENT;
}

/**
 * Events the assistant never reads. Several are large (`response.created` and `response.in_progress` echo
 * the instructions and every tool schema: about 9 KB each per answer), so they are recognised by the
 * `type` the API writes first, on the bytes, and never decoded or parsed. Any other spelling is parsed and
 * checked as usual.
 */
const UNREAD_EVENT_TYPES = new Set([
  'response.created',
  'response.in_progress',
  'response.output_item.added',
  'response.content_part.added',
  'response.content_part.done',
  'response.output_text.done',
  'response.function_call_arguments.delta',
  'response.function_call_arguments.done',
]);
const LEADING_TYPE = Buffer.from('{"type":"');
const QUOTE = 0x22;
/** Longer than any event type: a "type" that does not end by then is left to the full parse. */
const MAX_TYPE_BYTES = 64;

/** The `type` an event's bytes start with, as the API writes it (`{"type":"…"`); undefined otherwise. */
function leadingType(data: Buffer): string | undefined {
  const from = LEADING_TYPE.length;
  if (data.length <= from || data.compare(LEADING_TYPE, 0, from, 0, from) !== 0) return undefined;
  const end = data.indexOf(QUOTE, from);
  if (end === -1 || end - from > MAX_TYPE_BYTES) return undefined;
  // Event types are ASCII: latin1 reads them without a UTF-8 decoder.
  return data.toString('latin1', from, end);
}

const USAGE_KEY = Buffer.from('"usage":{');
const usageSchema = z.object({ input_tokens: tokenCount, output_tokens: tokenCount }).loose();

/**
 * `response.completed` echoes the whole response (instructions, tools, output: about 9 KB) when only its
 * `usage` is read, to charge the token budget. The API writes `usage` after the echoed instructions, tools
 * and output, so its last `"usage":{` (quotes inside JSON strings are escaped, so this is a key) is the
 * response's own: only that small object is decoded and parsed. Undefined when that does not hold (no such
 * key, `usage` null, not the expected shape): the caller parses the whole event then.
 */
function completedUsage(data: Buffer): Spent | undefined {
  const at = data.lastIndexOf(USAGE_KEY);
  if (at === -1) return undefined;
  const start = at + USAGE_KEY.length - 1;
  let depth = 0;
  for (let index = start; index < data.length; index += 1) {
    const byte = data[index];
    if (byte === QUOTE) {
      // Skips a string: its braces are text, and an escaped quote does not end it.
      for (index += 1; index < data.length && data[index] !== QUOTE; index += 1) {
        if (data[index] === 0x5c /* backslash */) index += 1;
      }
    } else if (byte === 0x7b /* { */) depth += 1;
    else if (byte === 0x7d /* } */ && --depth === 0) {
      let usage: unknown;
      try {
        usage = JSON.parse(data.toString('utf8', start, index + 1));
      } catch {
        return undefined;
      }
      const checked = usageSchema.safeParse(usage);
      if (!checked.success) return undefined;
      return { inputTokens: checked.data.input_tokens, outputTokens: checked.data.output_tokens };
    }
  }
  return undefined;
}

const DELTA_KEY = Buffer.from('"delta":"');
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;

/**
 * The text of a `response.output_text.delta` read off its bytes, the one event per delta: only the text
 * is decoded, with no string of the whole event and no object of its other members (ids, `logprobs`,
 * `obfuscation`). It holds when the API's shape is plain: only scalar members before `"delta":"` and no
 * backslash up to the text's closing quote (an escaped quote or `\n` in the text, or an id with one),
 * so that key is the event's own and the text needs no unescaping. As with `usage` below, what follows
 * the text is not read. Undefined otherwise: the caller parses the whole event then.
 */
function plainDelta(data: Buffer): string | undefined {
  const at = data.indexOf(DELTA_KEY, LEADING_TYPE.length);
  if (at === -1) return undefined;
  const start = at + DELTA_KEY.length;
  const end = data.indexOf(QUOTE, start);
  if (end === -1) return undefined;
  const brace = data.indexOf(OPEN_BRACE, 1);
  const bracket = data.indexOf(OPEN_BRACKET);
  const backslash = data.indexOf(BACKSLASH);
  if ((brace !== -1 && brace < at) || (bracket !== -1 && bracket < at)) return undefined;
  if (backslash !== -1 && backslash < end) return undefined;
  const after = data[end + 1];
  if (after !== COMMA && after !== CLOSE_BRACE) return undefined;
  // JSON.parse would take a repeated key's last value.
  if (data.indexOf(DELTA_KEY, end) !== -1) return undefined;
  return data.toString('utf8', start, end);
}

/** `data` is the data of one SSE event, undecoded: a JSON object. */
export function parseResponsesStreamEvent(data: Buffer): ResponsesStreamEvent {
  const type = leadingType(data);
  if (type !== undefined) {
    if (type === 'response.output_text.delta') {
      const delta = plainDelta(data);
      if (delta !== undefined) return { kind: 'text', delta };
    }
    if (UNREAD_EVENT_TYPES.has(type)) return { kind: 'other' };
    if (type === 'response.completed') {
      const spent = completedUsage(data);
      if (spent !== undefined) return { kind: 'completed', ...spent };
    }
  }
  return parseDecodedEvent(data.toString('utf8'));
}

function parseDecodedEvent(text: string): ResponsesStreamEvent {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MalformedEventError('(not JSON)', error);
  }
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  switch (type) {
    case 'response.output_text.delta': {
      // The one event per delta: its only field read is checked by hand, with no copy of the object.
      const delta = (data as { delta?: unknown }).delta;
      if (typeof delta === 'string') return { kind: 'text', delta };
      // Throws, naming what is wrong.
      return { kind: 'text', delta: parseAs(textDeltaSchema, type, data).delta };
    }
    case 'response.output_item.done': {
      const { item } = parseAs(itemDoneSchema, type, data);
      if (item.type !== 'function_call') return { kind: 'other' };
      return { kind: 'function-call', call: parseAs(functionCallSchema, type, item) };
    }
    case 'response.completed':
      return { kind: 'completed', ...spentBy(parseAs(finishedSchema, type, data)) };
    case 'response.failed':
      return { kind: 'failed', ...spentBy(parseAs(finishedSchema, type, data)) };
    case 'error':
      return { kind: 'failed', ...NOTHING_SPENT };
    case 'response.incomplete': {
      const finished = parseAs(finishedSchema, type, data);
      const reason = finished.response?.incomplete_details?.reason ?? undefined;
      return { kind: 'incomplete', reason, ...spentBy(finished) };
    }
    default:
      // An event with no `type` but an `error` object is how api.openai.com reports a failure mid-stream.
      if (typeof data === 'object' && data !== null && 'error' in data && data.error)
        return { kind: 'failed', ...NOTHING_SPENT };
      if (typeof type !== 'string') throw new MalformedEventError(String(type), data);
      return { kind: 'other' };
  }
}
