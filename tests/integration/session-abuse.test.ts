import { connect, type Socket } from 'node:net';
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { sessionIdOf } from '../helpers/session-token';
import { holdCalls } from '../helpers/hold-calls';
import { serverPerTest } from '../helpers/server-per-test';
import type { TestServer } from '../helpers/test-server';
import type { WireEvent } from '../helpers/ws-client';
import { ASSISTANT_HTTP_PATH, SESSION_TOKEN_HEADER } from '../../lib/wire';

const BIG_DELTA = 'x'.repeat(65_536);
const provider = new ScriptedProvider((input) =>
  input === 'enorme'
    ? { deltas: Array.from({ length: 300 }, () => BIG_DELTA), delayMs: 0 }
    : { deltas: ['Listo: ', input], delayMs: 1 },
);
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

const bench = serverPerTest(provider);
const { start, openWs, openSse } = bench;

const cookieOf = (setCookie: string | string[] | null | undefined) =>
  String(setCookie ?? '').split(';')[0] as string;

/** An event-stream GET on a raw socket, so the test decides when (or whether) its bytes are read. */
function rawStreamRequest(running: TestServer, headers: Record<string, string> = {}): Socket {
  const socket = bench.track(connect(running.port, '127.0.0.1'));
  socket.on('error', () => undefined);
  const lines = Object.entries({
    host: `127.0.0.1:${running.port}`,
    origin: running.httpUrl,
    ...headers,
  }).map(([name, value]) => `${name}: ${value}`);
  socket.write(`GET ${ASSISTANT_HTTP_PATH} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
  return socket;
}

describe('new sessions', () => {
  it('are limited per address on the WebSocket and the event stream; reopening one is free', async () => {
    const running = await start({ RATE_LIMIT_NEW_SESSIONS_PER_MINUTE: '2' });
    const first = await openWs();
    await first.next();
    await (await openWs()).next();

    const third = await openWs();
    expect(await third.next()).toMatchObject({ type: 'error', code: 'rate_limited', seq: 0 });
    expect(String((third.frames[0] as string) ?? '')).toContain('conversaciones nuevas');
    expect(await third.closed).toMatchObject({ code: 1013 });

    const refused = await fetch(`${running.httpUrl}${ASSISTANT_HTTP_PATH}`, {
      headers: { origin: running.httpUrl },
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ type: 'error', code: 'rate_limited', seq: 0 });

    // The citizen's own session, on either transport, is not a new one.
    const back = await openWs({ headers: { cookie: cookieOf(first.upgradeHeaders['set-cookie']) } });
    expect(await back.next()).toMatchObject({ type: 'connection' });
    const stream = await openSse({ headers: { cookie: cookieOf(first.upgradeHeaders['set-cookie']) } });
    expect((await stream.next()).data).toMatchObject({ type: 'connection' });
    expect(running.runtime.refusals.get('new_sessions_per_address')).toBe(2);
  });

  describe.each(['memory', 'redis'] as const)('on the %s store', (store) => {
    it('never push out a citizen who asked something, however many anonymous connections come and go', async () => {
      const running = await start({
        SESSION_MAX: '5',
        RATE_LIMIT_NEW_SESSIONS_PER_MINUTE: '10000',
        ...(store === 'redis'
          ? { REDIS_URL: bench.redis().url, REDIS_KEY_PREFIX: `abuse:${Date.now()}:` }
          : {}),
      });
      const citizen = await openWs();
      const hello = await citizen.next();
      citizen.send({ type: 'message', id: 'mia', message: 'mi pregunta' });
      const answer = (await citizen.until(isFinal)).at(-1) as WireEvent;
      expect(answer).toMatchObject({ type: 'response', id: 'mia' });
      citizen.close();
      await citizen.closed;

      const refusals: string[] = [];
      for (let attempt = 0; attempt < 40; attempt += 1) {
        const anonymous = await openWs();
        const first = await anonymous.next();
        refusals.push(String(first.code ?? first.type));
        anonymous.socket.terminate();
        await anonymous.closed;
      }
      // The store filled up with sessions nobody asked anything in, and then refused newcomers.
      expect(refusals).toContain('server_busy');

      const back = await openWs({ headers: { cookie: cookieOf(citizen.upgradeHeaders['set-cookie']) } });
      const greeting = await back.next();
      expect(greeting).toMatchObject({ type: 'connection', session: hello.session });
      expect(greeting.transcript).toEqual([
        expect.objectContaining({ role: 'user', text: 'mi pregunta' }),
        expect.objectContaining({ role: 'assistant', text: answer.message }),
      ]);
      expect(running.runtime.refusals.get('session_capacity')).toBeGreaterThan(0);
    });
  });
});

describe('event streams', () => {
  it('cut a reader that stops reading at the WebSocket limit, and the reader resumes later', async () => {
    const running = await start({ WS_MAX_BUFFERED_BYTES: '65536' });
    const first = await openSse();
    const hello = (await first.next()).data;
    const cookie = cookieOf(first.response.headers.get('set-cookie'));
    first.close();

    const slow = rawStreamRequest(running, { cookie, 'last-event-id': String(hello.seq) });
    await new Promise((resolve) => slow.once('data', resolve));
    // Stop reading: the kernel buffers fill, then the stream's own queue.
    slow.pause();
    const token = String(hello.session);
    const sent = await fetch(`${running.httpUrl}${ASSISTANT_HTTP_PATH}`, {
      method: 'POST',
      headers: { origin: running.httpUrl, 'content-type': 'application/json', [SESSION_TOKEN_HEADER]: token },
      body: JSON.stringify({ type: 'message', id: 'grande', message: 'enorme' }),
    });
    expect(sent.status).toBe(202);
    await expect.poll(() => running.runtime.refusals.get('slow_reader'), { timeout: 15_000 }).toBe(1);
    const sessionId = sessionIdOf(token);
    await expect.poll(() => running.runtime.store.subscriberCount(sessionId), { timeout: 5_000 }).toBe(0);
    // The server let go of the socket too: reading again finds its end.
    slow.resume();
    await new Promise((resolve) => slow.once('close', resolve));

    await expect
      .poll(async () => (await running.runtime.store.outcomeOf(sessionId, 'grande')) !== 'pending', {
        timeout: 15_000,
      })
      .toBe(true);
    const back = await openSse({ headers: { cookie, 'last-event-id': String(hello.seq) } });
    // Its greeting carries the whole answer in the transcript, and its replay the final event again.
    await back.next();
    const final = (await back.until(isFinal, 20_000)).at(-1)?.data;
    expect(final).toMatchObject({ type: 'response', id: 'grande' });
    expect(String(final?.message)).toHaveLength(300 * BIG_DELTA.length);
  });

  describe.each(['memory', 'redis'] as const)('on the %s store', (store) => {
    it('give back their connection slot and subscription when the client leaves during set-up', async () => {
      const prefix = `setup:${Date.now()}:`;
      const running = await start({
        MAX_CONNECTIONS_PER_IP: '3',
        RATE_LIMIT_NEW_SESSIONS_PER_MINUTE: '10000',
        ...(store === 'redis' ? { REDIS_URL: bench.redis().url, REDIS_KEY_PREFIX: prefix } : {}),
      });
      const held = holdCalls(running.runtime.store, 'open');
      const leaving = Array.from({ length: 3 }, () => rawStreamRequest(running));
      await expect.poll(() => held.waiting).toBe(3);
      // Every slot is taken by a request still in set-up: a fourth is refused.
      expect(
        (await fetch(`${running.httpUrl}${ASSISTANT_HTTP_PATH}`, { headers: { origin: running.httpUrl } }))
          .status,
      ).toBe(429);
      leaving.forEach((socket) => socket.destroy());
      await new Promise((resolve) => setTimeout(resolve, 50));
      held.release();

      // Nothing was kept for them: the address can open its full share of streams again.
      await expect.poll(() => running.runtime.connectionsPerIp.keys, { timeout: 5_000 }).toBe(0);
      let live = 0;
      for (; live < 3; live += 1) {
        expect((await (await openSse()).next()).data).toMatchObject({ type: 'connection' });
      }
      const subscribed = running.runtime.store
        .localSessions()
        .reduce((total, id) => total + running.runtime.store.subscriberCount(id), 0);
      expect(subscribed).toBe(live);
      if (store === 'redis') {
        const admin = createClient({ url: bench.redis().url });
        await admin.connect();
        const channels = await admin.sendCommand<string[]>(['PUBSUB', 'CHANNELS', `${prefix}*`]);
        await admin.quit();
        // The three live streams' sessions and the instance's control channel; none for the leavers.
        expect(channels.filter((channel) => !channel.endsWith('control'))).toHaveLength(live);
      }
    });
  });
});

describe('the session cookie', () => {
  it('carries the __Host- prefix when cookies are secure, and still names the session', async () => {
    await start({ COOKIE_SECURE: 'true' });
    const first = await openWs();
    const hello = await first.next();
    const setCookie = String(first.upgradeHeaders['set-cookie']);
    expect(setCookie).toMatch(/^__Host-dian_sid=[^;]+; Path=\/; .*Secure/);
    const again = await openWs({ headers: { cookie: cookieOf(setCookie) } });
    expect(await again.next()).toMatchObject({ type: 'connection', session: hello.session });
    // The unprefixed name is not read in that mode: a subdomain could have planted it.
    const planted = await openWs({ headers: { cookie: cookieOf(setCookie).replace('__Host-', '') } });
    expect((await planted.next()).session).not.toBe(hello.session);
  });
});
