import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { spawnReady, tsxArgs, type OwnedProcess } from './processes';

/** The processes under load: the fake OpenAI upstream, the real server and the bare baseline relay. */

export type TargetName = 'assistant' | 'baseline';

export interface Target {
  name: TargetName;
  process: OwnedProcess;
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

/**
 * The real production server (`node dist/server.js`), relaying to the fake. Per-address limits are raised:
 * every benchmark client comes from a handful of loopback addresses, where real citizens come from many.
 */
async function startAssistant(upstream: Upstream, logDir: string, profileDir?: string): Promise<Target> {
  const { process: owned, value } = await spawnReady({
    command: process.execPath,
    args: [...profileArgs(profileDir), 'dist/server.js'],
    env: {
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
    logFile: path.join(logDir, 'assistant.log'),
    ready: (line) => {
      if (!line.includes('"event":"server.listening"')) return undefined;
      return String((JSON.parse(line) as { port: number }).port);
    },
  });
  return { name: 'assistant', process: owned, port: Number(value) };
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
  return { name: 'baseline', process: owned, port: Number(value) };
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
  return name === 'assistant'
    ? startAssistant(upstream, logDir, profileDir)
    : startBaseline(upstream, logDir, profileDir);
}
