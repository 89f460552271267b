import type { Logger } from './logger';
import type { AssistantRuntime } from './runtime';

/** Where termination signals come from, and how the process ends (a test passes its own). */
export interface ProcessControl {
  once(signal: NodeJS.Signals, listener: () => void): unknown;
  exit(code: number): void;
}

/** Next lets the application handle SIGTERM and SIGINT itself only when this is set (see README). */
export const MANUAL_SIGNALS_ENV = 'NEXT_MANUAL_SIG_HANDLE';

/**
 * For route handlers under `next start`, where no custom server owns shutdown: on the first SIGTERM or
 * SIGINT the core drains (running answers finish within the grace period, the rest end with a Spanish
 * error on their event streams), the runtime stops, and the process exits.
 */
export function drainOnSignal(
  runtime: Pick<AssistantRuntime, 'drain' | 'stop'>,
  graceMs: number,
  logger: Logger,
  control: ProcessControl = process,
): void {
  let draining = false;
  const drain = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    logger.info('server.stopping', { signal });
    runtime
      .drain(graceMs)
      .then(() => runtime.stop())
      .then(
        () => {
          logger.info('server.stopped');
          control.exit(0);
        },
        (error: unknown) => {
          logger.error('server.stop_failed', { error: (error as Error)?.message });
          control.exit(1);
        },
      );
  };
  control.once('SIGTERM', () => drain('SIGTERM'));
  control.once('SIGINT', () => drain('SIGINT'));
}
