import { ClientChannel } from '../../assistant/client-channel';
import { USER_ERRORS } from '../../assistant/errors';
import { sessionLogTag } from '../../assistant/store/session-store';
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
import { createSessionTokens, identifySession } from '../session-identity';
import { openRefusal } from '../open-refusal';
import { readLimitedBody } from './body';
import { jsonResponse } from './json-response';

/** GET opens the event stream (Server-Sent Events); POST sends one client event. */
export const ASSISTANT_HTTP_PATH = '/api/assistant';
/** Names the session without cookies, for POSTs (the stream takes `?session=`). */
export const SESSION_TOKEN_HEADER = 'x-assistant-session';
/** Keeps proxies and load balancers from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;

export const HTTP_ERRORS = {
  origin: USER_ERRORS.originRefused,
  contentType: 'Envía el evento como JSON (Content-Type: application/json).',
  tooLarge: `El evento es demasiado grande: el máximo es ${MAX_FRAME_BYTES.toLocaleString('es-CO')} bytes.`,
  noSession:
    'No encontramos tu sesión con el asistente. Abre primero el flujo de eventos (GET /api/assistant) ' +
    'o envía el token de la sesión en el encabezado X-Assistant-Session.',
  aborted: 'El evento llegó incompleto. Vuelve a enviarlo.',
  resumeOnStream:
    'Para reanudar, vuelve a abrir el flujo de eventos con ?session=<token>&after=<último seq> ' +
    '(EventSource lo hace solo con Last-Event-ID).',
} as const;

type HttpConfig = Pick<AppConfig, 'ALLOWED_ORIGINS' | 'SESSION_SECRET' | 'COOKIE_SECURE'>;

/** A refusal before any session is involved: the protocol's error event, numbered 0 as on the WebSocket. */
const errorBody = (message: string, code: ErrorCode = 'bad_request', id?: string) => ({
  type: 'error',
  ...(id === undefined ? {} : { id }),
  code,
  message,
  seq: 0,
});

/** One SSE frame: `id` is the event's seq, so the browser's Last-Event-ID resumes exactly after it. */
export function sseFrame(frame: string, event: ServerEvent): string {
  return `id: ${event.seq}\ndata: ${frame}\n\n`;
}

/**
 * The assistant over plain HTTP, for hosts without WebSockets: the same core, events, ids, seq and replay
 * guarantees as protocol v2. Written against the Web `Request`/`Response`, so the custom server and Next
 * route handlers (`next start`, Vercel-like hosts) serve it with the same code.
 */
export function createAssistantHttp(config: HttpConfig, runtime: AssistantRuntime, logger: Logger) {
  const tokens = createSessionTokens(config, runtime.store);

  const originAllowed = (request: Request) =>
    isOriginAllowed(
      request.headers.get('origin') ?? undefined,
      request.headers.get('host') ?? undefined,
      config.ALLOWED_ORIGINS,
    );

  /** GET: the session's events as Server-Sent Events, resumed after `after` / Last-Event-ID. */
  async function stream(request: Request, clientKey: string): Promise<Response> {
    if (!originAllowed(request)) return jsonResponse(403, errorBody(HTTP_ERRORS.origin));
    const url = new URL(request.url);
    const identity = identifySession(request.headers.get('cookie') ?? undefined, config);
    if (!runtime.connectionsPerIp.acquire(clientKey)) {
      return jsonResponse(429, errorBody(USER_ERRORS.tooManyConnections, 'rate_limited'), {
        'retry-after': '60',
      });
    }
    const token = url.searchParams.get('session') ?? undefined;
    const afterText = request.headers.get('last-event-id') ?? url.searchParams.get('after') ?? undefined;
    const resume =
      token !== undefined || afterText !== undefined
        ? { token: token ?? tokens.tokenFor(identity.sessionId), after: Number(afterText ?? 0) }
        : undefined;

    const encoder = new TextEncoder();
    const frames: string[] = [];
    let push = (text: string) => {
      frames.push(text);
    };
    const channel = new ClientChannel({
      service: runtime.service,
      sessionId: identity.sessionId,
      version: 2,
      tokens,
      clientKey,
      deliver: (frame, event) => push(sseFrame(frame, event)),
      onFailure: (error) => logger.warn('sse.frame_failed', { error: (error as Error)?.name }),
    });
    const release = () => {
      clearInterval(keepAlive);
      channel.close();
      runtime.connectionsPerIp.release(clientKey);
    };
    let keepAlive: NodeJS.Timeout | undefined;
    try {
      await channel.open(resume && { ...resume, after: Number.isFinite(resume.after) ? resume.after : 0 });
    } catch (error) {
      release();
      const refusal = openRefusal(error);
      logger.warn('sse.open_refused', { code: refusal.code });
      return jsonResponse(503, errorBody(refusal.message, refusal.code), { 'retry-after': '5' });
    }
    let released = false;
    const releaseOnce = () => {
      if (released) return;
      released = true;
      release();
    };
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // Tells the browser how soon to retry after a drop (EventSource's own reconnect).
        controller.enqueue(encoder.encode('retry: 2000\n\n'));
        for (const frame of frames.splice(0)) controller.enqueue(encoder.encode(frame));
        push = (text) => controller.enqueue(encoder.encode(text));
        keepAlive = setInterval(() => controller.enqueue(encoder.encode(': ping\n\n')), KEEP_ALIVE_MS);
        request.signal.addEventListener('abort', () => {
          releaseOnce();
          try {
            controller.close();
          } catch {
            // Already closed by the runtime after the client went away.
          }
        });
        logger.info('sse.connected', { session: sessionLogTag(channel.sessionId) });
      },
      cancel() {
        releaseOnce();
      },
    });
    const headers: Record<string, string> = {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform keeps compressing proxies from buffering the stream; X-Accel-Buffering does it for nginx.
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    };
    if (identity.setCookie) headers['set-cookie'] = identity.setCookie;
    return new Response(body, { status: 200, headers });
  }

  /** POST: one client event (message, reset, stop). Its results arrive on the stream. */
  async function send(request: Request, clientKey: string): Promise<Response> {
    if (!originAllowed(request)) return jsonResponse(403, errorBody(HTTP_ERRORS.origin));
    // JSON only: a cross-site form or a "simple" request cannot send it without a CORS preflight we refuse.
    if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) {
      return jsonResponse(415, errorBody(HTTP_ERRORS.contentType));
    }
    const body = await readLimitedBody(request, MAX_FRAME_BYTES);
    if (body.kind === 'too-large') return jsonResponse(413, errorBody(HTTP_ERRORS.tooLarge));
    if (body.kind === 'aborted') return jsonResponse(400, errorBody(HTTP_ERRORS.aborted));
    const parsed = parseClientEvent(body.body.toString('utf8'), 2);
    // A refused question names its id, so the page marks that answer failed instead of waiting on.
    const messageId = parsed.ok && parsed.event.type === 'message' ? parsed.event.id : undefined;

    const token = request.headers.get(SESSION_TOKEN_HEADER);
    const cookieIdentity = identifySession(request.headers.get('cookie') ?? undefined, config);
    try {
      const sessionId = token
        ? await tokens.sessionFor(token)
        : cookieIdentity.setCookie
          ? undefined
          : await knownSession(cookieIdentity.sessionId);
      if (sessionId === undefined)
        return jsonResponse(401, errorBody(HTTP_ERRORS.noSession, 'session_expired'));
      return await handleEvent(sessionId, parsed, clientKey);
    } catch (error) {
      const refusal = openRefusal(error);
      logger.warn('http.event_failed', { code: refusal.code, error: (error as Error)?.name });
      return jsonResponse(503, errorBody(refusal.message, refusal.code, messageId), { 'retry-after': '5' });
    }
  }

  async function knownSession(sessionId: string): Promise<string | undefined> {
    return (await runtime.store.lastSeq(sessionId)) === undefined ? undefined : sessionId;
  }

  /** A refusal of this request only: numbered in the session, but never on its stream. */
  async function refusal(sessionId: string, status: number, event: UnsequencedEvent, headers = {}) {
    return jsonResponse(status, { ...event, seq: await runtime.store.stamp(sessionId) }, headers);
  }

  async function handleEvent(sessionId: string, parsed: ParseResult, clientKey: string): Promise<Response> {
    if (!parsed.ok)
      return refusal(sessionId, 400, { type: 'error', code: 'bad_request', message: parsed.error });
    const { event } = parsed;
    await runtime.store.touch(sessionId);
    switch (event.type) {
      case 'resume':
        return refusal(sessionId, 400, {
          type: 'error',
          code: 'bad_request',
          message: HTTP_ERRORS.resumeOnStream,
        });
      case 'reset':
        await runtime.service.reset(sessionId);
        return jsonResponse(202, { ok: true });
      case 'stop':
        await runtime.service.stop(sessionId);
        return jsonResponse(202, { ok: true });
      case 'ping':
        return jsonResponse(200, PONG);
      case 'message': {
        const outcome = await runtime.service.submit(
          sessionId,
          { id: event.id, input: event.message },
          clientKey,
        );
        if (outcome.kind === 'rejected') {
          const failure = outcome.error;
          const status = failure.code === 'rate_limited' || failure.code === 'queue_full' ? 429 : 503;
          const retry: Record<string, string> =
            failure.retryAfterSeconds === undefined
              ? {}
              : { 'retry-after': String(failure.retryAfterSeconds) };
          return refusal(
            sessionId,
            status,
            { type: 'error', id: event.id, code: failure.code, message: failure.userMessage },
            retry,
          );
        }
        // An id answered before gets its final event right here, as a WebSocket connection would.
        if (outcome.kind === 'answered') return jsonResponse(200, { ok: true, event: outcome.event });
        return jsonResponse(202, { ok: true, id: outcome.id });
      }
    }
  }

  return { stream, send };
}

export type AssistantHttp = ReturnType<typeof createAssistantHttp>;
