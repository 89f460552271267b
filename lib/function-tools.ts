import { z } from 'zod';

/**
 * The machinery every function tool shares, whatever it knows about: zod arguments that are also the
 * strict JSON Schema the model sees, and Spanish error objects instead of exceptions, so a model that
 * calls a tool badly reads what was wrong and can correct it. The tax tools and the knowledge search are
 * both registries of this shape; the OpenAI provider offers their union as one registry.
 */

export interface FunctionTool<S extends z.ZodType = z.ZodType, R extends object = object> {
  description: string;
  schema: S;
  /** May throw `InsufficientDataError` for valid arguments that still do not allow an answer. */
  run(args: z.output<S>): R;
}

/** Ties `run`'s argument type to the schema; a registry is a plain object of these, keyed by tool name. */
export function defineTool<S extends z.ZodType, R extends object>(
  tool: FunctionTool<S, R>,
): FunctionTool<S, R> {
  return tool;
}

export type ToolRegistry = Readonly<Record<string, FunctionTool>>;

/** Arguments that pass the schema but leave the tool without a basis; its message is shown to the model. */
export class InsufficientDataError extends Error {
  override readonly name = 'InsufficientDataError';
}

/** A success carries the tool's name, so a mixed list of results can be told apart by `tool`. */
export type ToolSuccess<T extends ToolRegistry> = {
  [K in keyof T & string]: { ok: true; tool: K } & ReturnType<T[K]['run']>;
}[keyof T & string];

export interface ToolFailure {
  ok: false;
  tool: string;
  error: {
    code: 'unknown_tool' | 'invalid_json' | 'invalid_arguments' | 'insufficient_data';
    message: string;
  };
}

export type ToolResult<T extends ToolRegistry> = ToolSuccess<T> | ToolFailure;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'argumentos'}: ${issue.message}`)
    .join('; ');
}

/** Runs a tool on already-parsed arguments (offline) or on raw JSON text (a model's call); never throws for bad input. */
export function runFunctionTool<T extends ToolRegistry>(
  tools: T,
  name: string,
  rawArguments: unknown,
): ToolResult<T> {
  const tool = Object.hasOwn(tools, name) ? tools[name] : undefined;
  if (!tool) {
    return {
      ok: false,
      tool: name,
      error: {
        code: 'unknown_tool',
        message: `La herramienta «${name}» no existe. Disponibles: ${Object.keys(tools).join(', ')}.`,
      },
    };
  }
  let candidate = rawArguments;
  if (typeof rawArguments === 'string') {
    try {
      candidate = JSON.parse(rawArguments) as unknown;
    } catch {
      return {
        ok: false,
        tool: name,
        error: { code: 'invalid_json', message: 'Los argumentos no son un JSON válido.' },
      };
    }
  }
  const parsed = tool.schema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      tool: name,
      error: {
        code: 'invalid_arguments',
        message: `Argumentos no válidos: ${describeIssues(parsed.error)}.`,
      },
    };
  }
  try {
    // The mapped success type cannot follow a name only known at run time; `tool` is `tools[name]`.
    return { ok: true, tool: name, ...tool.run(parsed.data) } as ToolSuccess<T>;
  } catch (error) {
    if (error instanceof InsufficientDataError) {
      return { ok: false, tool: name, error: { code: 'insufficient_data', message: error.message } };
    }
    throw error;
  }
}

export interface FunctionToolDefinition<Name extends string = string> {
  type: 'function';
  name: Name;
  description: string;
  parameters: Record<string, unknown>;
  strict: true;
}

/** A registry as Responses API function definitions (strict JSON Schema generated from the zod schemas). */
export function functionToolDefinitions<T extends ToolRegistry>(
  tools: T,
): Array<FunctionToolDefinition<keyof T & string>> {
  return (Object.keys(tools) as Array<keyof T & string>).map((name) => {
    const tool = tools[name] as FunctionTool;
    const parameters: Record<string, unknown> = z.toJSONSchema(tool.schema, { io: 'input' });
    // The dialect marker is noise to the API; the rest is the strict schema the model must follow.
    delete parameters.$schema;
    return { type: 'function', name, description: tool.description, parameters, strict: true };
  });
}
