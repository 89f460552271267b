import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { AppConfig } from './config';
import { createHttpDoor, type BudgetRefusal, type DoorRequest, type DoorResponse } from './http/http-door';
import { nodeDoorRequest, sendDoorResponse } from './http/door-adapters';
import { createHealthChecks, HEALTH_PATH, READY_PATH } from './http/health';
import { createApiRouter, sendJson, type ApiRoute } from './http/router';
import { createTranscription } from './http/transcription-route';
import { TRANSCRIPTION_PATH } from '../transcription';
import { clientIp } from './client-ip';
import { capOpenConnections, maxOpenConnections, type ConnectionCap } from './connection-cap';
import { answerClientErrors } from './http/client-errors';
import { sendWebResponse, toWebRequest } from './http/web-adapter';
import type { Logger } from './logger';
import { createAssistantRuntime, type AssistantRuntime } from './runtime';
import { WebSocketDoor, rejectUpgrade } from './websocket-door';
import { announceWebSocketDoor } from './door-announcement';
import { ASSISTANT_HTTP_PATH, ASSISTANT_WS_PATHS } from '../wire';
import { createMetricsEndpoint, METRICS_PATH } from './metrics/endpoint';
import { startMetricsListener, type MetricsListener } from './metrics/listener';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface StartOptions {
  config: AppConfig;
  logger: Logger;
  /**
   * Builds the page handler (Next) for the http.Server before it listens; Next registers its own HMR
   * upgrade listener on that server. Absent in protocol-level tests, which need only the assistant.
   */
  prepare?: (server: Server) => Promise<RequestHandler>;
  runtime?: AssistantRuntime;
  /**
   * Next runs in development mode: `/_next/` upgrades are left to its hot-reload listener. Otherwise
   * (production, and the default) no such listener exists, so those upgrades are refused like any other.
   */
  dev?: boolean;
}

export interface RunningServer {
  server: Server;
  port: number;
  webSocketDoor: WebSocketDoor;
  runtime: AssistantRuntime;
  connections: ConnectionCap;
  /** The METRICS_PORT listener, when configured. */
  metricsListener?: MetricsListener;
  /** Graceful: stop accepting, finish or abort answers, close sockets with 1001. */
  close(): Promise<void>;
}

function pathnameOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

/**
 * A route written against the Web `Request`/`Response` (as Next route handlers are), on the custom server.
 */
function webRoute(
  method: 'GET' | 'POST',
  path: string,
  handler: (request: Request, clientKey: string) => Response | Promise<Response>,
  config: AppConfig,
): ApiRoute {
  return {
    method,
    path,
    handle: async (req, res) =>
      sendWebResponse(res, await handler(toWebRequest(req, res), clientIp(req, config))),
  };
}

/**
 * A route of the HTTP door on Node's own request and response (door-adapters.ts); `refuseEarly` may
 * answer first, from the client address alone, before any header is read.
 */
function doorRoute(
  config: AppConfig,
  method: 'GET' | 'POST',
  path: string,
  handler: (request: DoorRequest, clientKey: string) => Promise<DoorResponse>,
  refuseEarly: (clientKey: string) => BudgetRefusal | undefined,
): ApiRoute {
  return {
    method,
    path,
    handle: async (req, res) => {
      const clientKey = clientIp(req, config);
      const refusal = refuseEarly(clientKey);
      if (refusal) return sendJson(res, refusal.status, refusal.payload, refusal.headers);
      sendDoorResponse(res, await handler(nodeDoorRequest(req, res), clientKey));
    },
  };
}

/** The HTTP/SSE transport (see http-door.ts) and voice transcription, sharing the server's runtime. */
function webRoutes(config: AppConfig, runtime: AssistantRuntime, logger: Logger): ApiRoute[] {
  const http = createHttpDoor(config, runtime, logger);
  const transcribe = createTranscription(config, logger, runtime);
  return [
    doorRoute(config, 'GET', ASSISTANT_HTTP_PATH, http.stream, http.refusalBeforeRequest),
    doorRoute(config, 'POST', ASSISTANT_HTTP_PATH, http.send, http.refusalBeforeRequest),
    webRoute('POST', TRANSCRIPTION_PATH, transcribe, config),
  ];
}

/**
 * Always routed here, token or not: otherwise Next's route handler for the path (app/metrics/route.ts, for
 * `next start`) would answer and start a second runtime in this process.
 */
function metricsRoute(config: AppConfig, runtime: AssistantRuntime): ApiRoute {
  const endpoint = createMetricsEndpoint(runtime.metrics.read, runtime.refusals, {
    token: config.METRICS_TOKEN,
    openWithoutToken: false,
  });
  return {
    method: 'GET',
    path: METRICS_PATH,
    handle: async (req, res) => sendWebResponse(res, await endpoint(toWebRequest(req, res))),
  };
}

function healthRoutes(config: AppConfig, runtime: AssistantRuntime): ApiRoute[] {
  const checks = createHealthChecks(config, runtime);
  return [
    { method: 'GET', path: HEALTH_PATH, handle: async (_req, res) => sendWebResponse(res, checks.health()) },
    {
      method: 'GET',
      path: READY_PATH,
      handle: async (_req, res) => sendWebResponse(res, await checks.ready()),
    },
  ];
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config, logger } = options;
  const runtime = options.runtime ?? createAssistantRuntime(config, logger);
  const webSocketDoor = new WebSocketDoor(config, runtime, logger);
  // The server's own HTTP endpoints, answered before Next; add routes to this list.
  const routeApi = createApiRouter(
    [...webRoutes(config, runtime, logger), ...healthRoutes(config, runtime), metricsRoute(config, runtime)],
    logger,
  );

  // Node checks the first two timeouts only every `connectionsCheckingInterval` (30 s by default). Neither
  // applies once a request has fully arrived: a long event stream or an open WebSocket is never cut by them.
  const server = createServer({
    headersTimeout: config.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    connectionsCheckingInterval: config.HTTP_TIMEOUT_CHECK_MS,
  });
  const connections = capOpenConnections(
    server,
    maxOpenConnections(config.MAX_OPEN_CONNECTIONS),
    runtime.refusals,
  );
  answerClientErrors(server, runtime.refusals);
  const handleRequest = await options.prepare?.(server);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (routeApi(req, res, pathnameOf(req.url))) return;
    if (!handleRequest) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No encontrado');
      return;
    }
    Promise.resolve(handleRequest(req, res)).catch((error: unknown) => {
      logger.error('http.unhandled', { error: (error as Error)?.name });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = pathnameOf(req.url);
    if (ASSISTANT_WS_PATHS.has(pathname)) return webSocketDoor.handleUpgrade(req, socket, head);
    // In development Next owns /_next/ upgrades (hot reload) through the listener it adds to this server.
    // In production nothing would ever answer them: left alone, each would hold a descriptor for good.
    if (options.dev && pathname.startsWith('/_next/')) return;
    runtime.refusals.count('foreign_upgrade');
    rejectUpgrade(socket, 404, 'Not Found');
  });
  // Pages rendered from now on tell their panel to try the WebSocket first (see app/page.tsx).
  announceWebSocketDoor();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const metricsListener =
    config.METRICS_PORT === undefined
      ? undefined
      : await startMetricsListener(runtime.metrics.read, runtime.refusals, {
          host: config.METRICS_HOST,
          port: config.METRICS_PORT,
          token: config.METRICS_TOKEN,
        });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      server.close();
      server.closeIdleConnections();
      webSocketDoor.stopAccepting();
      await runtime.drain(config.SHUTDOWN_GRACE_MS);
      await webSocketDoor.close();
      await runtime.stop();
      await metricsListener?.close();
      server.closeAllConnections();
    })();
    return closing;
  };
  return { server, port, webSocketDoor, runtime, connections, metricsListener, close };
}
