import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { OpenAIProvider } from '../../lib/assistant/providers/openai';
import { OPENAI_USER_ERRORS } from '../../lib/assistant/providers/openai-errors';
import { READY_PATH } from '../../lib/server/http/health';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server';
import { startRedis, type RunningRedis } from '../helpers/redis-server';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';

let fake: FakeOpenAI;
let redis: RunningRedis;
const servers: TestServer[] = [];
const clients: TestClient[] = [];
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

async function start(env: Record<string, string> = {}) {
  const server = await startTestServer({
    OPENAI_API_KEY: fake.apiKey,
    OPENAI_BASE_URL: fake.baseURL,
    ...env,
  });
  servers.push(server);
  return server;
}

async function open(server: TestServer) {
  const client = await TestClient.connect(server.wsUrl, { v2: true, headers: { origin: server.httpUrl } });
  clients.push(client);
  await client.next();
  return client;
}

async function ask(client: TestClient, id: string, message: string): Promise<WireEvent> {
  client.send({ type: 'message', id, message });
  return (await client.until((event) => isFinal(event) && event.id === id, 15_000)).at(-1) as WireEvent;
}

async function ready(server: TestServer) {
  return (await (await fetch(`${server.httpUrl}${READY_PATH}`)).json()) as {
    tokenBudget?: { limit: number; remaining: number };
    refusals: Record<string, number>;
  };
}

const responseCalls = () =>
  fake.requests.filter((request) => request.method === 'POST' && request.path === '/v1/responses');

beforeAll(async () => {
  [fake, redis] = await Promise.all([startFakeOpenAI(), startRedis()]);
});

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await Promise.all(servers.splice(0).map((server) => server.close()));
  fake.reset();
});

afterAll(async () => {
  await fake.close();
  await redis.stop();
});

describe('max_output_tokens', () => {
  it('goes with every Responses request, tool rounds included', async () => {
    const client = await open(await start({ OPENAI_MAX_OUTPUT_TOKENS: '600' }));
    fake.enqueue({
      kind: 'function-call',
      calls: [{ name: 'filing_deadline', arguments: { nit_last_two_digits: '45', filing_year: 2026 } }],
    });
    expect(await ask(client, 'plazo', '¿Cuándo declaro si mi NIT termina en 45?')).toMatchObject({
      type: 'response',
    });
    expect(responseCalls()).toHaveLength(2);
    for (const call of responseCalls()) expect(call.body).toMatchObject({ max_output_tokens: 600 });
  });

  it('keeps the text of an answer cut at the limit and tells the citizen, in Spanish, that it was cut', async () => {
    const client = await open(await start({ OPENAI_MAX_OUTPUT_TOKENS: '256' }));
    const long = Array.from({ length: 400 }, (_, index) => `palabra${index}`).join(' ');
    fake.enqueue({ kind: 'text', text: long, chunkDelayMs: 0 });
    const final = await ask(client, 'larga', 'Explícame todo');
    expect(final).toMatchObject({ type: 'response', id: 'larga' });
    const message = String(final.message);
    expect(message.startsWith('palabra0 palabra1 palabra2')).toBe(true);
    expect(message.endsWith(`\n\n${OPENAI_USER_ERRORS.truncated}`)).toBe(true);
    // Cut at 256 tokens of about four characters: the rest never arrived.
    expect(message).not.toContain('palabra399');
    // The conversation goes on.
    expect(await ask(client, 'otra', 'Gracias')).toMatchObject({ type: 'response' });
  });
});

describe('max_output_tokens, on the provider alone', () => {
  it('says the answer was cut even when the limit took all of it (reasoning can)', async () => {
    const provider = new OpenAIProvider({
      apiKey: fake.apiKey,
      baseURL: fake.baseURL,
      model: 'gpt-5-mini',
      instructions: 'x',
      headersTimeoutMs: 2_000,
      idleTimeoutMs: 2_000,
      maxRetries: 0,
      maxOutputTokens: 16,
    });
    fake.enqueue({ kind: 'text', text: 'x'.repeat(100), chunkSize: 100, chunkDelayMs: 0 });
    const conversationId = await provider.createConversation();
    let text = '';
    const signal = new AbortController().signal;
    for await (const delta of provider.streamReply({ conversationId, input: 'hola', signal })) text += delta;
    expect(text).toBe(OPENAI_USER_ERRORS.truncated);
  });
});

describe('daily token budget', () => {
  it('is spent by the usage OpenAI reports; then questions are refused before anything goes upstream', async () => {
    const server = await start({ DAILY_TOKEN_BUDGET: '1' });
    expect((await ready(server)).tokenBudget).toEqual({ limit: 1, remaining: 1 });
    const client = await open(server);
    expect(await ask(client, 'a', '¿Qué es la UVT?')).toMatchObject({ type: 'response' });
    expect((await ready(server)).tokenBudget).toEqual({ limit: 1, remaining: 0 });

    const upstreamCalls = fake.requests.length;
    const refused = await ask(client, 'b', '¿Y el formulario 210?');
    expect(refused).toMatchObject({ type: 'error', id: 'b', code: 'budget_exhausted' });
    expect(refused.message).toBe(USER_ERRORS.budgetExhausted);
    // A new conversation is refused before its upstream conversation is even created.
    expect(await ask(await open(server), 'c', 'Hola')).toMatchObject({ code: 'budget_exhausted' });
    expect(fake.requests).toHaveLength(upstreamCalls);
    expect((await ready(server)).refusals).toMatchObject({ token_budget: 2 });
  });

  it('lets answers already running finish', async () => {
    const server = await start({ DAILY_TOKEN_BUDGET: '1' });
    const [slow, quick] = await Promise.all([open(server), open(server)]);
    const words = Array.from({ length: 10 }, (_, index) => `trozo${index}`).join(' ');
    fake.enqueue({ kind: 'text', text: words, chunkDelayMs: 100 });
    slow.send({ type: 'message', id: 'lenta', message: 'Cuéntame despacio' });
    await slow.until((event) => event.type === 'delta');
    // Both started under the budget; the quick one spends it while the slow one still streams.
    expect(await ask(quick, 'rapida', 'Hola')).toMatchObject({ type: 'response' });
    const final = (await slow.until((event) => isFinal(event) && event.id === 'lenta', 15_000)).at(-1);
    expect(final).toMatchObject({ type: 'response', id: 'lenta' });
    expect(await ask(quick, 'despues', 'Otra')).toMatchObject({ code: 'budget_exhausted' });
  });

  it('is one budget for every instance sharing Redis', async () => {
    const env = { DAILY_TOKEN_BUDGET: '1', REDIS_URL: redis.url, REDIS_KEY_PREFIX: `budget${Date.now()}:` };
    const [first, second] = await Promise.all([start(env), start(env)]);
    expect(await ask(await open(first), 'a', '¿Qué es la UVT?')).toMatchObject({ type: 'response' });
    expect((await ready(second)).tokenBudget).toEqual({ limit: 1, remaining: 0 });
    const upstreamCalls = fake.requests.length;
    expect(await ask(await open(second), 'b', 'Hola')).toMatchObject({ code: 'budget_exhausted' });
    expect(fake.requests).toHaveLength(upstreamCalls);
  });

  it('does not apply offline: local answers spend nothing', async () => {
    const server = await startTestServer({ ASSISTANT_PROVIDER: 'local', DAILY_TOKEN_BUDGET: '1' });
    servers.push(server);
    expect(server.runtime.tokenBudget).toBeUndefined();
    const client = await open(server);
    for (const id of ['a', 'b'])
      expect(await ask(client, id, '¿Qué es la UVT?')).toMatchObject({ type: 'response' });
  });
});
