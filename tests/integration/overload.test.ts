import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READY_PATH } from '../../lib/server/http/health';
import { startTestServer, type TestServer } from '../helpers/test-server';

const THRESHOLD_MS = 400;
/** Well past the threshold, so the reading that follows it cannot miss. */
const BLOCK_MS = 2_000;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ OVERLOAD_LAG_MS: String(THRESHOLD_MS) });
});

afterAll(async () => {
  await server.close();
});

interface Readiness {
  status: number;
  retryAfter: string | null;
  body: Record<string, unknown>;
}

async function readiness(): Promise<Readiness> {
  const response = await fetch(`${server.httpUrl}${READY_PATH}`);
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** Holds this process's event loop (the server's too) for `ms`, as a saturating burst of work would. */
function blockEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('overload detection on a real event loop', () => {
  it(
    'reports overloaded (503 with Retry-After) after the loop was held, then ready again once calm',
    { timeout: 120_000 },
    async () => {
      await expect.poll(async () => (await readiness()).status, { timeout: 30_000 }).toBe(200);
      expect(server.runtime.overload.overloaded).toBe(false);

      blockEventLoop(BLOCK_MS);

      let seen: Readiness | undefined;
      await expect
        .poll(
          async () => {
            seen = await readiness();
            return seen.body.status;
          },
          { timeout: 30_000, interval: 100 },
        )
        .toBe('overloaded');
      expect(seen).toMatchObject({ status: 503, body: { overloaded: true, accepting: true } });
      expect(Number(seen?.retryAfter)).toBeGreaterThanOrEqual(1);

      await expect.poll(async () => (await readiness()).status, { timeout: 30_000, interval: 200 }).toBe(200);
      expect(server.runtime.overload).toMatchObject({ overloaded: false, retryAfterSeconds: 0 });
    },
  );
});
