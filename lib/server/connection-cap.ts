import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { USER_ERRORS } from '../assistant/errors';
import { rawJsonResponse } from './http/raw-response';
import type { RefusalCounter } from './refusals';

/**
 * Share of the open-file limit that client connections may take by default. The rest is headroom for the
 * descriptors the process opens itself: one upstream stream per answer in progress, Redis, files, logs.
 */
const SHARE_OF_FILE_LIMIT = 0.75;
/** Where the limit cannot be read (no /proc, or unlimited). */
const FALLBACK_MAX_OPEN_CONNECTIONS = 10_000;
export const CONNECTION_CAP_RETRY_AFTER_SECONDS = 5;

const REFUSAL = rawJsonResponse(503, USER_ERRORS.serverFull, {
  'Retry-After': String(CONNECTION_CAP_RETRY_AFTER_SECONDS),
});

/** The soft RLIMIT_NOFILE in the text of `/proc/self/limits`; undefined when absent or unlimited. */
export function softOpenFileLimit(procLimits: string): number | undefined {
  const line = procLimits.split('\n').find((entry) => entry.startsWith('Max open files'));
  const soft = Number(line?.slice('Max open files'.length).trim().split(/\s+/)[0]);
  return Number.isSafeInteger(soft) && soft > 0 ? soft : undefined;
}

function readProcLimits(): string {
  try {
    return readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return '';
  }
}

/**
 * MAX_OPEN_CONNECTIONS, or (0) 75 % of this process's open-file limit. Node raises its soft limit to the
 * hard limit at start-up, so on Linux this follows the hard limit (`ulimit -Hn`, systemd `LimitNOFILE`).
 */
export function maxOpenConnections(configured: number, procLimits = readProcLimits()): number {
  if (configured > 0) return configured;
  const fileLimit = softOpenFileLimit(procLimits);
  return fileLimit === undefined
    ? FALLBACK_MAX_OPEN_CONNECTIONS
    : Math.max(1, Math.floor(fileLimit * SHARE_OF_FILE_LIMIT));
}

export interface ConnectionCap {
  readonly max: number;
  /** TCP connections of this server open now (WebSockets and event streams included). */
  readonly open: number;
}

/**
 * Caps the TCP connections the server holds at once, below the descriptor limit: past it the process
 * could not accept anything, health checks included, until restarted. A socket over the cap gets a
 * complete Spanish 503 at once and is destroyed before HTTP parsing begins, so it costs nothing more.
 */
export function capOpenConnections(server: Server, max: number, refusals: RefusalCounter): ConnectionCap {
  let open = 0;
  // Prepended so the decision comes before Node's HTTP connection listener sets anything up.
  server.prependListener('connection', (socket: Socket) => {
    if (open >= max) {
      refusals.count('connection_cap');
      socket.on('error', () => undefined);
      socket.write(REFUSAL);
      socket.destroy();
      return;
    }
    open += 1;
    socket.once('close', () => {
      open -= 1;
    });
  });
  return {
    max,
    get open() {
      return open;
    },
  };
}
