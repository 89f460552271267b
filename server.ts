/**
 * The custom server: Next's request handler plus the assistant's WebSocket gateway on one port.
 * Run with `npm run dev` (tsx, development) or `npm start` (compiled to dist/, production).
 */
import next from 'next';
import { startServer } from './lib/server/app-server';
import { ConfigError, loadConfig } from './lib/server/config';
import { createLogger } from './lib/server/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  for (const notice of config.notices) logger.warn('config.notice', { notice });

  const dev = config.NODE_ENV !== 'production';
  let app: ReturnType<typeof next> | undefined;
  const running = await startServer({
    config,
    logger,
    dev,
    prepare: async (server) => {
      app = next({ dev, dir: process.cwd(), hostname: config.HOST, port: config.PORT, httpServer: server });
      await app.prepare();
      return app.getRequestHandler();
    },
  });
  logger.info('server.listening', {
    url: `http://localhost:${running.port}`,
    port: running.port,
    mode: dev ? 'development' : 'production',
    provider: config.provider,
    maxOpenConnections: running.connections.max,
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('server.stopping', { signal });
    running
      .close()
      .then(() => app?.close())
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

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`No se pudo iniciar el servidor: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
