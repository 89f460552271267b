import { openSseConnection } from './clients/sse-connection';
import type { EventHandler, LoadConnection } from './clients/wire';
import { openWsConnection } from './clients/ws-connection';
import type { CoordinatorMessage, Endpoint, WorkerMessage } from './load-protocol';
import { LoadRecorder, LoadSession } from './load-session';

/**
 * A load-generator process (forked by bench/load.ts): real WebSocket or HTTP/SSE clients, in a process of
 * their own so the clients' CPU is never counted as the server's.
 */

/** Handshakes in flight at once: enough to connect thousands quickly without a SYN flood on loopback. */
const CONNECT_CONCURRENCY = 100;

const recorder = new LoadRecorder();
const sessions: LoadSession[] = [];
let windowStartedAt = 0;

function send(message: WorkerMessage): void {
  process.send?.(message);
}

function opener(endpoint: Endpoint): (address: string, onEvent: EventHandler) => Promise<LoadConnection> {
  return endpoint.transport === 'ws'
    ? (address, onEvent) => openWsConnection(endpoint, address, onEvent)
    : (address, onEvent) => openSseConnection(endpoint, address, onEvent);
}

async function connect(message: Extract<CoordinatorMessage, { type: 'connect' }>): Promise<void> {
  const open = opener(message.endpoint);
  let failed = 0;
  let firstError: string | undefined;
  let nextIndex = 0;
  const connectOne = async () => {
    while (nextIndex < message.sessions) {
      const index = nextIndex++;
      const global = message.firstIndex + index;
      const session = new LoadSession(`s${global}`, recorder);
      const address = message.sourceAddresses[global % message.sourceAddresses.length] as string;
      try {
        session.connection = await open(address, (event, arrivalUs) => session.handle(event, arrivalUs));
        sessions.push(session);
      } catch (error) {
        failed += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, connectOne));
  send({ type: 'connected', count: sessions.length, failed, firstError });
}

/** How often the worker checks whether every session has had its first answer. */
const WARM_CHECK_MS = 100;

function start(message: Extract<CoordinatorMessage, { type: 'start' }>): void {
  recorder.phase = 'warmup';
  sessions.forEach((session, index) =>
    session.start(message.question, message.thinkMs, (index / sessions.length) * message.spreadMs),
  );
  const check = setInterval(() => {
    if (recorder.phase !== 'warmup' || sessions.every((session) => session.answered > 0)) {
      clearInterval(check);
      send({ type: 'warm' });
    }
  }, WARM_CHECK_MS);
}

async function stop(drainTimeoutMs: number): Promise<void> {
  recorder.report.windowMs = performance.now() - windowStartedAt;
  recorder.phase = 'drain';
  for (const session of sessions) session.stop();
  // Answers asked inside the window are still measured to their end, so slow ones are not dropped.
  const deadline = performance.now() + drainTimeoutMs;
  while (sessions.some((session) => session.waitingForMeasured) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  recorder.report.unfinished = sessions.filter((session) => session.waitingForMeasured).length;
  recorder.phase = 'idle';
  send({ type: 'stopped', report: recorder.report });
}

function disconnect(): void {
  for (const session of sessions.splice(0)) session.connection?.close();
  send({ type: 'disconnected' });
}

process.on('message', (message: CoordinatorMessage) => {
  const run = async () => {
    switch (message.type) {
      case 'connect':
        return connect(message);
      case 'start':
        return start(message);
      case 'measure':
        recorder.phase = 'measure';
        windowStartedAt = performance.now();
        return;
      case 'stop':
        return stop(message.drainTimeoutMs);
      case 'disconnect':
        return disconnect();
    }
  };
  run().catch((error: unknown) => {
    send({ type: 'fatal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});
process.on('disconnect', () => process.exit(0));
