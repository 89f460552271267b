/**
 * The server process exactly as server.ts runs it (configuration, `WEB_CONCURRENCY` workers, shutdown),
 * with the pages replaced by a line per request saying which worker took it (see worker-probe.ts): Next
 * needs a production build to run in more than one process, and these tests need to know the worker.
 */
import { serve } from '../../lib/server/serve';
import { reportProbe } from './worker-probe';

serve(() => ({
  prepare: async (server) => {
    server.on('request', reportProbe);
    server.on('upgrade', reportProbe);
    return (_req, res) => {
      res.writeHead(404).end();
    };
  },
  close: async () => undefined,
}));
