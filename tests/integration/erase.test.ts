import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ASSISTANT_HTTP_PATH } from '../../lib/wire';
import { mintSessionId, SESSION_COOKIE, signSessionId } from '../../lib/server/session-cookie';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server';
import { startRedis, type RunningRedis } from '../helpers/redis-server';
import { SseClient } from '../helpers/sse-client';
import { startTestServer, TEST_SECRET, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';

/**
 * «Cerrar y borrar» (`erase`) deletes the conversation everywhere at once: every Redis key and index entry
 * of the session, and the OpenAI conversation that holds what the citizen asked.
 */

const ANSWER = 'Con gusto te explico.';
const KEY_PREFIX = `erase:${randomUUID()}:`;
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

let redis: RunningRedis;
let fake: FakeOpenAI;
let server: TestServer;

beforeAll(async () => {
  redis = await startRedis();
  fake = await startFakeOpenAI({ defaultBehavior: { kind: 'text', text: ANSWER, chunkDelayMs: 0 } });
  server = await startTestServer({
    OPENAI_API_KEY: fake.apiKey,
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_MODEL: 'gpt-5-mini',
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: KEY_PREFIX,
  });
});

afterEach(() => fake.reset());

afterAll(async () => {
  await server.close();
  await fake.close();
  await redis.stop();
});

/**
 * Every key under the server's prefix that names the session, and every index entry that does. The
 * per-session rate limiter's counter (`rl:s:`) is the one key deliberately kept: it holds only the times of
 * the last minute's questions, expires within that minute, and erasing it would let a client clear its
 * own question limit by erasing and coming back under the same cookie.
 */
async function tracesOf(sessionId: string): Promise<string[]> {
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    const traces: string[] = [];
    for await (const keys of client.scanIterator({ MATCH: `${KEY_PREFIX}*`, COUNT: 1000 })) {
      for (const key of keys) {
        if (key.includes(sessionId) && !key.startsWith(`${KEY_PREFIX}rl:s:`)) traces.push(key);
        if ((await client.type(key)) === 'zset') {
          const members = await client.zRange(key, 0, -1);
          traces.push(...members.filter((member) => member.includes(sessionId)).map((m) => `${key} ${m}`));
        }
      }
    }
    return traces;
  } finally {
    client.destroy();
  }
}

function newCookie() {
  const sessionId = mintSessionId();
  return { sessionId, cookie: `${SESSION_COOKIE}=${signSessionId(sessionId, TEST_SECRET)}` };
}

/** The conversation the fake created for the question asked, read from what it received. */
function conversationCreated(): string {
  const created = fake.requests.filter(
    (request) => request.method === 'POST' && request.path === '/v1/responses',
  );
  const id = (created[0]?.body as { conversation?: string } | undefined)?.conversation;
  expect(id).toMatch(/^conv_/);
  return id as string;
}

function deletesOf(conversationId: string) {
  return fake.requests.filter(
    (request) => request.method === 'DELETE' && request.path === `/v1/conversations/${conversationId}`,
  );
}

describe('erase («Cerrar y borrar»)', () => {
  it('over the WebSocket: no key of the session is left in Redis and OpenAI deleted the conversation', async () => {
    const { sessionId, cookie } = newCookie();
    const client = await TestClient.connect(server.wsUrl, { v2: true, headers: { cookie } });
    await client.next();
    client.send({ type: 'message', id: 'q1', message: 'Mi cédula es 1.020.304.050, ¿debo declarar?' });
    await client.until((event) => isFinal(event) && event.id === 'q1');
    const conversation = conversationCreated();
    expect(await tracesOf(sessionId)).not.toEqual([]);

    client.send({ type: 'erase' });
    await expect.poll(() => tracesOf(sessionId), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => deletesOf(conversation).length, { timeout: 10_000 }).toBe(1);
    expect(fake.conversations.has(conversation)).toBe(false);
    client.close();

    // The same cookie comes back to a new, empty conversation.
    const again = await TestClient.connect(server.wsUrl, { v2: true, headers: { cookie } });
    const hello = await again.next();
    again.close();
    expect(hello).toMatchObject({ type: 'connection' });
    expect(hello.transcript).toBeUndefined();
  });

  it('over the WebSocket: an erase sent right before the close is still carried out', async () => {
    const { sessionId, cookie } = newCookie();
    const client = await TestClient.connect(server.wsUrl, { v2: true, headers: { cookie } });
    await client.next();
    client.send({ type: 'message', id: 'q1', message: '¿Qué es la UVT?' });
    await client.until((event) => isFinal(event) && event.id === 'q1');
    const conversation = conversationCreated();
    // As the panel's «Cerrar y borrar» does: a question still being handled, the erase, and the close at once.
    client.send({ type: 'message', id: 'q2', message: '¿Y el RUT?' });
    client.send({ type: 'erase' });
    client.close();
    await expect.poll(() => deletesOf(conversation).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => tracesOf(sessionId), { timeout: 10_000 }).toEqual([]);
  });

  it('tells the other connections of the session, whose screens show the conversation too', async () => {
    const { cookie } = newCookie();
    const erasing = await TestClient.connect(server.wsUrl, { v2: true, headers: { cookie } });
    await erasing.next();
    erasing.send({ type: 'message', id: 'q1', message: '¿Qué es la UVT?' });
    await erasing.until((event) => isFinal(event) && event.id === 'q1');
    const otherTab = await TestClient.connect(server.wsUrl, { v2: true, headers: { cookie } });
    expect(await otherTab.next()).toMatchObject({ type: 'connection', transcript: expect.any(Array) });

    erasing.send({ type: 'erase' });
    const [erased] = await otherTab.until((event) => event.type === 'reset');
    expect(erased).toEqual({ type: 'reset', message: 'Conversación borrada', seq: expect.any(Number) });
    erasing.close();
    otherTab.close();
  });

  it('over HTTP: the POST answers once everything is deleted', async () => {
    const { sessionId, cookie } = newCookie();
    const stream = await SseClient.open(`${server.httpUrl}${ASSISTANT_HTTP_PATH}`, {
      origin: server.httpUrl,
      cookie,
    });
    await stream.next();
    const post = (event: object) =>
      fetch(`${server.httpUrl}${ASSISTANT_HTTP_PATH}`, {
        method: 'POST',
        headers: { origin: server.httpUrl, 'content-type': 'application/json', cookie },
        body: JSON.stringify(event),
      });
    expect((await post({ type: 'message', id: 'h1', message: '¿Cuándo declaro renta?' })).status).toBe(202);
    await stream.until((event) => isFinal(event) && event.id === 'h1');
    const conversation = conversationCreated();

    const erased = await post({ type: 'erase' });
    stream.close();
    expect(erased.status).toBe(200);
    expect(await erased.json()).toEqual({ ok: true });
    expect(await tracesOf(sessionId)).toEqual([]);
    expect(deletesOf(conversation)).toHaveLength(1);

    // Nothing left to post to: the cookie's session is gone until a stream opens a new one.
    expect((await post({ type: 'message', id: 'h2', message: 'Hola' })).status).toBe(401);
  });

  it('while an answer is being written: the answer ends and leaves nothing behind', async () => {
    const { sessionId, cookie } = newCookie();
    // Its first words arrive, the rest waits for a release that never comes.
    fake.enqueue({ kind: 'held', release: new Promise(() => undefined), afterDeltas: 1 });
    const client = await TestClient.connect(server.wsUrl, { v2: true, headers: { cookie } });
    await client.next();
    client.send({ type: 'message', id: 'q1', message: '¿Qué es la UVT?' });
    await client.until((event) => event.type === 'delta' && event.id === 'q1');
    const conversation = conversationCreated();

    client.send({ type: 'erase' });
    await expect.poll(() => deletesOf(conversation).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => tracesOf(sessionId), { timeout: 10_000 }).toEqual([]);
    client.close();
  });
});
