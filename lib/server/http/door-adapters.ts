import type { IncomingMessage, ServerResponse } from 'node:http';
import { readLimitedBody, readNodeBody } from './body';
import type { DoorRequest, DoorResponse } from './http-door';
import { sendJson } from './router';

/*
 * The HTTP door's two hosts. Next route handlers (`next start`) speak Web `Request`/`Response`; the custom
 * server answers Node's own request and response, with no Web `Request`, streamed body, `ReadableStream`
 * or `TextEncoder` per frame. Both only translate: every decision is the door's (http-door.ts).
 */

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

/** A Web `Request` (a Next route handler's) as the door reads it. */
export function webDoorRequest(request: Request): DoorRequest {
  return {
    header: (name) => request.headers.get(name) ?? undefined,
    query: (name) => new URL(request.url).searchParams.get(name) ?? undefined,
    body: (maxBytes) => readLimitedBody(request, maxBytes),
    onClientGone: (listener) => {
      if (request.signal.aborted) listener();
      else request.signal.addEventListener('abort', listener, { once: true });
    },
  };
}

/** The door's answer as a Web `Response` (a Next route handler's). */
export function toWebResponse(response: DoorResponse): Response {
  if ('events' in response) {
    return new Response(response.events.webBody(), { status: response.status, headers: response.headers });
  }
  return new Response(JSON.stringify(response.json), {
    status: response.status,
    headers: { ...response.headers, ...JSON_HEADERS },
  });
}

/** A Node request (the custom server's) as the door reads it. */
export function nodeDoorRequest(req: IncomingMessage, res: ServerResponse): DoorRequest {
  return {
    header: (name) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    query: (name) => {
      const url = req.url ?? '/';
      if (!url.includes('?')) return undefined;
      return new URL(url, 'http://localhost').searchParams.get(name) ?? undefined;
    },
    body: (maxBytes) => readNodeBody(req, maxBytes),
    // 'close' also follows a response that ended normally: only a close before the end is a client gone.
    onClientGone: (listener) => {
      if (res.destroyed && !res.writableFinished) listener();
      else res.once('close', () => !res.writableFinished && listener());
    },
  };
}

/**
 * Writes the door's answer to Node's response: JSON with its length, or the event stream's head at once
 * and then each frame as it comes (SseConnection.pipeTo).
 */
export function sendDoorResponse(res: ServerResponse, response: DoorResponse): void {
  if (!('events' in response)) {
    sendJson(res, response.status, response.json, response.headers);
    return;
  }
  const { events } = response;
  if (res.destroyed) {
    events.end();
    return;
  }
  res.writeHead(response.status, response.headers);
  res.flushHeaders();
  // The greeting and the replay queued while the response was prepared leave in one write.
  res.cork();
  events.pipeTo(res);
  process.nextTick(() => res.uncork());
}
