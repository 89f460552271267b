import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { TEST_SECRET } from '../helpers/test-server';
import { freePort, runToExit, spawnServer, type SpawnedServer } from '../helpers/process';
import { TestClient, type WireEvent } from '../helpers/ws-client';

/**
 * The real entry point (`tsx server.ts`, Next in development mode): pages, hot reload's socket,
 * upgrade routing and graceful shutdown, as an operator would run it.
 */
describe('server.ts in development', () => {
  let server: SpawnedServer;
  let port: number;
  let origin: string;

  beforeAll(async () => {
    port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = await spawnServer({
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      SESSION_SECRET: TEST_SECRET,
      OPENAI_API_KEY: '',
      LOCAL_STREAM_DELAY_MS: '150',
      SHUTDOWN_GRACE_MS: '300',
      NEXT_TELEMETRY_DISABLED: '1',
    });
  }, 180_000);

  afterAll(() => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('serves the help page in Spanish', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<html[^>]*lang="es-CO"/);
    expect(html).toMatch(/declaración de renta/i);
  }, 120_000);

  it("leaves Next's hot-reload socket working", async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/_next/hmr`, { headers: { origin } });
    const opened = await new Promise<boolean>((resolve) => {
      socket.once('open', () => resolve(true));
      socket.once('error', () => resolve(false));
      socket.once('unexpected-response', () => resolve(false));
    });
    expect(opened).toBe(true);
    socket.close();
  });

  it('answers other upgrade paths with 404', async () => {
    await expect(
      TestClient.connect(`ws://127.0.0.1:${port}/socket`, { headers: { origin } }),
    ).rejects.toThrow('unexpected response 404');
  });

  it('on SIGTERM tells clients, closes their sockets with 1001 and exits 0', async () => {
    const client = await TestClient.connect(`ws://127.0.0.1:${port}/ws/assistant/`, {
      v2: true,
      headers: { origin },
    });
    await client.next();
    client.send({ type: 'message', id: 'inflight', message: '¿Qué es la UVT?' });
    await client.until((event) => event.type === 'delta');
    server.child.kill('SIGTERM');
    const events = await client.until(
      (event: WireEvent) => event.type === 'error' || event.type === 'response',
    );
    expect(events.at(-1)).toMatchObject({ type: 'error', id: 'inflight', code: 'shutting_down' });
    expect(await client.closed).toEqual({ code: 1001, reason: 'El servidor se está reiniciando' });
    expect(await server.exited).toBe(0);
  }, 30_000);
});

describe('server.ts configuration', () => {
  it('refuses to start with a wrong value, naming the variable', async () => {
    const { code, output } = await runToExit({ PORT: 'abc', OPENAI_API_KEY: '' });
    expect(code).toBe(1);
    expect(output).toMatch(/Configuración inválida:\n\s+- PORT: debe ser un número entero/);
  });

  it('requires SESSION_SECRET in production', async () => {
    const { code, output } = await runToExit({
      NODE_ENV: 'production',
      SESSION_SECRET: '',
      OPENAI_API_KEY: '',
    });
    expect(code).toBe(1);
    expect(output).toMatch(/SESSION_SECRET: es obligatoria en producción/);
  });
});
