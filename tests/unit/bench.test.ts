import { describe, expect, it } from 'vitest';
import { judgeBudgets } from '../../bench/budgets';
import { loadBenchOptions } from '../../bench/options';
import type { BenchResults } from '../../bench/results';
import type { IdleResult, LoadResult } from '../../bench/scenarios';
import { LoadRecorder, LoadSession } from '../../bench/load-session';
import { percentiles, ratio } from '../../bench/stats';
import { clockMicros } from '../fakes/paced-answer';

describe('bench options', () => {
  it('has defaults that run the whole benchmark', () => {
    const options = loadBenchOptions({});
    expect(options.BENCH_SIZES).toEqual([100, 1000, 5000]);
    expect(options.BENCH_TRANSPORTS).toEqual(['ws', 'sse']);
    expect(options.BENCH_PACE).toEqual({ deltas: 10, intervalMs: 100 });
    expect(options.BENCH_FRONTEND).toBe(true);
  });

  it('reads lists with spaces and digit separators', () => {
    const options = loadBenchOptions({
      BENCH_SIZES: '100, 1_000',
      BENCH_TRANSPORTS: 'sse',
      BENCH_PACE: '3x50',
    });
    expect(options.BENCH_SIZES).toEqual([100, 1000]);
    expect(options.BENCH_TRANSPORTS).toEqual(['sse']);
    expect(options.BENCH_PACE).toEqual({ deltas: 3, intervalMs: 50 });
  });

  it('names every wrong variable', () => {
    expect(() =>
      loadBenchOptions({
        BENCH_SIZES: '0',
        BENCH_TRANSPORTS: 'tcp',
        BENCH_PACE: 'fast',
        BENCH_FRONTEND: 'yes',
      }),
    ).toThrowError(/BENCH_SIZES: .*at least 1[\s\S]*BENCH_TRANSPORTS[\s\S]*BENCH_PACE[\s\S]*BENCH_FRONTEND/);
  });
});

describe('bench statistics', () => {
  it('gives nearest-rank percentiles in milliseconds from microseconds', () => {
    const samples = Array.from({ length: 100 }, (_, index) => (index + 1) * 1000);
    expect(percentiles(samples)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
    expect(percentiles([])).toBeUndefined();
  });

  it('gives no ratio without a floor', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeUndefined();
    expect(ratio(undefined, 2)).toBeUndefined();
  });
});

describe('bench budgets', () => {
  const load = (target: LoadResult['target'], p99: number, waitMs = 0): LoadResult =>
    ({
      target,
      transport: 'ws',
      sessions: 1000,
      firstDelta: { count: 1, p50: p99, p95: p99, p99, max: p99 },
      targetRunQueueWaitMsPerSecond: waitMs,
    }) as LoadResult;
  const idle: IdleResult = {
    target: 'assistant',
    transport: 'ws',
    requested: 10_000,
    connected: 10_000,
    failedConnections: 0,
    freshMiB: 100,
    connectedMiB: 170,
    kiBPerClient: 7,
    idleCpu: 0,
  };
  const results = (entries: LoadResult[]): Omit<BenchResults, 'budgets'> =>
    ({ machine: { cores: 2 }, load: entries, idle: [idle] }) as Omit<BenchResults, 'budgets'>;

  it('judges only what was measured', () => {
    const verdicts = judgeBudgets(results([load('assistant', 4), load('baseline', 3.5)]));
    expect(verdicts.map((verdict) => verdict.verdict)).toEqual([
      'met',
      'met',
      'not measured',
      'met',
      'not measured',
    ]);
    const missed = judgeBudgets(results([load('assistant', 9), load('baseline', 3)]));
    expect(missed.slice(0, 2).map((verdict) => verdict.verdict)).toEqual(['missed', 'missed']);
    expect(judgeBudgets(results([]))[0]?.verdict).toBe('not measured');
  });

  it('holds Redis mode to twice the memory store per delta, server and redis-server together', () => {
    const cost = (target: LoadResult['target'], server: number, inRedis: number, more = {}) =>
      ({
        ...load(target, 4),
        cpuMsPer1kDeltas: server,
        redisCpuMsPer1kDeltas: inRedis,
        errors: {},
        unfinished: 0,
        warmed: true,
        ...more,
      }) as LoadResult;
    const judge = (redis: LoadResult) => judgeBudgets(results([cost('assistant', 100, 0), redis]))[2];
    expect(judge(cost('redis', 150, 50))).toMatchObject({ verdict: 'met', measured: /^2× \(150 \+ 50 ms/ });
    expect(judge(cost('redis', 160, 50))?.verdict).toBe('missed');
    expect(judge(cost('redis', 150, 40, { errors: { store_unavailable: 3 } }))?.verdict).toBe('inconclusive');
  });

  it('calls latency inconclusive when other processes kept a relay from a CPU', () => {
    const [absolute, relative] = judgeBudgets(
      results([load('assistant', 900, 100), load('baseline', 800, 600)]),
    );
    expect(absolute?.verdict).toBe('inconclusive');
    expect(relative?.verdict).toBe('inconclusive');
    expect(relative?.measured).toMatch(/waited 100 \/ 600 ms\/s/);
  });
});

describe('bench load sessions', () => {
  it("cuts the first delta's time at the upstream's stamps: before the request reached it, and the relay", () => {
    const recorder = new LoadRecorder();
    recorder.phase = 'measure';
    const session = new LoadSession('s', recorder);
    const asked: string[] = [];
    session.connection = { ask: (id) => void asked.push(id), close: () => undefined };
    session.start('hola', 1_000, 0);
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        const [id] = asked;
        const sentAtUs = clockMicros();
        // Pretend the question left at `sentAtUs`: the upstream got it 3 ms later, wrote the first delta
        // 100 ms after that, and the delta arrived 2 ms after it was written.
        (session as unknown as { pending: { sentAtUs: number } }).pending.sentAtUs = sentAtUs;
        const delta = `[rx=${sentAtUs + 3_000} tx=${sentAtUs + 103_000} n=0] texto `;
        session.handle({ type: 'delta', id, delta }, sentAtUs + 105_000);
        expect(recorder.report.firstDeltaUs).toEqual([5_000]);
        expect(recorder.report.firstRequestUs).toEqual([3_000]);
        expect(recorder.report.firstRelayUs).toEqual([2_000]);
        session.stop();
        resolve();
      }, 5);
    });
  });
});
