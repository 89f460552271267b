import { createHash, timingSafeEqual } from 'node:crypto';
import type { Registry } from 'prom-client';
import { jsonResponse } from '../http/json-response';
import type { RefusalCounter } from '../refusals';

export const METRICS_PATH = '/metrics';

export const METRICS_ERRORS = {
  notFound: 'No encontrado.',
  unauthorized:
    'Las métricas requieren un token válido en el encabezado Authorization: Bearer <METRICS_TOKEN>. ' +
    'Revisa la configuración de tu recolector (Prometheus: authorization.credentials).',
} as const;

/** The refusal kind a missing or wrong token is counted as. */
export const METRICS_REFUSAL = 'metrics_unauthorized';

/** Digests have one length whatever was sent, so the comparison takes the same time for every guess. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function bearerMatches(authorization: string | null, token: string): boolean {
  const sent = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(sent), digest(token));
}

export interface MetricsAccess {
  /** Required as a Bearer token when set. */
  token: string | undefined;
  /**
   * Without a token: on the public port the path does not exist (404); on METRICS_PORT, which is bound to a
   * private address, it answers.
   */
  openWithoutToken: boolean;
}

/** `GET /metrics` in Prometheus text format, for one runtime's registry, behind its guard. */
export function createMetricsEndpoint(registry: Registry, refusals: RefusalCounter, access: MetricsAccess) {
  return async (request: Request): Promise<Response> => {
    if (access.token === undefined) {
      if (!access.openWithoutToken) return jsonResponse(404, { error: METRICS_ERRORS.notFound });
    } else if (!bearerMatches(request.headers.get('authorization'), access.token)) {
      refusals.count(METRICS_REFUSAL);
      return jsonResponse(
        401,
        { error: METRICS_ERRORS.unauthorized },
        { 'www-authenticate': 'Bearer realm="metrics"' },
      );
    }
    return new Response(await registry.metrics(), {
      status: 200,
      headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
    });
  };
}
