import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { startRedis, type RunningRedis } from '../helpers/redis-server';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';
import { SESSION_TOKEN_HEADER } from '../../lib/wire';

const WORDS = Array.from({ length: 12 }, (_, index) => `parte${index + 1} `);
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

let redis: RunningRedis;
const servers: TestServer[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(async () => {
  await redis.stop();
});

/** One instance of the assistant sharing `redis`, answering slowly enough to move between instances. */
async function instance(env: Record<string, string> = {}) {
  const provider = new ScriptedProvider((input) =>
    input.startsWith('lento') ? { deltas: WORDS, delayMs: 60 } : { deltas: [`Sobre ${input}`] },
  );
  const server = await startTestServer(
    { REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'multi:', ...env },
    provider,
  );
  servers.push(server);
  return { server, provider };
}

async function connect(server: TestServer) {
  const client = await TestClient.connect(server.wsUrl, { v2: true });
  clients.push(client);
  return { client, hello: await client.next() };
}

const seqsOf = (events: WireEvent[]) => events.map((event) => event.seq as number);

describe('several instances sharing Redis', () => {
  it('resumes on instance B an answer still streaming on A: nothing lost, nothing doubled', async () => {
    const a = await instance();
    const b = await instance();
    const first = await connect(a.server);
    first.client.send({ type: 'message', id: 'q1', message: 'lento uno' });
    const seen = await first.client.until((event) => event.type === 'delta' && event.delta === 'parte3 ');
    first.client.close();

    const second = await connect(b.server);
    const last = seen.at(-1) as WireEvent;
    second.client.send({ type: 'resume', session: first.hello.session, after: last.seq });
    const rest = await second.client.until(isFinal);
    const all = [...seen, ...rest];
    expect(seqsOf(all)).toEqual([...new Set(seqsOf(all))].sort((x, y) => x - y));
    const text = all.filter((event) => event.type === 'delta').map((event) => event.delta);
    expect(text.join('')).toBe(WORDS.join(''));
    expect(rest.at(-1)).toMatchObject({ type: 'response', id: 'q1', message: WORDS.join('') });
    // A answered it; B only relayed.
    expect(a.provider.calls).toHaveLength(1);
    expect(b.provider.calls).toHaveLength(0);

    // B greets a page reloaded later (same cookie) with the whole conversation, and replays it on resume.
    const cookie = String(first.client.upgradeHeaders['set-cookie']).split(';')[0] as string;
    const reloaded = await TestClient.connect(b.server.wsUrl, { v2: true, headers: { cookie } });
    clients.push(reloaded);
    expect((await reloaded.next()).transcript).toEqual([
      { id: 'q1', role: 'user', text: 'lento uno' },
      { id: 'q1', role: 'assistant', text: WORDS.join('') },
    ]);
    reloaded.send({ type: 'resume', session: first.hello.session, after: 0 });
    const replay = await reloaded.until(isFinal);
    expect(replay.at(-1)).toMatchObject({ type: 'response', id: 'q1', message: WORDS.join('') });
  });

  it('fills from the log what a broadcast lost while an instance reconnected to Redis', async () => {
    const a = await instance();
    const b = await instance();
    const onA = await connect(a.server);
    onA.client.send({ type: 'message', id: 'corte', message: 'lento con corte' });
    const seen = await onA.client.until((event) => event.type === 'delta');
    const onB = await connect(b.server);
    onB.client.send({ type: 'resume', session: onA.hello.session, after: (seen.at(-1) as WireEvent).seq });
    const seenOnB = [...seen, ...(await onB.client.until((event) => event.type === 'delta'))];

    // Every broadcast connection is cut again and again for a while, as a flaky network would, so that
    // some deltas are broadcast to nobody; the answer goes on, on A.
    const admin = createClient({ url: redis.url });
    await admin.connect();
    const until = Date.now() + 300;
    while (Date.now() < until) {
      await admin.sendCommand(['CLIENT', 'KILL', 'TYPE', 'pubsub']);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await admin.close();

    for (const [client, before] of [
      [onA.client, seen],
      [onB.client, seenOnB],
    ] as const) {
      const events = [...before, ...(await client.until(isFinal))];
      expect(seqsOf(events)).toEqual([...new Set(seqsOf(events))].sort((x, y) => x - y));
      // Every delta arrives, the ones broadcast while the connections were down included.
      const text = events.filter((event) => event.type === 'delta').map((event) => event.delta);
      expect(text.join('')).toBe(WORDS.join(''));
      expect(events.at(-1)).toMatchObject({ type: 'response', id: 'corte', message: WORDS.join('') });
    }
  });

  it('keeps one answer at a time per session across instances: a question sent to B waits for A', async () => {
    const a = await instance();
    const b = await instance();
    const onA = await connect(a.server);
    onA.client.send({ type: 'message', id: 'primero', message: 'lento primero' });
    await onA.client.until((event) => event.type === 'delta');

    const onB = await connect(b.server);
    onB.client.send({ type: 'resume', session: onA.hello.session, after: onA.hello.seq });
    onB.client.send({ type: 'message', id: 'segundo', message: 'rápido' });
    const events = await onB.client.until((event) => isFinal(event) && event.id === 'segundo');
    const finals = events.filter(isFinal).map((event) => event.id);
    expect(finals).toEqual(['primero', 'segundo']);
    const answers = [...a.provider.calls, ...b.provider.calls].map((call) => call.input);
    expect(answers.sort()).toEqual(['lento primero', 'rápido']);
    expect(a.provider.maxActive + b.provider.maxActive).toBeLessThanOrEqual(2);
    // Re-sending the same id through the other instance does not answer it twice.
    onA.client.send({ type: 'message', id: 'segundo', message: 'rápido' });
    expect(
      (await onA.client.until((event) => isFinal(event) && event.id === 'segundo')).at(-1),
    ).toMatchObject({
      type: 'response',
      message: 'Sobre rápido',
    });
    expect([...a.provider.calls, ...b.provider.calls]).toHaveLength(2);
  });

  it('tells the client clearly when the instance answering dies, and the next question works', async () => {
    const a = await instance({ GENERATION_LEASE_MS: '600' });
    const b = await instance({ GENERATION_LEASE_MS: '600' });
    const onA = await connect(a.server);
    onA.client.send({ type: 'message', id: 'huerfana', message: 'lento sin dueño' });
    const seen = await onA.client.until((event) => event.type === 'delta');

    const onB = await connect(b.server);
    onB.client.send({ type: 'resume', session: onA.hello.session, after: (seen.at(-1) as WireEvent).seq });
    // A loses Redis for good mid-answer, as a crashed instance would: its lease is no longer renewed.
    await a.server.runtime.store.close();
    const events = await onB.client.until(isFinal, 10_000);
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      id: 'huerfana',
      code: 'generation_lost',
      message: USER_ERRORS.generationLost,
    });
    onB.client.send({ type: 'message', id: 'otra', message: 'otra' });
    expect((await onB.client.until(isFinal)).at(-1)).toMatchObject({
      type: 'response',
      message: 'Sobre otra',
    });
  });

  it('shares rate limits between instances', async () => {
    const a = await instance({ RATE_LIMIT_SESSION_PER_MINUTE: '2' });
    const b = await instance({ RATE_LIMIT_SESSION_PER_MINUTE: '2' });
    const onA = await connect(a.server);
    onA.client.send({ type: 'message', id: 'r1', message: 'uno' });
    onA.client.send({ type: 'message', id: 'r2', message: 'dos' });
    await onA.client.until((event) => isFinal(event) && event.id === 'r2');
    const onB = await connect(b.server);
    onB.client.send({ type: 'resume', session: onA.hello.session, after: 0 });
    onB.client.send({ type: 'message', id: 'r3', message: 'tres' });
    expect((await onB.client.until((event) => isFinal(event) && event.id === 'r3')).at(-1)).toMatchObject({
      type: 'error',
      code: 'rate_limited',
    });
  });
});

describe('Redis outage', () => {
  it('starts without Redis, reports not ready, and serves fully (stop included) once Redis is up', async () => {
    await redis.stop();
    const { server } = await instance({ REDIS_COMMAND_TIMEOUT_MS: '300' });
    const ready = () => fetch(`${server.httpUrl}/api/ready`).then((res) => res.status);
    expect(await ready()).toBe(503);
    await redis.start();
    await expect.poll(ready, { timeout: 10_000 }).toBe(200);
    const { client } = await connect(server);
    client.send({ type: 'message', id: 'parar', message: 'lento para parar' });
    await client.until((event) => event.type === 'delta');
    client.send({ type: 'stop' });
    expect((await client.until(isFinal)).at(-1)).toMatchObject({
      type: 'response',
      id: 'parar',
      stopped: true,
    });
  });

  it('turns a Redis slower than REDIS_COMMAND_TIMEOUT_MS into a clear error, and goes on once it answers', async () => {
    const { server } = await instance({ REDIS_COMMAND_TIMEOUT_MS: '200' });
    const { client } = await connect(server);
    const admin = createClient({ url: redis.url });
    await admin.connect();
    // Redis stops answering anyone for 3 s, as an overloaded or swapping server would. Its "OK" comes once
    // the pause is in force, and a PING sent now is answered only when it is over.
    expect(await admin.sendCommand(['CLIENT', 'PAUSE', '3000', 'ALL'])).toBe('OK');
    const awake = admin.ping();
    client.send({ type: 'message', id: 'lenta', message: 'hola' });
    expect(await client.next()).toMatchObject({ type: 'error', code: 'store_unavailable', seq: 0 });
    await awake;
    await admin.close();
    client.send({ type: 'message', id: 'rapida', message: 'hola' });
    expect((await client.until(isFinal)).at(-1)).toMatchObject({ type: 'response', id: 'rapida' });
  });

  it('tells the client at once when Redis fails in the middle of its answer, and recovers', async () => {
    const { server } = await instance({ REDIS_COMMAND_TIMEOUT_MS: '300' });
    const { client } = await connect(server);
    client.send({ type: 'message', id: 'a-medias', message: 'lento pero seguro' });
    await client.until((event) => event.type === 'delta');

    await redis.stop();
    // Named and unsequenced, from the instance that was answering: the page marks that answer failed now,
    // not after Redis returns.
    expect((await client.until(isFinal, 3_000)).at(-1)).toEqual({
      type: 'error',
      id: 'a-medias',
      code: 'store_unavailable',
      message: USER_ERRORS.storeUnavailable,
      seq: 0,
    });

    await redis.start();
    const ready = () => fetch(`${server.httpUrl}/api/ready`).then((res) => res.status);
    await expect.poll(ready, { timeout: 10_000 }).toBe(200);
    const after = await connect(server);
    after.client.send({ type: 'message', id: 'de-nuevo', message: 'hola' });
    expect((await after.client.until(isFinal)).at(-1)).toMatchObject({ type: 'response', id: 'de-nuevo' });
  });

  it('answers in Spanish while Redis is down, reports it on /api/ready and recovers without a restart', async () => {
    const { server } = await instance({ REDIS_COMMAND_TIMEOUT_MS: '300' });
    const ready = () =>
      fetch(`${server.httpUrl}/api/ready`).then(async (res) => [res.status, await res.json()]);
    expect(await ready()).toEqual([200, expect.objectContaining({ status: 'ready', store: 'redis' })]);
    const before = await connect(server);

    await redis.stop();
    before.client.send({ type: 'message', id: 'caida', message: 'hola' });
    // The failed question is named, so the page marks that answer failed instead of waiting forever.
    expect(await before.client.next()).toMatchObject({
      type: 'error',
      id: 'caida',
      code: 'store_unavailable',
      message: USER_ERRORS.storeUnavailable,
      seq: 0,
    });
    const posted = await fetch(`${server.httpUrl}/api/assistant`, {
      method: 'POST',
      headers: {
        origin: server.httpUrl,
        'content-type': 'application/json',
        [SESSION_TOKEN_HEADER]: String(before.hello.session),
      },
      body: JSON.stringify({ type: 'message', id: 'caida-http', message: 'hola' }),
    });
    expect(posted.status).toBe(503);
    expect(await posted.json()).toMatchObject({ type: 'error', id: 'caida-http', code: 'store_unavailable' });
    expect(await ready()).toEqual([503, expect.objectContaining({ status: 'store_unavailable' })]);
    const refused = await TestClient.connect(server.wsUrl, { v2: true });
    clients.push(refused);
    expect(await refused.next()).toMatchObject({ type: 'error', code: 'store_unavailable' });

    await redis.start();
    await expect.poll(async () => (await ready())[0], { timeout: 10_000 }).toBe(200);
    const after = await connect(server);
    after.client.send({ type: 'message', id: 'vuelta', message: 'hola' });
    expect((await after.client.until(isFinal)).at(-1)).toMatchObject({
      type: 'response',
      message: 'Sobre hola',
    });
  });
});
