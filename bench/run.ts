import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { judgeBudgets } from './budgets';
import { measureFirstLoad, runLighthouse } from './frontend';
import { describeMachine, openFileLimit } from './machine';
import { writeFormatted } from './marked-section';
import { BenchOptionsError, loadBenchOptions, type BenchOptions } from './options';
import { renderMarkdown } from './report';
import type { BenchResults } from './results';
import { runIdle, runLoad, type IdleResult, type LoadResult } from './scenarios';
import { startTarget, startUpstream, stopTarget, type Upstream } from './targets';

/**
 * `npm run bench`: the server under load against the bare relay, idle connections, and the front end;
 * writes bench/results/latest.json and latest.md. Not part of `npm test` (it takes minutes and its
 * figures depend on the machine).
 */

/** Descriptors beyond the clients themselves: upstream sockets, files, the listening sockets. */
const FD_MARGIN = 1_000;

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);

/** What the production build is made from: a build older than any of these measures old code. */
const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'server.ts',
  'proxy.ts',
  'next.config.ts',
  'package-lock.json',
];

function newestModification(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(target).map((entry) => newestModification(path.join(target, entry))),
  );
}

function ensureBuild(mode: BenchOptions['BENCH_BUILD']): void {
  const built = existsSync('dist/server.js') && existsSync('.next/BUILD_ID');
  const current =
    built &&
    Math.min(statSync('dist/server.js').mtimeMs, statSync('.next/BUILD_ID').mtimeMs) >=
      Math.max(...BUILD_INPUTS.map(newestModification));
  if (mode === 'never' || (mode === 'auto' && current)) {
    if (!built) throw new Error('No production build: run `npm run build` or set BENCH_BUILD=auto.');
    return;
  }
  log('building (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed with ${build.status}`);
}

/** The server holds one descriptor per client and one per upstream stream; fail early, not mid-run. */
function checkOpenFileLimit(options: BenchOptions): void {
  const needed = Math.max(options.BENCH_IDLE_CLIENTS, 2 * Math.max(...options.BENCH_SIZES)) + FD_MARGIN;
  const limit = openFileLimit();
  if (limit < needed) {
    throw new Error(
      `The open-file limit is ${limit} but this run needs about ${needed}. Run it as \`npm run bench\` ` +
        '(bench/bench.sh raises the limit to the hard limit, see `ulimit -Hn`) or lower BENCH_IDLE_CLIENTS / BENCH_SIZES.',
    );
  }
}

const describeLoad = (entry: LoadResult) =>
  `${entry.transport} ${entry.sessions} ${entry.target}: first delta p99 ${entry.firstDelta?.p99 ?? '–'} ms ` +
  `(p50s: ${entry.firstDeltaParts?.request?.p50 ?? '–'} ms until the upstream had the request, ` +
  `${entry.firstDeltaParts?.relay?.p50 ?? '–'} ms relaying the delta), ` +
  `final p99 ${entry.final?.p99 ?? '–'} ms, ${entry.deltasPerSecond} deltas/s, ${entry.cpu.target} cores`;

async function serverBenchmarks(options: BenchOptions, upstream: Upstream, logDir: string) {
  const load: LoadResult[] = [];
  for (const transport of options.BENCH_TRANSPORTS) {
    for (const sessions of options.BENCH_SIZES) {
      // Alternating targets at each size keeps slow drifts of a shared machine from favouring one.
      for (const target of options.BENCH_TARGETS) {
        const entry = await runLoad(target, transport, sessions, upstream, options, logDir);
        log(describeLoad(entry));
        load.push(entry);
      }
    }
  }
  const idle: IdleResult[] = [];
  if (options.BENCH_IDLE_CLIENTS > 0) {
    for (const transport of options.BENCH_TRANSPORTS) {
      for (const target of options.BENCH_TARGETS) {
        const entry = await runIdle(target, transport, options.BENCH_IDLE_CLIENTS, upstream, options, logDir);
        log(`${transport} idle ${target}: ${entry.connected} connected, ${entry.kiBPerClient} KiB each`);
        idle.push(entry);
      }
    }
  }
  return { load, idle };
}

async function frontendBenchmarks(options: BenchOptions, upstream: Upstream, logDir: string) {
  const errors: string[] = [];
  const target = await startTarget('assistant', upstream, logDir);
  const url = `http://127.0.0.1:${target.port}/`;
  const attempt = async <T>(what: string, measure: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await measure();
    } catch (error) {
      errors.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      log(`${what} failed: ${errors.at(-1)}`);
      return undefined;
    }
  };
  try {
    const firstLoad = await attempt('first-load JS', () => measureFirstLoad(url, options.CHROMIUM_PATH));
    const lighthouse = await attempt('Lighthouse', () => runLighthouse(url, options.CHROMIUM_PATH));
    return { firstLoad, lighthouse, errors };
  } finally {
    await stopTarget(target);
  }
}

async function main(): Promise<void> {
  const options = loadBenchOptions();
  const startedAt = performance.now();
  const machine = describeMachine();
  const logDir = path.join(options.BENCH_OUTPUT_DIR, 'logs');
  mkdirSync(logDir, { recursive: true });
  if (options.BENCH_CPU_PROFILE_DIR) mkdirSync(options.BENCH_CPU_PROFILE_DIR, { recursive: true });
  checkOpenFileLimit(options);
  ensureBuild(options.BENCH_BUILD);
  log(`${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}; logs in ${logDir}`);

  const upstream = await startUpstream(options.BENCH_PACE, logDir);
  let server: { load: LoadResult[]; idle: IdleResult[] };
  let frontend: BenchResults['frontend'];
  try {
    server = await serverBenchmarks(options, upstream, logDir);
    frontend = options.BENCH_FRONTEND ? await frontendBenchmarks(options, upstream, logDir) : undefined;
  } finally {
    await upstream.process.stop();
  }

  const partial: Omit<BenchResults, 'budgets'> = {
    machine,
    settings: {
      sizes: options.BENCH_SIZES,
      transports: options.BENCH_TRANSPORTS,
      targets: options.BENCH_TARGETS,
      pace: options.BENCH_PACE,
      thinkMs: options.BENCH_THINK_MS,
      measureMs: options.BENCH_MEASURE_MS,
      workers: options.BENCH_WORKERS,
      idleClients: options.BENCH_IDLE_CLIENTS,
    },
    durationSeconds: Math.round((performance.now() - startedAt) / 1000),
    ...server,
    frontend,
  };
  const results: BenchResults = { ...partial, budgets: judgeBudgets(partial) };
  const markdown = renderMarkdown(results);
  await writeFormatted(path.join(options.BENCH_OUTPUT_DIR, 'latest.json'), JSON.stringify(results));
  await writeFormatted(path.join(options.BENCH_OUTPUT_DIR, 'latest.md'), markdown);
  process.stdout.write(`\n${markdown}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof BenchOptionsError
      ? `${error.message}\n`
      : `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
