import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { spawnReady, tsxArgs, type OwnedProcess } from './processes';
import { freePort } from '../tests/helpers/process';

/**
 * The processes under load: the fake OpenAI upstream, the real server (memory store; Redis store with one
 * worker; Redis store with two workers) and the bare baseline relay.
 */

export const TARGET_NAMES = ['assistant', 'redis', 'redis-2w', 'baseline'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export interface Target {
  name: TargetName;
  /** The process the bench started (with workers, their primary). */
  process: OwnedProcess;
  /** Every process serving clients, whose CPU and memory the bench adds up: the primary and its workers. */
  pids: number[];
  /** The target's own redis-server, measured beside it. */
  redis?: OwnedProcess;
  port: number;
}

export interface Upstream {
  process: OwnedProcess;
  baseURL: string;
  apiKey: string;
}

const API_KEY = 'sk-bench-fake';

export async function startUpstream(
  pace: { deltas: number; intervalMs: number },
  logDir: string,
): Promise<Upstream> {
  const { command, args } = tsxArgs('tests/fakes/openai-server-cli.ts', [
    '--port',
    '0',
    '--api-key',
    API_KEY,
    '--pace',
    `${pace.deltas}x${pace.intervalMs}`,
    '--record-requests',
    'false',
  ]);
  const { process: owned, value } = await spawnReady({
    command,
    args,
    logFile: path.join(logDir, 'upstream.log'),
    ready: (line) => /^fake-openai listening on (\S+)$/.exec(line)?.[1],
  });
  return { process: owned, baseURL: value, apiKey: API_KEY };
}

/** A fresh redis-server on a loopback port, without persistence, as a deployment's Redis would be. */
async function startRedis(name: TargetName, logDir: string): Promise<{ process: OwnedProcess; url: string }> {
  const port = await freePort();
  const { process: owned } = await spawnReady({
    command: 'redis-server',
    args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    logFile: path.join(logDir, `${name}.redis-server.log`),
    ready: (line) => (line.includes('Ready to accept connections') ? 'ready' : undefined),
  });
  return { process: owned, url: `redis://127.0.0.1:${port}` };
}

/**
 * The real production server (`node dist/server.js`), relaying to the fake. Per-address limits are raised:
 * every benchmark client comes from a handful of loopback addresses, where real citizens come from many.
 * With `workers` > 1 it is ready once the primary says every worker listens, naming their pids.
 */
async function startAssistant(
  name: TargetName,
  upstream: Upstream,
  logDir: string,
  profileDir?: string,
): Promise<Target> {
  const redis = name === 'assistant' ? undefined : await startRedis(name, logDir);
  const workers = name === 'redis-2w' ? 2 : 1;
  const { process: owned, value } = await spawnReady({
    command: process.execPath,
    args: [...profileArgs(profileDir), 'dist/server.js'],
    env: {
      ...(redis && { REDIS_URL: redis.url }),
      WEB_CONCURRENCY: String(workers),
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      SESSION_SECRET: randomBytes(48).toString('base64url'),
      ASSISTANT_PROVIDER: 'openai',
      OPENAI_API_KEY: upstream.apiKey,
      OPENAI_BASE_URL: upstream.baseURL,
      SESSION_MAX: '1000000',
      RATE_LIMIT_SESSION_PER_MINUTE: '10000',
      RATE_LIMIT_IP_PER_MINUTE: '100000',
      RATE_LIMIT_NEW_SESSIONS_PER_MINUTE: '100000',
      RATE_LIMIT_FRAMES_PER_MINUTE: '100000',
      RATE_LIMIT_FRAMES_IP_PER_MINUTE: '1000000',
      MAX_CONNECTIONS_PER_IP: '100000',
      // The bench measures how much one process carries: shedding newcomers under load would hide it.
      OVERLOAD_LAG_MS: '60000',
      LOG_LEVEL: 'info',
    },
    logFile: path.join(logDir, `${name}.log`),
    ready: (line) => {
      const event = workers === 1 ? 'server.listening' : 'cluster.listening';
      if (!line.includes(`"event":"${event}"`)) return undefined;
      const { port, pids = '' } = JSON.parse(line) as { port: number; pids?: string };
      return JSON.stringify({ port, workers: pids ? pids.split(',').map(Number) : [] });
    },
  }).catch(async (error: unknown) => {
    await redis?.process.stop();
    throw error;
  });
  const listening = JSON.parse(value) as { port: number; workers: number[] };
  return {
    name,
    process: owned,
    pids: [owned.pid, ...listening.workers],
    redis: redis?.process,
    port: listening.port,
  };
}

async function startBaseline(upstream: Upstream, logDir: string, profileDir?: string): Promise<Target> {
  const { command, args } = tsxArgs('bench/baseline-relay.ts');
  const { process: owned, value } = await spawnReady({
    command,
    args: [...profileArgs(profileDir), ...args],
    env: { BASELINE_UPSTREAM_URL: upstream.baseURL, BASELINE_API_KEY: upstream.apiKey },
    logFile: path.join(logDir, 'baseline.log'),
    ready: (line) => /^baseline-relay listening on (\d+)$/.exec(line)?.[1],
  });
  return { name: 'baseline', process: owned, pids: [owned.pid], port: Number(value) };
}

/** Node writes a `.cpuprofile` there when the process exits (open it in Chrome DevTools). */
function profileArgs(profileDir: string | undefined): string[] {
  return profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
}

export function startTarget(
  name: TargetName,
  upstream: Upstream,
  logDir: string,
  profileDir?: string,
): Promise<Target> {
  return name === 'baseline'
    ? startBaseline(upstream, logDir, profileDir)
    : startAssistant(name, upstream, logDir, profileDir);
}

/** Stops the target, then its Redis. */
export async function stopTarget(target: Target): Promise<void> {
  await target.process.stop();
  await target.redis?.stop();
}
