import { timingSafeEqual } from 'node:crypto';
import { Registry } from 'prom-client';
import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../lib/server/config';
import { createMetricsEndpoint, METRICS_ERRORS, METRICS_REFUSAL } from '../../lib/server/metrics/endpoint';
import { metricsSource } from '../../lib/server/metrics/metrics-source';
import { RefusalCounter } from '../../lib/server/refusals';

vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  return { ...crypto, timingSafeEqual: vi.fn(crypto.timingSafeEqual) };
});

const TOKEN = 'a-metrics-token-of-at-least-32-characters';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('the /metrics guard', () => {
  it('compares every guess in constant time: same-length digests through timingSafeEqual, whatever was sent', async () => {
    const refusals = new RefusalCounter();
    const endpoint = createMetricsEndpoint(metricsSource(new Registry()), refusals, {
      token: TOKEN,
      openWithoutToken: false,
    });
    const compare = vi.mocked(timingSafeEqual);
    const guesses = ['', 'a', TOKEN.slice(0, -1), `${TOKEN}x`, 'x'.repeat(10_000), TOKEN];
    for (const guess of guesses) {
      compare.mockClear();
      const response = await endpoint(
        new Request('http://localhost/metrics', { headers: { authorization: `Bearer ${guess}` } }),
      );
      expect(response.status).toBe(guess === TOKEN ? 200 : 401);
      expect(compare).toHaveBeenCalledTimes(1);
      const [sent, expected] = compare.mock.calls[0] as [Buffer, Buffer];
      expect([sent.length, expected.length]).toEqual([32, 32]);
    }
    expect(refusals.get(METRICS_REFUSAL)).toBe(guesses.length - 1);
  });

  it("answers a Spanish 503 when the workers' sum cannot be gathered, and the next scrape still works", async () => {
    const registry = new Registry();
    let workerSilent = true;
    const endpoint = createMetricsEndpoint(
      () =>
        workerSilent ? Promise.reject(new Error('the primary did not answer')) : metricsSource(registry)(),
      new RefusalCounter(),
      { token: TOKEN, openWithoutToken: false },
    );
    const scrape = () =>
      endpoint(new Request('http://localhost/metrics', { headers: { authorization: `Bearer ${TOKEN}` } }));
    const failed = await scrape();
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({ error: METRICS_ERRORS.unavailable });
    workerSilent = false;
    expect((await scrape()).status).toBe(200);
  });
});

describe('metrics configuration', () => {
  it('is off by default: no token, no port of its own, loopback when a port is set', () => {
    const config = loadConfig({});
    expect(config.METRICS_TOKEN).toBeUndefined();
    expect(config.METRICS_PORT).toBeUndefined();
    expect(config.METRICS_HOST).toBe('127.0.0.1');
  });

  it('refuses a short or spaced token, a port out of range and the main port, in Spanish', () => {
    expect(problemsOf({ METRICS_TOKEN: 'corto' })).toEqual([
      expect.stringMatching(/^METRICS_TOKEN: debe tener al menos 32 caracteres/),
    ]);
    expect(problemsOf({ METRICS_TOKEN: `${TOKEN} con espacios` })).toEqual([
      expect.stringMatching(/^METRICS_TOKEN: usa solo caracteres ASCII visibles/),
    ]);
    expect(problemsOf({ METRICS_PORT: '70000' })).toEqual([
      expect.stringMatching(/^METRICS_PORT: debe estar entre 0 y 65535/),
    ]);
    expect(problemsOf({ METRICS_PORT: 'nueve' })).toEqual([
      expect.stringMatching(/^METRICS_PORT: debe ser un puerto TCP para las métricas/),
    ]);
    expect(problemsOf({ PORT: '3000', METRICS_PORT: '3000' })).toEqual([
      expect.stringMatching(/^METRICS_PORT: no puede ser el mismo puerto que PORT/),
    ]);
  });
});
