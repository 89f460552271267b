import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * CPU time and resident memory of another process, read from /proc: the benchmark observes the server
 * from outside, exactly as it runs in production, with no diagnostics code inside it.
 */

const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export interface ProcSample {
  /** User + system CPU time so far, in seconds. */
  cpuSeconds: number;
  /**
   * Time the main thread (Node's event loop) was ready to run but waited for a CPU, in seconds: how much
   * other processes on a shared machine delayed it, independent of its own work.
   */
  runQueueWaitSeconds: number;
  rssBytes: number;
  /** When the sample was taken (performance.now(), ms). */
  atMs: number;
}

export function sampleProcess(pid: number): ProcSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may itself contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of stat)
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKiB = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  // schedstat: time on a CPU, time waiting on a run queue (both ns), timeslices; for the thread `pid`.
  const waitNs = Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1] ?? 0);
  return {
    cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND,
    runQueueWaitSeconds: waitNs / 1e9,
    rssBytes: rssKiB * 1024,
    atMs: performance.now(),
  };
}

/** Milliseconds per second the main thread spent waiting for a CPU between two samples. */
export function runQueueWaitMsPerSecond(from: ProcSample, to: ProcSample): number {
  const wallSeconds = (to.atMs - from.atMs) / 1000;
  return wallSeconds > 0
    ? Math.round(((to.runQueueWaitSeconds - from.runQueueWaitSeconds) * 1000) / wallSeconds)
    : 0;
}

/** Share of one core used between two samples (1 = one core fully busy). */
export function coresUsed(from: ProcSample, to: ProcSample): number {
  const wallSeconds = (to.atMs - from.atMs) / 1000;
  return wallSeconds > 0 ? (to.cpuSeconds - from.cpuSeconds) / wallSeconds : 0;
}
