import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger';

export interface ApiRoute {
  method: string;
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/** A route's own JSON answer; `{ error }` bodies carry a Spanish message for the user. */
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
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

const METHOD_NOT_ALLOWED = 'Método no permitido en esta dirección.';
const INTERNAL_ERROR = 'Ocurrió un error inesperado en el servidor. Intenta de nuevo.';

/**
 * The custom server's own HTTP endpoints, matched by exact path before Next sees the request. Returns a
 * handler that answers and returns true for a known path, or returns false to let Next handle it.
 */
export function createApiRouter(routes: readonly ApiRoute[], logger: Logger) {
  const byPath = new Map<string, ApiRoute[]>();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);

  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    const candidates = byPath.get(pathname);
    if (!candidates) return false;
    const route = candidates.find((candidate) => candidate.method === req.method);
    if (!route) {
      sendJson(
        res,
        405,
        { error: METHOD_NOT_ALLOWED },
        {
          allow: candidates.map((candidate) => candidate.method).join(', '),
        },
      );
      return true;
    }
    route.handle(req, res).catch((error: unknown) => {
      logger.error('http.route_failed', { path: route.path, error: (error as Error)?.name });
      if (!res.headersSent) sendJson(res, 500, { error: INTERNAL_ERROR });
      else res.destroy();
    });
    return true;
  };
}
