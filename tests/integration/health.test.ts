import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthChecks, HEALTH_PATH, READY_PATH } from '../../lib/server/http/health';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

describe('health and readiness', () => {
  it('reports liveness and readiness over HTTP, uncached', async () => {
    const health = await fetch(`${server.httpUrl}${HEALTH_PATH}`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.httpUrl}${READY_PATH}`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      provider: 'local',
      store: 'memory',
      accepting: true,
    });
  });

  it('turns readiness red once shutdown begins, so the load balancer stops sending clients', async () => {
    const checks = createHealthChecks(server.config, server.runtime);
    await server.runtime.service.shutdown(0);
    const ready = await checks.ready();
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'shutting_down', accepting: false });
    expect(checks.health().status).toBe(200);
  });
});
