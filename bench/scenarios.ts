import { LoadGenerator, type ConnectOutcome } from './load';
import type { BenchOptions, Transport } from './options';
import { coresUsed, runQueueWaitMsPerSecond, sampleProcess, type ProcSample } from './proc-stats';
import { percentiles, type Percentiles } from './stats';
import { startTarget, stopTarget, type Target, type TargetName, type Upstream } from './targets';

/** What a citizen asks; the fake answers every question with the same paced, stamped text. */
const QUESTION = '¿Quién debe declarar renta en 2026?';
/** Lets a freshly started or freshly loaded process reach a steady footprint before it is sampled. */
const SETTLE_MS = 2_000;
/** A target so overloaded that some session had no answer by then is measured anyway (and flagged). */
const WARMUP_TIMEOUT_MS = 60_000;

export interface LoadResult {
  target: TargetName;
  transport: Transport;
  sessions: number;
  connected: number;
  failedConnections: number;
  firstConnectionError?: string;
  /** False when some session still had no answer after WARMUP_TIMEOUT_MS (the target was overloaded). */
  warmed: boolean;
  /** Milliseconds the target adds, p50/p95/p99 (see docs/performance.md for the definitions). */
  firstDelta?: Percentiles;
  /**
   * `firstDelta` in two parts: question sent → request received by the fake upstream (the target's
   * per-question work, its event loop's queue, the upstream accepting the request), and the first
   * delta's own relay (sent upstream → arrival). JSON only.
   */
  firstDeltaParts?: { request?: Percentiles; relay?: Percentiles };
  final?: Percentiles;
  perDelta?: Percentiles;
  deltasPerSecond: number;
  answers: number;
  unfinished: number;
  errors: Record<string, number>;
  /**
   * Cores busy during the window (1 = one core): the target's processes (a primary and its workers
   * together), its own redis-server (0 without Redis), the fake upstream and the load generators.
   */
  cpu: { target: number; redis: number; upstream: number; loadGenerators: number };
  /** Milliseconds per second the target's event loop waited for a CPU held by other processes. */
  targetRunQueueWaitMsPerSecond: number;
  /** Target CPU per 1,000 deltas delivered: flat across sizes means cost grows linearly. */
  cpuMsPer1kDeltas: number;
  /** The target's redis-server CPU per 1,000 deltas delivered (0 without Redis). */
  redisCpuMsPer1kDeltas: number;
  memory: {
    freshMiB: number;
    connectedMiB: number;
    activeMiB: number;
    idleKiBPerClient: number;
    activeKiBPerClient: number;
  };
}

export interface IdleResult {
  target: TargetName;
  transport: Transport;
  requested: number;
  connected: number;
  failedConnections: number;
  firstConnectionError?: string;
  freshMiB: number;
  connectedMiB: number;
  kiBPerClient: number;
  /** Cores the target keeps busy with every client connected and silent. */
  idleCpu: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;
const kibPer = (bytes: number, clients: number) =>
  clients > 0 ? Math.round((bytes / 1024 / clients) * 10) / 10 : 0;

function sampleAll(pids: number[]): ProcSample[] {
  return pids.map(sampleProcess);
}

/** The target's processes as one: CPU, run-queue wait and memory added up. */
function sampleTarget(target: Target): ProcSample {
  const samples = sampleAll(target.pids);
  return {
    cpuSeconds: samples.reduce((sum, sample) => sum + sample.cpuSeconds, 0),
    runQueueWaitSeconds: samples.reduce((sum, sample) => sum + sample.runQueueWaitSeconds, 0),
    rssBytes: samples.reduce((sum, sample) => sum + sample.rssBytes, 0),
    atMs: performance.now(),
  };
}

function sumCores(from: ProcSample[], to: ProcSample[]): number {
  return (
    Math.round(
      from.reduce((sum, sample, index) => sum + coresUsed(sample, to[index] as ProcSample), 0) * 100,
    ) / 100
  );
}

export function sourceAddresses(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `127.0.0.${index + 1}`);
}

/** Active sessions asking, reading and pausing in a loop against one freshly started target. */
export async function runLoad(
  targetName: TargetName,
  transport: Transport,
  sessions: number,
  upstream: Upstream,
  options: BenchOptions,
  logDir: string,
): Promise<LoadResult> {
  return withConnectedClients(targetName, transport, sessions, upstream, options, logDir, async (run) => {
    const { target, load, fresh, outcome } = run;
    const connected = sampleTarget(target);

    const { deltas, intervalMs } = options.BENCH_PACE;
    const cycleMs = deltas * intervalMs + options.BENCH_THINK_MS;
    // Every session answers at least once (its upstream conversation exists) before the window opens,
    // then one more cycle lets the spread-out sessions reach their steady rhythm.
    const warmed = await load.start(QUESTION, options.BENCH_THINK_MS, cycleMs, WARMUP_TIMEOUT_MS);
    await sleep(cycleMs);

    const others = [upstream.process.pid, ...load.pids];
    const redisPids = target.redis ? [target.redis.pid] : [];
    const before = [sampleTarget(target), ...sampleAll(redisPids), ...sampleAll(others)];
    load.measure();
    await sleep(options.BENCH_MEASURE_MS);
    const after = [sampleTarget(target), ...sampleAll(redisPids), ...sampleAll(others)];
    const { report, deltasPerSecond } = await load.stop(cycleMs * 3 + 10_000);

    const targetCores = sumCores(before.slice(0, 1), after.slice(0, 1));
    const upstreamAt = 1 + redisPids.length;
    const deltasDelivered = (deltasPerSecond * options.BENCH_MEASURE_MS) / 1000;
    const msPer1kDeltas = (cores: number) =>
      deltasDelivered > 0
        ? Math.round(((cores * options.BENCH_MEASURE_MS) / deltasDelivered) * 1000 * 100) / 100
        : 0;
    const redisCores = sumCores(before.slice(1, upstreamAt), after.slice(1, upstreamAt));
    return {
      target: targetName,
      transport,
      sessions,
      connected: outcome.connected,
      failedConnections: outcome.failed,
      firstConnectionError: outcome.firstError,
      warmed,
      firstDelta: percentiles(report.firstDeltaUs),
      firstDeltaParts: {
        request: percentiles(report.firstRequestUs),
        relay: percentiles(report.firstRelayUs),
      },
      final: percentiles(report.finalUs),
      perDelta: percentiles(report.deltaUs),
      deltasPerSecond: Math.round(deltasPerSecond),
      answers: report.answers,
      unfinished: report.unfinished,
      errors: report.errors,
      cpu: {
        target: targetCores,
        redis: redisCores,
        upstream: sumCores(before.slice(upstreamAt, upstreamAt + 1), after.slice(upstreamAt, upstreamAt + 1)),
        loadGenerators: sumCores(before.slice(upstreamAt + 1), after.slice(upstreamAt + 1)),
      },
      targetRunQueueWaitMsPerSecond: runQueueWaitMsPerSecond(before[0] as ProcSample, after[0] as ProcSample),
      cpuMsPer1kDeltas: msPer1kDeltas(targetCores),
      redisCpuMsPer1kDeltas: msPer1kDeltas(redisCores),
      memory: {
        freshMiB: mib(fresh.rssBytes),
        connectedMiB: mib(connected.rssBytes),
        activeMiB: mib((after[0] as ProcSample).rssBytes),
        idleKiBPerClient: kibPer(connected.rssBytes - fresh.rssBytes, outcome.connected),
        activeKiBPerClient: kibPer((after[0] as ProcSample).rssBytes - fresh.rssBytes, outcome.connected),
      },
    };
  });
}

/** Many connected clients that ask nothing: what holding a citizen's connection open costs. */
export async function runIdle(
  targetName: TargetName,
  transport: Transport,
  clients: number,
  upstream: Upstream,
  options: BenchOptions,
  logDir: string,
): Promise<IdleResult> {
  return withConnectedClients(targetName, transport, clients, upstream, options, logDir, async (run) => {
    const { target, fresh, outcome } = run;
    const settled = sampleTarget(target);
    await sleep(SETTLE_MS);
    const connected = sampleTarget(target);
    return {
      target: targetName,
      transport,
      requested: clients,
      connected: outcome.connected,
      failedConnections: outcome.failed,
      firstConnectionError: outcome.firstError,
      freshMiB: mib(fresh.rssBytes),
      connectedMiB: mib(connected.rssBytes),
      kiBPerClient: kibPer(connected.rssBytes - fresh.rssBytes, outcome.connected),
      idleCpu: Math.round(coresUsed(settled, connected) * 100) / 100,
    };
  });
}

interface ConnectedRun {
  target: Target;
  load: LoadGenerator;
  /** The target's footprint before any client connected. */
  fresh: ProcSample;
  outcome: ConnectOutcome;
}

/** Starts a fresh target and the load generators, connects `clients`, lets things settle, runs `measure`. */
async function withConnectedClients<T>(
  targetName: TargetName,
  transport: Transport,
  clients: number,
  upstream: Upstream,
  options: BenchOptions,
  logDir: string,
  measure: (run: ConnectedRun) => Promise<T>,
): Promise<T> {
  const target = await startTarget(targetName, upstream, logDir, options.BENCH_CPU_PROFILE_DIR);
  const load = LoadGenerator.start(options.BENCH_WORKERS);
  try {
    await sleep(SETTLE_MS);
    const fresh = sampleTarget(target);
    const outcome = await load.connect(
      { transport, host: '127.0.0.1', port: target.port },
      clients,
      sourceAddresses(options.BENCH_SOURCE_ADDRESSES),
    );
    await sleep(SETTLE_MS);
    return await measure({ target, load, fresh, outcome });
  } finally {
    await load.close();
    await stopTarget(target);
  }
}
