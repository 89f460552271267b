import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Conversation, ConversationDeletedResource } from 'openai/resources/conversations/conversations';
import type {
  ResponseFunctionToolCall,
  ResponseOutputItem,
  Tool,
} from 'openai/resources/responses/responses';
import { HeldAnswers, HOLD_RELEASE_PATH } from '../held-answers';
import { clockMicros } from '../paced-answer';
import {
  behaviorForInput,
  DEFAULT_CHUNK_DELAY_MS,
  simulatedAnswer,
  simulatedToolAnswer,
  type Behavior,
  type TranscriptionBehavior,
} from './behaviors';
import { Exchange } from './exchange';
import {
  conversationNotFound,
  defaultErrorBody,
  invalidUrl,
  missingParameter,
  sendError,
  sendJson,
  sendScriptedError,
} from './http-replies';
import { bearerKey, readBody } from './http-requests';
import { parseMultipart } from './multipart';
import { runBehavior } from './play-behavior';
import {
  declaredFunctions,
  functionCallOutputs,
  functionCallOutputsProblem,
  inputText,
  isRecord,
  maxOutputTokensProblem,
  streamObfuscation,
  metadataFrom,
  toolsProblem,
} from './request-checks';
import { ResponseStreamWriter, splitText } from './response-stream';
import { DEFAULT_TRANSCRIPTION, handleTranscription } from './transcriptions';
import { hex, nowSeconds } from './wire-values';

/**
 * A fake of the OpenAI Responses + Conversations HTTP API that speaks the real wire format, so the real
 * `openai` SDK (and therefore the app's provider) runs against it unmodified, including its error classes,
 * retry logic and SSE parser. This module keeps the fake's state (scripts, conversations, requests in
 * flight) and routes each request; the wire pieces (checks, replies, the event stream) live beside it.
 */

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

  async function handleResponses(
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
    requestId: string,
    key: string,
  ) {
    if (req.method !== 'POST') return invalidUrl(req, res);
    if (!isRecord(body) || typeof body.model !== 'string' || body.model === '') {
      return sendError(res, 400, missingParameter('model'));
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
    const maxProblem = maxOutputTokensProblem(requestedMax);
    if (maxProblem) return sendError(res, 400, maxProblem);
    const maxOutputTokens = typeof requestedMax === 'number' ? requestedMax : null;
    const streaming = streamObfuscation(body.stream_options);
    if (!streaming.ok) return sendError(res, 400, streaming.error);
    const toolProblem = toolsProblem(body.tools);
    if (toolProblem) return sendError(res, 400, toolProblem);
    const pending = conversationId === undefined ? undefined : pendingCalls.get(conversationId);
    const outputs = functionCallOutputs(body.input);
    const outputsProblem = functionCallOutputsProblem(outputs, pending);
    if (outputsProblem) return sendError(res, 400, outputsProblem);
    const answered = new Set(outputs.map((output) => output.call_id));

    const text = inputText(body.input);
    const answeredTools = [...answered].map((callId) => pending?.get(String(callId)) ?? '');
    const behavior =
      script.shift() ??
      (outputs.length > 0
        ? { kind: 'text', text: simulatedToolAnswer(answeredTools), chunkDelayMs: DEFAULT_CHUNK_DELAY_MS }
        : (options.defaultBehavior ?? behaviorForInput(text, holds)));
    if (behavior.kind === 'http-error') return sendScriptedError(res, behavior, { model: body.model, key });
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
      obfuscation: streaming.obfuscate,
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
    if (pathname === '/v1/audio/transcriptions') {
      return handleTranscription(req, res, body, key, {
        script: transcriptionScript,
        text: transcriptionText,
      });
    }
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
