/**
 * The custom server: Next's request handler plus the assistant's WebSocket gateway on one port, in one
 * process or `WEB_CONCURRENCY` (see lib/server/serve.ts). Run with `npm run dev` (tsx, development) or
 * `npm start` (compiled to dist/, production).
 */
import next from 'next';
import { serve } from './lib/server/serve';

serve((config, dev) => {
  let app: ReturnType<typeof next> | undefined;
  return {
    prepare: async (server) => {
      app = next({ dev, dir: process.cwd(), hostname: config.HOST, port: config.PORT, httpServer: server });
      await app.prepare();
      return app.getRequestHandler();
    },
    close: async () => app?.close(),
  };
});
