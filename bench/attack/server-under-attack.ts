import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { freePort } from '../../tests/helpers/process';
import { openFileLimit } from '../machine';
import { spawnReady, type OwnedProcess } from '../processes';
import type { AttackSpec } from './catalogue';

/** The production build under attack: `node dist/server.js`, or `next start` for the Next-only host. */

export interface ServerUnderAttack {
  process: OwnedProcess;
  port: number;
  /** The open-file limit the server really runs with, read back from /proc. */
  nofile: number;
}

export function checkProductionBuild(): void {
  if (!existsSync('dist/server.js') || !existsSync('.next/BUILD_ID')) {
    throw new Error('No production build (dist/server.js, .next/BUILD_ID): run `npm run build` first.');
  }
}

/** Runs `program args…` with the given open-file limit (soft and hard), replacing the shell. */
function withFileLimit(nofile: number, program: string, args: string[]): { command: string; args: string[] } {
  return {
    command: 'sh',
    args: ['-c', 'ulimit -n "$1" && shift && exec "$@"', 'sh', String(nofile), program, ...args],
  };
}

export async function startServerUnderAttack(options: {
  host: AttackSpec['host'];
  env: Record<string, string>;
  nofile: number;
  logFile: string;
}): Promise<ServerUnderAttack> {
  const env = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    SESSION_SECRET: randomBytes(48).toString('base64url'),
    LOG_LEVEL: 'info',
    ...options.env,
  };
  if (options.host === 'next') {
    const port = await freePort();
    const { process: owned } = await spawnReady({
      ...withFileLimit(options.nofile, process.execPath, [
        'node_modules/next/dist/bin/next',
        'start',
        '-p',
        String(port),
        '-H',
        '127.0.0.1',
      ]),
      env,
      logFile: options.logFile,
      ready: (line) => (/Ready in/.test(line) ? 'ready' : undefined),
    });
    return { process: owned, port, nofile: openFileLimit(owned.pid) };
  }
  const { process: owned, value } = await spawnReady({
    ...withFileLimit(options.nofile, process.execPath, ['dist/server.js']),
    env: { ...env, PORT: '0' },
    logFile: options.logFile,
    ready: (line) => {
      if (!line.includes('"event":"server.listening"')) return undefined;
      return String((JSON.parse(line) as { port: number }).port);
    },
  });
  return { process: owned, port: Number(value), nofile: openFileLimit(owned.pid) };
}
