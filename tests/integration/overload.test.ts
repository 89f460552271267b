import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { READY_PATH } from '../../lib/server/http/health';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient } from '../helpers/ws-client';
import { ASSISTANT_HTTP_PATH } from '../../lib/wire';

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

/**
 * Holds the loop, then asks, until the server says it is overloaded: held again on every try, so a
 * reading missed on a busy machine is followed by another high one instead of a calm that ends the test.
 */
async function holdUntilOverloaded(): Promise<Readiness> {
  let seen: Readiness | undefined;
  await expect
    .poll(
      async () => {
        blockEventLoop(BLOCK_MS);
        seen = await readiness();
        return seen.body.status;
      },
      { timeout: 60_000, interval: 100 },
    )
    .toBe('overloaded');
  return seen as Readiness;
}

describe('overload detection on a real event loop', () => {
  it(
    'reports overloaded (503 with Retry-After) after the loop was held, then ready again once calm',
    { timeout: 120_000 },
    async () => {
      await expect.poll(async () => (await readiness()).status, { timeout: 30_000 }).toBe(200);
      expect(server.runtime.overload.overloaded).toBe(false);

      const seen = await holdUntilOverloaded();
      expect(seen).toMatchObject({ status: 503, body: { overloaded: true, accepting: true } });
      expect(Number(seen.retryAfter)).toBeGreaterThanOrEqual(1);

      await expect.poll(async () => (await readiness()).status, { timeout: 30_000, interval: 200 }).toBe(200);
      expect(server.runtime.overload).toMatchObject({ overloaded: false, retryAfterSeconds: 0 });
    },
  );
});

describe('admission while overloaded', () => {
  it(
    'turns newcomers away in Spanish on both doors while a citizen already talking goes on',
    { timeout: 120_000 },
    async () => {
      await expect.poll(async () => (await readiness()).status, { timeout: 30_000 }).toBe(200);
      const citizen = await TestClient.connect(server.wsUrl, {
        v2: true,
        headers: { origin: server.httpUrl },
      });
      await citizen.next();

      await holdUntilOverloaded();
      // Held again just before each attempt: the reading that follows is high, so the state cannot have
      // recovered by the time the newcomer is admitted, however slow this machine is.
      blockEventLoop(BLOCK_MS / 2);
      const newcomer = await TestClient.connect(server.wsUrl, {
        v2: true,
        headers: { origin: server.httpUrl },
      });
      expect(await newcomer.next()).toMatchObject({
        type: 'error',
        code: 'server_busy',
        message: USER_ERRORS.overloaded,
        seq: 0,
      });
      expect(await newcomer.closed).toMatchObject({ code: 1013 });

      blockEventLoop(BLOCK_MS / 2);
      const stream = await fetch(`${server.httpUrl}${ASSISTANT_HTTP_PATH}`, {
        headers: { origin: server.httpUrl },
      });
      expect(stream.status).toBe(503);
      expect(Number(stream.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await stream.json()).toMatchObject({ code: 'server_busy', message: USER_ERRORS.overloaded });
      expect(server.runtime.refusals.get('overloaded')).toBeGreaterThanOrEqual(2);

      citizen.send({ type: 'message', id: 'en-curso', message: '¿Cuándo vence mi declaración?' });
      const final = (await citizen.until((event) => event.type === 'response' || event.type === 'error')).at(
        -1,
      );
      expect(final).toMatchObject({ type: 'response', id: 'en-curso' });
      citizen.socket.close();
    },
  );
});
