import { describe, expect, it } from 'vitest';
import { AssistantError, USER_ERRORS } from '../../lib/assistant/errors';
import { AnswerSignals } from '../../lib/assistant/answer-signals';
import { AssistantService } from '../../lib/assistant/service';
import type { SessionStore } from '../../lib/assistant/store/session-store';
import type { ServerEvent } from '../../lib/protocol';
import { ScriptedProvider, type Script } from '../helpers/scripted-provider';
import { storeKindsForFile, type StoreKind } from '../helpers/stores';
import { createSessionTokens } from '../../lib/server/session-identity';
import { RateLimiter } from '../../lib/server/rate-limit';

const quietLogger = { info() {}, warn() {} };
const tokens = createSessionTokens({ SESSION_SECRET: 'secreto-de-prueba-con-longitud-suficiente' });

const kinds = storeKindsForFile();

function setupWith(kind: StoreKind) {
  return function setup(
    script: (input: string) => Script = (input) => ({ deltas: [`Re: `, input] }),
    overrides = {},
    storeOptions: { ttlMs?: number } = {},
  ) {
    const provider = new ScriptedProvider(script);
    const store = kind.create(storeOptions);
    const service = new AssistantService({
      provider,
      store,
      tokens,
      logger: quietLogger,
      generationTimeoutMs: 5_000,
      queueMax: 5,
      signals: new AnswerSignals(),
      ...overrides,
    });
    return { provider, store, service };
  };
}

async function record(store: SessionStore, sessionId: string): Promise<ServerEvent[]> {
  const events: ServerEvent[] = [];
  await store.open(sessionId, { incarnation: 'primera' });
  store.subscribe(sessionId, { after: await lastSeq(store, sessionId) }, (event) => events.push(event));
  // Let the subscription start listening before the test produces events.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return events;
}

/** A hold nobody releases: the answer goes on only if the test stops or resets it. */
const NEVER = new Promise<void>(() => undefined);

function deltasOf(events: ServerEvent[], id: string): string {
  return events.map((event) => (event.type === 'delta' && event.id === id ? event.delta : '')).join('');
}

async function lastSeq(store: SessionStore, sessionId: string): Promise<number> {
  return (await store.state(sessionId))?.lastSeq ?? 0;
}

function finalFor(events: ServerEvent[], id: string): Promise<ServerEvent> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const found = events.find(
        (event) => (event.type === 'response' || event.type === 'error') && event.id === id,
      );
      if (found) return resolve(found);
      if (Date.now() - started > 4_000) return reject(new Error(`no final event for ${id}`));
      setTimeout(poll, 2);
    };
    poll();
  });
}

describe.each(kinds)('AssistantService on the $name store', (kind) => {
  const setup = setupWith(kind);
  it('deletes upstream the conversation of a session that expired, once', async () => {
    // The watchdog that looks for expired sessions runs every third of the lease: here every 250 ms.
    const { provider, store, service } = setup(undefined, { leaseMs: 750 }, { ttlMs: 300 });
    await service.open('olvidada');
    await service.submit('olvidada', { id: 'q', input: 'hola' });
    await expect.poll(() => store.outcomeOf('olvidada', 'q')).toMatchObject({ type: 'response' });
    expect(provider.deleted).toEqual([]);
    await expect.poll(() => provider.deleted, { timeout: 3_000 }).toEqual(['conv_1']);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(provider.deleted).toEqual(['conv_1']);
    service.close();
  });

  it('erases a session: its subscribers hear it, the store forgets it, the conversation is deleted upstream', async () => {
    const { provider, store, service } = setup();
    const events = await record(store, 'borrar');
    await service.submit('borrar', { id: 'q', input: 'hola' });
    await finalFor(events, 'q');

    await service.erase('borrar');
    expect(provider.deleted).toEqual(['conv_1']);
    expect(await store.state('borrar')).toBeUndefined();
    await expect.poll(() => events.at(-1)).toMatchObject({ type: 'reset', message: 'Conversación borrada' });
    expect(await service.submit('borrar', { id: 'r', input: 'otra' })).toMatchObject({
      kind: 'rejected',
      error: { code: 'session_expired' },
    });
    service.close();
  });

  it('answers one session strictly one message at a time, in order, in one lazily created conversation', async () => {
    const { provider, store, service } = setup();
    const session = 's1';
    const events = await record(store, session);
    expect(provider.created).toEqual([]);
    for (const id of ['a', 'b', 'c']) await service.submit(session, { id, input: id });
    await finalFor(events, 'c');

    expect(provider.maxActive).toBe(1);
    expect(provider.calls.map((call) => call.input)).toEqual(['a', 'b', 'c']);
    expect(provider.created).toEqual(['conv_1']);
    expect(new Set(provider.calls.map((call) => call.conversationId))).toEqual(new Set(['conv_1']));
    const finals = events.filter((event) => event.type === 'response');
    expect(finals.map((event) => (event.type === 'response' ? event.message : ''))).toEqual([
      'Re: a',
      'Re: b',
      'Re: c',
    ]);
    const seqs = events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('runs different sessions concurrently and keeps their events apart', async () => {
    const { provider, store, service } = setup(() => ({ deltas: ['x', 'y', 'z'], delayMs: 15 }));
    const one = 'one';
    const two = 'two';
    const eventsOne = await record(store, one);
    const eventsTwo = await record(store, two);
    await service.submit(one, { id: 'm1', input: 'uno' });
    await service.submit(two, { id: 'm2', input: 'dos' });
    await Promise.all([finalFor(eventsOne, 'm1'), finalFor(eventsTwo, 'm2')]);
    expect(provider.maxActive).toBe(2);
    expect(eventsOne.every((event) => !('id' in event) || event.id === 'm1')).toBe(true);
    expect(eventsTwo.every((event) => !('id' in event) || event.id === 'm2')).toBe(true);
  });

  it('streams deltas that add up to the final text', async () => {
    const { store, service } = setup(() => ({ deltas: ['Hola', ', ', 'mundo'] }));
    const session = 's';
    const events = await record(store, session);
    await service.submit(session, { id: 'm', input: 'q' });
    const final = await finalFor(events, 'm');
    const deltas = events
      .filter((event) => event.type === 'delta')
      .map((event) => (event.type === 'delta' ? event.delta : ''));
    expect(deltas).toEqual(['Hola', ', ', 'mundo']);
    expect(final).toMatchObject({ type: 'response', id: 'm', message: 'Hola, mundo' });
    expect(final).not.toHaveProperty('stopped');
  });

  it('stop keeps the answer so far and marks it stopped; the next message still works', async () => {
    const { store, service } = setup((input) =>
      input === 'long'
        ? { deltas: ['uno ', 'dos ', 'tres ', 'cuatro'], hold: { after: 2, until: NEVER } }
        : { deltas: ['ok'] },
    );
    const session = 's';
    const events = await record(store, session);
    await service.submit(session, { id: 'long', input: 'long' });
    await expect.poll(() => deltasOf(events, 'long')).toBe('uno dos ');
    await service.stop(session);
    const final = await finalFor(events, 'long');
    expect(final).toMatchObject({ type: 'response', id: 'long', stopped: true, message: 'uno dos ' });
    await service.submit(session, { id: 'next', input: 'next' });
    expect(await finalFor(events, 'next')).toMatchObject({ type: 'response', message: 'ok' });
  });

  it('reset aborts the answer, drops the queue, deletes the conversation and starts a new one', async () => {
    const { provider, store, service } = setup((input) => ({
      deltas: ['a', 'b', 'c', 'd'],
      ...(input === 'first' ? { hold: { after: 1, until: NEVER } } : {}),
    }));
    const session = 's';
    const events = await record(store, session);
    await service.submit(session, { id: 'first', input: 'first' });
    await service.submit(session, { id: 'queued', input: 'queued' });
    await expect.poll(() => deltasOf(events, 'first')).toBe('a');
    await service.reset(session);
    // On Redis the broadcast arrives a moment after the reset is recorded.
    await expect.poll(() => events.some((event) => event.type === 'reset')).toBe(true);
    const resetIndex = events.findIndex((event) => event.type === 'reset');
    expect(events[resetIndex]).toMatchObject({ type: 'reset', message: 'Conversación reiniciada' });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(events.slice(resetIndex + 1)).toEqual([]);
    expect(provider.deleted).toEqual(['conv_1']);
    expect(provider.calls.map((call) => call.input)).toEqual(['first']);

    await service.submit(session, { id: 'after', input: 'after' });
    await finalFor(events, 'after');
    expect(provider.created).toEqual(['conv_1', 'conv_2']);
    expect(provider.calls.at(-1)?.conversationId).toBe('conv_2');
  });

  it('answers a repeated message id from memory instead of twice', async () => {
    const { provider, store, service } = setup();
    const session = 's';
    const events = await record(store, session);
    expect(await service.submit(session, { id: 'same', input: 'hola' })).toEqual({
      kind: 'queued',
      id: 'same',
    });
    expect(await service.submit(session, { id: 'same', input: 'hola' })).toEqual({
      kind: 'in-progress',
      id: 'same',
    });
    const final = await finalFor(events, 'same');
    expect(await service.submit(session, { id: 'same', input: 'hola' })).toEqual({
      kind: 'answered',
      event: final,
    });
    expect(provider.calls).toHaveLength(1);
  });

  it('refuses more queued questions than the limit, in Spanish', async () => {
    const { service } = setup(() => ({ deltas: ['x'], delayMs: 1_000 }), { queueMax: 2 });
    const session = 's';
    await service.open(session);
    expect((await service.submit(session, { input: '1' })).kind).toBe('queued');
    expect((await service.submit(session, { input: '2' })).kind).toBe('queued');
    const third = await service.submit(session, { input: '3' });
    expect(third).toMatchObject({
      kind: 'rejected',
      error: { code: 'queue_full', userMessage: USER_ERRORS.queueFull },
    });
    await service.reset(session);
  });

  it('turns a provider failure into an error event and keeps the session usable', async () => {
    const failure = new AssistantError('upstream_unavailable', 'Servicio no disponible.');
    const { store, service } = setup((input) =>
      input === 'bad' ? { deltas: ['a'], failWith: failure } : { deltas: ['bien'] },
    );
    const session = 's';
    const events = await record(store, session);
    await service.submit(session, { id: 'bad', input: 'bad' });
    await service.submit(session, { id: 'good', input: 'good' });
    expect(await finalFor(events, 'bad')).toMatchObject({
      type: 'error',
      id: 'bad',
      code: 'upstream_unavailable',
      message: 'Servicio no disponible.',
    });
    expect(await finalFor(events, 'good')).toMatchObject({ type: 'response', message: 'bien' });
  });

  it('forgets a conversation the provider lost, so the next message opens a new one', async () => {
    const lost = new AssistantError('conversation_lost', 'Perdida.');
    const { provider, store, service } = setup((input) =>
      input === 'lost' ? { deltas: [], failWith: lost } : { deltas: ['ok'] },
    );
    const session = 's';
    const events = await record(store, session);
    await service.submit(session, { id: 'lost', input: 'lost' });
    await finalFor(events, 'lost');
    await service.submit(session, { id: 'again', input: 'again' });
    await finalFor(events, 'again');
    expect(provider.created).toEqual(['conv_1', 'conv_2']);
  });

  it('hides unexpected exceptions behind a generic Spanish message', async () => {
    const { store, service } = setup(() => ({ deltas: [], failWith: new TypeError('secret internals') }));
    const session = 's';
    const events = await record(store, session);
    await service.submit(session, { id: 'm', input: 'x' });
    const final = await finalFor(events, 'm');
    expect(final).toMatchObject({ type: 'error', code: 'internal', message: USER_ERRORS.internal });
    expect(JSON.stringify(final)).not.toContain('secret');
  });

  it('cancels an answer that runs past the generation timeout', async () => {
    const { store, service } = setup(() => ({ deltas: ['a', 'b', 'c'], delayMs: 200 }), {
      generationTimeoutMs: 100,
    });
    const session = 's';
    const events = await record(store, session);
    await service.submit(session, { id: 'slow', input: 'slow' });
    expect(await finalFor(events, 'slow')).toMatchObject({
      type: 'error',
      code: 'upstream_timeout',
      message: USER_ERRORS.generationTimeout,
    });
  });

  it('on shutdown finishes answers within the grace period and aborts the rest with a clear error', async () => {
    let finishQuick!: () => void;
    const quickMayFinish = new Promise<void>((resolve) => (finishQuick = resolve));
    const { store, service } = setup((input) =>
      input === 'quick'
        ? { deltas: ['y', 'a'], hold: { after: 1, until: quickMayFinish } }
        : { deltas: ['a', 'b', 'c'], hold: { after: 1, until: NEVER } },
    );
    const quick = 'quick';
    const slow = 'slow';
    const quickEvents = await record(store, quick);
    const slowEvents = await record(store, slow);
    await service.submit(quick, { id: 'q', input: 'quick' });
    await service.submit(slow, { id: 's', input: 'slow' });
    await service.submit(slow, { id: 's2', input: 'slow' });
    await expect.poll(() => deltasOf(quickEvents, 'q') + deltasOf(slowEvents, 's')).toBe('ya');
    // The quick answer is let go only once shutdown has begun: it finishes within the grace period, while
    // the held one is still running when the period ends.
    const down = service.shutdown(2_000);
    finishQuick();
    await down;
    expect(quickEvents.find((event) => event.type === 'response')).toMatchObject({ id: 'q', message: 'ya' });
    expect(
      slowEvents.filter((event) => event.type === 'error').map((event) => event.type === 'error' && event.id),
    ).toEqual(['s2', 's']);
    expect(slowEvents.at(-1)).toMatchObject({ code: 'shutting_down', message: USER_ERRORS.shuttingDown });
    expect(await service.submit(quick, { input: 'later' })).toMatchObject({
      kind: 'rejected',
      error: { code: 'shutting_down' },
    });
  });

  it('keeps finished answers replayable by seq without the deltas that built them', async () => {
    const { store, service } = setup(() => ({ deltas: ['a', 'b'] }));
    const session = 's';
    const events = await record(store, session);
    await service.submit(session, { id: 'm', input: 'x' });
    await finalFor(events, 'm');
    expect((await store.eventsAfter(session, 0)).map((event) => event.type)).toEqual(['response']);
    const first = events[0] as ServerEvent;
    expect((await store.eventsAfter(session, first.seq - 1)).map((event) => event.seq)).toEqual([
      events.at(-1)?.seq,
    ]);
  });
  it('creates a session only on open, and a question for one that is gone is told so in Spanish', async () => {
    const { provider, service } = setup();
    expect(await service.submit('desconocida', { id: 'q', input: 'hola' })).toMatchObject({
      kind: 'rejected',
      error: { code: 'session_expired', userMessage: USER_ERRORS.sessionExpired },
    });
    expect(provider.calls).toEqual([]);
    const opened = await service.open('desconocida');
    expect(opened).toMatchObject({ seq: 1, transcript: [] });
    expect(await service.sessionForToken(opened.token)).toEqual({ sessionId: 'desconocida', lastSeq: 1 });
    expect((await service.submit('desconocida', { id: 'q', input: 'hola' })).kind).toBe('queued');
  });

  it('gives a reset conversation a new token and retires the old one, announcing the new one', async () => {
    const { store, service } = setup();
    const { token: before } = await service.open('s');
    const events = await record(store, 's');
    await service.reset('s');
    await expect.poll(() => events.find((event) => event.type === 'reset')).toBeDefined();
    const announced = events.find((event) => event.type === 'reset');
    const after = announced?.type === 'reset' ? announced.session : undefined;
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(await service.sessionForToken(before)).toBeUndefined();
    expect(await service.sessionForToken(after as string)).toMatchObject({ sessionId: 's' });
    expect((await service.open('s')).token).toBe(after);
  });

  it('gives a session re-created after expiry a new token, so the old one names nothing', async () => {
    const { store, service } = setup(undefined, {}, { ttlMs: 200 });
    const { token: old } = await service.open('efimera');
    await expect.poll(() => store.state('efimera'), { timeout: 3_000 }).toBeUndefined();
    const { token: fresh } = await service.open('efimera');
    expect(fresh).not.toBe(old);
    expect(await service.sessionForToken(old)).toBeUndefined();
    expect(await service.sessionForToken(fresh)).toMatchObject({ sessionId: 'efimera' });
  });

  it('limits new sessions per client, while reopening an existing one stays free', async () => {
    const perMinute = (limit: number) => new RateLimiter(limit);
    const { service } = setup(undefined, {
      rateLimits: {
        perSession: perMinute(100),
        perClient: perMinute(100),
        newSessionsPerClient: perMinute(2),
      },
    });
    await service.open('a', '203.0.113.7');
    await service.open('b', '203.0.113.7');
    await expect(service.open('c', '203.0.113.7')).rejects.toMatchObject({ code: 'rate_limited' });
    await service.open('a', '203.0.113.7');
    await service.open('c', '198.51.100.1');
  });

  it('refuses new sessions while overloaded, in Spanish with a retry time, and still opens existing ones', async () => {
    const load = { overloaded: false, retryAfterSeconds: 7 };
    const { service } = setup(undefined, { load });
    await service.open('existente');
    load.overloaded = true;
    await expect(service.open('nueva')).rejects.toMatchObject({
      code: 'server_busy',
      userMessage: USER_ERRORS.overloaded,
      retryAfterSeconds: 7,
    });
    expect((await service.open('existente')).seq).toBe(2);
  });
});
