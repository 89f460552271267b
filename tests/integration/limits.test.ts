import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';
import { sessionIdOf } from '../helpers/session-token';
import { ASSISTANT_HTTP_PATH, SESSION_TOKEN_HEADER } from '../../lib/wire';

const BIG_DELTA = 'x'.repeat(65_536);
const provider = new ScriptedProvider((input) =>
  input === 'enorme'
    ? { deltas: Array.from({ length: 300 }, () => BIG_DELTA), delayMs: 0 }
    : { deltas: ['Listo: ', input], delayMs: 1 },
);
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

let server: TestServer | undefined;
const clients: TestClient[] = [];

async function start(env: Record<string, string>) {
  server = await startTestServer(env, provider);
  return server;
}

async function open(headers: Record<string, string> = {}) {
  const running = server as TestServer;
  const client = await TestClient.connect(running.wsUrl, {
    v2: true,
    headers: { origin: running.httpUrl, ...headers },
  });
  clients.push(client);
  return client;
}

async function ask(client: TestClient, id: string, message = 'hola'): Promise<WireEvent> {
  client.send({ type: 'message', id, message });
  return (await client.until(isFinal)).at(-1) as WireEvent;
}

afterEach(async () => {
  clients.splice(0).forEach((client) => client.socket.terminate());
  await server?.close();
  server = undefined;
});

describe('rate limits', () => {
  it('limits new questions per session with a Spanish error that says when to retry', async () => {
    await start({ RATE_LIMIT_SESSION_PER_MINUTE: '3' });
    const client = await open();
    await client.next();
    for (const id of ['a', 'b', 'c']) expect(await ask(client, id)).toMatchObject({ type: 'response' });
    expect(await ask(client, 'd')).toMatchObject({
      type: 'error',
      id: 'd',
      code: 'rate_limited',
      message: 'Enviaste demasiadas preguntas en poco tiempo. Intenta de nuevo en 20 segundos.',
    });
    // Re-sending an answered id costs nothing and still gets its answer.
    expect(await ask(client, 'a')).toMatchObject({ type: 'response', id: 'a' });
    // Another session is not affected.
    const other = await open();
    await other.next();
    expect(await ask(other, 'e')).toMatchObject({ type: 'response' });
  });

  it('limits new questions per client address across sessions', async () => {
    await start({ RATE_LIMIT_IP_PER_MINUTE: '2' });
    const results: WireEvent[] = [];
    for (const id of ['uno', 'dos', 'tres']) {
      const client = await open();
      await client.next();
      results.push(await ask(client, id));
    }
    expect(results.map((event) => event.code ?? event.type)).toEqual([
      'response',
      'response',
      'rate_limited',
    ]);
  });

  it('trusts X-Forwarded-For only behind a configured proxy', async () => {
    await start({ RATE_LIMIT_IP_PER_MINUTE: '1' });
    const spoofing = async (address: string) => {
      const client = await open({ 'x-forwarded-for': address });
      await client.next();
      return ask(client, `q-${address.replaceAll('.', '-')}`);
    };
    expect(await spoofing('1.1.1.1')).toMatchObject({ type: 'response' });
    // Without TRUST_PROXY a forged header does not buy a fresh allowance.
    expect(await spoofing('2.2.2.2')).toMatchObject({ code: 'rate_limited' });
    await server?.close();

    await start({ RATE_LIMIT_IP_PER_MINUTE: '1', TRUST_PROXY: '1' });
    expect(await spoofing('3.3.3.3')).toMatchObject({ type: 'response' });
    expect(await spoofing('4.4.4.4')).toMatchObject({ type: 'response' });
    expect(await spoofing('4.4.4.4')).toMatchObject({ code: 'rate_limited' });
  });

  it('caps concurrent connections per address, and frees the slot when one closes', async () => {
    await start({ MAX_CONNECTIONS_PER_IP: '2' });
    const first = await open();
    await open();
    const third = await open();
    expect(await third.next()).toMatchObject({
      type: 'error',
      code: 'rate_limited',
      message: USER_ERRORS.tooManyConnections,
    });
    expect(await third.closed).toMatchObject({ code: 1008 });
    first.close();
    await first.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await open();
    expect(await again.next()).toMatchObject({ type: 'connection' });
  });
});

describe('connection hygiene', () => {
  it('cuts a reader that stops reading instead of buffering its answers without bound', async () => {
    const running = await start({ WS_MAX_BUFFERED_BYTES: '65536' });
    const slow = await open();
    const hello = await slow.next();
    slow.send({ type: 'message', id: 'grande', message: 'enorme' });
    await slow.until((event) => event.type === 'delta');
    // Stop reading from the TCP socket: the server's send buffer fills up behind it.
    (slow.socket as unknown as { _socket: { pause(): void } })._socket.pause();
    await expect.poll(() => running.webSocketDoor.connectionCount, { timeout: 10_000 }).toBe(0);

    // The answer goes on without it; once finished, a resume gets the whole text in one event.
    const token = String(hello.session);
    const sessionId = sessionIdOf(token);
    const outcome = () => running.runtime.store.outcomeOf(sessionId, 'grande');
    await expect.poll(async () => (await outcome()) !== 'pending', { timeout: 10_000 }).toBe(true);
    const back = await open();
    await back.next();
    back.send({ type: 'resume', session: hello.session, after: hello.seq });
    const final = (await back.until(isFinal, 20_000)).at(-1) as WireEvent;
    expect(final).toMatchObject({ type: 'response', id: 'grande' });
    expect(final.message).toHaveLength(300 * BIG_DELTA.length);
  });

  it('cuts an event-stream reader that stops reading, on the custom server’s direct path too', async () => {
    const running = await start({ WS_MAX_BUFFERED_BYTES: '65536' });
    const url = `${running.httpUrl}${ASSISTANT_HTTP_PATH}`;
    const stream = await new Promise<IncomingMessage>((resolve, reject) =>
      httpRequest(url, { headers: { origin: running.httpUrl } }, resolve)
        .on('error', reject)
        .end(),
    );
    const greeting = await new Promise<string>((resolve) =>
      stream.once('data', (chunk) => resolve(String(chunk))),
    );
    const token = /"session":"([^"]+)"/.exec(greeting)?.[1] ?? '';
    const closed = new Promise<void>((resolve) => stream.socket.once('close', () => resolve()));
    // Stop reading from the TCP socket: what the server writes piles up in its own buffers.
    stream.pause();
    stream.socket.pause();
    const sent = await fetch(url, {
      method: 'POST',
      headers: {
        origin: running.httpUrl,
        'content-type': 'application/json',
        [SESSION_TOKEN_HEADER]: token,
      },
      body: JSON.stringify({ type: 'message', id: 'grande', message: 'enorme' }),
    });
    expect(sent.status).toBe(202);
    await expect.poll(() => running.runtime.refusals.get('slow_reader'), { timeout: 10_000 }).toBe(1);
    // Reading again drains what was sent before the cut and then finds the connection closed.
    stream.resume();
    stream.socket.resume();
    await closed;
  });

  it('detects a dead peer by heartbeat and leaves no listener on its session', async () => {
    const running = await start({ WS_HEARTBEAT_MS: '100' });
    const dead = await open();
    const hello = await dead.next();
    (dead.socket as unknown as { _socket: { pause(): void } })._socket.pause();
    await expect.poll(() => running.webSocketDoor.connectionCount, { timeout: 2_000 }).toBe(0);
    const token = String(hello.session);
    const id = sessionIdOf(token);
    expect(running.runtime.store.subscriberCount(id)).toBe(0);
  });
});
