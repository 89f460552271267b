import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
} from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  MalformedEventError,
  type ResponsesStreamEvent,
} from '../../lib/assistant/providers/responses-events';
import {
  ResponsesStreamClient,
  retryDelayMs,
  type ResponsesStreamClientOptions,
} from '../../lib/assistant/providers/responses-stream';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server';

let fake: FakeOpenAI;
const rawServers: Server[] = [];

beforeAll(async () => {
  fake = await startFakeOpenAI();
});

afterEach(async () => {
  fake.reset();
  await Promise.all(
    rawServers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

afterAll(async () => {
  await fake.close();
});

function clientFor(baseURL: string, options: Partial<ResponsesStreamClientOptions> = {}) {
  return new ResponsesStreamClient({
    baseURL,
    apiKey: fake.apiKey,
    headersTimeoutMs: 2_000,
    maxRetries: 0,
    ...options,
  });
}

const body = (input: string) => ({ model: 'gpt-5-mini', input, stream: true as const });
const never = () => new AbortController().signal;
const responseCalls = () => fake.requests.filter((request) => request.path === '/v1/responses');

async function collect(events: AsyncIterable<ResponsesStreamEvent>): Promise<ResponsesStreamEvent[]> {
  const seen: ResponsesStreamEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

const text = (events: ResponsesStreamEvent[]) =>
  events.map((event) => (event.kind === 'text' ? event.delta : '')).join('');

async function rawServer(handler: RequestListener): Promise<{ baseURL: string; connections: () => number }> {
  const server = createServer(handler);
  let connections = 0;
  server.on('connection', () => (connections += 1));
  rawServers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseURL: `http://127.0.0.1:${port}/v1`, connections: () => connections };
}

const sse = (data: unknown) => `data: ${JSON.stringify(data)}\n\n`;

describe('ResponsesStreamClient against the fake OpenAI', () => {
  it('streams the text deltas and the completion, and sends the key, organization and project', async () => {
    const client = clientFor(fake.baseURL, { organization: 'org_dian', project: 'proj_renta' });
    const events = await collect(await client.open(body('hola'), never()));
    expect(text(events)).toBe('Respuesta simulada de OpenAI: hola');
    expect(events.at(-1)).toEqual({
      kind: 'completed',
      inputTokens: expect.any(Number) as number,
      outputTokens: expect.any(Number) as number,
    });
    expect(responseCalls()[0]?.headers).toMatchObject({
      authorization: `Bearer ${fake.apiKey}`,
      'openai-organization': 'org_dian',
      'openai-project': 'proj_renta',
      accept: 'text/event-stream',
    });
  });

  it('reports a function call with its id, name and arguments', async () => {
    fake.enqueue({ kind: 'function-call', calls: [{ name: 'uvt_convert', arguments: { uvt: 10 } }] });
    const events = await collect(
      await clientFor(fake.baseURL).open(
        {
          ...body('convierte'),
          tools: [
            {
              type: 'function',
              name: 'uvt_convert',
              strict: false,
              parameters: { type: 'object', properties: { uvt: { type: 'number' } } },
            },
          ],
        },
        never(),
      ),
    );
    const call = events.find((event) => event.kind === 'function-call');
    expect(call).toMatchObject({
      call: { type: 'function_call', name: 'uvt_convert', arguments: '{"uvt":10}' },
    });
    if (call?.kind !== 'function-call') throw new Error('expected a function call');
    expect(call.call.call_id).toMatch(/^call_/);
  });

  it('builds the SDK error classes from status and body, without retrying what must not be retried', async () => {
    fake.enqueue({ kind: 'http-error', status: 400, code: 'conversation_locked', message: 'ocupada' });
    const error = await clientFor(fake.baseURL, { maxRetries: 2 })
      .open(body('hola'), never())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'conversation_locked' });
    expect(responseCalls()).toHaveLength(1);
  });

  it('retries a 500 and a 429 before the first byte, as many times as allowed', async () => {
    fake.enqueue(
      { kind: 'http-error', status: 500 },
      { kind: 'http-error', status: 429, headers: { 'retry-after-ms': '30' } },
    );
    const events = await collect(
      await clientFor(fake.baseURL, { maxRetries: 2 }).open(body('hola'), never()),
    );
    expect(text(events)).toBe('Respuesta simulada de OpenAI: hola');
    expect(responseCalls()).toHaveLength(3);
  });

  it('gives up after the allowed retries with the last error', async () => {
    fake.enqueue({ kind: 'http-error', status: 503 }, { kind: 'http-error', status: 503 });
    const error = await clientFor(fake.baseURL, { maxRetries: 1 })
      .open(body('hola'), never())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(responseCalls()).toHaveLength(2);
  });

  it('obeys x-should-retry: false, and keeps retry-after on the error', async () => {
    fake.enqueue({
      kind: 'http-error',
      status: 429,
      code: 'rate_limit_exceeded',
      headers: { 'x-should-retry': 'false', 'retry-after': '7' },
    });
    const error = await clientFor(fake.baseURL, { maxRetries: 3 })
      .open(body('hola'), never())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers?.get('retry-after')).toBe('7');
    expect(responseCalls()).toHaveLength(1);
  });

  it('times out waiting for headers, retries, and the retry answers', async () => {
    fake.enqueue({ kind: 'hang' });
    const client = clientFor(fake.baseURL, { headersTimeoutMs: 200, maxRetries: 1 });
    const events = await collect(await client.open(body('hola'), never()));
    expect(text(events)).toBe('Respuesta simulada de OpenAI: hola');
    fake.enqueue({ kind: 'hang' });
    const startedAt = Date.now();
    const error = await clientFor(fake.baseURL, { headersTimeoutMs: 200 })
      .open(body('hola'), never())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(190);
  });

  it('rejects with APIUserAbortError when the caller aborts before the headers, without waiting', async () => {
    fake.enqueue({ kind: 'hang' });
    const controller = new AbortController();
    const pending = clientFor(fake.baseURL, { headersTimeoutMs: 10_000 }).open(
      body('hola'),
      controller.signal,
    );
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(clientFor(fake.baseURL).open(body('hola'), AbortSignal.abort())).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
  });

  it('ends the iteration quietly when the caller aborts mid-stream', async () => {
    fake.enqueue({ kind: 'stall', afterDeltas: 2 });
    const controller = new AbortController();
    const events = await clientFor(fake.baseURL).open(body('hola'), controller.signal);
    const seen: ResponsesStreamEvent[] = [];
    const reading = (async () => {
      for await (const event of events) {
        seen.push(event);
        if (seen.filter((item) => item.kind === 'text').length === 2) controller.abort();
      }
    })();
    await expect(reading).resolves.toBeUndefined();
    expect(text(seen)).toBe('Respuesta simulada ');
  });

  it('ends at once when the caller aborted between the headers and the first read', async () => {
    fake.enqueue({ kind: 'text', text: 'una respuesta que nadie lee', chunkDelayMs: 200 });
    const controller = new AbortController();
    const events = await clientFor(fake.baseURL).open(body('hola'), controller.signal);
    controller.abort();
    const startedAt = Date.now();
    expect(text(await collect(events))).toBe('');
    expect(Date.now() - startedAt).toBeLessThan(200);
  });

  it('throws when the connection is cut mid-stream, after the deltas that arrived', async () => {
    fake.enqueue({ kind: 'cut', afterDeltas: 2 });
    const seen: ResponsesStreamEvent[] = [];
    const reading = (async () => {
      for await (const event of await clientFor(fake.baseURL).open(body('hola'), never())) seen.push(event);
    })();
    await expect(reading).rejects.toThrow();
    expect(text(seen)).toBe('Respuesta simulada ');
    expect(seen.some((event) => event.kind === 'completed')).toBe(false);
  });

  it.each([
    ['response.failed', { kind: 'failed' as const, afterDeltas: 1 }],
    ['a nested error event', { kind: 'error-event' as const }],
    ['a flat error event', { kind: 'error-event' as const, shape: 'flat' as const }],
  ])('turns %s into a failed event', async (_label, behavior) => {
    fake.enqueue(behavior);
    const events = await collect(await clientFor(fake.baseURL).open(body('hola'), never()));
    expect(events.some((event) => event.kind === 'failed')).toBe(true);
    expect(events.some((event) => event.kind === 'completed')).toBe(false);
  });

  it('fails with APIConnectionError when nothing listens, after its retries', async () => {
    const { baseURL } = await rawServer(() => undefined);
    const closing = rawServers.pop() as Server;
    await new Promise((resolve) => closing.close(resolve));
    const error = await clientFor(baseURL, { maxRetries: 1 })
      .open(body('hola'), never())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
  });
});

describe('ResponsesStreamClient on the byte level', () => {
  it('keeps a character split between two packets whole', async () => {
    const bytes = Buffer.from(sse({ type: 'response.output_text.delta', delta: 'declaración año' }));
    const middleOfN = bytes.indexOf(Buffer.from('ñ')) + 1;
    const { baseURL } = await rawServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(bytes.subarray(0, middleOfN));
      setTimeout(() => {
        response.write(bytes.subarray(middleOfN));
        response.end(sse({ type: 'response.completed' }));
      }, 30);
    });
    const events = await collect(await clientFor(baseURL).open(body('hola'), never()));
    expect(events).toEqual([
      { kind: 'text', delta: 'declaración año' },
      { kind: 'completed', inputTokens: 0, outputTokens: 0 },
    ]);
  });

  it('reads a last event the server did not close with an empty line, as the SDK 7 does', async () => {
    const { baseURL } = await rawServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(sse({ type: 'response.output_text.delta', delta: 'Hola' }));
      response.end(`data: ${JSON.stringify({ type: 'response.completed' })}`);
    });
    const events = await collect(await clientFor(baseURL).open(body('hola'), never()));
    expect(events).toEqual([
      { kind: 'text', delta: 'Hola' },
      { kind: 'completed', tokens: 0 },
    ]);
  });

  it('reuses the connection for the next answer', async () => {
    const server = await rawServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end(sse({ type: 'response.completed' }));
    });
    const client = clientFor(server.baseURL);
    for (let answer = 0; answer < 3; answer += 1) await collect(await client.open(body('hola'), never()));
    expect(server.connections()).toBe(1);
  });

  it('sends again, on a new connection, a request whose kept-alive connection the server closed', async () => {
    let served = 0;
    const server = await rawServer((request, response) => {
      const socket = request.socket as typeof request.socket & { answered?: boolean };
      // The second request on a connection finds it closed, as when an idle timeout races a reuse.
      if (socket.answered) {
        socket.destroy();
        return;
      }
      socket.answered = true;
      served += 1;
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end(sse({ type: 'response.completed' }));
    });
    const client = clientFor(server.baseURL, { maxRetries: 0 });
    await collect(await client.open(body('uno'), never()));
    await expect(collect(await client.open(body('dos'), never()))).resolves.toEqual([
      { kind: 'completed', inputTokens: 0, outputTokens: 0 },
    ]);
    expect(served).toBe(2);
    expect(server.connections()).toBe(2);
  });

  it('rejects a malformed event instead of passing it on', async () => {
    const cases = ['data: {no es json\n\n', sse({ type: 'response.output_text.delta', delta: 42 }), sse([1])];
    for (const payload of cases) {
      const { baseURL } = await rawServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.end(payload);
      });
      await expect(collect(await clientFor(baseURL).open(body('hola'), never()))).rejects.toBeInstanceOf(
        MalformedEventError,
      );
    }
  });

  it('keeps a text error body as the error message', async () => {
    const { baseURL } = await rawServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html>Bad gateway</html>');
    });
    const error = await clientFor(baseURL)
      .open(body('hola'), never())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toContain('Bad gateway');
  });
});

describe('retryDelayMs', () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it('follows retry-after-ms, then retry-after in seconds or as a date', () => {
    expect(retryDelayMs(0, headers({ 'retry-after-ms': '1500', 'retry-after': '9' }))).toBe(1500);
    expect(retryDelayMs(0, headers({ 'retry-after': '2' }))).toBe(2000);
    const inThreeSeconds = new Date(Date.now() + 3_000).toUTCString();
    expect(retryDelayMs(0, headers({ 'retry-after': inThreeSeconds }))).toBeGreaterThan(1_000);
  });

  it('obeys retry-after-ms: 0 over retry-after, and backs off instead of waiting more than a minute', () => {
    expect(retryDelayMs(0, headers({ 'retry-after-ms': '0', 'retry-after': '9' }))).toBe(0);
    expect(retryDelayMs(0, headers({ 'retry-after': '3600' }))).toBeLessThanOrEqual(500);
  });

  it('backs off from 0.5 s doubling to 8 s, never more, with at most 25 % jitter', () => {
    for (const [index, full] of [
      [0, 500],
      [1, 1_000],
      [4, 8_000],
      [9, 8_000],
    ] as const) {
      const delay = retryDelayMs(index, undefined);
      expect(delay).toBeLessThanOrEqual(full);
      expect(delay).toBeGreaterThanOrEqual(full * 0.75);
    }
  });
});
