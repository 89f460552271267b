import { z } from 'zod';
import { ClientChannel } from '../../assistant/client-channel';
import { tooManyFramesMessage, USER_ERRORS } from '../../assistant/errors';
import type { RateDecision } from '../../assistant/service';
import {
  MAX_FRAME_BYTES,
  parseClientEvent,
  PONG,
  type ErrorCode,
  type ParseResult,
  type ServerEvent,
  type UnsequencedEvent,
} from '../../protocol';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import { isOriginAllowed } from '../origin';
import type { AssistantRuntime } from '../runtime';
import { cookieSessionId, identifySession } from '../session-identity';
import { errorEvent, failureEvent, openRefusal, unnumbered } from '../../assistant/error-events';
import { runSessionCommand } from '../../assistant/session-commands';
import { SseConnection } from './sse-connection';
import type { LimitedBody } from './body';
import { SESSION_TOKEN_HEADER } from '../../wire';
import { sessionLogTag } from '../../assistant/session-log-tag';

export const HTTP_ERRORS = {
  origin: USER_ERRORS.originRefused,
  contentType: 'Envía el evento como JSON (Content-Type: application/json).',
  tooLarge: `El evento es demasiado grande: el máximo es ${MAX_FRAME_BYTES.toLocaleString('es-CO')} bytes.`,
  noSession:
    'No encontramos tu sesión con el asistente. Abre primero el flujo de eventos (GET /api/assistant) ' +
    'o envía el token de la sesión en el encabezado X-Assistant-Session.',
  aborted: 'El evento llegó incompleto. Vuelve a enviarlo.',
  resumeOnStream:
    'Para reanudar, vuelve a abrir el flujo de eventos con ?after=<último seq> ' +
    '(EventSource lo hace solo con Last-Event-ID).',
  badAfter:
    'El punto de reanudación (Last-Event-ID o ?after=) debe ser el número del último evento recibido.',
} as const;

/**
 * What the door reads of a request, whichever server received it: a Web `Request` under `next start`, a
 * Node `IncomingMessage` on the custom server (door-adapters.ts holds both).
 */
export interface DoorRequest {
  /** A header by its lower-case name. */
  header(name: string): string | undefined;
  /** A query parameter of the URL. */
  query(name: string): string | undefined;
  /** The body, up to `maxBytes` (one JSON event). */
  body(maxBytes: number): Promise<LimitedBody>;
  /** Runs once if the client goes away before its response has ended; at once if it already has. */
  onClientGone(listener: () => void): void;
}

/** What the door answers: a JSON body, or an event stream that the host writes as it goes. */
export type DoorResponse =
  | { status: number; headers: Record<string, string>; json: unknown }
  | { status: 200; headers: Record<string, string>; events: SseConnection };

/** A JSON answer that no cache keeps; `{ error }` bodies carry a Spanish message for the user. */
function jsonResponse(status: number, payload: unknown, headers: Record<string, string> = {}): DoorResponse {
  return { status, headers, json: payload };
}

const resumePointSchema = z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Where a reopened stream resumes: the browser's Last-Event-ID, else `?after=`; undefined for a new one. */
function resumePoint(request: DoorRequest): number | undefined | 'invalid' {
  const text = request.header('last-event-id') ?? request.query('after');
  if (text === undefined || text.trim() === '') return undefined;
  const parsed = resumePointSchema.safeParse(text);
  return parsed.success ? parsed.data : 'invalid';
}

type HttpConfig = Pick<
  AppConfig,
  'ALLOWED_ORIGINS' | 'SESSION_SECRET' | 'COOKIE_SECURE' | 'WS_MAX_BUFFERED_BYTES'
>;

/** A refusal before any session is involved: the protocol's error event, numbered 0 as on the WebSocket. */
const errorBody = (message: string, code: ErrorCode = 'bad_request', id?: string) =>
  unnumbered(errorEvent(code, message, id));

/** One SSE frame: `id` is the event's seq, so the browser's Last-Event-ID resumes exactly after it. */
export interface BudgetRefusal {
  status: 429;
  payload: ReturnType<typeof errorBody>;
  headers: Record<string, string>;
}

/** What a client over its inbound budget is told, however the request reached the server. */
function budgetRefusal(retryAfterMs: number): BudgetRefusal {
  return {
    status: 429,
    payload: errorBody(tooManyFramesMessage(retryAfterMs), 'rate_limited'),
    headers: { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) },
  };
}

export function sseFrame(frame: string, event: ServerEvent): string {
  return `id: ${event.seq}\ndata: ${frame}\n\n`;
}

/**
 * The assistant over plain HTTP, for hosts without WebSockets: the same core, events, ids, seq and replay
 * guarantees as protocol v2. Written against `DoorRequest`/`DoorResponse`, so the custom server (Node's
 * request and response, no Web objects) and Next route handlers (`next start`, Vercel-like hosts: Web
 * `Request`/`Response`) serve it with the same code through two thin adapters (door-adapters.ts).
 */
export function createHttpDoor(config: HttpConfig, runtime: AssistantRuntime, logger: Logger) {
  const originAllowed = (request: DoorRequest) =>
    isOriginAllowed(request.header('origin'), request.header('host'), config.ALLOWED_ORIGINS);

  /**
   * GET: the session's events as Server-Sent Events, resumed after `after` / Last-Event-ID. The session is
   * the cookie's: a resume token never travels in a URL, where logs and proxies would keep it.
   */
  async function stream(request: DoorRequest, clientKey: string): Promise<DoorResponse> {
    if (!originAllowed(request)) return jsonResponse(403, errorBody(HTTP_ERRORS.origin));
    const after = resumePoint(request);
    if (after === 'invalid') return jsonResponse(400, errorBody(HTTP_ERRORS.badAfter));
    const overAddress = overBudget(runtime.inbound.takeForAddress(clientKey));
    if (overAddress) return overAddress;
    const identity = identifySession(request.header('cookie'), config);
    if (!runtime.connectionsPerIp.acquire(clientKey)) {
      runtime.refusals.count('connections_per_address');
      return jsonResponse(429, errorBody(USER_ERRORS.tooManyConnections, 'rate_limited'), {
        'retry-after': '60',
      });
    }
    const connection = new SseConnection(config.WS_MAX_BUFFERED_BYTES, () => {
      logger.warn('sse.slow_reader', { session: sessionLogTag(channel.sessionId) });
      runtime.refusals.count('slow_reader');
    });
    const channel = new ClientChannel({
      service: runtime.service,
      sessionId: identity.sessionId,
      version: 2,
      clientKey,
      deliver: (frame, event) => connection.send(sseFrame(frame, event)),
      onFailure: (error) => logger.warn('sse.frame_failed', { error: (error as Error)?.name }),
    });
    runtime.metrics.connections.opened('sse');
    // The slot and the subscription belong to this request from here on, and are given back exactly once,
    // whenever the client leaves: during set-up too, when no stream exists yet to be cancelled.
    connection.onEnd(() => {
      channel.close();
      runtime.connectionsPerIp.release(clientKey);
      runtime.metrics.connections.closed('sse');
    });
    request.onClientGone(() => connection.end());
    try {
      await channel.open(after === undefined ? undefined : { after });
    } catch (error) {
      connection.end();
      const refusal = openRefusal(error);
      if (refusal.limit) runtime.refusals.count(refusal.limit);
      logger.warn('sse.open_refused', { code: refusal.code });
      return jsonResponse(refusal.status, errorBody(refusal.message, refusal.code), {
        'retry-after': String(refusal.retryAfterSeconds),
      });
    }
    logger.info('sse.connected', { session: sessionLogTag(channel.sessionId) });
    const headers: Record<string, string> = {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform keeps compressing proxies from buffering the stream; X-Accel-Buffering does it for nginx.
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    };
    if (identity.setCookie) headers['set-cookie'] = identity.setCookie;
    return { status: 200, headers, events: connection };
  }

  /** POST: one client event (message, reset, erase, stop). Its results arrive on the stream. */
  async function send(request: DoorRequest, clientKey: string): Promise<DoorResponse> {
    if (!originAllowed(request)) return jsonResponse(403, errorBody(HTTP_ERRORS.origin));
    // JSON only: a cross-site form or a "simple" request cannot send it without a CORS preflight we refuse.
    if (!request.header('content-type')?.toLowerCase().startsWith('application/json')) {
      return jsonResponse(415, errorBody(HTTP_ERRORS.contentType));
    }
    // Charged before the body is read or parsed, like a WebSocket frame; the session's share once it is known.
    const overAddress = overBudget(runtime.inbound.takeForAddress(clientKey));
    if (overAddress) return overAddress;

    const body = await request.body(MAX_FRAME_BYTES);
    if (body.kind === 'too-large') return jsonResponse(413, errorBody(HTTP_ERRORS.tooLarge));
    if (body.kind === 'aborted') return jsonResponse(400, errorBody(HTTP_ERRORS.aborted));
    const parsed = parseClientEvent(body.body.toString('utf8'), 2);
    // A refused question names its id, so the page marks that answer failed instead of waiting on.
    const messageId = parsed.ok && parsed.event.type === 'message' ? parsed.event.id : undefined;

    const token = request.header(SESSION_TOKEN_HEADER.toLowerCase());
    try {
      const sessionId = token
        ? (await runtime.service.sessionForToken(token))?.sessionId
        : await knownSession(cookieSessionId(request.header('cookie'), config));
      if (sessionId === undefined)
        return jsonResponse(401, errorBody(HTTP_ERRORS.noSession, 'session_expired'));
      const overSession = overBudget(runtime.inbound.takeForSession(sessionId));
      if (overSession) return overSession;
      return await handleEvent(sessionId, parsed, clientKey);
    } catch (error) {
      const failure = failureEvent(error, messageId);
      logger.warn('http.event_failed', { code: failure.code, error: (error as Error)?.name });
      return jsonResponse(503, failure, { 'retry-after': '5' });
    }
  }

  /** A 429 when a client event or stream is over its budget (see InboundBudget), counted. */
  function overBudget(decision: RateDecision): DoorResponse | undefined {
    if (decision.allowed) return undefined;
    runtime.refusals.count('frame_flood');
    const refusal = budgetRefusal(decision.retryAfterMs);
    return jsonResponse(refusal.status, refusal.payload, refusal.headers);
  }

  /**
   * For a server that sees requests before the door does (the custom server): the refusal for an address
   * already over its budget, from the address alone and without charging it (the handler charges what
   * gets through): a flood is mostly refusals, answered here before any header is read.
   */
  function refusalBeforeRequest(clientKey: string): BudgetRefusal | undefined {
    const decision = runtime.inbound.peekAddress(clientKey);
    if (decision.allowed) return undefined;
    runtime.refusals.count('frame_flood');
    return budgetRefusal(decision.retryAfterMs);
  }

  async function knownSession(sessionId: string | undefined): Promise<string | undefined> {
    if (sessionId === undefined) return undefined;
    return (await runtime.service.liveSession(sessionId))?.sessionId;
  }

  /** A refusal of this request only: numbered in the session, but never on its stream. */
  async function refusal(sessionId: string, status: number, event: UnsequencedEvent, headers = {}) {
    return jsonResponse(status, { ...event, seq: await runtime.service.stamp(sessionId) }, headers);
  }

  async function handleEvent(
    sessionId: string,
    parsed: ParseResult,
    clientKey: string,
  ): Promise<DoorResponse> {
    if (!parsed.ok) return refusal(sessionId, 400, errorEvent('bad_request', parsed.error));
    const { event } = parsed;
    // The link's own events: a ping asks whether this door works, and a stream resumes by reopening.
    if (event.type === 'ping') return jsonResponse(200, PONG);
    if (event.type === 'resume') {
      return refusal(sessionId, 400, errorEvent('bad_request', HTTP_ERRORS.resumeOnStream));
    }
    const outcome = await runSessionCommand(runtime.service, sessionId, event, clientKey);
    switch (outcome.kind) {
      case 'done':
        return jsonResponse(202, { ok: true });
      // Answered once it is over, so the page knows nothing of the conversation is left anywhere.
      case 'erased':
        return jsonResponse(200, { ok: true });
      // An id answered before gets its final event right here, as a WebSocket connection would.
      case 'answered':
        return jsonResponse(200, { ok: true, event: outcome.event });
      case 'queued':
        return jsonResponse(202, { ok: true, id: outcome.id });
      case 'refused': {
        const { event: refused, retryAfterSeconds } = outcome;
        const status =
          refused.code === 'bad_request'
            ? 400
            : refused.code === 'rate_limited' || refused.code === 'queue_full'
              ? 429
              : 503;
        const retry = retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
        return refusal(sessionId, status, refused, retry);
      }
    }
  }

  return { stream, send, refusalBeforeRequest };
}

export type HttpDoor = ReturnType<typeof createHttpDoor>;
