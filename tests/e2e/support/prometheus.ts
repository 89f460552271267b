import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { freePort } from '../../helpers/process';

/** Debian's `prometheus` (installed by .ci/run); PROMETHEUS overrides the binary. */
const BINARY = process.env.PROMETHEUS ?? 'prometheus';
export const SCRAPE_JOB = 'asistente';

export interface RunningPrometheus {
  /** The value of an instant query's single series; undefined while it has none. */
  query(expression: string): Promise<number | undefined>;
  stop(): Promise<void>;
}

interface QueryAnswer {
  status: string;
  data?: { resultType: string; result: Array<{ value: [number, string] }> };
}

/**
 * A real Prometheus on a free loopback port, its storage in a temp dir, scraping `target` (host:port) every
 * second with `token` as its Bearer credentials. Resolves once Prometheus reports itself ready.
 */
export async function startPrometheus(target: string, token: string): Promise<RunningPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'prometheus-e2e-'));
  const config = join(dir, 'prometheus.yml');
  await writeFile(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      '  scrape_timeout: 1s',
      'scrape_configs:',
      `  - job_name: ${SCRAPE_JOB}`,
      '    metrics_path: /metrics',
      '    authorization:',
      '      type: Bearer',
      `      credentials: ${token}`,
      '    static_configs:',
      `      - targets: ['${target}']`,
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    BINARY,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  let gone = false;
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // Without the binary (ENOENT) only `error` fires; either way the process is gone.
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      log += `${error.message} (PROMETHEUS overrides the binary; .ci/run installs Debian's prometheus)`;
      resolve();
    });
  }).then(() => {
    gone = true;
  });
  const stop = async () => {
    if (!gone) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(
      base,
      () => gone,
      () => log,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    stop,
    query: async (expression) => {
      const response = await fetch(`${base}/api/v1/query?query=${encodeURIComponent(expression)}`);
      const answer = (await response.json()) as QueryAnswer;
      if (answer.status !== 'success') throw new Error(`Prometheus query failed: ${JSON.stringify(answer)}`);
      const [series, ...more] = answer.data?.result ?? [];
      if (more.length > 0) throw new Error(`${expression} has ${more.length + 1} series`);
      return series && Number(series.value[1]);
    },
  };
}

/** Polls `/-/ready` until Prometheus says it is ready; fails early if the process died. */
async function waitUntilReady(base: string, died: () => boolean, log: () => string): Promise<void> {
  const state = async () => {
    if (died()) return 'died';
    const ready = await fetch(`${base}/-/ready`).then(
      (response) => response.ok,
      () => false,
    );
    return ready ? 'ready' : 'starting';
  };
  // Seconds on a quiet machine; generous for a loaded one.
  await expect
    .poll(state, { timeout: 60_000, message: `prometheus not ready: ${log()}` })
    .not.toBe('starting');
  if (died()) throw new Error(`prometheus exited: ${log()}`);
}
