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

/** `text` is the data of one SSE event: a JSON object. */
export function parseResponsesStreamEvent(text: string): ResponsesStreamEvent {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MalformedEventError('(not JSON)', error);
  }
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  switch (type) {
    case 'response.output_text.delta':
      return { kind: 'text', delta: parseAs(textDeltaSchema, type, data).delta };
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
