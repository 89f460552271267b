import { percentiles } from '../stats';
import type { CitizenSample } from './citizen-protocol';
import type { CitizenSummary, Goal, HealthSummary, RowMeasurements, RowResult } from './results';

/** The goals of issue #11 every attack is judged against, besides its own success conditions. */
export const GOALS = {
  rssGrowthMiB: 300,
  healthMs: 2_000,
  citizenSlowdown: 3,
  /** Descriptors the server may hold after the attack beyond what it held before (its own churn). */
  leakedFdMargin: 20,
} as const;

const median = (values: number[]) => percentiles(values.map((ms) => ms * 1000))?.p50;

export function summarizeHealth(results: ReadonlyArray<number | undefined>): HealthSummary {
  const times = results.filter((ms): ms is number => ms !== undefined);
  const summary = percentiles(times.map((ms) => ms * 1000));
  return {
    probes: results.length,
    failures: results.length - times.length,
    p50Ms: summary?.p50,
    maxMs: summary?.max,
  };
}

/** Splits the citizen's questions into before the attack and during it (by when each was asked). */
export function summarizeCitizen(
  samples: readonly CitizenSample[],
  attack: { startedAt: number; endedAt: number },
): CitizenSummary {
  const before = samples.filter((sample) => sample.askedAt < attack.startedAt);
  const during = samples.filter(
    (sample) => sample.askedAt >= attack.startedAt && sample.askedAt <= attack.endedAt,
  );
  const answered = during.flatMap((sample) => (sample.ms === undefined ? [] : [sample.ms]));
  const errors: Record<string, number> = {};
  for (const sample of during) {
    if (sample.error !== undefined) errors[sample.error] = (errors[sample.error] ?? 0) + 1;
  }
  return {
    unattackedMs: median(before.flatMap((sample) => (sample.ms === undefined ? [] : [sample.ms]))),
    attackedMs: median(answered),
    attackedMaxMs: answered.length > 0 ? Math.max(...answered) : undefined,
    answered: answered.length,
    errors,
  };
}

function memoryGoal(row: RowMeasurements): Goal {
  const name = `RSS growth < ${GOALS.rssGrowthMiB} MiB`;
  if (!row.before || !row.peak) return { name, passed: false, detail: 'not measured' };
  const growth = row.peak.rssMiB - row.before.rssMiB;
  return {
    name,
    passed: growth < GOALS.rssGrowthMiB && !row.serverDied,
    detail: row.serverDied ? 'the server died' : `grew ${growth} MiB`,
  };
}

function healthGoal({ health }: RowMeasurements): Goal {
  return {
    name: `health < ${GOALS.healthMs / 1000} s`,
    passed: health.probes > 0 && health.failures === 0 && (health.maxMs ?? Infinity) < GOALS.healthMs,
    detail: `${health.failures} of ${health.probes} probes failed, slowest ${health.maxMs ?? '–'} ms`,
  };
}

function citizenGoal({ citizen }: RowMeasurements): Goal {
  const name = `citizen answered within ${GOALS.citizenSlowdown}× unattacked, no error`;
  const failed = Object.values(citizen.errors).reduce((sum, count) => sum + count, 0);
  const slowdown =
    citizen.attackedMs !== undefined && citizen.unattackedMs
      ? citizen.attackedMs / citizen.unattackedMs
      : undefined;
  return {
    name,
    passed:
      citizen.answered > 0 && failed === 0 && slowdown !== undefined && slowdown <= GOALS.citizenSlowdown,
    detail:
      `${citizen.answered} answered, ${failed} failed` +
      (slowdown === undefined ? '' : `, median ${Math.round(slowdown * 100) / 100}× unattacked`),
  };
}

function leakGoal(row: RowMeasurements): Goal {
  const name = 'no descriptors leaked';
  if (!row.before || !row.after) return { name, passed: false, detail: 'not measured (server gone?)' };
  const extra = row.after.fds - row.before.fds;
  return {
    name,
    passed: extra <= GOALS.leakedFdMargin,
    detail: `${extra >= 0 ? '+' : ''}${extra} descriptors after the attack`,
  };
}

/** A row holds when every goal and every check of its attack held. */
export function judge(row: RowMeasurements): RowResult {
  const goals = [
    memoryGoal(row),
    healthGoal(row),
    citizenGoal(row),
    leakGoal(row),
    ...row.checks.map((check) => ({ name: check.name, passed: check.passed, detail: check.detail })),
  ];
  return { ...row, goals, holds: goals.every((goal) => goal.passed) };
}
