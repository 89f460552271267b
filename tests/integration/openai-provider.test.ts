import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AssistantError } from '../../lib/assistant/errors';
import { OpenAIProvider } from '../../lib/assistant/providers/openai';
import { OPENAI_USER_ERRORS, rateLimitMessage } from '../../lib/assistant/providers/openai-errors';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';

let fake: FakeOpenAI;
let server: TestServer;
const clients: TestClient[] = [];
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

async function open() {
  const client = await TestClient.connect(server.wsUrl, { v2: true });
  clients.push(client);
  await client.next();
  return client;
}

async function ask(
  client: TestClient,
  id: string,
  message: string,
  timeoutMs = 10_000,
): Promise<WireEvent[]> {
  client.send({ type: 'message', id, message });
  return client.until((event) => isFinal(event) && event.id === id, timeoutMs);
}

const responseCalls = () =>
  fake.requests.filter((request) => request.method === 'POST' && request.path === '/v1/responses');

beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startTestServer({
    OPENAI_API_KEY: fake.apiKey,
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_MODEL: 'gpt-5-mini',
    OPENAI_VECTOR_STORE_ID: 'vs_dian_docs',
    OPENAI_IDLE_TIMEOUT_MS: '400',
    OPENAI_TIMEOUT_MS: '400',
  });
});

afterEach(() => {
  clients.splice(0).forEach((client) => client.close());
  fake.reset();
});

afterAll(async () => {
  await server.close();
  await fake.close();
});

describe('OpenAI provider through the real server', () => {
  it('creates one conversation lazily, streams the answer and reuses the conversation', async () => {
    const client = await open();
    expect(fake.requests).toHaveLength(0);
    const events = await ask(client, 'm1', '¿Qué es la UVT?');
    const final = events.at(-1) as WireEvent;
    expect(final).toMatchObject({
      type: 'response',
      id: 'm1',
      message: 'Respuesta simulada de OpenAI: ¿Qué es la UVT?',
    });
    expect(events.filter((event) => event.type === 'delta').length).toBeGreaterThan(2);

    await ask(client, 'm2', 'Y para 2025');
    const creates = fake.requests.filter((request) => request.path === '/v1/conversations');
    expect(creates).toHaveLength(1);
    const [first, second] = responseCalls();
    const body = first?.body as Record<string, unknown>;
    expect(body.conversation).toBe((second?.body as Record<string, unknown>).conversation);
    expect(body).toMatchObject({ model: 'gpt-5-mini', stream: true, input: '¿Qué es la UVT?' });
    expect(String(body.instructions)).toMatch(/Nunca pidas contraseñas/);
    expect(body.tools).toEqual([{ type: 'file_search', vector_store_ids: ['vs_dian_docs'] }]);
  });

  it('reset deletes the conversation upstream and the next message opens a new one', async () => {
    const client = await open();
    await ask(client, 'a', 'hola');
    const conversation = (responseCalls()[0]?.body as Record<string, unknown>).conversation as string;
    client.send({ type: 'reset' });
    await client.until((event) => event.type === 'reset');
    await ask(client, 'b', 'otra vez');
    const deletes = fake.requests.filter((request) => request.method === 'DELETE');
    expect(deletes.map((request) => request.path)).toEqual([`/v1/conversations/${conversation}`]);
    expect((responseCalls()[1]?.body as Record<string, unknown>).conversation).not.toBe(conversation);
  });

  it('never asks OpenAI for two responses at once on one conversation (no conversation_locked)', async () => {
    const client = await open();
    for (const id of ['x1', 'x2', 'x3']) client.send({ type: 'message', id, message: `pregunta ${id}` });
    const events = await client.until((event) => isFinal(event) && event.id === 'x3');
    expect(events.filter(isFinal).map((event) => [event.type, event.id])).toEqual([
      ['response', 'x1'],
      ['response', 'x2'],
      ['response', 'x3'],
    ]);
  });

  const faults: Array<[string, () => void, string, string]> = [
    [
      '401',
      () => fake.enqueue({ kind: 'http-error', status: 401, code: 'invalid_api_key' }),
      'upstream_auth',
      OPENAI_USER_ERRORS.auth,
    ],
    [
      '429 with retry-after',
      () =>
        fake.enqueue({
          kind: 'http-error',
          status: 429,
          code: 'rate_limit_exceeded',
          headers: { 'retry-after': '7' },
        }),
      'upstream_rate_limited',
      rateLimitMessage(7),
    ],
    [
      '500',
      () => fake.enqueue({ kind: 'http-error', status: 500 }),
      'upstream_unavailable',
      OPENAI_USER_ERRORS.unavailable,
    ],
    [
      '503',
      () => fake.enqueue({ kind: 'http-error', status: 503 }),
      'upstream_unavailable',
      OPENAI_USER_ERRORS.unavailable,
    ],
    [
      'a timeout before headers',
      () => fake.enqueue({ kind: 'hang' }),
      'upstream_timeout',
      OPENAI_USER_ERRORS.timeout,
    ],
    [
      'a silent stream',
      () => fake.enqueue({ kind: 'stall', afterDeltas: 2 }),
      'upstream_timeout',
      OPENAI_USER_ERRORS.timeout,
    ],
    [
      'a stream cut mid-answer',
      () => fake.enqueue({ kind: 'cut', afterDeltas: 2 }),
      'upstream_interrupted',
      OPENAI_USER_ERRORS.interrupted,
    ],
    [
      'response.failed',
      () => fake.enqueue({ kind: 'failed', afterDeltas: 1 }),
      'upstream_failed',
      OPENAI_USER_ERRORS.failed,
    ],
    [
      'an SSE error event',
      () => fake.enqueue({ kind: 'error-event' }),
      'upstream_failed',
      OPENAI_USER_ERRORS.failed,
    ],
  ];

  it.each(faults)(
    'turns %s into a clear Spanish error and the next message works',
    async (_label, arrange, code, message) => {
      const client = await open();
      arrange();
      const failed = (await ask(client, 'bad', 'pregunta')).at(-1);
      expect(failed).toMatchObject({ type: 'error', id: 'bad', code, message });
      const ok = (await ask(client, 'good', 'de nuevo')).at(-1);
      expect(ok).toMatchObject({
        type: 'response',
        id: 'good',
        message: 'Respuesta simulada de OpenAI: de nuevo',
      });
    },
  );

  it('recovers when the conversation disappeared upstream (404)', async () => {
    const client = await open();
    await ask(client, 'one', 'hola');
    fake.conversations.clear();
    expect((await ask(client, 'two', 'sigo')).at(-1)).toMatchObject({
      type: 'error',
      code: 'conversation_lost',
      message: OPENAI_USER_ERRORS.conversationLost,
    });
    expect((await ask(client, 'three', 'de nuevo')).at(-1)).toMatchObject({ type: 'response' });
    expect(fake.requests.filter((request) => request.path === '/v1/conversations')).toHaveLength(2);
  });

  it('gives v1 clients the same Spanish error text', async () => {
    const client = await TestClient.connect(server.wsUrl);
    clients.push(client);
    await client.next();
    fake.enqueue({ kind: 'http-error', status: 500 });
    client.send({ type: 'message', message: 'hola' });
    expect(await client.next()).toEqual({ type: 'error', message: OPENAI_USER_ERRORS.unavailable });
  });
});

describe('OpenAIProvider', () => {
  it('retries a conversation_locked refusal left by an aborted response instead of failing', async () => {
    const provider = new OpenAIProvider({
      apiKey: fake.apiKey,
      baseURL: fake.baseURL,
      model: 'gpt-5-mini',
      instructions: 'x',
      headersTimeoutMs: 2_000,
      idleTimeoutMs: 2_000,
      maxRetries: 0,
      lockedRetryDelayMs: 20,
    });
    const conversation = await provider.createConversation();
    fake.enqueue({ kind: 'http-error', status: 400, code: 'conversation_locked' });
    let text = '';
    for await (const delta of provider.streamReply({
      conversationId: conversation,
      input: 'hola',
      signal: new AbortController().signal,
    })) {
      text += delta;
    }
    expect(text).toBe('Respuesta simulada de OpenAI: hola');
    expect(responseCalls()).toHaveLength(2);
  });

  it('stops reading promptly when the caller aborts', async () => {
    const provider = new OpenAIProvider({
      apiKey: fake.apiKey,
      baseURL: fake.baseURL,
      model: 'gpt-5-mini',
      instructions: 'x',
      headersTimeoutMs: 2_000,
      idleTimeoutMs: 2_000,
      maxRetries: 0,
    });
    const conversation = await provider.createConversation();
    fake.enqueue({ kind: 'text', text: 'una respuesta muy larga que no termina pronto', chunkDelayMs: 100 });
    const controller = new AbortController();
    const seen: string[] = [];
    try {
      for await (const delta of provider.streamReply({
        conversationId: conversation,
        input: 'hola',
        signal: controller.signal,
      })) {
        seen.push(delta);
        controller.abort('stop');
      }
    } catch (error) {
      expect(error).toBeInstanceOf(AssistantError);
    }
    expect(seen).toHaveLength(1);
  });
});
