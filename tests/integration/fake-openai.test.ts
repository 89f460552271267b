import { spawn } from 'node:child_process';
import path from 'node:path';
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  toFile,
} from 'openai';
import type { ResponseStreamEvent } from 'openai/resources/responses/responses';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseMultipart, type MultipartBody } from '../fakes/openai/multipart';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server';
import { DEFAULT_TRANSCRIPTION } from '../fakes/openai/transcriptions';
import { clockMicros, readStamps, type DeltaStamp } from '../fakes/paced-answer';

const MODEL = 'gpt-5-mini';

let fake: FakeOpenAI;
let client: OpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  client = new OpenAI({ apiKey: fake.apiKey, baseURL: fake.baseURL, maxRetries: 0 });
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  fake.reset();
});

async function newConversation(): Promise<string> {
  return (await client.conversations.create({})).id;
}

function stream(
  input: string,
  options: { conversation?: string; signal?: AbortSignal; using?: OpenAI } = {},
) {
  return (options.using ?? client).responses.create(
    {
      model: MODEL,
      input,
      stream: true,
      ...(options.conversation ? { conversation: options.conversation } : {}),
    },
    { signal: options.signal },
  );
}

async function collect(events: AsyncIterable<ResponseStreamEvent>): Promise<ResponseStreamEvent[]> {
  const seen: ResponseStreamEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

/** Collects until the iterator throws, returning both what arrived and the error. */
async function collectUntilError(events: AsyncIterable<ResponseStreamEvent>) {
  const seen: ResponseStreamEvent[] = [];
  try {
    for await (const event of events) seen.push(event);
  } catch (error) {
    return { seen, error };
  }
  return { seen, error: undefined };
}

function deltas(events: ResponseStreamEvent[]): string[] {
  return events.flatMap((event) => (event.type === 'response.output_text.delta' ? [event.delta] : []));
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

async function waitFor(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The server learns about a client abort only when the socket closes, a moment after the SDK gives up, so
 * retry while the conversation is still reported as locked; returns the type of the final event.
 */
async function completesOnceFree(conversation: string): Promise<string | undefined> {
  const deadline = Date.now() + 2_000;
  for (;;) {
    try {
      return (await collect(await stream('otra vez', { conversation }))).at(-1)?.type;
    } catch (error) {
      if (!(error instanceof BadRequestError) || error.code !== 'conversation_locked') throw error;
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/** Reads events until `count` deltas arrived, leaving the iterator open. */
async function readDeltas(iterator: AsyncIterator<ResponseStreamEvent>, count: number) {
  const seen: ResponseStreamEvent[] = [];
  while (deltas(seen).length < count) {
    const next = await iterator.next();
    if (next.done) throw new Error('stream ended early');
    seen.push(next.value);
  }
  return seen;
}

async function nextWithin(iterator: AsyncIterator<ResponseStreamEvent>, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  const next = iterator.next();
  const winner = await Promise.race([next, timeout]);
  clearTimeout(timer);
  return { winner, next };
}

describe('conversations', () => {
  it('creates, retrieves and deletes with the real SDK', async () => {
    const created = await client.conversations.create({ metadata: { session: 'abc' } });
    expect(created).toMatchObject({ object: 'conversation', metadata: { session: 'abc' } });
    expect(created.id).toMatch(/^conv_[0-9a-f]{48}$/);
    expect(typeof created.created_at).toBe('number');
    expect(fake.conversations.has(created.id)).toBe(true);

    await expect(client.conversations.retrieve(created.id)).resolves.toMatchObject({ id: created.id });

    const deleted = await client.conversations.delete(created.id);
    expect(deleted).toEqual({ id: created.id, object: 'conversation.deleted', deleted: true });
    expect(fake.conversations.has(created.id)).toBe(false);

    const again = await rejection(client.conversations.delete(created.id));
    expect(again).toBeInstanceOf(NotFoundError);
    expect((again as NotFoundError).message).toBe(`404 Conversation with id '${created.id}' not found.`);
  });
});

describe('streamed responses', () => {
  it('streams the full event sequence with consistent ids and a completed response', async () => {
    const conversation = await newConversation();
    const events = await collect(await stream('hola', { conversation }));

    expect(events.map((event) => event.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      ...Array<string>(5).fill('response.output_text.delta'),
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    expect(deltas(events).join('')).toBe('Respuesta simulada de OpenAI: hola');

    const created = events[0];
    const completed = events.at(-1);
    if (created?.type !== 'response.created' || completed?.type !== 'response.completed') {
      throw new Error('unexpected first or last event');
    }
    const response = completed.response;
    expect(response.id).toMatch(/^resp_/);
    expect(response.id).toBe(created.response.id);
    expect(response).toMatchObject({
      object: 'response',
      status: 'completed',
      model: MODEL,
      conversation: { id: conversation },
      error: null,
    });
    const [message] = response.output;
    expect(message).toMatchObject({ type: 'message', role: 'assistant', status: 'completed' });
    expect(message?.type === 'message' ? message.content : []).toEqual([
      { type: 'output_text', annotations: [], logprobs: [], text: 'Respuesta simulada de OpenAI: hola' },
    ]);
    expect(response.usage?.total_tokens).toBeGreaterThan(0);
    // The SDK only synthesises `output_text` for non-streamed calls; the wire never carries it.
    expect('output_text' in response).toBe(false);

    const itemIds = new Set(
      events.flatMap((event) =>
        'item_id' in event ? [event.item_id] : 'item' in event ? [event.item.id] : [],
      ),
    );
    expect([...itemIds]).toEqual([message?.id]);
    expect(message?.id).toMatch(/^msg_/);

    const recorded = fake.requests.at(-1);
    expect(recorded).toMatchObject({
      method: 'POST',
      path: '/v1/responses',
      body: { model: MODEL, conversation, input: 'hola', stream: true },
    });
    expect(recorded?.headers.authorization).toBe(`Bearer ${fake.apiKey}`);
  });

  it('follows the script, with char or fixed-size chunks', async () => {
    fake.enqueue(
      { kind: 'text', text: 'añejo', chunkSize: 'char', chunkDelayMs: 0 },
      { kind: 'text', text: 'abcdefg', chunkSize: 3 },
    );
    expect(deltas(await collect(await stream('x')))).toEqual(['a', 'ñ', 'e', 'j', 'o']);
    expect(deltas(await collect(await stream('x')))).toEqual(['abc', 'def', 'g']);
  });

  it('paced: streams stamped deltas at the asked pace, as the default behaviour without recording', async () => {
    const paced = await startFakeOpenAI({
      defaultBehavior: { kind: 'paced', deltas: 3, intervalMs: 20 },
      recordRequests: false,
    });
    const pacedClient = new OpenAI({ apiKey: paced.apiKey, baseURL: paced.baseURL, maxRetries: 0 });
    const before = clockMicros();
    const events = await collect(await stream('hola', { using: pacedClient }));
    const after = clockMicros();
    const stamps = deltas(events).flatMap(readStamps);
    expect(stamps.map((stamp) => stamp.index)).toEqual([0, 1, 2]);
    expect(new Set(stamps.map((stamp) => stamp.receivedAtUs)).size).toBe(1);
    const [first, , last] = stamps as [DeltaStamp, DeltaStamp, DeltaStamp];
    expect(first.receivedAtUs).toBeGreaterThanOrEqual(before);
    expect(last.sentAtUs).toBeLessThanOrEqual(after);
    expect(last.sentAtUs - first.sentAtUs).toBeGreaterThanOrEqual(2 * 20_000 - 2_000);
    expect(events.at(-1)?.type).toBe('response.completed');
    expect(paced.requests).toHaveLength(0);
    await paced.close();
  });

  it('answers from the last user message when input is a list of items', async () => {
    const events = await collect(
      await client.responses.create({
        model: MODEL,
        stream: true,
        input: [
          { role: 'user', content: 'primera' },
          { role: 'assistant', content: 'respuesta' },
          { role: 'user', content: [{ type: 'input_text', text: '¿Quién declara renta?' }] },
        ],
      }),
    );
    expect(deltas(events).join('')).toBe('Respuesta simulada de OpenAI: ¿Quién declara renta?');
  });

  it('pads every text delta with a random obfuscation field, as api.openai.com does by default', async () => {
    fake.enqueue({ kind: 'text', text: 'a, buenas tardes señora contribuyente', chunkSize: 'word' });
    const events = await collect(await stream('hola'));
    const textDeltas = events.filter((event) => event.type === 'response.output_text.delta');
    expect(textDeltas.length).toBeGreaterThan(2);
    for (const event of textDeltas) {
      const { obfuscation } = event as { obfuscation?: unknown };
      expect(obfuscation).toMatch(/^[A-Za-z0-9]*$/);
      // The text and its padding together: 16 characters, or the next multiple of 16.
      expect((event.delta.length + String(obfuscation).length) % 16).toBe(0);
    }
    // Random, not a constant per length: two answers differ.
    const again = (await collect(await stream('hola'))).filter(
      (event) => event.type === 'response.output_text.delta',
    );
    expect(again.map((event) => (event as { obfuscation?: string }).obfuscation)).not.toEqual(
      textDeltas.map((event) => (event as { obfuscation?: string }).obfuscation),
    );
    // The events that are not deltas carry no padding.
    expect(events.filter((event) => 'obfuscation' in event).map((event) => event.type)).toEqual(
      textDeltas.map(() => 'response.output_text.delta'),
    );
  });

  it('leaves the obfuscation out when the request sets stream_options.include_obfuscation to false', async () => {
    const events = await collect(
      await client.responses.create({
        model: MODEL,
        input: 'hola',
        stream: true,
        stream_options: { include_obfuscation: false },
      }),
    );
    expect(deltas(events).join('')).toBe('Respuesta simulada de OpenAI: hola');
    expect(events.some((event) => 'obfuscation' in event)).toBe(false);
    // `true` is the default spelled out.
    const padded = await collect(
      await client.responses.create({
        model: MODEL,
        input: 'hola',
        stream: true,
        stream_options: { include_obfuscation: true },
      }),
    );
    expect(padded.filter((event) => 'obfuscation' in event).length).toBe(deltas(padded).length);
  });

  it('refuses stream_options of the wrong type with a 400 naming the parameter', async () => {
    const notAnObject = await rejection(
      client.responses.create({ model: MODEL, input: 'hola', stream: true, stream_options: 'no' as never }),
    );
    expect(notAnObject).toBeInstanceOf(BadRequestError);
    expect((notAnObject as BadRequestError).param).toBe('stream_options');
    const notABoolean = await rejection(
      client.responses.create({
        model: MODEL,
        input: 'hola',
        stream: true,
        stream_options: { include_obfuscation: 'false' as never },
      }),
    );
    expect((notABoolean as BadRequestError).param).toBe('stream_options.include_obfuscation');
  });

  it('rejects non-streamed calls with a 400', async () => {
    const error = await rejection(client.responses.create({ model: MODEL, input: 'hola' }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).param).toBe('stream');
  });
});

describe('HTTP errors', () => {
  it('answers a wrong key with 401 invalid_api_key and masks the key', async () => {
    const wrongKey = 'sk-wrong-key-1234567890';
    const wrong = new OpenAI({ apiKey: wrongKey, baseURL: fake.baseURL, maxRetries: 0 });
    const error = await rejection(stream('hola', { using: wrong }));
    expect(error).toBeInstanceOf(AuthenticationError);
    const apiError = error as AuthenticationError;
    expect(apiError).toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' });
    expect(apiError.message).toMatch(
      /^401 Incorrect API key provided: sk-[\w-]*\*{4,}7890\. You can find your API key/,
    );
    expect(apiError.message).not.toContain(wrongKey);
    expect(apiError.requestID).toMatch(/^req_/);
  });

  it('answers an unknown conversation with 404 without consuming the script', async () => {
    fake.enqueue({ kind: 'text', text: 'guion' });
    const error = await rejection(stream('hola', { conversation: 'conv_missing' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      type: 'invalid_request_error',
      message: "404 Conversation with id 'conv_missing' not found.",
    });
    // Matches what api.openai.com was observed to send: neither param nor code is set.
    expect((error as NotFoundError).param).toBeNull();
    expect(deltas(await collect(await stream('hola'))).join('')).toBe('guion');
  });

  it('answers 429 with retry-after and rate_limit_exceeded', async () => {
    fake.enqueue({
      kind: 'http-error',
      status: 429,
      code: 'rate_limit_exceeded',
      headers: { 'retry-after': '7' },
    });
    const error = await rejection(stream('hola'));
    expect(error).toBeInstanceOf(RateLimitError);
    const rateLimit = error as RateLimitError;
    expect(rateLimit.code).toBe('rate_limit_exceeded');
    expect(rateLimit.headers?.get('retry-after')).toBe('7');
  });

  it('lets the SDK retry a 429 after retry-after-ms', async () => {
    const retrying = new OpenAI({ apiKey: fake.apiKey, baseURL: fake.baseURL, maxRetries: 1 });
    fake.enqueue(
      { kind: 'http-error', status: 429, headers: { 'retry-after-ms': '20' } },
      { kind: 'text', text: 'ok' },
    );
    const events = await collect(await stream('hola', { using: retrying }));
    expect(deltas(events)).toEqual(['ok']);
    expect(fake.requests.filter((request) => request.path === '/v1/responses')).toHaveLength(2);
  });

  it('answers 500 and 503 as InternalServerError', async () => {
    fake.enqueue({ kind: 'http-error', status: 500 }, { kind: 'http-error', status: 503 });
    const first = await rejection(stream('hola'));
    const second = await rejection(stream('hola'));
    expect(first).toBeInstanceOf(InternalServerError);
    expect(first).toMatchObject({ status: 500, type: 'server_error' });
    expect(second).toBeInstanceOf(InternalServerError);
    expect(second).toMatchObject({ status: 503 });
  });
});

describe('per-conversation lock', () => {
  it('refuses a second response on a busy conversation and frees it once the first ends', async () => {
    const conversation = await newConversation();
    const first = new AbortController();
    fake.enqueue({ kind: 'stall', afterDeltas: 1 });
    const iterator = (await stream('uno', { conversation, signal: first.signal }))[Symbol.asyncIterator]();
    await readDeltas(iterator, 1);

    const error = await rejection(stream('dos', { conversation }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      status: 400,
      code: 'conversation_locked',
      param: 'conversation',
      message:
        '400 Another process is currently operating on this conversation. Please retry in a few seconds.',
    });
    // Another conversation is not affected.
    await expect(
      collect(await stream('tres', { conversation: await newConversation() })),
    ).resolves.not.toHaveLength(0);

    first.abort();
    await expect(iterator.next()).resolves.toMatchObject({ done: true });
    await expect(completesOnceFree(conversation)).resolves.toBe('response.completed');
  });

  it('frees the conversation as soon as response.completed is sent', async () => {
    const conversation = await newConversation();
    await collect(await stream('uno', { conversation }));
    await expect(collect(await stream('dos', { conversation }))).resolves.not.toHaveLength(0);
  });
});

describe('stream faults', () => {
  it('cut: the SDK iterator throws a plain TypeError("terminated"), not an APIError', async () => {
    fake.enqueue({ kind: 'cut', afterDeltas: 2, text: 'uno dos tres cuatro' });
    const { seen, error } = await collectUntilError(await stream('hola'));
    expect(deltas(seen)).toEqual(['uno ', 'dos ']);
    expect(seen.some((event) => event.type === 'response.completed')).toBe(false);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(APIError);
    expect((error as TypeError).message).toBe('terminated');
    expect((error as TypeError & { cause?: { code?: string } }).cause?.code).toBe('UND_ERR_SOCKET');
  });

  it('failed: delivers response.failed with a server_error and then ends quietly', async () => {
    fake.enqueue({ kind: 'failed', afterDeltas: 1, message: 'boom' });
    const events = await collect(await stream('hola'));
    expect(deltas(events)).toEqual(['Respuesta ']);
    const last = events.at(-1);
    expect(last?.type).toBe('response.failed');
    if (last?.type !== 'response.failed') throw new Error('expected response.failed');
    expect(last.response.status).toBe('failed');
    expect(last.response.error).toEqual({ code: 'server_error', message: 'boom' });
    expect(last.response.id).toBe(events[0]?.type === 'response.created' ? events[0].response.id : undefined);
  });

  it('max_output_tokens: stops the text there with response.incomplete, its reason and usage', async () => {
    fake.enqueue({
      kind: 'text',
      text: 'uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece',
    });
    const request = { model: MODEL, input: 'hola', stream: true as const, max_output_tokens: 16 };
    const events = await collect(await client.responses.create(request));
    expect(deltas(events).join('').length).toBeLessThanOrEqual(64);
    const last = events.at(-1);
    if (last?.type !== 'response.incomplete') throw new Error('expected response.incomplete');
    expect(last.response).toMatchObject({
      status: 'incomplete',
      incomplete_details: { reason: 'max_output_tokens' },
      max_output_tokens: 16,
      usage: { output_tokens: expect.any(Number) as number },
    });
    const tooFew = await rejection(client.responses.create({ ...request, max_output_tokens: 15 }));
    expect(tooFew).toBeInstanceOf(BadRequestError);
    expect((tooFew as BadRequestError).param).toBe('max_output_tokens');
  });

  it('error-event (nested, as api.openai.com sends it): the SDK throws an APIError without status', async () => {
    fake.enqueue({ kind: 'error-event' });
    const { seen, error } = await collectUntilError(await stream('hola'));
    expect(seen.map((event) => event.type)).toEqual(['response.created', 'response.in_progress']);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: undefined, code: 'server_error', type: 'server_error' });
    expect((error as APIError).requestID).toMatch(/^req_/);
  });

  it('error-event (flat, as documented): the SDK (since 7.x) throws an APIError without status', async () => {
    fake.enqueue({ kind: 'error-event', shape: 'flat', code: 'server_error', message: 'falló' });
    const { seen, error } = await collectUntilError(await stream('hola'));
    expect(seen.map((event) => event.type)).toEqual(['response.created', 'response.in_progress']);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: undefined, code: 'server_error', message: 'falló' });
  });

  it('stall: goes silent after some deltas until the client aborts', async () => {
    const conversation = await newConversation();
    const controller = new AbortController();
    fake.enqueue({ kind: 'stall', afterDeltas: 2 });
    const iterator = (await stream('hola', { conversation, signal: controller.signal }))[
      Symbol.asyncIterator
    ]();
    const seen = await readDeltas(iterator, 2);
    expect(deltas(seen)).toEqual(['Respuesta ', 'simulada ']);

    const { winner, next } = await nextWithin(iterator, 300);
    expect(winner).toBe('timeout');
    controller.abort();
    // The SDK swallows its own abort and simply ends the iteration.
    await expect(next).resolves.toEqual({ done: true, value: undefined });
  });

  it('hang: never sends headers, so the SDK timeout raises APIConnectionTimeoutError', async () => {
    const conversation = await newConversation();
    const impatient = new OpenAI({ apiKey: fake.apiKey, baseURL: fake.baseURL, maxRetries: 0, timeout: 200 });
    fake.enqueue({ kind: 'hang' });
    const startedAt = Date.now();
    const error = await rejection(stream('hola', { conversation, using: impatient }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(190);
    // The server notices the client leaving and frees the conversation.
    await expect(completesOnceFree(conversation)).resolves.toBe('response.completed');
  });
});

describe('input-text fault markers', () => {
  it('maps [[fault:429]], [[fault:500]] and [[fault:401]] to HTTP errors', async () => {
    const rateLimited = await rejection(stream('hola [[fault:429]]'));
    expect(rateLimited).toBeInstanceOf(RateLimitError);
    expect((rateLimited as RateLimitError).headers?.get('retry-after')).toBe('7');
    expect(await rejection(stream('[[fault:500]]'))).toBeInstanceOf(InternalServerError);
    expect(await rejection(stream('[[fault:401]]'))).toBeInstanceOf(AuthenticationError);
  });

  it('maps [[fault:hang]] to a request that never answers', async () => {
    const impatient = new OpenAI({ apiKey: fake.apiKey, baseURL: fake.baseURL, maxRetries: 0, timeout: 150 });
    expect(await rejection(stream('[[fault:hang]]', { using: impatient }))).toBeInstanceOf(
      APIConnectionTimeoutError,
    );
  });

  it('maps [[fault:cut]] and [[fault:failed]] to broken streams after a partial answer', async () => {
    const cut = await collectUntilError(await stream('[[fault:cut]]'));
    expect(deltas(cut.seen)).toHaveLength(2);
    expect(cut.error).toBeInstanceOf(TypeError);

    const failed = await collect(await stream('[[fault:failed]]'));
    expect(deltas(failed)).toHaveLength(2);
    expect(failed.at(-1)?.type).toBe('response.failed');
  });

  it('maps [[fault:stall]] to silence after a partial answer', async () => {
    const controller = new AbortController();
    const iterator = (await stream('[[fault:stall]]', { signal: controller.signal }))[Symbol.asyncIterator]();
    await readDeltas(iterator, 2);
    const { winner, next } = await nextWithin(iterator, 200);
    expect(winner).toBe('timeout');
    controller.abort();
    await expect(next).resolves.toMatchObject({ done: true });
  });

  it('holds [[hold:name]] after two deltas until the test releases it over HTTP, then completes', async () => {
    const iterator = (await stream('¿Qué es la UVT? [[hold:e2e-case-1]]'))[Symbol.asyncIterator]();
    expect(deltas(await readDeltas(iterator, 2))).toEqual(['Respuesta ', 'simulada ']);
    const { winner, next } = await nextWithin(iterator, 200);
    expect(winner).toBe('timeout');

    const released = await fetch(`http://127.0.0.1:${fake.port}/_fake/holds/E2E-case-1/release`, {
      method: 'POST',
    });
    expect(released.status).toBe(204);
    const rest: ResponseStreamEvent[] = [];
    for (let step = await next; !step.done; step = await iterator.next()) rest.push(step.value);
    expect(deltas(rest).join('')).toContain('UVT');
    expect(rest.at(-1)?.type).toBe('response.completed');
  });

  it('trickles a word at a time under [[trickle:name]] until released, then completes', async () => {
    const iterator = (await stream('[[trickle:flow]] hola'))[Symbol.asyncIterator]();
    const seen = await readDeltas(iterator, 8);
    expect(deltas(seen).slice(2).join('')).toMatch(/^Esta respuesta llega despacio/);
    fake.release('flow');
    const rest: ResponseStreamEvent[] = [];
    for (let step = await iterator.next(); !step.done; step = await iterator.next()) rest.push(step.value);
    expect(rest.at(-1)?.type).toBe('response.completed');
  });

  it('remembers a release that arrives before its answer reaches the hold, until reset', async () => {
    fake.release('early');
    const early = await collect(await stream('[[hold:early]]'));
    expect(early.at(-1)?.type).toBe('response.completed');

    fake.reset();
    const iterator = (await stream('[[hold:early]]'))[Symbol.asyncIterator]();
    await readDeltas(iterator, 2);
    const { winner, next } = await nextWithin(iterator, 200);
    expect(winner).toBe('timeout');
    fake.reset();
    await next.catch(() => undefined);
  });
});

describe('lifecycle', () => {
  it('reset clears the script, the recorded requests and the conversations', async () => {
    const conversation = await newConversation();
    fake.enqueue({ kind: 'http-error', status: 500 });
    fake.reset();
    expect(fake.requests).toHaveLength(0);
    expect(fake.conversations.size).toBe(0);
    expect(await rejection(stream('hola', { conversation }))).toBeInstanceOf(NotFoundError);
    await expect(collect(await stream('hola'))).resolves.not.toHaveLength(0);
  });

  it('close ends stalled and hung exchanges on the client side', async () => {
    const other = await startFakeOpenAI({ apiKey: 'sk-other' });
    const otherClient = new OpenAI({ apiKey: other.apiKey, baseURL: other.baseURL, maxRetries: 0 });
    other.enqueue({ kind: 'stall', afterDeltas: 1 }, { kind: 'hang' });
    const stalled = (await stream('hola', { using: otherClient }))[Symbol.asyncIterator]();
    await readDeltas(stalled, 1);
    const hung = rejection(stream('hola', { using: otherClient }));
    await waitFor(() => other.requests.length === 2);

    await other.close();
    await expect(stalled.next()).rejects.toThrow('terminated');
    expect(await hung).toBeInstanceOf(APIConnectionError);
  });

  it('runs as a CLI that prints its URL and exits 0 on SIGTERM', async () => {
    const root = path.resolve(__dirname, '../..');
    // tsx's loader inside the one Node process: tsx's own CLI stands between the signal and the server, and
    // on a loaded machine it exited 143 before the server had finished closing.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/fakes/openai-server-cli.ts', '--port', '0', '--api-key', 'sk-cli'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    await waitFor(() => output.includes('\n'), 15_000);
    const baseURL = /^fake-openai listening on (http:\/\/127\.0\.0\.1:\d+\/v1)\n$/.exec(output)?.[1];
    expect(baseURL).toBeDefined();

    const cliClient = new OpenAI({ apiKey: 'sk-cli', baseURL, maxRetries: 0 });
    await expect(cliClient.conversations.create({})).resolves.toMatchObject({ object: 'conversation' });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('audio transcriptions', () => {
  const clip = (name = 'voz.webm', bytes = 1500, type = 'audio/webm') =>
    toFile(Buffer.alloc(bytes, 1), name, { type });

  it('parses the multipart form the SDK sends, records it and answers the default text', async () => {
    const result = await client.audio.transcriptions.create({
      file: await clip(),
      model: 'gpt-4o-mini-transcribe',
      language: 'es',
    });
    expect(result.text).toBe(DEFAULT_TRANSCRIPTION);
    const [recorded] = fake.requests;
    expect(recorded?.path).toBe('/v1/audio/transcriptions');
    expect(recorded?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(recorded?.body).toEqual({
      fields: { model: 'gpt-4o-mini-transcribe', language: 'es' },
      files: { file: { filename: 'voz.webm', contentType: 'audio/webm', size: 1500 } },
    } satisfies MultipartBody);
  });

  it('answers scripted texts first, then the configured default', async () => {
    const other = await startFakeOpenAI({ transcriptionText: 'Texto configurado' });
    const otherClient = new OpenAI({ apiKey: other.apiKey, baseURL: other.baseURL, maxRetries: 0 });
    other.enqueueTranscription({ kind: 'text', text: 'Primero' });
    const transcribe = async () =>
      (await otherClient.audio.transcriptions.create({ file: await clip(), model: 'whisper-1' })).text;
    expect(await transcribe()).toBe('Primero');
    expect(await transcribe()).toBe('Texto configurado');
    await other.close();
  });

  it('rejects a missing model, an unknown extension, an empty file and a bad language like the real API', async () => {
    const missingModel = await rejection(
      client.audio.transcriptions.create({ file: await clip(), model: '' }),
    );
    expect(missingModel).toBeInstanceOf(BadRequestError);
    expect((missingModel as BadRequestError).param).toBe('model');
    for (const file of [await clip('voz.txt'), await clip('voz.webm', 0)]) {
      const error = await rejection(client.audio.transcriptions.create({ file, model: 'whisper-1' }));
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as BadRequestError).message).toMatch(/Invalid file format/);
    }
    const language = await rejection(
      client.audio.transcriptions.create({ file: await clip(), model: 'whisper-1', language: 'es-CO' }),
    );
    expect((language as BadRequestError).code).toBe('invalid_language_format');
  });

  it('plays scripted HTTP errors through the SDK error classes', async () => {
    fake.enqueueTranscription(
      { kind: 'http-error', status: 429, code: 'rate_limit_exceeded', headers: { 'retry-after': '3' } },
      { kind: 'http-error', status: 401 },
    );
    const limited = await rejection(client.audio.transcriptions.create({ file: await clip(), model: 'm' }));
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).headers?.get('retry-after')).toBe('3');
    const auth = await rejection(client.audio.transcriptions.create({ file: await clip(), model: 'm' }));
    expect(auth).toBeInstanceOf(AuthenticationError);
  });

  it('refuses a form it cannot parse', () => {
    expect(parseMultipart(Buffer.from('no boundary here'), 'multipart/form-data; boundary=abc')).toBe(
      undefined,
    );
    expect(parseMultipart(Buffer.from('x'), 'multipart/form-data')).toBe(undefined);
    // A quoted boundary parameter, as RFC 2046 allows.
    const body = Buffer.from('--q\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--q--\r\n');
    expect(parseMultipart(body, 'multipart/form-data; boundary="q"')).toEqual({
      fields: { a: '1' },
      files: {},
    });
  });
});

describe('function calls', () => {
  const deadlineTool = {
    type: 'function' as const,
    name: 'filing_deadline',
    description: 'Plazo por NIT.',
    strict: true,
    parameters: {
      type: 'object',
      properties: { nit_last_two_digits: { type: 'string' } },
      required: ['nit_last_two_digits'],
      additionalProperties: false,
    },
  };

  function withTools(input: OpenAI.Responses.ResponseInput | string, conversation: string) {
    return client.responses.create({
      model: MODEL,
      input,
      conversation,
      tools: [deadlineTool],
      stream: true,
    });
  }

  async function callOnce(conversation: string) {
    fake.enqueue({
      kind: 'function-call',
      calls: [{ name: 'filing_deadline', arguments: { nit_last_two_digits: '45' } }],
    });
    const events = await collect(await withTools('¿Cuándo declaro si mi NIT termina en 45?', conversation));
    const done = events.find((event) => event.type === 'response.output_item.done');
    if (done?.type !== 'response.output_item.done' || done.item.type !== 'function_call')
      throw new Error('no call');
    return { events, call: done.item };
  }

  it('streams a call the way the API does and completes with the call as output', async () => {
    const { events, call } = await callOnce(await newConversation());
    const types = events.map((event) => event.type);
    expect(types[0]).toBe('response.created');
    expect(types).toContain('response.function_call_arguments.delta');
    expect(types.indexOf('response.output_item.added')).toBeLessThan(
      types.indexOf('response.function_call_arguments.done'),
    );
    expect(types.at(-1)).toBe('response.completed');
    const argumentText = events
      .flatMap((event) => (event.type === 'response.function_call_arguments.delta' ? [event.delta] : []))
      .join('');
    expect(argumentText).toBe('{"nit_last_two_digits":"45"}');
    // Argument deltas are padded like text deltas.
    for (const event of events.filter((event) => event.type === 'response.function_call_arguments.delta'))
      expect((event as { obfuscation?: unknown }).obfuscation).toEqual(expect.any(String));
    expect(call).toMatchObject({ name: 'filing_deadline', arguments: argumentText, status: 'completed' });
    expect(call.call_id).toMatch(/^call_/);
    const completed = events.at(-1);
    expect(completed?.type === 'response.completed' && completed.response.output).toEqual([call]);
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
  });

  it('streams a preamble as a message item before the call, with the call at the next output index', async () => {
    fake.enqueue({
      kind: 'function-call',
      text: 'Un momento.',
      calls: [{ name: 'filing_deadline', arguments: { nit_last_two_digits: '45' } }],
    });
    const events = await collect(await withTools('plazo 45', await newConversation()));
    expect(deltas(events).join('')).toBe('Un momento.');
    const added = events.flatMap((event) =>
      event.type === 'response.output_item.added' ? [[event.output_index, event.item.type]] : [],
    );
    expect(added).toEqual([
      [0, 'message'],
      [1, 'function_call'],
    ]);
    const completed = events.at(-1);
    expect(
      completed?.type === 'response.completed' && completed.response.output.map((item) => item.type),
    ).toEqual(['message', 'function_call']);
  });

  it('answers in text once every call has its output', async () => {
    const conversation = await newConversation();
    const { call } = await callOnce(conversation);
    const events = await collect(
      await withTools(
        [{ type: 'function_call_output', call_id: call.call_id, output: '{"ok":true}' }],
        conversation,
      ),
    );
    expect(deltas(events).join('')).toBe(
      'Respuesta simulada de OpenAI con los resultados de: filing_deadline.',
    );
  });

  it('refuses a new message while a call awaits its output, as the API does', async () => {
    const conversation = await newConversation();
    const { call } = await callOnce(conversation);
    const error = await withTools('otra pregunta', conversation).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toContain(
      `No tool output found for function call ${call.call_id}.`,
    );
    expect((error as BadRequestError).param).toBe('input');
  });

  it('refuses an output for a call that was never made', async () => {
    const conversation = await newConversation();
    const error = await withTools(
      [{ type: 'function_call_output', call_id: 'call_inventada', output: '{}' }],
      conversation,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toContain(
      'No tool call found for function call output with call_id call_inventada.',
    );
  });

  it('refuses a strict schema the API cannot enforce', async () => {
    const loose = { ...deadlineTool, parameters: { ...deadlineTool.parameters, additionalProperties: true } };
    const error = await client.responses
      .create({ model: MODEL, input: 'hola', tools: [loose], stream: true })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).code).toBe('invalid_function_parameters');
    expect((error as BadRequestError).message).toContain(
      "'additionalProperties' is required to be supplied and to be false",
    );
  });

  it('fails loudly when a test scripts a call to a function the request did not declare', async () => {
    fake.enqueue({ kind: 'function-call', calls: [{ name: 'send_email', arguments: {} }] });
    const error = await withTools('hola', await newConversation()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).message).toContain("undeclared function 'send_email'");
  });
});

describe('function calls picked by what the user types', () => {
  it('turns a [[tool:…]] marker into a call of that function with those arguments', async () => {
    const conversation = await newConversation();
    const events = await collect(
      await client.responses.create({
        model: MODEL,
        conversation,
        stream: true,
        input: 'plazo [[tool:filing_deadline {"nit_last_two_digits":"45"}]]',
        tools: [
          {
            type: 'function',
            name: 'filing_deadline',
            strict: false,
            parameters: { type: 'object', properties: { nit_last_two_digits: { type: 'string' } } },
          },
        ],
      }),
    );
    const done = events.find((event) => event.type === 'response.output_item.done');
    expect(done?.type === 'response.output_item.done' && done.item).toMatchObject({
      type: 'function_call',
      name: 'filing_deadline',
      arguments: '{"nit_last_two_digits":"45"}',
    });
  });
});
