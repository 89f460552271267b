import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RefusalCounter } from '../refusals';
import { sendJson } from '../http/router';
import { sendWebResponse, toWebRequest } from '../http/web-adapter';
import { createMetricsEndpoint, METRICS_ERRORS, METRICS_PATH } from './endpoint';
import type { MetricsSource } from './metrics-source';

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

export interface MetricsListenerOptions {
  host: string;
  port: number;
  token: string | undefined;
}

/**
 * METRICS_PORT: `/metrics` on a listener of its own, bound to a private address (METRICS_HOST), so the public
 * port never serves it. Nothing else is answered there.
 */
export async function startMetricsListener(
  source: MetricsSource,
  refusals: RefusalCounter,
  { host, port, token }: MetricsListenerOptions,
): Promise<MetricsListener> {
  const endpoint = createMetricsEndpoint(source, refusals, { token, openWithoutToken: true });
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== METRICS_PATH || req.method !== 'GET') {
      sendJson(res, 404, { error: METRICS_ERRORS.notFound });
      return;
    }
    void endpoint(toWebRequest(req, res)).then((response) => sendWebResponse(res, response));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
