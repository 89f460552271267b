import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Behavior } from './behaviors';

/** Replies as api.openai.com sends them: JSON bodies, and errors with its status codes and wording. */

export interface ApiErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

export function serverErrorMessage(requestId: string): string {
  return (
    'An error occurred while processing your request. You can retry your request, or contact us through our ' +
    `help center at help.openai.com if the error persists. Please include the request ID ${requestId} in your message.`
  );
}

export function invalidRequest(
  message: string,
  param: string | null,
  code: string | null = null,
): ApiErrorBody {
  return { message, type: 'invalid_request_error', param, code };
}

/** OpenAI echoes a rejected key with its middle masked. */
function maskKey(key: string): string {
  if (key.length <= 8) return '*'.repeat(key.length);
  const head = key.slice(0, Math.min(8, Math.floor(key.length / 3)));
  const tail = key.slice(-4);
  return `${head}${'*'.repeat(key.length - head.length - tail.length)}${tail}`;
}

export function defaultErrorBody(
  status: number,
  context: { model: string; key: string | undefined },
): ApiErrorBody {
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

export function sendJson(
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

export function sendError(
  res: ServerResponse,
  status: number,
  error: ApiErrorBody,
  headers?: Record<string, string>,
): void {
  sendJson(res, status, { error }, headers);
}

/** A scripted `http-error`: what the script sets, and the real API's wording for the rest. */
export function sendScriptedError(
  res: ServerResponse,
  behavior: Extract<Behavior, { kind: 'http-error' }>,
  context: { model: string; key: string | undefined },
): void {
  const defaults = defaultErrorBody(behavior.status, context);
  sendError(
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

export function missingParameter(param: string): ApiErrorBody {
  return {
    message: `Missing required parameter: '${param}'.`,
    type: 'invalid_request_error',
    param,
    code: 'missing_required_parameter',
  };
}

export function invalidUrl(req: IncomingMessage, res: ServerResponse): void {
  sendError(res, 404, {
    message: `Invalid URL (${req.method ?? 'GET'} ${req.url ?? '/'})`,
    type: 'invalid_request_error',
    param: null,
    code: null,
  });
}

export function conversationNotFound(res: ServerResponse, id: string): void {
  // Observed live: 404, invalid_request_error, with neither param nor code set.
  sendError(res, 404, {
    message: `Conversation with id '${id}' not found.`,
    type: 'invalid_request_error',
    param: null,
    code: null,
  });
}
