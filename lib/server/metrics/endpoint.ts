import { createHash, timingSafeEqual } from 'node:crypto';
import { jsonResponse } from '../http/json-response';
import type { RefusalCounter } from '../refusals';
import type { MetricsSource } from './metrics-source';

export const METRICS_PATH = '/metrics';

export const METRICS_ERRORS = {
  notFound: 'No encontrado.',
  unavailable:
    'No se pudieron reunir las métricas de todos los procesos del servidor en este momento; el recolector ' +
    'puede intentar de nuevo en el siguiente ciclo.',
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

/** `GET /metrics` in Prometheus text format, read from `source`, behind its guard. */
export function createMetricsEndpoint(
  source: MetricsSource,
  refusals: RefusalCounter,
  access: MetricsAccess,
) {
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
    const metrics = await source().catch(() => undefined);
    if (!metrics) return jsonResponse(503, { error: METRICS_ERRORS.unavailable });
    return new Response(metrics.text, {
      status: 200,
      headers: { 'content-type': metrics.contentType, 'cache-control': 'no-store' },
    });
  };
}
