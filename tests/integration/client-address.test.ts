import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { clientIpFromHeaders } from '../../lib/server/client-ip';
import { loadConfig } from '../../lib/server/config';
import { createHttpDoor } from '../../lib/server/http/http-door';
import { toWebResponse, webDoorRequest } from '../../lib/server/http/door-adapters';
import { sendWebResponse, toWebRequest } from '../../lib/server/http/web-adapter';
import { silentLogger } from '../../lib/server/logger';
import { createAssistantRuntime, type AssistantRuntime } from '../../lib/server/runtime';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { SseClient } from '../helpers/sse-client';
import { startTestServer, TEST_SECRET, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';
import { ASSISTANT_HTTP_PATH } from '../../lib/wire';

/*
 * Forged client addresses on both servers. Under `next start` the route handlers see only headers, so
 * `NextLike` serves the same Web handlers the way app/api/assistant/route.ts does, with Next's own habit
 * of filling X-Forwarded-For from the socket when the client sent none.
 */

const provider = new ScriptedProvider((input) => ({ deltas: ['Sobre ', input], delayMs: 1 }));
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

interface NextLike {
  url: string;
  origin: string;
  runtime: AssistantRuntime;
  close(): Promise<void>;
}

async function startNextLike(env: Record<string, string>): Promise<NextLike> {
  const config = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: TEST_SECRET, LOG_LEVEL: 'silent', ...env });
  const runtime = createAssistantRuntime(config, silentLogger, provider);
  const http = createHttpDoor(config, runtime, silentLogger);
  const server: Server = createServer((req, res) => {
    req.headers['x-forwarded-for'] ??= req.socket.remoteAddress;
    const request = toWebRequest(req, res);
    const handler = req.method === 'GET' ? http.stream : http.send;
    void handler(webDoorRequest(request), clientIpFromHeaders(request.headers, config)).then((response) =>
      sendWebResponse(res, toWebResponse(response)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${ASSISTANT_HTTP_PATH}`,
    origin,
    runtime,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await runtime.stop();
    },
  };
}

let nextLike: NextLike | undefined;
let custom: TestServer | undefined;
const streams: SseClient[] = [];
const sockets: TestClient[] = [];

afterEach(async () => {
  streams.splice(0).forEach((stream) => stream.close());
  sockets.splice(0).forEach((client) => client.socket.terminate());
  await nextLike?.close();
  await custom?.close();
  nextLike = undefined;
  custom = undefined;
});

async function openStream(target: Pick<NextLike, 'url' | 'origin'>, headers: Record<string, string> = {}) {
  const stream = await SseClient.open(target.url, { origin: target.origin, ...headers });
  streams.push(stream);
  return stream;
}

/** A new conversation (stream, cookie) asking one question, as a client rotating its headers would. */
async function askInNewSession(target: NextLike, id: string, headers: Record<string, string>) {
  const stream = await openStream(target, headers);
  expect(stream.response.status).toBe(200);
  await stream.next();
  const cookie = (stream.response.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { origin: target.origin, 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify({ type: 'message', id, message: 'hola' }),
  });
  return { status: response.status, body: (await response.json()) as WireEvent };
}

describe('under next start (route handlers)', () => {
  it('forged X-Forwarded-For streams cannot take the slots of the address they name', async () => {
    nextLike = await startNextLike({ MAX_CONNECTIONS_PER_IP: '2' });
    for (let index = 0; index < 5; index += 1) {
      const forged = await openStream(nextLike, { 'x-forwarded-for': '127.0.0.1' });
      expect(forged.response.status).toBe(200);
    }
    // The real local client: Next fills X-Forwarded-For with its socket address, 127.0.0.1.
    const citizen = await openStream(nextLike);
    expect(citizen.response.status).toBe(200);
    expect((await citizen.next()).data).toMatchObject({ type: 'connection' });
  });

  it('rotating X-Forwarded-For buys no allowance once the platform header is named', async () => {
    nextLike = await startNextLike({ RATE_LIMIT_IP_PER_MINUTE: '2', CLIENT_IP_HEADER: 'X-Real-IP' });
    const outcomes: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      const forged = { 'x-real-ip': '203.0.113.66', 'x-forwarded-for': `10.9.8.${index}` };
      const { status, body } = await askInNewSession(nextLike, `q${index}`, forged);
      outcomes.push(status);
      if (status === 429) expect(body).toMatchObject({ code: 'rate_limited', id: `q${index}` });
    }
    expect(outcomes).toEqual([202, 202, 429, 429]);
  });
});

describe('under the custom server', () => {
  async function connect(headers: Record<string, string>) {
    const running = custom as TestServer;
    const client = await TestClient.connect(running.wsUrl, {
      v2: true,
      headers: { origin: running.httpUrl, ...headers },
    });
    sockets.push(client);
    return client;
  }

  it('keys on the named header by /64, so rotating it or forging a victim locks out no one else', async () => {
    custom = await startTestServer({ MAX_CONNECTIONS_PER_IP: '2', CLIENT_IP_HEADER: 'x-real-ip' }, provider);
    // One subscriber's /64, each socket claiming to be the victim in X-Forwarded-For.
    const attacker = (suffix: string) => ({
      'x-real-ip': `2001:db8:7:1::${suffix}`,
      'x-forwarded-for': '198.51.100.7',
    });
    for (const suffix of ['1', 'a:b'])
      expect(await (await connect(attacker(suffix))).next()).toMatchObject({ type: 'connection' });
    const third = await connect(attacker('ffff:1'));
    expect(await third.next()).toMatchObject({
      code: 'rate_limited',
      message: USER_ERRORS.tooManyConnections,
    });

    // The same count holds on the custom server's HTTP/SSE transport.
    const sseDoor = { url: `${custom.httpUrl}${ASSISTANT_HTTP_PATH}`, origin: custom.httpUrl };
    const sse = (headers: Record<string, string>) => openStream(sseDoor, headers);
    expect((await sse(attacker('9'))).response.status).toBe(429);
    expect((await sse({ 'x-real-ip': '198.51.100.7' })).response.status).toBe(200);

    const victim = await connect({ 'x-real-ip': '198.51.100.7' });
    expect(await victim.next()).toMatchObject({ type: 'connection' });
    victim.send({ type: 'message', id: 'v1', message: 'hola' });
    expect((await victim.until(isFinal)).at(-1)).toMatchObject({ type: 'response', id: 'v1' });
  });
});
