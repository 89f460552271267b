import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { toWebHeaders } from '../../web-headers';

/**
 * A Node request as a Web `Request`, so handlers written for Next route handlers also run in the custom
 * server. Its signal aborts when the client goes away (what Next does for route handlers).
 */
export function toWebRequest(req: IncomingMessage, res: ServerResponse): Request {
  const aborted = new AbortController();
  res.on('close', () => aborted.abort());
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method: req.method,
    headers: toWebHeaders(req.headers),
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    signal: aborted.signal,
    // Required by Node's fetch for a streamed request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/**
 * Writes a Web `Response` to a Node response, streaming its body (flushed at once for event streams). The
 * body is pulled only as fast as the socket drains, as Next does, so a slow reader's backlog stays in the
 * body's own bounded queue instead of growing in Node's write buffer.
 */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  // The client may have left while the response was being prepared: 'close' has fired already then.
  if (res.destroyed) return cancel();
  res.on('close', cancel);
  // A body that errors was cut on purpose (a slow reader): the socket is dropped even while waiting for
  // a drain that such a reader never gives.
  const cut = reader.closed.then(
    () => false,
    () => true,
  );
  for (;;) {
    const next = await reader.read().catch(() => undefined);
    if (!next) return void res.destroy();
    if (next.done || res.destroyed) break;
    if (!res.write(next.value) && (await Promise.race([drained(res).then(() => false), cut]))) {
      return void res.destroy();
    }
  }
  res.end();
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const settle = () => {
      res.off('drain', settle);
      res.off('close', settle);
      resolve();
    };
    res.on('drain', settle);
    res.on('close', settle);
  });
}
