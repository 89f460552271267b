import { createMetricsEndpoint } from '@/lib/server/metrics/endpoint';
import { standaloneAssistant } from '@/lib/server/standalone-http';

/*
 * `GET /metrics` when Next serves the app alone (`next start`): this process's runtime, behind METRICS_TOKEN
 * (404 without it). Under the custom server the same path is answered before Next (lib/server/app-server.ts).
 */
export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  const { config, runtime } = standaloneAssistant();
  const endpoint = createMetricsEndpoint(runtime.metrics.read, runtime.refusals, {
    token: config.METRICS_TOKEN,
    openWithoutToken: false,
  });
  return endpoint(request);
}
