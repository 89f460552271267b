import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { CLIENT_ERRORS } from '../../lib/protocol';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';

const SLOW_WORDS = Array.from({ length: 12 }, (_, index) => `palabra${index + 1} `);
const provider = new ScriptedProvider((input) =>
  input.startsWith('lento')
    ? { deltas: SLOW_WORDS, delayMs: 40 }
    : { deltas: ['Respuesta ', input], delayMs: 2 },
);
let server: TestServer;
const clients: TestClient[] = [];

const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

async function open(headers: Record<string, string> = {}) {
  const client = await TestClient.connect(server.wsUrl, {
    v2: true,
    headers: { origin: server.httpUrl, ...headers },
  });
  clients.push(client);
  return client;
}

function cookieOf(client: { upgradeHeaders: Record<string, string | string[] | undefined> }): string {
  return String(client.upgradeHeaders['set-cookie']).split(';')[0] as string;
}

/** Drops the TCP connection without a close frame, as a phone that locks its screen does. */
async function dropAbruptly(client: TestClient): Promise<void> {
  client.socket.terminate();
  await client.closed;
}

const expectStrictlyIncreasing = (events: WireEvent[]) => {
  const seqs = events.map((event) => event.seq as number);
  expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
};

beforeAll(async () => {
  server = await startTestServer({}, provider);
});

afterAll(async () => {
  clients.forEach((client) => client.close());
  await server.close();
});

describe('resumption (protocol v2)', () => {
  it('gives every v2 connection an opaque signed token with at least 128 bits of randomness', async () => {
    const first = await open();
    const second = await open();
    const [a, b] = [await first.next(), await second.next()];
    for (const token of [a.session, b.session]) {
      // <session>.<conversation incarnation>.<HMAC-SHA256>
      expect(token).toMatch(/^[A-Za-z0-9_-]{22,}\.[A-Za-z0-9_-]{12,}\.[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(String(token).split('.')[0] as string, 'base64url').length).toBeGreaterThanOrEqual(
        16,
      );
    }
    expect(a.session).not.toBe(b.session);
    // The token is not the cookie: the HttpOnly value never reaches page script.
    expect(cookieOf(first)).not.toContain(String(a.session));
  });

  it('finishes an answer while the phone is away and replays it, deltas included, exactly once', async () => {
    const phone = await open();
    const hello = await phone.next();
    phone.send({ type: 'message', id: 'lejos', message: 'lento por favor' });
    const seen = await phone.until((event) => event.type === 'delta' && event.delta === 'palabra3 ');
    await dropAbruptly(phone);
    const lastSeq = seen.at(-1)?.seq as number;

    // Back on another network, without the cookie: the token alone brings the session back.
    const back = await open();
    await back.next();
    back.send({ type: 'resume', session: hello.session, after: lastSeq });
    const rest = await back.until(isFinal);
    expectStrictlyIncreasing([...seen, ...rest]);
    expect(rest[0]?.seq).toBeGreaterThan(lastSeq);
    const final = rest.at(-1) as WireEvent;
    expect(final).toMatchObject({ type: 'response', id: 'lejos', message: SLOW_WORDS.join('') });
    const streamed = [...seen, ...rest]
      .filter((event) => event.type === 'delta')
      .map((event) => event.delta)
      .join('');
    expect(streamed).toBe(final.message);
    expect(await back.quiet(150)).toBe(true);
  });

  it('keeps generating after a drop and hands over the finished answer on return', async () => {
    const phone = await open();
    const hello = await phone.next();
    phone.send({ type: 'message', id: 'bloqueo', message: 'lento' });
    await phone.until((event) => event.type === 'delta');
    await dropAbruptly(phone);
    await new Promise((resolve) => setTimeout(resolve, 12 * 40 + 200));

    const back = await open();
    await back.next();
    back.send({ type: 'resume', session: hello.session, after: hello.seq });
    const replayed = await back.until(isFinal);
    // Once an answer is final, its deltas are folded into the response: one event, the whole text.
    expect(replayed.map((event) => event.type)).toEqual(['response']);
    expect(replayed[0]).toMatchObject({ id: 'bloqueo', message: SLOW_WORDS.join('') });
  });

  it('replays to a cookie reconnection only what it did not already receive live', async () => {
    const first = await open();
    const hello = await first.next();
    first.send({ type: 'message', id: 'uno', message: 'lento' });
    const before = await first.until((event) => event.type === 'delta');
    await dropAbruptly(first);

    const again = await open({ cookie: cookieOf(first) });
    const greeting = await again.next();
    expect(greeting.session).toBe(hello.session);
    // A reloaded page sees the conversation so far, the answer in progress included.
    expect(greeting.transcript).toEqual([
      { id: 'uno', role: 'user', text: 'lento' },
      expect.objectContaining({ id: 'uno', role: 'assistant', status: 'streaming' }),
    ]);
    again.send({ type: 'resume', session: greeting.session, after: before.at(-1)?.seq });
    const events = await again.until(isFinal);
    expectStrictlyIncreasing([...before, ...events]);
    const deltas = [...before, ...events]
      .filter((event) => event.type === 'delta')
      .map((event) => event.delta);
    expect(deltas.join('')).toBe(SLOW_WORDS.join(''));
    expect(await again.quiet(150)).toBe(true);
  });

  it('holds live events for a connection that resumes late, so its replay still comes first', async () => {
    const first = await open();
    await first.next();
    first.send({ type: 'message', id: 'tarde', message: 'lento' });
    const before = await first.until((event) => event.type === 'delta');
    await dropAbruptly(first);
    // Away long enough to miss a few deltas, which the replay must bring before anything newer.
    await new Promise((resolve) => setTimeout(resolve, 100));

    const again = await open({ cookie: cookieOf(first) });
    const greeting = await again.next();
    // Deltas keep arriving on the session while this client takes its time to resume.
    await new Promise((resolve) => setTimeout(resolve, 150));
    again.send({ type: 'resume', session: greeting.session, after: before.at(-1)?.seq });
    const events = await again.until(isFinal);
    expectStrictlyIncreasing(events);
    // On a slow machine the answer may have finished meanwhile: then its response replaces the deltas.
    const deltas = [...before, ...events]
      .filter((event) => event.type === 'delta')
      .map((event) => event.delta);
    expect(SLOW_WORDS.join('').startsWith(deltas.join(''))).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'response', id: 'tarde', message: SLOW_WORDS.join('') });
  });

  it('answers a message re-sent after a reconnect once', async () => {
    const phone = await open();
    const hello = await phone.next();
    phone.send({ type: 'message', id: 'una-vez', message: 'lento' });
    await phone.until((event) => event.type === 'delta');
    await dropAbruptly(phone);
    const callsBefore = provider.calls.length;

    const back = await open();
    await back.next();
    back.send({ type: 'resume', session: hello.session, after: hello.seq });
    // The client cannot know whether its message arrived, so it sends it again with the same id.
    back.send({ type: 'message', id: 'una-vez', message: 'lento' });
    const events = await back.until(isFinal);
    expect(events.filter((event) => event.type === 'response')).toHaveLength(1);
    expect(await back.quiet(300)).toBe(true);
    expect(provider.calls.length).toBe(callsBefore);
  });

  it('tells the client clearly when its session is gone, and keeps serving', async () => {
    const client = await open();
    const hello = await client.next();
    client.send({ type: 'resume', session: `${hello.session}x`, after: 0 });
    expect(await client.next()).toMatchObject({
      type: 'error',
      code: 'session_expired',
      message: USER_ERRORS.sessionExpired,
    });
    // A seq the session never issued: the client knew an earlier incarnation (e.g. before a restart).
    client.send({ type: 'resume', session: hello.session, after: 10_000 });
    expect(await client.next()).toMatchObject({ type: 'error', code: 'session_expired' });
    client.send({ type: 'message', id: 'sigue', message: 'hola' });
    expect((await client.until(isFinal)).at(-1)).toMatchObject({ type: 'response', id: 'sigue' });
  });

  it('retires the token of a reset conversation: the old one resumes nothing, the announced one resumes it', async () => {
    const client = await open();
    const old = String((await client.next()).session);
    client.send({ type: 'message', id: 'antes', message: 'hola' });
    await client.until(isFinal);
    client.send({ type: 'reset' });
    const reset = (await client.until((event) => event.type === 'reset')).at(-1) as WireEvent;
    const fresh = String(reset.session);
    expect(fresh).not.toBe(old);
    client.send({ type: 'message', id: 'despues', message: 'secreto nuevo' });
    const answered = (await client.until(isFinal)).at(-1) as WireEvent;

    // Someone holding the old token (a shared screenshot, an old tab) gets nothing of the new conversation.
    const stranger = await open();
    await stranger.next();
    stranger.send({ type: 'resume', session: old, after: 0 });
    expect(await stranger.next()).toMatchObject({ type: 'error', code: 'session_expired' });
    stranger.send({ type: 'ping' });
    expect(await stranger.next()).toMatchObject({ type: 'pong' });
    expect(stranger.frames.some((frame) => frame.includes('despues'))).toBe(false);

    const owner = await open();
    await owner.next();
    owner.send({ type: 'resume', session: fresh, after: reset.seq as number });
    expect(await owner.next()).toEqual(answered);
  });

  it('rejects malformed resume frames with a Spanish explanation', async () => {
    const client = await open();
    await client.next();
    for (const bad of [
      { type: 'resume' },
      { type: 'resume', session: 'x' },
      { type: 'resume', session: 'x', after: -1 },
      { type: 'resume', session: 'x', after: 1.5 },
      { type: 'resume', session: 'x'.repeat(300), after: 0 },
      { type: 'resume', session: 42, after: 0 },
    ]) {
      client.send(bad);
      expect(await client.next()).toMatchObject({
        type: 'error',
        code: 'bad_request',
        message: CLIENT_ERRORS.badResume,
      });
    }
  });
});
