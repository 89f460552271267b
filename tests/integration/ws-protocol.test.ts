import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ERRORS, MAX_FRAME_BYTES, MAX_MESSAGE_CHARS, unknownTypeError } from '../../lib/protocol';
import { startServer } from '../../lib/server/app-server';
import { loadConfig } from '../../lib/server/config';
import { createLogger, silentLogger } from '../../lib/server/logger';
import { createAssistantRuntime } from '../../lib/server/runtime';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { TEST_SECRET } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';
import { PROTOCOL_V2 } from '../../lib/wire';

const SLOW_WORDS = ['Uno ', 'dos ', 'tres ', 'cuatro ', 'cinco'];
const provider = new ScriptedProvider((input) => {
  // Held after two words until stopped: a stop then never races the pace of the words.
  if (input === 'detenible')
    return { deltas: SLOW_WORDS, hold: { after: 2, until: new Promise(() => undefined) } };
  if (input.startsWith('lento')) return { deltas: SLOW_WORDS, delayMs: 60 };
  return { deltas: ['Para llenar ', 'el formulario ', input.includes('210') ? '210...' : input], delayMs: 2 };
});
const config = loadConfig({
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  SESSION_SECRET: TEST_SECRET,
  LOG_LEVEL: 'silent',
  // Every test here connects from 127.0.0.1 and leaves its sockets open until the end.
  MAX_CONNECTIONS_PER_IP: '1000',
  RATE_LIMIT_IP_PER_MINUTE: '1000',
});
const logLines: string[] = [];
const logger = createLogger('debug', (line) => logLines.push(line));
let server: Awaited<ReturnType<typeof startServer>>;
let wsUrl: string;
const clients: TestClient[] = [];

async function open(options: Parameters<typeof TestClient.connect>[1] = {}, url = wsUrl) {
  const client = await TestClient.connect(url, {
    headers: { origin: `http://127.0.0.1:${server.port}` },
    ...options,
  });
  clients.push(client);
  return client;
}

function cookieOf(client: { upgradeHeaders: Record<string, string | string[] | undefined> }): string {
  const header = client.upgradeHeaders['set-cookie'];
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? '').split(';')[0] as string;
}

const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

beforeAll(async () => {
  server = await startServer({
    config,
    logger,
    runtime: createAssistantRuntime(config, logger, provider),
  });
  wsUrl = `ws://127.0.0.1:${server.port}/ws/assistant/`;
});

afterAll(async () => {
  clients.forEach((client) => client.close());
  await server.close();
});

describe('protocol v1 (the seed, verbatim)', () => {
  it('runs the README conversation with exactly the documented frames', async () => {
    const client = await open();
    expect(client.socket.protocol).toBe('');
    await client.next();
    expect(client.frames[0]).toBe('{"type":"connection","message":"Conectado al asistente virtual DIAN"}');

    client.send({ type: 'message', message: '¿Cómo lleno el formulario 210?' });
    const response = await client.next();
    expect(Object.keys(response)).toEqual(['type', 'message']);
    expect(response).toEqual({ type: 'response', message: 'Para llenar el formulario 210...' });

    client.send({ type: 'reset' });
    await client.next();
    expect(client.frames.at(-1)).toBe('{"type":"reset","message":"Conversación reiniciada"}');
    expect(client.frames).toHaveLength(3);
  });

  it('accepts the path without the trailing slash too', async () => {
    const client = await open({}, wsUrl.replace(/\/$/, ''));
    expect(await client.next()).toEqual({
      type: 'connection',
      message: 'Conectado al asistente virtual DIAN',
    });
  });

  it.each([
    ['not JSON', 'hola', CLIENT_ERRORS.notJson],
    ['not an object', '[]', CLIENT_ERRORS.notObject],
    ['an unknown type', '{"type":"stop"}', unknownTypeError('stop', 1)],
    ['a missing message', '{"type":"message"}', CLIENT_ERRORS.missingMessage],
    ['an empty message', '{"type":"message","message":"   "}', CLIENT_ERRORS.emptyMessage],
    [
      'an over-long message',
      JSON.stringify({ type: 'message', message: 'a'.repeat(MAX_MESSAGE_CHARS + 1) }),
      CLIENT_ERRORS.tooLong,
    ],
  ])('answers %s with a Spanish error and stays usable', async (_label, frame, error) => {
    const client = await open();
    await client.next();
    client.sendRaw(frame);
    expect(await client.next()).toEqual({ type: 'error', message: error });
    client.send({ type: 'message', message: 'hola' });
    expect(await client.next()).toEqual({ type: 'response', message: 'Para llenar el formulario hola' });
  });

  it('refuses binary frames with a Spanish error and stays usable', async () => {
    const client = await open();
    await client.next();
    client.sendRaw(Buffer.from('{"type":"message","message":"hola"}'), { binary: true });
    expect(await client.next()).toEqual({ type: 'error', message: CLIENT_ERRORS.binary });
    client.send({ type: 'message', message: 'hola' });
    expect((await client.next()).type).toBe('response');
  });

  it('closes a frame larger than the limit with 1009 and keeps serving others', async () => {
    const client = await open();
    await client.next();
    client.sendRaw('x'.repeat(MAX_FRAME_BYTES + 1));
    expect((await client.closed).code).toBe(1009);
    const other = await open();
    expect((await other.next()).type).toBe('connection');
  });
});

describe('protocol v2', () => {
  it('negotiates the subprotocol and streams deltas that add up to the final response', async () => {
    const client = await open({ v2: true });
    expect(client.socket.protocol).toBe(PROTOCOL_V2);
    const connection = await client.next();
    expect(connection).toMatchObject({
      type: 'connection',
      message: 'Conectado al asistente virtual DIAN',
      provider: 'local',
    });
    expect(typeof connection.seq).toBe('number');

    client.send({ type: 'message', id: 'pregunta-1', message: 'hola' });
    const events = await client.until(isFinal);
    const deltas = events.filter((event) => event.type === 'delta');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.every((event) => event.id === 'pregunta-1')).toBe(true);
    const final = events.at(-1) as WireEvent;
    expect(final).toMatchObject({ type: 'response', id: 'pregunta-1' });
    expect(final.message).toBe(deltas.map((event) => event.delta).join(''));
    const seqs = [connection, ...events].map((event) => event.seq as number);
    expect(seqs.every((seq, index) => index === 0 || seq > (seqs[index - 1] as number))).toBe(true);
  });

  it('assigns an id when the client sends none', async () => {
    const client = await open({ v2: true });
    await client.next();
    client.send({ type: 'message', message: 'hola' });
    const final = (await client.until(isFinal)).at(-1) as WireEvent;
    expect(final.id).toMatch(/^srv-/);
  });

  it('stop ends the answer early, keeping the text so far marked as stopped', async () => {
    const client = await open({ v2: true });
    await client.next();
    client.send({ type: 'message', id: 'largo', message: 'detenible' });
    await client.until((event) => event.delta === 'dos ');
    client.send({ type: 'stop' });
    const final = (await client.until(isFinal)).at(-1) as WireEvent;
    expect(final).toMatchObject({ type: 'response', id: 'largo', stopped: true, message: 'Uno dos ' });
  });

  it('answers a re-sent message id once, re-sending the first answer', async () => {
    const client = await open({ v2: true });
    await client.next();
    client.send({ type: 'message', id: 'dup', message: 'hola' });
    const first = (await client.until(isFinal)).at(-1) as WireEvent;
    const callsBefore = provider.calls.length;
    client.send({ type: 'message', id: 'dup', message: 'hola' });
    expect(await client.next()).toEqual(first);
    expect(provider.calls.length).toBe(callsBefore);
  });

  it('answers ping with pong at once, outside the sequence, and refuses it on v1', async () => {
    const client = await open({ v2: true });
    await client.next();
    client.send({ type: 'message', id: 'mientras', message: 'lento' });
    await client.until((event) => event.type === 'delta');
    client.send({ type: 'ping' });
    // Answered even while an answer streams: the pong may come between two deltas.
    expect((await client.until((event) => event.type === 'pong')).at(-1)).toEqual({ type: 'pong', seq: 0 });
    const legacy = await open();
    await legacy.next();
    legacy.send({ type: 'ping' });
    expect(await legacy.next()).toEqual({ type: 'error', message: unknownTypeError('ping', 1) });
  });

  it('gives bad input a Spanish error with a seq and keeps going', async () => {
    const client = await open({ v2: true });
    await client.next();
    client.sendRaw('{"type":"hack"}');
    const error = await client.next();
    expect(error).toMatchObject({ type: 'error', code: 'bad_request', message: unknownTypeError('hack', 2) });
    expect(typeof error.seq).toBe('number');
    client.send({ type: 'message', id: 'ok', message: 'hola' });
    expect(((await client.until(isFinal)).at(-1) as WireEvent).type).toBe('response');
  });
});

describe('sessions', () => {
  it('sets a signed, httpOnly, SameSite=Lax cookie and resumes the same conversation with it', async () => {
    const first = await open({ v2: true });
    const setCookie = first.upgradeHeaders['set-cookie'];
    expect(String(setCookie)).toMatch(/dian_sid=[^;]+\.[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    await first.next();
    first.send({ type: 'message', id: 'c1', message: 'hola' });
    await first.until(isFinal);
    const conversation = provider.calls.at(-1)?.conversationId;
    first.close();
    await first.closed;

    const again = await open({
      v2: true,
      headers: { origin: `http://127.0.0.1:${server.port}`, cookie: cookieOf(first) },
    });
    expect(again.upgradeHeaders['set-cookie']).toBeUndefined();
    await again.next();
    again.send({ type: 'message', id: 'c2', message: 'sigo' });
    await again.until(isFinal);
    expect(provider.calls.at(-1)?.conversationId).toBe(conversation);
  });

  it('logs one JSON object per line with no message text, cookie or session id', async () => {
    const client = await open({ v2: true });
    await client.next();
    client.send({ type: 'message', id: 'log-1', message: 'mi cédula secreta 79123456' });
    await client.until(isFinal);
    client.close();
    await client.closed;
    const cookie = cookieOf(client);
    const sessionId = cookie.slice('dian_sid='.length).split('.')[0] as string;
    const lines = logLines.join('').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    lines.forEach((line) => expect(() => JSON.parse(line)).not.toThrow());
    const all = logLines.join('');
    expect(sessionId.length).toBeGreaterThan(10);
    expect(all).not.toContain(sessionId);
    expect(all).not.toContain('79123456');
    expect(all).toContain('generation.completed');
  });

  it('ignores a forged cookie and issues a new session', async () => {
    const client = await open({
      v2: true,
      headers: { origin: `http://127.0.0.1:${server.port}`, cookie: 'dian_sid=abc.forged' },
    });
    expect(String(client.upgradeHeaders['set-cookie'])).toMatch(/^dian_sid=/);
  });

  it('runs two sessions at once without either seeing the other', async () => {
    const [alice, bob] = await Promise.all([open({ v2: true }), open({ v2: true })]);
    await Promise.all([alice.next(), bob.next()]);
    alice.send({ type: 'message', id: 'alice', message: 'lento a' });
    bob.send({ type: 'message', id: 'bob', message: 'lento b' });
    const [aliceEvents, bobEvents] = await Promise.all([alice.until(isFinal), bob.until(isFinal)]);
    expect(aliceEvents.every((event) => event.id === 'alice')).toBe(true);
    expect(bobEvents.every((event) => event.id === 'bob')).toBe(true);
    expect(provider.maxActive).toBeGreaterThanOrEqual(2);
  });

  it('queues messages of one session and answers them in order', async () => {
    const client = await open({ v2: true });
    await client.next();
    for (const id of ['q1', 'q2', 'q3']) client.send({ type: 'message', id, message: `lento ${id}` });
    const events = await client.until((event) => isFinal(event) && event.id === 'q3', 15_000);
    const finals = events.filter(isFinal);
    expect(finals.map((event) => [event.type, event.id])).toEqual([
      ['response', 'q1'],
      ['response', 'q2'],
      ['response', 'q3'],
    ]);
    const order = events.filter((event) => event.type === 'delta').map((event) => event.id);
    expect(order).toEqual([...order].sort());
  });

  it('shares one session between two tabs of the same browser', async () => {
    const tab1 = await open({ v2: true });
    const cookie = cookieOf(tab1);
    const tab2 = await open({ v2: true, headers: { origin: `http://127.0.0.1:${server.port}`, cookie } });
    await Promise.all([tab1.next(), tab2.next()]);
    tab1.send({ type: 'message', id: 'shared', message: 'hola' });
    const seen = (await tab2.until(isFinal)).at(-1) as WireEvent;
    expect(seen).toMatchObject({ type: 'response', id: 'shared' });
  });
});

describe('upgrade routing and Origin', () => {
  it('refuses a cross-site Origin before upgrading', async () => {
    await expect(TestClient.connect(wsUrl, { headers: { origin: 'https://evil.example' } })).rejects.toThrow(
      'unexpected response 403',
    );
  });

  it('accepts clients that send no Origin (non-browser tools)', async () => {
    const client = await TestClient.connect(wsUrl);
    clients.push(client);
    expect((await client.next()).type).toBe('connection');
  });

  it('answers upgrades on other paths with 404', async () => {
    await expect(TestClient.connect(`ws://127.0.0.1:${server.port}/ws/otro/`)).rejects.toThrow(
      'unexpected response 404',
    );
  });
});

describe('capacity', () => {
  it('refuses a new session with a Spanish error and 1013 when every session is live', async () => {
    const small = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      SESSION_SECRET: TEST_SECRET,
      SESSION_MAX: '1',
    });
    const busy = await startServer({
      config: small,
      logger: silentLogger,
      runtime: createAssistantRuntime(small, silentLogger, provider),
    });
    const url = `ws://127.0.0.1:${busy.port}/ws/assistant/`;
    try {
      const first = await TestClient.connect(url, { v2: true });
      await first.next();
      const second = await TestClient.connect(url, { v2: true });
      expect(await second.next()).toMatchObject({ type: 'error', code: 'server_busy', seq: 0 });
      expect((await second.closed).code).toBe(1013);
      first.close();
    } finally {
      await busy.close();
    }
  });
});
