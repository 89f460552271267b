import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AssistantError } from '../../lib/assistant/errors';
import { OpenAIProvider, type OpenAIProviderOptions } from '../../lib/assistant/providers/openai';
import { OPENAI_USER_ERRORS, rateLimitMessage } from '../../lib/assistant/providers/openai-errors';
import { ASSISTANT_TOOL_DEFINITIONS } from '../../lib/assistant/tools';
import { getKnowledgeEntry } from '../../lib/knowledge/entries';
import type { KnowledgeEntry } from '../../lib/knowledge/schema';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server';
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

/** A provider talking to the fake directly, without the server around it. */
function providerWith(options: Partial<OpenAIProviderOptions> = {}) {
  return new OpenAIProvider({
    apiKey: fake.apiKey,
    baseURL: fake.baseURL,
    model: 'gpt-5-mini',
    instructions: 'x',
    headersTimeoutMs: 2_000,
    idleTimeoutMs: 2_000,
    maxRetries: 0,
    maxOutputTokens: 4_096,
    ...options,
  });
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
    expect(body.tools).toEqual([
      { type: 'file_search', vector_store_ids: ['vs_dian_docs'] },
      ...ASSISTANT_TOOL_DEFINITIONS,
    ]);
    expect(ASSISTANT_TOOL_DEFINITIONS.map((tool) => tool.name)).toContain('search_knowledge');
    expect(body.tool_choice).toBe('auto');
    // OPENAI_STREAM_OBFUSCATION is off by default: the deltas come without their random padding.
    expect(body.stream_options).toEqual({ include_obfuscation: false });
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
  it("asks for unpadded deltas only when told to, and reads the API's padded ones the same", async () => {
    const text = async (provider: OpenAIProvider) => {
      const conversationId = await provider.createConversation();
      let answer = '';
      for await (const delta of provider.streamReply({
        conversationId,
        input: 'hola',
        signal: new AbortController().signal,
      }))
        answer += delta;
      return answer;
    };
    expect(await text(providerWith({ streamObfuscation: false }))).toBe('Respuesta simulada de OpenAI: hola');
    expect(await text(providerWith({ streamObfuscation: true }))).toBe('Respuesta simulada de OpenAI: hola');
    expect(await text(providerWith())).toBe('Respuesta simulada de OpenAI: hola');
    const [unpadded, padded, unset] = responseCalls().map((call) => call.body as Record<string, unknown>);
    expect(unpadded?.stream_options).toEqual({ include_obfuscation: false });
    // The API's default (padding) is asked by saying nothing.
    expect(padded && 'stream_options' in padded).toBe(false);
    expect(unset && 'stream_options' in unset).toBe(false);
  });

  it('retries a conversation_locked refusal left by an aborted response instead of failing', async () => {
    const provider = providerWith({ lockedRetryDelayMs: 20 });
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
    const provider = providerWith();
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

describe('tax tools through the OpenAI provider', () => {
  type OutputItem = { type: string; call_id: string; output: string };
  const toolOutputs = (callIndex: number): OutputItem[] =>
    (responseCalls()[callIndex]?.body as { input: OutputItem[] }).input;

  it('runs the tool the model calls, sends the result back and streams the final answer with sources', async () => {
    const client = await open();
    fake.enqueue({
      kind: 'function-call',
      calls: [{ name: 'filing_deadline', arguments: { nit_last_two_digits: '45', filing_year: 2026 } }],
    });
    const events = await ask(client, 't1', '¿Cuándo declaro si mi NIT termina en 45?');
    const final = events.at(-1) as WireEvent;
    expect(final.type).toBe('response');
    expect(final.message).toMatch(/^Respuesta simulada de OpenAI con los resultados de: filing_deadline\./);
    expect(final.message).toContain(
      'Plazo para declarar (Año gravable 2025 (declaración de 2026), dato no confirmado)',
    );
    expect(final.message).toContain('](https://www.dian.gov.co/Paginas/CalendarioTributario.aspx)');
    expect(events.filter((event) => event.type === 'delta').length).toBeGreaterThan(3);

    const [first, second] = responseCalls();
    const firstBody = first?.body as Record<string, unknown>;
    const secondBody = second?.body as Record<string, unknown>;
    expect(secondBody.conversation).toBe(firstBody.conversation);
    expect(secondBody.tools).toEqual(firstBody.tools);
    const [output] = toolOutputs(1);
    expect(output?.type).toBe('function_call_output');
    expect(output?.call_id).toMatch(/^call_/);
    const result = JSON.parse(output?.output ?? '{}') as { ok: boolean; summary: string };
    expect(result.ok).toBe(true);
    expect(result.summary).toContain('lunes 14 de septiembre de 2026');
  });

  it('keeps what the model says before a call apart from the answer that follows it', async () => {
    const client = await open();
    fake.enqueue(
      {
        kind: 'function-call',
        text: 'Voy a consultar el calendario.',
        calls: [{ name: 'filing_deadline', arguments: { nit_last_two_digits: '07', filing_year: 2025 } }],
      },
      { kind: 'text', text: 'Tu plazo venció el viernes 15 de agosto de 2025.' },
    );
    const final = (await ask(client, 't0', 'NIT 07, ¿cuándo era en 2025?')).at(-1) as WireEvent;
    expect(final.message).toMatch(
      /^Voy a consultar el calendario\.\n\nTu plazo venció el viernes 15 de agosto de 2025\.\n\n\*\*Cálculos del asistente/,
    );
    expect(final.message).toContain('Plazo para declarar (Año gravable 2024 (declaración de 2025)):');
  });

  it('answers every call of a response in one request', async () => {
    const client = await open();
    fake.enqueue({
      kind: 'function-call',
      calls: [
        { name: 'convert_uvt', arguments: { year: 2025, uvt: 1400, pesos: null } },
        {
          name: 'filing_obligation',
          arguments: {
            taxable_year: 2025,
            gross_assets: null,
            gross_income: 80_000_000,
            credit_card_spending: null,
            purchases: null,
            bank_deposits: null,
            iva_responsible: null,
          },
        },
      ],
    });
    const final = (await ask(client, 't2', 'Gané 80 millones en 2025, ¿declaro?')).at(-1) as WireEvent;
    expect(final.message).toContain('convert_uvt, filing_obligation');
    const outputs = toolOutputs(1).map((item) => JSON.parse(item.output) as { ok: boolean; summary: string });
    expect(outputs.map((item) => item.ok)).toEqual([true, true]);
    expect(outputs[0]?.summary).toContain('$69.718.600');
    expect(outputs[1]?.summary).toContain('Sí debes declarar');
  });

  it('returns a clear Spanish error to the model for bad arguments, and the answer still completes', async () => {
    const client = await open();
    fake.enqueue({
      kind: 'function-call',
      calls: [{ name: 'filing_deadline', arguments: '{"nit_last_two_digits":"4","filing_year":2031}' }],
    });
    const final = (await ask(client, 't3', 'mi nit termina en 4')).at(-1) as WireEvent;
    expect(final.type).toBe('response');
    expect(final.message).not.toContain('Cálculos del asistente');
    const result = JSON.parse(toolOutputs(1)[0]?.output ?? '{}') as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(result.error.message).toMatch(/dos dígitos/);
    expect(result.error.message).toMatch(/2025, 2026/);
  });

  it('bounds the tool rounds: the last request forbids tools and the model must answer', async () => {
    const provider = providerWith({ maxToolRounds: 2 });
    const conversation = await provider.createConversation();
    const call = { name: 'convert_uvt', arguments: { year: 2026, uvt: 10, pesos: null } };
    fake.enqueue({ kind: 'function-call', calls: [call] }, { kind: 'function-call', calls: [call] });
    let text = '';
    for await (const delta of provider.streamReply({
      conversationId: conversation,
      input: '¿Cuánto son 10 UVT?',
      signal: new AbortController().signal,
    })) {
      text += delta;
    }
    expect(responseCalls().map((request) => (request.body as Record<string, unknown>).tool_choice)).toEqual([
      'auto',
      'auto',
      'none',
    ]);
    expect(text).toMatch(/^Respuesta simulada de OpenAI con los resultados de: convert_uvt\./);
    expect(text.match(/Conversión UVT/g)).toHaveLength(2);
  });
});

describe('knowledge search through the OpenAI provider', () => {
  type OutputItem = { type: string; call_id: string; output: string };
  interface SearchOutput {
    ok: boolean;
    tool: string;
    message: string;
    entries: Array<Pick<KnowledgeEntry, 'id' | 'title' | 'body' | 'sources' | 'appliesTo' | 'confirmed'>>;
    error?: { code: string; message: string };
  }
  const searchOutputs = (callIndex: number): SearchOutput[] =>
    (responseCalls()[callIndex]?.body as { input: OutputItem[] }).input.map(
      (item) => JSON.parse(item.output) as SearchOutput,
    );
  const entry = (id: string): KnowledgeEntry => {
    const found = getKnowledgeEntry(id);
    if (!found) throw new Error(`the base has no entry ${id}`);
    return found;
  };
  const uvtQuery = { query: 'valor de la UVT 2026', limit: 1 };

  it('runs the search the model calls, sends the entries back and cites them under the answer', async () => {
    const uvt = entry('uvt-2026');
    const client = await open();
    fake.enqueue({ kind: 'function-call', calls: [{ name: 'search_knowledge', arguments: uvtQuery }] });
    const final = (await ask(client, 'k1', '¿Cuánto vale la UVT en 2026?')).at(-1) as WireEvent;

    const [output] = searchOutputs(1);
    expect(output).toMatchObject({ ok: true, tool: 'search_knowledge' });
    expect(output?.entries).toHaveLength(1);
    expect(output?.entries[0]).toMatchObject({
      id: 'uvt-2026',
      title: uvt.title,
      body: uvt.body,
      sources: uvt.sources,
      appliesTo: 'Año 2026',
      confirmed: false,
    });
    expect(output?.message).toMatch(/no confirmados/);

    expect(final.type).toBe('response');
    expect(final.message).toMatch(/^Respuesta simulada de OpenAI con los resultados de: search_knowledge\./);
    expect(final.message).toContain(
      `**Fichas consultadas y sus fuentes oficiales**\n- ${uvt.title} (Año 2026, dato no confirmado): `,
    );
    for (const source of uvt.sources) expect(final.message).toContain(`[${source.title}](${source.url})`);
    expect(final.message).not.toContain('Cálculos del asistente');
  });

  it('cites an entry once however often it was returned, and puts the entries before the calculations', async () => {
    const client = await open();
    fake.enqueue(
      {
        kind: 'function-call',
        calls: [
          { name: 'search_knowledge', arguments: uvtQuery },
          { name: 'convert_uvt', arguments: { year: 2026, uvt: 10, pesos: null } },
        ],
      },
      { kind: 'function-call', calls: [{ name: 'search_knowledge', arguments: uvtQuery }] },
      { kind: 'text', text: '10 UVT son $524.000 en 2026.' },
    );
    const final = (await ask(client, 'k2', '¿Cuánto son 10 UVT de 2026?')).at(-1) as WireEvent;
    expect(final.message).toMatch(
      /^10 UVT son \$524\.000 en 2026\.\n\n\*\*Fichas consultadas y sus fuentes oficiales\*\*\n- Valor de la UVT 2026 [^\n]+\n\n\*\*Cálculos del asistente y sus fuentes oficiales\*\*\n- Conversión UVT/,
    );
    expect(final.message?.match(/Valor de la UVT 2026/g)).toHaveLength(1);
  });

  it('returns a clear Spanish error to the model for bad arguments, and the answer still completes', async () => {
    const client = await open();
    fake.enqueue({
      kind: 'function-call',
      calls: [{ name: 'search_knowledge', arguments: { query: 'x', limit: 9 } }],
    });
    const final = (await ask(client, 'k3', 'x')).at(-1) as WireEvent;
    expect(final.type).toBe('response');
    expect(final.message).toBe('Respuesta simulada de OpenAI con los resultados de: search_knowledge.');
    const [output] = searchOutputs(1);
    expect(output).toMatchObject({
      ok: false,
      tool: 'search_knowledge',
      error: { code: 'invalid_arguments' },
    });
    expect(output?.error?.message).toMatch(/query: la consulta debe tener al menos 2 caracteres/);
    expect(output?.error?.message).toMatch(/limit: /);
  });

  it('tells the model it found nothing for a question the base cannot answer, and cites nothing', async () => {
    const client = await open();
    const query = 'receta de arepas de choclo';
    fake.enqueue(
      { kind: 'function-call', calls: [{ name: 'search_knowledge', arguments: { query, limit: null } }] },
      { kind: 'text', text: 'No tengo información confiable sobre eso.' },
    );
    const final = (await ask(client, 'k4', '¿Cómo hago arepas de choclo?')).at(-1) as WireEvent;
    const [output] = searchOutputs(1);
    expect(output).toMatchObject({ ok: true, entries: [] });
    expect(output?.message).toMatch(
      /^No encontré en la base de conocimiento ninguna ficha sobre «receta de arepas de choclo»/,
    );
    expect(output?.message).toMatch(/No respondas de memoria/);
    expect(final.message).toBe('No tengo información confiable sobre eso.');
  });
});
