import cluster, { type Worker } from 'node:cluster';
import type { ProcessControl } from './drain-on-signal';
import type { Logger } from './logger';
import { answerWorkersForMetrics } from './metrics/metrics-source';

export interface PrimaryOptions {
  workers: number;
  logger: Logger;
  /** Added to every worker's environment (what the primary settled, e.g. a generated secret). */
  env: Record<string, string>;
  control?: ProcessControl;
}

/**
 * The primary of `WEB_CONCURRENCY` server processes on one port; it serves nothing itself. Node's cluster
 * hands each new connection to the next worker in turn, and every worker keeps sessions, rate limits and
 * budgets in Redis, so any worker serves any session: no sticky routing. A worker that dies after it served
 * is replaced while the others go on serving; one that dies before it ever listened hit a fault a new start
 * would repeat (a taken port, a wrong address), so the whole server stops with an error instead of looping.
 * The first SIGTERM or SIGINT goes to every worker, which drains as a single process does; the primary
 * exits once all of them have.
 */
export function runPrimary(options: PrimaryOptions): void {
  const { logger, workers } = options;
  const control = options.control ?? process;
  const live = new Set<Worker>();
  const served = new Set<Worker>();
  let announced = false;
  let stopping = false;
  let failed = false;

  const fork = () => live.add(cluster.fork(options.env));
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('server.stopping', { signal: reason, workers: live.size });
    for (const worker of live) worker.process.kill('SIGTERM');
  };

  cluster.on('listening', (worker, address) => {
    served.add(worker);
    if (announced) {
      logger.info('cluster.worker_replaced', { pid: worker.process.pid });
    } else if (served.size === workers) {
      announced = true;
      const pids = [...served].map((each) => each.process.pid).join(',');
      logger.info('cluster.listening', { port: address.port, workers, pids });
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    const hadServed = served.delete(worker);
    if (stopping) {
      if (code !== 0) failed = true;
    } else {
      logger.error('cluster.worker_exited', { pid: worker.process.pid, code: code ?? undefined, signal });
      if (hadServed) {
        fork();
      } else {
        failed = true;
        stop('worker_failed_to_start');
      }
    }
    if (stopping && live.size === 0) {
      logger.info('server.stopped');
      control.exit(failed ? 1 : 0);
    }
  });

  answerWorkersForMetrics();
  for (let index = 0; index < workers; index += 1) fork();
  control.once('SIGTERM', () => stop('SIGTERM'));
  control.once('SIGINT', () => stop('SIGINT'));
}
