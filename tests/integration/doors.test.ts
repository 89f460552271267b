import { once } from 'node:events';
import { request, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { startServer, type RunningServer } from '../../lib/server/app-server';
import { loadConfig } from '../../lib/server/config';
import { CONNECTION_CAP_RETRY_AFTER_SECONDS } from '../../lib/server/connection-cap';
import { HEALTH_PATH } from '../../lib/server/http/health';
import { silentLogger } from '../../lib/server/logger';
import { startTestServer, TEST_SECRET, type TestServer } from '../helpers/test-server';
import { TestClient } from '../helpers/ws-client';

/** A plain TCP client, for what no HTTP or WebSocket client would send. */
class RawSocket {
  received = '';
  closed = false;

  private constructor(readonly socket: Socket) {
    socket.on('data', (data: Buffer) => (this.received += data.toString('utf8')));
    socket.on('close', () => (this.closed = true));
    // The server may reset a socket it refuses; what it sent before is in `received`.
    socket.on('error', () => undefined);
  }

  static async open(port: number): Promise<RawSocket> {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    return new RawSocket(socket);
  }

  /** Status, headers (lower-case names) and body of the HTTP answer received. */
  get answer() {
    const [head = '', body = ''] = this.received.split('\r\n\r\n');
    const [statusLine = '', ...lines] = head.split('\r\n');
    const headers = Object.fromEntries(
      lines.map((line) => [
        line.slice(0, line.indexOf(':')).toLowerCase(),
        line.slice(line.indexOf(':') + 1).trim(),
      ]),
    );
    return { status: Number(statusLine.split(' ')[1]), headers, body };
  }

  /** Sends `text` one byte at a time, one every `intervalMs`, until the socket closes. */
  drip(text: string, intervalMs: number): void {
    let index = 0;
    const timer = setInterval(() => {
      if (this.socket.destroyed) return clearInterval(timer);
      this.socket.write(text[index % text.length] ?? '');
      index += 1;
    }, intervalMs);
    this.socket.once('close', () => clearInterval(timer));
  }

  destroy(): void {
    this.socket.destroy();
  }
}

const upgradeRequest = (path: string) =>
  `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';

const opened: RawSocket[] = [];
async function rawSocket(port: number): Promise<RawSocket> {
  const socket = await RawSocket.open(port);
  opened.push(socket);
  return socket;
}

afterEach(() => {
  for (const socket of opened.splice(0)) socket.destroy();
});

describe('upgrades nobody owns', () => {
  /** Stands in for the hot-reload listener Next adds to the server in development. */
  const fakeHotReload = (server: Server) =>
    server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
      if (req.url?.startsWith('/_next/') && !socket.destroyed) {
        socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
      }
    });

  async function start(dev: boolean): Promise<RunningServer> {
    const config = loadConfig({
      NODE_ENV: dev ? 'development' : 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      SESSION_SECRET: TEST_SECRET,
      LOG_LEVEL: 'silent',
    });
    const running = await startServer({ config, logger: silentLogger, dev });
    fakeHotReload(running.server);
    return running;
  }

  let production: RunningServer;
  let development: RunningServer;

  beforeAll(async () => {
    production = await start(false);
    development = await start(true);
  });

  afterAll(async () => {
    await Promise.all([production.close(), development.close()]);
  });

  it('in production answers every /_next/ or unknown upgrade with 404 and closes it at once', async () => {
    const before = production.runtime.refusals.get('foreign_upgrade');
    const sockets = await Promise.all(
      Array.from({ length: 30 }, async (_, index) => {
        const socket = await rawSocket(production.port);
        socket.socket.write(upgradeRequest(index % 2 === 0 ? '/_next/webpack-hmr' : `/_next/x${index}`));
        return socket;
      }),
    );
    const other = await rawSocket(production.port);
    other.socket.write(upgradeRequest('/elsewhere'));
    for (const socket of [...sockets, other]) {
      await expect.poll(() => socket.closed, { timeout: 10_000 }).toBe(true);
      expect(socket.answer.status).toBe(404);
    }
    expect(production.runtime.refusals.get('foreign_upgrade') - before).toBe(31);
    // Nothing is held afterwards.
    await expect.poll(() => production.connections.open, { timeout: 10_000 }).toBe(0);
  });

  it('in development leaves /_next/ upgrades to the hot-reload listener', async () => {
    const socket = await rawSocket(development.port);
    socket.socket.write(upgradeRequest('/_next/webpack-hmr'));
    await expect.poll(() => socket.answer.status, { timeout: 10_000 }).toBe(101);
    expect(socket.closed).toBe(false);
    expect(development.runtime.refusals.get('foreign_upgrade')).toBe(0);
  });
});

describe('slow and silent clients', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      HTTP_HEADERS_TIMEOUT_MS: '400',
      HTTP_REQUEST_TIMEOUT_MS: '1200',
      HTTP_TIMEOUT_CHECK_MS: '50',
    });
  });

  afterAll(async () => {
    await server.close();
  });

  const expectSpanishTimeout = (socket: RawSocket) => {
    expect(socket.answer.status).toBe(408);
    expect(socket.answer.headers.connection).toBe('close');
    expect(JSON.parse(socket.answer.body)).toEqual({ error: USER_ERRORS.requestTimeout });
  };

  it('cuts a socket that sends nothing and one that sends its headers byte by byte, in Spanish', async () => {
    const silent = await rawSocket(server.port);
    const dripping = await rawSocket(server.port);
    dripping.drip(`GET ${HEALTH_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Relleno: ${'a'.repeat(10_000)}`, 20);
    for (const socket of [silent, dripping]) {
      await expect.poll(() => socket.closed, { timeout: 10_000 }).toBe(true);
      expectSpanishTimeout(socket);
    }
    expect(server.runtime.refusals.get('request_timeout')).toBeGreaterThanOrEqual(2);
  });

  it('cuts a body sent byte by byte at HTTP_REQUEST_TIMEOUT_MS, but never an open event stream or WebSocket', async () => {
    // Both open before the slow request starts, so they are older than it when it is cut.
    const ws = await TestClient.connect(server.wsUrl);
    expect((await ws.next()).type).toBe('connection');
    const sse = await new Promise<IncomingMessage>((resolve, reject) => {
      request(`${server.httpUrl}/api/assistant`, { headers: { origin: server.httpUrl } }, resolve)
        .on('error', reject)
        .end();
    });
    expect(sse.statusCode).toBe(200);
    let sseEnded = false;
    sse.on('close', () => (sseEnded = true));
    sse.resume();

    const slowBody = await rawSocket(server.port);
    slowBody.socket.write(
      `POST ${HEALTH_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n`,
    );
    slowBody.drip('x', 20);
    await expect.poll(() => slowBody.closed, { timeout: 10_000 }).toBe(true);
    expect(slowBody.received).toContain('HTTP/1.1 408');

    // A round trip on the WebSocket after the cut: anything cut with the slow request has closed by now.
    ws.socket.ping();
    await once(ws.socket, 'pong');
    await new Promise((resolve) => setImmediate(resolve));
    expect(ws.socket.readyState).toBe(ws.socket.OPEN);
    expect(sseEnded).toBe(false);
    sse.destroy();
    ws.socket.close();
  });
});

describe('per-process cap on open connections', () => {
  const MAX = 4;
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ MAX_OPEN_CONNECTIONS: String(MAX) });
  });

  afterAll(async () => {
    await server.close();
  });

  it('answers a socket over the cap with a complete Spanish 503 and closes it; a freed slot serves again', async () => {
    const held = [await TestClient.connect(server.wsUrl)];
    for (let index = 1; index < MAX; index += 1) held.push(await TestClient.connect(server.wsUrl));
    await expect.poll(() => server.connections.open, { timeout: 10_000 }).toBe(MAX);

    const refused = await rawSocket(server.port);
    refused.socket.write(`GET ${HEALTH_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    await expect.poll(() => refused.closed, { timeout: 10_000 }).toBe(true);
    const { status, headers, body } = refused.answer;
    expect(status).toBe(503);
    expect(headers).toMatchObject({
      'retry-after': String(CONNECTION_CAP_RETRY_AFTER_SECONDS),
      connection: 'close',
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(JSON.parse(body)).toEqual({ error: USER_ERRORS.serverFull });
    expect(server.runtime.refusals.get('connection_cap')).toBe(1);
    // The refused socket never counted: the WebSockets still hold every slot.
    expect(server.connections.open).toBe(MAX);

    held.pop()?.socket.close();
    await expect.poll(() => server.connections.open, { timeout: 10_000 }).toBe(MAX - 1);
    const served = await rawSocket(server.port);
    served.socket.write(`GET ${HEALTH_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    await expect.poll(() => served.closed, { timeout: 10_000 }).toBe(true);
    expect(served.answer.status).toBe(200);
    for (const client of held) client.socket.close();
    await expect.poll(() => server.connections.open, { timeout: 10_000 }).toBe(0);
  });
});
