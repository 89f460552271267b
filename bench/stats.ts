/** Latency summaries in milliseconds, from samples in microseconds. */
export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles; `undefined` when there is no sample. */
export function percentiles(samplesUs: readonly number[]): Percentiles | undefined {
  if (samplesUs.length === 0) return undefined;
  const sorted = Float64Array.from(samplesUs).sort();
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  // Hundredths of a millisecond: finer digits are below what a shared machine can reproduce.
  const ms = (us: number) => Math.round(us / 10) / 100;
  return {
    count: sorted.length,
    p50: ms(rank(50)),
    p95: ms(rank(95)),
    p99: ms(rank(99)),
    max: ms(sorted[sorted.length - 1] ?? 0),
  };
}

/** `value / floor`, rounded; `undefined` when the floor is missing or zero. */
export function ratio(value: number | undefined, floor: number | undefined): number | undefined {
  if (value === undefined || floor === undefined || floor <= 0) return undefined;
  return Math.round((value / floor) * 100) / 100;
}
