/** Where the suite's servers listen; shared by playwright.config.ts and the tests that reach the fake. */
export const E2E_PORTS = {
  offline: Number(process.env.E2E_OFFLINE_PORT ?? 3311),
  openai: Number(process.env.E2E_OPENAI_PORT ?? 3312),
  fake: Number(process.env.E2E_FAKE_OPENAI_PORT ?? 4311),
  nextStart: Number(process.env.E2E_NEXT_START_PORT ?? 3313),
  nextStartOpenai: Number(process.env.E2E_NEXT_START_OPENAI_PORT ?? 3314),
};

/** The Bearer token every e2e server requires on `/metrics` (METRICS_TOKEN). */
export const E2E_METRICS_TOKEN = 'e2e-metrics-token-that-is-long-enough-0123';
