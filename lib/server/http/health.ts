import { jsonResponse } from './json-response';
import type { AppConfig } from '../config';
import type { AssistantRuntime } from '../runtime';

export const HEALTH_PATH = '/api/health';
export const READY_PATH = '/api/ready';

/**
 * Liveness (the process answers) and readiness (it should get traffic: a provider is configured, the
 * session store answers, it is not shutting down and its event loop is not overloaded), for load
 * balancers and orchestrators.
 */
export function createHealthChecks(config: Pick<AppConfig, 'provider'>, runtime: AssistantRuntime) {
  return {
    health: () => jsonResponse(200, { status: 'ok' }),
    ready: async () => {
      const { store, service, overload } = runtime;
      const reachable = await store.ping().then(
        () => true,
        () => false,
      );
      const checks = {
        provider: config.provider,
        store: store.kind,
        storeReachable: reachable,
        accepting: service.accepting,
        overloaded: overload.overloaded,
        eventLoopLagMs: overload.lagMs,
        refusals: runtime.refusals.snapshot(),
        // Null remaining: the shared counter could not be read (the store check says why).
        ...(runtime.tokenBudget && {
          tokenBudget: {
            limit: runtime.tokenBudget.limit,
            remaining: await runtime.tokenBudget.remaining().catch(() => null),
          },
        }),
      };
      const status = !checks.accepting
        ? 'shutting_down'
        : !reachable
          ? 'store_unavailable'
          : checks.overloaded
            ? 'overloaded'
            : 'ready';
      const retry: Record<string, string> =
        status === 'overloaded' ? { 'retry-after': String(overload.retryAfterSeconds) } : {};
      return jsonResponse(status === 'ready' ? 200 : 503, { status, ...checks }, retry);
    },
  };
}
