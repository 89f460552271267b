import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { runPrimary } from './cluster';
import { startServer, type RequestHandler } from './app-server';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { createLogger, type Logger } from './logger';

/** What answers every request the assistant's own routes do not (Next, in server.ts). */
export interface Pages {
  prepare(server: Server): Promise<RequestHandler>;
  close(): Promise<void>;
}

/**
 * The server process as an operator runs it: configuration, start-up notices, `WEB_CONCURRENCY` workers
 * (or this process alone) and graceful shutdown on SIGTERM and SIGINT.
 */
export function serve(pagesFor: (config: AppConfig, dev: boolean) => Pages): void {
  run(pagesFor).catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`No se pudo iniciar el servidor: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    process.exit(1);
  });
}

async function run(pagesFor: (config: AppConfig, dev: boolean) => Pages): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // Workers load the same configuration; the primary already said what it had to.
  if (cluster.isWorker) return serveHere(config, logger, pagesFor);
  for (const notice of config.notices) logger.warn('config.notice', { notice });
  if (config.WEB_CONCURRENCY === 1) return serveHere(config, logger, pagesFor);
  // A secret generated outside production must be the same in every worker, or none reads another's tokens.
  runPrimary({ workers: config.WEB_CONCURRENCY, logger, env: { SESSION_SECRET: config.SESSION_SECRET } });
}

async function serveHere(
  config: AppConfig,
  logger: Logger,
  pagesFor: (config: AppConfig, dev: boolean) => Pages,
): Promise<void> {
  const dev = config.NODE_ENV !== 'production';
  const pages = pagesFor(config, dev);
  const running = await startServer({ config, logger, dev, prepare: (server) => pages.prepare(server) });
  logger.info('server.listening', {
    url: `http://localhost:${running.port}`,
    port: running.port,
    mode: dev ? 'development' : 'production',
    provider: config.provider,
    maxOpenConnections: running.connections.max,
    pid: process.pid,
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('server.stopping', { signal });
    running
      .close()
      .then(() => pages.close())
      .then(() => {
        logger.info('server.stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error('server.stop_failed', { error: (error as Error)?.message });
        process.exit(1);
      });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
