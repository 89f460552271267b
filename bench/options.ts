import { z } from 'zod';
import { TARGET_NAMES } from './targets';

/**
 * Every knob of `npm run bench`, read from the environment and validated once, so a typo stops the run
 * with a message naming the variable instead of producing a silently different benchmark.
 */

export const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export const integer = (fallback: number, min: number, max: number, hint: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `must be an integer (${hint})` })
      .int({ error: `must be an integer (${hint})` })
      .min(min, { error: `must be at least ${min} (${hint})` })
      .max(max, { error: `must be at most ${max} (${hint})` })
      .default(fallback),
  );

export const list = <T extends z.ZodType>(fallback: string, item: T, hint: string) =>
  z.preprocess(
    (value) =>
      String(blankToUndefined(value) ?? fallback)
        .split(',')
        .map((part) => part.trim().replaceAll('_', '')),
    z.array(item, { error: `must be a comma-separated list (${hint})` }).min(1),
  );

export const flag = (fallback: boolean) =>
  z.preprocess(
    blankToUndefined,
    z
      .enum(['true', 'false', '1', '0'], { error: 'must be "true" or "false"' })
      .transform((value) => value === 'true' || value === '1')
      .default(fallback),
  );

const sessionCount = z.coerce
  .number({ error: 'each size must be an integer' })
  .int({ error: 'each size must be an integer' })
  .min(1, { error: 'each size must be at least 1' })
  .max(50_000, { error: 'each size must be at most 50000' });

const benchSchema = z.object({
  BENCH_SIZES: list('100,1000,5000', sessionCount, 'concurrent active sessions, e.g. 100,1000'),
  BENCH_TRANSPORTS: list(
    'ws,sse',
    z.enum(['ws', 'sse'], { error: 'transports are "ws" and "sse"' }),
    'which transports to load, e.g. ws',
  ),
  BENCH_TARGETS: list(
    TARGET_NAMES.join(','),
    z.enum(TARGET_NAMES, { error: `targets are ${TARGET_NAMES.join(', ')}` }),
    'which servers to load, in order: assistant (memory store), redis, redis-2w (two workers), baseline',
  ),
  BENCH_IDLE_CLIENTS: integer(10_000, 0, 50_000, 'idle connected clients for the memory test; 0 skips it'),
  BENCH_PACE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default('10x100')
      .transform((value, ctx) => {
        const match = /^(\d+)x(\d+)$/.exec(value.trim());
        const deltas = Number(match?.[1]);
        const intervalMs = Number(match?.[2]);
        if (!match || deltas < 1 || deltas > 1_000 || intervalMs < 1 || intervalMs > 10_000) {
          ctx.addIssue({
            code: 'custom',
            message: 'must be <deltas>x<intervalMs> with 1-1000 deltas and 1-10000 ms, e.g. 10x100',
          });
          return z.NEVER;
        }
        return { deltas, intervalMs };
      }),
  ),
  BENCH_THINK_MS: integer(1_000, 0, 60_000, 'pause between an answer and the next question, in ms'),
  BENCH_MEASURE_MS: integer(10_000, 1_000, 600_000, 'measured window per scenario, in ms'),
  BENCH_WORKERS: integer(2, 1, 16, 'load-generator processes'),
  BENCH_SOURCE_ADDRESSES: integer(
    16,
    1,
    254,
    'loopback source addresses 127.0.0.1-N the clients spread over',
  ),
  BENCH_FRONTEND: flag(true),
  BENCH_BUILD: z.preprocess(
    blankToUndefined,
    z.enum(['auto', 'always', 'never'], { error: 'must be "auto", "always" or "never"' }).default('auto'),
  ),
  BENCH_OUTPUT_DIR: z.preprocess(blankToUndefined, z.string().default('bench/results')),
  /** When set, the assistant and the baseline run with `--cpu-prof` and write their profiles here. */
  BENCH_CPU_PROFILE_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  CHROMIUM_PATH: z.preprocess(blankToUndefined, z.string().default('/usr/bin/chromium')),
});

export type BenchOptions = z.infer<typeof benchSchema>;
export type Transport = BenchOptions['BENCH_TRANSPORTS'][number];

export class BenchOptionsError extends Error {}

/** Parses environment options with `schema`, naming every wrong variable in one error. */
export function parseOptions<T extends z.ZodType>(
  schema: T,
  source: Record<string, string | undefined>,
  what: string,
): z.infer<T> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  - ${String(issue.path[0] ?? 'environment')}: ${issue.message}`,
    );
    throw new BenchOptionsError(`Invalid ${what} options:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

export function loadBenchOptions(source: Record<string, string | undefined> = process.env): BenchOptions {
  return parseOptions(benchSchema, source, 'benchmark');
}
