import { invalidRequest, type ApiErrorBody } from './http-replies';

/**
 * Reading a Responses API request body, and the checks api.openai.com makes on it before generating anything
 * (strict JSON schemas on `tools`, `max_output_tokens`, function call outputs), so a request the real API
 * would reject fails against the fake too.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

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
export function toolsProblem(tools: unknown): ApiErrorBody | undefined {
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

export function declaredFunctions(tools: unknown): string[] {
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((tool: unknown) =>
    isRecord(tool) && tool.type === 'function' && typeof tool.name === 'string' ? [tool.name] : [],
  );
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

/** The string entries of a request's `metadata`. */
export function metadataFrom(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** The checks api.openai.com makes on `max_output_tokens` (`null` when the request left it unset). */
export function maxOutputTokensProblem(requested: unknown): ApiErrorBody | undefined {
  if (requested !== null && !Number.isInteger(requested)) {
    return invalidRequest(
      `Invalid type for 'max_output_tokens': expected an integer, but got ${typeof requested} instead.`,
      'max_output_tokens',
      'invalid_type',
    );
  }
  if (typeof requested === 'number' && requested < 16) {
    return invalidRequest(
      "Invalid 'max_output_tokens': integer below minimum value. Expected a value >= 16, but got " +
        `${requested} instead.`,
      'max_output_tokens',
      'integer_below_min_value',
    );
  }
  return undefined;
}

/**
 * The checks api.openai.com makes on `function_call_output` items: each answers a call of the conversation's
 * last response (`pending`: call_id → name), with a string or content array, and no pending call is left out.
 */
export function functionCallOutputsProblem(
  outputs: Array<{ call_id: unknown; output: unknown }>,
  pending: ReadonlyMap<string, string> | undefined,
): ApiErrorBody | undefined {
  for (const [index, output] of outputs.entries()) {
    if (typeof output.call_id !== 'string' || !pending?.has(output.call_id)) {
      return invalidRequest(
        `No tool call found for function call output with call_id ${String(output.call_id)}.`,
        'input',
      );
    }
    if (typeof output.output !== 'string' && !Array.isArray(output.output)) {
      return invalidRequest(
        `Invalid type for 'input[${index}].output': expected one of a string or array of input content, but got ${typeof output.output} instead.`,
        `input[${index}].output`,
        'invalid_type',
      );
    }
  }
  const unanswered = [...(pending?.keys() ?? [])].find(
    (callId) => !outputs.some((output) => output.call_id === callId),
  );
  if (unanswered !== undefined) {
    return invalidRequest(`No tool output found for function call ${unanswered}.`, 'input');
  }
  return undefined;
}

/**
 * `stream_options` as api.openai.com reads it: whether the streamed delta events carry their random
 * `obfuscation` padding (the default) or not (`include_obfuscation: false`); a value of the wrong type is
 * refused the way the API refuses one.
 */
export function streamObfuscation(
  streamOptions: unknown,
): { ok: true; obfuscate: boolean } | { ok: false; error: ApiErrorBody } {
  if (streamOptions === undefined || streamOptions === null) return { ok: true, obfuscate: true };
  if (!isRecord(streamOptions)) {
    return {
      ok: false,
      error: invalidRequest(
        `Invalid type for 'stream_options': expected an object, but got ${Array.isArray(streamOptions) ? 'an array' : typeof streamOptions} instead.`,
        'stream_options',
        'invalid_type',
      ),
    };
  }
  const include = streamOptions.include_obfuscation;
  if (include !== undefined && include !== null && typeof include !== 'boolean') {
    return {
      ok: false,
      error: invalidRequest(
        `Invalid type for 'stream_options.include_obfuscation': expected a boolean, but got ${typeof include} instead.`,
        'stream_options.include_obfuscation',
        'invalid_type',
      ),
    };
  }
  return { ok: true, obfuscate: include !== false };
}
