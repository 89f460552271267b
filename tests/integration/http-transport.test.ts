import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ERRORS } from '../../lib/protocol';
import { HTTP_ERRORS } from '../../lib/server/http/http-door';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { SseClient } from '../helpers/sse-client';
import { startTestServer, type TestServer } from '../helpers/test-server';
import type { WireEvent } from '../helpers/ws-client';
import { sessionIdOf } from '../helpers/session-token';
import { ASSISTANT_HTTP_PATH, SESSION_TOKEN_HEADER } from '../../lib/wire';

const SLOW_WORDS = Array.from({ length: 10 }, (_, index) => `trozo${index + 1} `);
const MANY_WORDS = Array.from({ length: 60 }, (_, index) => `p${index + 1}·ñ `);
let releaseHeld: () => void = () => undefined;
const provider = new ScriptedProvider((input) => {
  if (input === 'lento') return { deltas: SLOW_WORDS, delayMs: 40 };
  if (input === 'muchos') return { deltas: MANY_WORDS, delayMs: 0 };
  if (input === 'espera') {
    const until = new Promise<void>((resolve) => (releaseHeld = resolve));
    return { deltas: SLOW_WORDS, delayMs: 1, hold: { after: 3, until } };
  }
  return { deltas: ['Sobre ', input], delayMs: 2 };
});
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

let server: TestServer;
let url: string;
const streams: SseClient[] = [];

async function openStream(headers: Record<string, string> = {}, query = '') {
  const stream = await SseClient.open(`${url}${query}`, { origin: server.httpUrl, ...headers });
  streams.push(stream);
  return stream;
}

const cookieOf = (stream: SseClient) =>
  (stream.response.headers.get('set-cookie') ?? '').split(';')[0] as string;

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { origin: server.httpUrl, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  server = await startTestServer({}, provider);
  url = `${server.httpUrl}${ASSISTANT_HTTP_PATH}`;
});

afterAll(async () => {
  streams.forEach((stream) => stream.close());
  await server.close();
});

describe('HTTP transport (Server-Sent Events)', () => {
  it('streams the same v2 events, with seq as the SSE id, and no buffering headers', async () => {
    const stream = await openStream();
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no');
    expect(stream.response.headers.get('set-cookie')).toMatch(
      /^dian_sid=[^;]+; Path=\/; HttpOnly; SameSite=Lax/,
    );
    const hello = await stream.next();
    expect(hello.data).toMatchObject({ type: 'connection', provider: 'local' });
    expect(hello.id).toBe(String(hello.data.seq));

    const sent = await post({ type: 'message', id: 'h1', message: 'hola' }, { cookie: cookieOf(stream) });
    expect(sent.status).toBe(202);
    const events = await stream.until(isFinal);
    expect(events.at(-1)?.data).toMatchObject({ type: 'response', id: 'h1', message: 'Sobre hola' });
    expect(events.every((event) => event.id === String(event.data.seq))).toBe(true);
  });

  it("resumes the cookie's session after Last-Event-ID with nothing lost or doubled; POSTs carry the token", async () => {
    const first = await openStream();
    const hello = await first.next();
    const token = String(hello.data.session);
    expect(
      (await post({ type: 'message', id: 'h2', message: 'lento' }, { [SESSION_TOKEN_HEADER]: token })).status,
    ).toBe(202);
    const before = await first.until((event) => event.type === 'delta' && event.delta === 'trozo3 ');
    first.close();

    const again = await openStream({
      cookie: cookieOf(first),
      'last-event-id': String(before.at(-1)?.data.seq),
    });
    expect((await again.next()).data).toMatchObject({ type: 'connection', session: token });
    const rest = await again.until(isFinal);
    const seqs = [...before, ...rest].map((event) => event.data.seq as number);
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
    const deltas = [...before, ...rest]
      .filter((event) => event.data.type === 'delta')
      .map((event) => event.data.delta);
    expect(deltas.join('')).toBe(SLOW_WORDS.join(''));
    expect(rest.at(-1)?.data).toMatchObject({ type: 'response', id: 'h2', message: SLOW_WORDS.join('') });
  });

  it('never opens a session from a token in the URL, where logs and proxies would keep it', async () => {
    const owner = await openStream();
    const token = String((await owner.next()).data.session);
    const stranger = await openStream({}, `?session=${encodeURIComponent(token)}&after=0`);
    const greeting = (await stranger.next()).data;
    expect(greeting).toMatchObject({ type: 'connection' });
    expect(greeting.session).not.toBe(token);
    expect(cookieOf(stranger)).not.toBe(cookieOf(owner));
  });

  it('retires the token of a reset conversation and announces the new one on the stream', async () => {
    const stream = await openStream();
    const old = String((await stream.next()).data.session);
    expect((await post({ type: 'reset' }, { [SESSION_TOKEN_HEADER]: old })).status).toBe(202);
    const reset = (await stream.until((event) => event.type === 'reset')).at(-1)?.data;
    const fresh = String(reset?.session);
    expect(fresh).not.toBe(old);
    const refused = await post(
      { type: 'message', id: 'viejo', message: 'hola' },
      { [SESSION_TOKEN_HEADER]: old },
    );
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ type: 'error', code: 'session_expired' });
    const accepted = await post(
      { type: 'message', id: 'nuevo', message: 'hola' },
      { [SESSION_TOKEN_HEADER]: fresh },
    );
    expect(accepted.status).toBe(202);
    expect((await stream.until(isFinal)).at(-1)?.data).toMatchObject({ type: 'response', id: 'nuevo' });
  });

  it('answers a re-sent id once, returning the first answer', async () => {
    const stream = await openStream();
    await stream.next();
    const cookie = cookieOf(stream);
    await post({ type: 'message', id: 'h3', message: 'uno' }, { cookie });
    const final = (await stream.until(isFinal)).at(-1)?.data;
    const calls = provider.calls.length;
    const again = await post({ type: 'message', id: 'h3', message: 'uno' }, { cookie });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, event: final });
    expect(provider.calls.length).toBe(calls);
  });

  it('answers a ping with pong in the reply, not on the stream', async () => {
    const stream = await openStream();
    await stream.next();
    const reply = await post({ type: 'ping' }, { cookie: cookieOf(stream) });
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ type: 'pong', seq: 0 });
    await post({ type: 'message', id: 'tras-ping', message: 'uno' }, { cookie: cookieOf(stream) });
    expect((await stream.until(isFinal)).map((event) => event.data.type)).not.toContain('pong');
  });

  it('refuses bad requests in Spanish and keeps serving', async () => {
    const stream = await openStream();
    await stream.next();
    const cookie = cookieOf(stream);
    const cases: Array<[Response, number, string]> = [
      [await post({ type: 'message', message: 'hola' }), 401, HTTP_ERRORS.noSession],
      [await post('no es json', { cookie }), 400, CLIENT_ERRORS.notJson],
      [await post({ type: 'message', message: '' }, { cookie }), 400, CLIENT_ERRORS.emptyMessage],
      [await post({ type: 'resume', session: 'x', after: 1 }, { cookie }), 400, HTTP_ERRORS.resumeOnStream],
      [await post({ type: 'stop' }, { cookie, 'content-type': 'text/plain' }), 415, HTTP_ERRORS.contentType],
      [await post({ type: 'stop' }, { cookie, origin: 'https://evil.example' }), 403, HTTP_ERRORS.origin],
      [
        await post(JSON.stringify({ type: 'message', message: 'x'.repeat(20_000) }), { cookie }),
        413,
        HTTP_ERRORS.tooLarge,
      ],
    ];
    for (const [response, status, message] of cases) {
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ type: 'error', message });
    }
    const refused = await SseClient.open(url, { origin: 'https://evil.example' });
    expect(refused.response.status).toBe(403);

    expect((await post({ type: 'message', id: 'h4', message: 'sigue' }, { cookie })).status).toBe(202);
    expect((await stream.until(isFinal)).at(-1)?.data).toMatchObject({ type: 'response', id: 'h4' });
  });

  it('lets go of the session when the client disconnects', async () => {
    const stream = await openStream();
    const hello = await stream.next();
    const token = String(hello.data.session);
    const sessionId = sessionIdOf(token);
    expect(server.runtime.store.subscriberCount(sessionId)).toBe(1);
    stream.close();
    await expect.poll(() => server.runtime.store.subscriberCount(sessionId), { timeout: 2_000 }).toBe(0);
  });
});

/** A GET of the event stream with Node's own client: the body exactly as the server wrote it. */
function rawStream(headers: Record<string, string> = {}) {
  let text = '';
  let resolveHead!: (response: IncomingMessage) => void;
  const head = new Promise<IncomingMessage>((resolve) => (resolveHead = resolve));
  const request: ClientRequest = httpRequest(url, { headers: { origin: server.httpUrl, ...headers } });
  request.on('error', () => undefined);
  request.on('response', (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.on('error', () => undefined);
    resolveHead(response);
  });
  request.end();
  const blocks = () => text.split('\n\n').slice(0, -1);
  const events = () =>
    blocks()
      .filter((block) => block.startsWith('id: '))
      .map((block) => {
        const match = /^id: (\d+)\ndata: (.*)$/s.exec(block);
        return { id: match?.[1], data: JSON.parse(match?.[2] ?? 'null') as WireEvent };
      });
  return { request, head, blocks, events, text: () => text };
}

describe("HTTP transport on the custom server (frames written straight to Node's response)", () => {
  it("writes the protocol's frames byte for byte, every delta in order, multibyte text intact", async () => {
    const stream = rawStream();
    const head = await stream.head;
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(head.headers['cache-control']).toBe('no-cache, no-transform');
    expect(head.headers['x-accel-buffering']).toBe('no');
    await expect.poll(() => stream.events().length).toBe(1);
    const hello = stream.events()[0]!.data;
    expect(stream.text().startsWith('retry: 2000\n\n')).toBe(true);
    const token = String(hello.session);
    const sent = await post(
      { type: 'message', id: 'orden', message: 'muchos' },
      { [SESSION_TOKEN_HEADER]: token },
    );
    expect(sent.status).toBe(202);
    await expect.poll(() => stream.events().some((event) => event.data.type === 'response')).toBe(true);
    const events = stream.events();
    expect(events.every((event) => event.id === String(event.data.seq))).toBe(true);
    const seqs = events.map((event) => event.data.seq as number);
    expect(seqs).toEqual(seqs.map((_, index) => (seqs[0] as number) + index));
    const deltas = events.filter((event) => event.data.type === 'delta').map((event) => event.data.delta);
    expect(deltas).toEqual(MANY_WORDS);
    expect(events.at(-1)?.data).toMatchObject({
      type: 'response',
      id: 'orden',
      message: MANY_WORDS.join(''),
    });
    // Every block is a frame the protocol names: the retry hint, or an event with its seq as id.
    expect(stream.blocks().every((block) => block === 'retry: 2000' || block.startsWith('id: '))).toBe(true);
    stream.request.destroy();
  });

  it('reads a POST body that arrives in pieces, and a POST that has ended cancels nothing', async () => {
    const stream = rawStream();
    await expect.poll(() => stream.events().length).toBe(1);
    const token = String(stream.events()[0]!.data.session);
    const body = JSON.stringify({ type: 'message', id: 'trozos', message: 'lento' });
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(url, {
        method: 'POST',
        headers: {
          origin: server.httpUrl,
          'content-type': 'application/json',
          [SESSION_TOKEN_HEADER]: token,
        },
      });
      request.on('error', reject);
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.write(body.slice(0, 7));
      setTimeout(() => request.end(body.slice(7)), 30);
    });
    expect(status).toBe(202);
    await expect
      .poll(() => stream.events().some((event) => event.data.type === 'response'), { timeout: 5_000 })
      .toBe(true);
    expect(stream.events().at(-1)?.data).toMatchObject({
      type: 'response',
      id: 'trozos',
      message: SLOW_WORDS.join(''),
    });
    stream.request.destroy();
  });

  it('lets go of a client that leaves mid-answer, the answer goes on, and the client resumes it', async () => {
    const stream = rawStream();
    await expect.poll(() => stream.events().length).toBe(1);
    const hello = stream.events()[0]!.data;
    const token = String(hello.session);
    const sessionId = sessionIdOf(token);
    const cookie = String(((await stream.head).headers['set-cookie'] ?? [])[0]).split(';')[0] as string;
    expect((await post({ type: 'message', id: 'sale', message: 'espera' }, { cookie })).status).toBe(202);
    await expect.poll(() => stream.events().filter((event) => event.data.type === 'delta').length).toBe(3);
    const seen = stream.events();
    expect(server.runtime.store.subscriberCount(sessionId)).toBe(1);
    stream.request.destroy();
    await expect.poll(() => server.runtime.store.subscriberCount(sessionId), { timeout: 2_000 }).toBe(0);
    expect(await server.runtime.store.outcomeOf(sessionId, 'sale')).toBe('pending');
    releaseHeld();
    await expect
      .poll(async () => (await server.runtime.store.outcomeOf(sessionId, 'sale')) !== 'pending', {
        timeout: 5_000,
      })
      .toBe(true);

    const again = rawStream({ cookie, 'last-event-id': String(seen.at(-1)?.data.seq) });
    await expect.poll(() => again.events().some((event) => event.data.type === 'response')).toBe(true);
    const rest = again.events().slice(1);
    // Nothing before the resume point again; the finished answer comes whole in its final event.
    expect(rest.every((event) => (event.data.seq as number) > (seen.at(-1)?.data.seq as number))).toBe(true);
    expect(rest.at(-1)?.data).toMatchObject({ type: 'response', id: 'sale', message: SLOW_WORDS.join('') });
    again.request.destroy();
    await expect.poll(() => server.runtime.store.subscriberCount(sessionId), { timeout: 2_000 }).toBe(0);
  });
});
