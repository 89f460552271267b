import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import OpenAI from 'openai';
import type { ResponseCreateParamsStreaming } from 'openai/resources/responses/responses';
import { toWebHeaders } from '../../web-headers';
import { abortableDelay } from '../abortable-delay';
import { retryAfterMs } from './openai-errors';
import { parseResponsesStreamEvent, type ResponsesStreamEvent } from './responses-events';
import { SseDataParser } from './sse-parser';
import { outcomeOfError, outcomeOfStatus, type UpstreamOutcome } from './upstream-observer';

/**
 * `POST /responses` with `stream: true`, read with `node:http` and a line parser instead of the SDK's
 * fetch + WHATWG streams + async iterators: the same bytes for about 40 % less CPU per delta
 * (docs/performance.md).
 * Everything else keeps the SDK's behaviour, so callers see the same errors: its error classes built from
 * the status and body (`APIError.generate`), its retry rules and back-off before the first byte, a
 * timeout for the response headers, and an iteration that ends quietly when the caller aborts.
 */

export interface ResponsesStreamClientOptions {
  baseURL: string;
  apiKey: string;
  organization?: string | null;
  project?: string | null;
  /** Bounds the wait for response headers (then `APIConnectionTimeoutError`, retried like the SDK does). */
  headersTimeoutMs: number;
  maxRetries: number;
  /** Each attempt's outcome and its wait for the response headers (retries are attempts of their own). */
  observe?: (outcome: UpstreamOutcome, seconds: number) => void;
}

/**
 * A kept-alive connection unused this long is closed. The pool has no size cap: between two answers a
 * session's connection waits in it, and a cap below the number of sessions would close and reopen
 * connections (a TLS handshake each with api.openai.com) on every answer.
 */
const IDLE_CONNECTION_MS = 30_000;
/** An error body longer than this is cut: it is only read for its `error` object. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
const INITIAL_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 8_000;
/** A longer wait asked by the upstream is not obeyed: the default back-off applies, as in the SDK. */
const MAX_ASKED_RETRY_DELAY_MS = 60_000;

/** The SDK's retry rule: the server's `x-should-retry` wins, then timeouts, lock timeouts, rate limits, 5xx. */
function shouldRetryStatus(status: number, headers: Headers): boolean {
  const hint = headers.get('x-should-retry');
  if (hint === 'true') return true;
  if (hint === 'false') return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** The SDK's back-off: what the upstream asked for (up to a minute), else 0.5 s doubling to 8 s, −25 % jitter. */
export function retryDelayMs(retryIndex: number, headers: Headers | undefined): number {
  const asked = retryAfterMs(headers);
  if (asked !== undefined && asked <= MAX_ASKED_RETRY_DELAY_MS) return asked;
  const delay = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** retryIndex, MAX_RETRY_DELAY_MS);
  return delay * (1 - Math.random() * 0.25);
}

/** Reads an error body (cut at a bound) for its JSON; an abort stops the wait like any other. */
async function readErrorBody(response: IncomingMessage, signal: AbortSignal): Promise<unknown> {
  const onAbort = () => response.destroy();
  signal.addEventListener('abort', onAbort, { once: true });
  const text = await new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      if (size >= MAX_ERROR_BODY_BYTES) return;
      chunks.push(chunk);
      size += chunk.length;
    });
    const done = () => resolve(Buffer.concat(chunks).toString('utf8'));
    response.on('end', done);
    response.on('error', done);
    response.on('close', done);
  });
  signal.removeEventListener('abort', onAbort);
  if (signal.aborted) throw new OpenAI.APIUserAbortError();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * A kept-alive connection the upstream closed just as it was reused (a race every HTTP/1.1 client has):
 * the request never got an answer, so it is sent once more on a new connection.
 */
class StaleConnectionError extends OpenAI.APIConnectionError {}

const DONE = Buffer.from('[DONE]');
/** The stream's end as OpenAI-compatible servers mark it. */
const isDone = (data: Buffer) =>
  data.length >= DONE.length && data.compare(DONE, 0, DONE.length, 0, DONE.length) === 0;

export class ResponsesStreamClient {
  private readonly url: URL;
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;
  private constantPart:
    { instructions: ResponseCreateParamsStreaming['instructions']; tools: unknown; tail: Buffer } | undefined;

  constructor(private readonly options: ResponsesStreamClientOptions) {
    this.url = new URL(`${options.baseURL.replace(/\/+$/, '')}/responses`);
    const secure = this.url.protocol === 'https:';
    const pool = { keepAlive: true, maxFreeSockets: Number.POSITIVE_INFINITY, timeout: IDLE_CONNECTION_MS };
    this.agent = secure ? new HttpsAgent(pool) : new HttpAgent(pool);
    this.send = secure ? httpsRequest : httpRequest;
  }

  /** Resolves once the stream has started (status 200); every failure before that rejects as the SDK would. */
  async open(
    body: ResponseCreateParamsStreaming,
    signal: AbortSignal,
  ): Promise<AsyncIterable<ResponsesStreamEvent>> {
    const payload = this.encode(body);
    let retryIndex = 0;
    let staleConnectionReplaced = false;
    for (;;) {
      const retriesLeft = this.options.maxRetries - retryIndex;
      let response: IncomingMessage;
      const startedAt = performance.now();
      const report = (outcome: UpstreamOutcome) =>
        this.options.observe?.(outcome, (performance.now() - startedAt) / 1000);
      try {
        response = await this.startRequest(payload, signal);
      } catch (error) {
        report(outcomeOfError(error));
        if (signal.aborted) throw error;
        // Not a failure of the upstream, and nothing was answered: one free retry on a fresh connection.
        if (error instanceof StaleConnectionError && !staleConnectionReplaced) {
          staleConnectionReplaced = true;
          continue;
        }
        if (retriesLeft <= 0) throw error;
        await abortableDelay(retryDelayMs(retryIndex, undefined), signal);
        retryIndex += 1;
        continue;
      }
      const status = response.statusCode ?? 0;
      report(outcomeOfStatus(status));
      if (status >= 200 && status < 300) return this.events(response, signal);
      const headers = toWebHeaders(response.headers);
      if (retriesLeft > 0 && shouldRetryStatus(status, headers)) {
        response.destroy();
        await abortableDelay(retryDelayMs(retryIndex, headers), signal);
        retryIndex += 1;
        continue;
      }
      const body = await readErrorBody(response, signal);
      // As the SDK does: a JSON body gives the error object, any other text becomes the message.
      const isJson = typeof body === 'object' && body !== null;
      throw OpenAI.APIError.generate(
        status,
        isJson ? body : undefined,
        isJson ? undefined : String(body),
        headers,
      );
    }
  }

  /**
   * The request as UTF-8. Its instructions and tool schemas (about 9 KB, the same for every question) are
   * serialised and encoded once and reused while the caller passes the same values; only the rest of the
   * body (conversation, input) is serialised per request.
   */
  private encode(body: ResponseCreateParamsStreaming): Buffer {
    const { instructions, tools, ...rest } = body;
    let constant = this.constantPart;
    if (constant === undefined || constant.instructions !== instructions || constant.tools !== tools) {
      const members = JSON.stringify({ instructions, tools }).slice(1, -1);
      constant = { instructions, tools, tail: Buffer.from(members === '' ? '}' : `,${members}}`) };
      this.constantPart = constant;
    }
    // `rest` always holds the model, so its object is never empty and a member may follow it.
    return Buffer.concat([Buffer.from(JSON.stringify(rest).slice(0, -1)), constant.tail]);
  }

  private startRequest(payload: Buffer, signal: AbortSignal): Promise<IncomingMessage> {
    const { apiKey, organization, project, headersTimeoutMs } = this.options;
    return new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(new OpenAI.APIUserAbortError());
        return;
      }
      const request = this.send(this.url, {
        method: 'POST',
        agent: this.agent,
        headers: {
          authorization: `Bearer ${apiKey}`,
          'content-type': 'application/json',
          accept: 'text/event-stream',
          'content-length': payload.length,
          ...(organization ? { 'openai-organization': organization } : {}),
          ...(project ? { 'openai-project': project } : {}),
        },
      });
      let failure: Error | undefined;
      const fail = (error: Error) => {
        failure ??= error;
        request.destroy();
      };
      const onAbort = () => fail(new OpenAI.APIUserAbortError());
      const timer = setTimeout(() => fail(new OpenAI.APIConnectionTimeoutError()), headersTimeoutMs);
      const settle = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      request.on('response', (response) => {
        settle();
        resolve(response);
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        settle();
        const stale = request.reusedSocket && error.code === 'ECONNRESET';
        const Failure = stale ? StaleConnectionError : OpenAI.APIConnectionError;
        reject(failure ?? new Failure({ message: error.message, cause: error }));
      });
      request.end(payload);
    });
  }

  private async *events(
    response: IncomingMessage,
    signal: AbortSignal,
  ): AsyncGenerator<ResponsesStreamEvent> {
    const parser = new SseDataParser();
    const onAbort = () => response.destroy();
    // An abort between `open` and the first read fired no listener: it still ends the answer here.
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    // Bytes, not text: the parser splits lines on bytes and only the events read are ever decoded, so a
    // character split between two packets is whole again by then.
    try {
      for await (const chunk of response) {
        for (const data of parser.push(chunk as Buffer)) {
          if (isDone(data)) return;
          yield parseResponsesStreamEvent(data);
        }
      }
      const last = parser.end();
      if (last !== undefined && !isDone(last)) yield parseResponsesStreamEvent(last);
    } catch (error) {
      // The caller's abort ends the answer quietly, as the SDK's iterator does.
      if (signal.aborted) return;
      throw error;
    } finally {
      signal.removeEventListener('abort', onAbort);
      response.destroy();
    }
  }
}
