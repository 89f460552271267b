import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../lib/protocol';
import { MAX_REMEMBERED_OUTCOMES, type SessionStore } from '../../lib/assistant/store/session-store';
import { storeKindsForFile } from '../helpers/stores';
import { EVENT_WAIT_MS } from '../helpers/waits';
import { SessionCapacityError } from '../../lib/assistant/store/store-errors';

const ORPHAN = { code: 'generation_lost' as const, message: 'Se perdió la respuesta.' };
const kinds = storeKindsForFile();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Opens a session, creating it when unknown. */
const NEW = { incarnation: 'primera' };

function collect(store: SessionStore, id: string, after: number, held = false) {
  const events: ServerEvent[] = [];
  const subscription = store.subscribe(id, { after, held }, (event) => events.push(event));
  return { events, subscription };
}

/** One contract, two implementations: whatever the memory store does, the Redis store does the same. */
describe.each(kinds)('SessionStore contract: $name', (kind) => {
  it('creates sessions only when asked to, and numbers every event of a session strictly upwards', async () => {
    const store = kind.create();
    expect(await store.state('nueva')).toBeUndefined();
    expect(await store.open('nueva')).toBeUndefined();
    const opened = await store.open('nueva', NEW);
    expect(opened).toEqual({ seq: 1, transcript: [], incarnation: 'primera' });
    expect(await store.open('nueva', { incarnation: 'otra' })).toMatchObject({ incarnation: 'primera' });
    expect(await store.stamp('nueva')).toBe(3);
    const delta = await store.append('nueva', { type: 'delta', id: 'm', delta: 'Ho' });
    expect(delta).toEqual({ type: 'delta', id: 'm', delta: 'Ho', seq: 4 });
    expect(await store.state('nueva')).toEqual({ lastSeq: 4, incarnation: 'primera' });
    // Nothing but a creating open brings a session into being.
    expect(await store.append('desconocida', { type: 'reset', message: 'x' })).toBeUndefined();
    expect(await store.stamp('desconocida')).toBe(0);
    expect(await store.enqueue('desconocida', { id: 'q', input: 'hola' }, 5)).toEqual({ kind: 'missing' });
    await store.touch('desconocida');
    expect(await store.state('desconocida')).toBeUndefined();
  });

  it('replays a finished answer as its final event alone, and shows one in progress as streaming text', async () => {
    const store = kind.create();
    await store.open('s', NEW);
    await store.enqueue('s', { id: 'a', input: '¿Qué es el RUT?' }, 5);
    await store.enqueue('s', { id: 'b', input: '¿Y la UVT?' }, 5);
    const job = await store.takeNext('s', 'yo', 10_000, ORPHAN);
    expect(job).toMatchObject({ message: { id: 'a' }, epoch: 0, conversationId: undefined });
    await store.addToTranscript('s', { id: 'a', role: 'user', text: '¿Qué es el RUT?' }, 0);
    await store.append('s', { type: 'delta', id: 'a', delta: 'El RUT ' }, 0);
    await store.append('s', { type: 'delta', id: 'a', delta: 'es…' }, 0);
    expect((await store.open('s', NEW))?.transcript).toEqual([
      { id: 'a', role: 'user', text: '¿Qué es el RUT?' },
      { id: 'a', role: 'assistant', text: 'El RUT es…', status: 'streaming' },
      { id: 'b', role: 'user', text: '¿Y la UVT?', status: 'queued' },
    ]);
    const final = await store.append('s', { type: 'response', id: 'a', message: 'El RUT es…' }, 0);
    expect((await store.eventsAfter('s', 0)).map((event) => event.type)).toEqual(['response']);
    expect(await store.outcomeOf('s', 'a')).toEqual(final);
    expect(await store.enqueue('s', { id: 'a', input: 'otra vez' }, 5)).toEqual({
      kind: 'answered',
      event: final,
    });
    expect(await store.enqueue('s', { id: 'b', input: 'otra vez' }, 5)).toEqual({ kind: 'pending' });
  });

  it('refuses a question past the queue limit, counting the one being answered', async () => {
    const store = kind.create();
    await store.open('s', NEW);
    expect(await store.enqueue('s', { id: '1', input: 'uno' }, 2)).toEqual({ kind: 'queued' });
    await store.takeNext('s', 'yo', 10_000, ORPHAN);
    expect(await store.enqueue('s', { id: '2', input: 'dos' }, 2)).toEqual({ kind: 'queued' });
    expect(await store.enqueue('s', { id: '3', input: 'tres' }, 2)).toEqual({ kind: 'full' });
    expect(await store.drainQueue('s')).toEqual([{ id: '2', input: 'dos' }]);
    expect(await store.outcomeOf('s', '2')).toBeUndefined();
  });

  it('leases a session to one owner at a time and hands it over when released', async () => {
    const store = kind.create();
    await store.open('s', NEW);
    await store.enqueue('s', { id: '1', input: 'uno' }, 5);
    await store.enqueue('s', { id: '2', input: 'dos' }, 5);
    expect(await store.takeNext('s', 'A', 10_000, ORPHAN)).toMatchObject({ message: { id: '1' } });
    expect(await store.takeNext('s', 'B', 10_000, ORPHAN)).toBeUndefined();
    expect(await store.renewLease('s', 'B', 10_000)).toBe(false);
    expect(await store.renewLease('s', 'A', 10_000)).toBe(true);
    await store.append('s', { type: 'response', id: '1', message: 'uno' });
    await store.releaseLease('s', 'B');
    expect(await store.takeNext('s', 'B', 10_000, ORPHAN)).toBeUndefined();
    await store.releaseLease('s', 'A');
    expect(await store.takeNext('s', 'B', 10_000, ORPHAN)).toMatchObject({ message: { id: '2' } });
  });

  it('reports an answer whose lease lapsed as lost, once, and moves on to the next question', async () => {
    const store = kind.create();
    await store.open('s', NEW);
    await store.enqueue('s', { id: 'perdida', input: 'uno' }, 5);
    await store.enqueue('s', { id: 'siguiente', input: 'dos' }, 5);
    // Only the lapse is timed here (a lower bound, safe on a loaded machine); that a live lease keeps other
    // holders out is the test above, with a lease no pause can outlast.
    await store.takeNext('s', 'A', 150, ORPHAN);
    await store.append('s', { type: 'delta', id: 'perdida', delta: 'a medias' }, 0);
    await pause(250);
    expect(await store.due(Date.now())).toContain('s');
    expect(await store.takeNext('s', 'B', 10_000, ORPHAN)).toMatchObject({ message: { id: 'siguiente' } });
    expect(await store.outcomeOf('s', 'perdida')).toMatchObject({ type: 'error', ...ORPHAN });
    expect((await store.open('s', NEW))?.transcript).toContainEqual({
      id: 'perdida',
      role: 'assistant',
      text: 'a medias',
      status: 'error',
    });
    expect(await store.renewLease('s', 'A', 10_000)).toBe(false);
  });

  it('fences writes from before a reset and returns the conversation to delete', async () => {
    const store = kind.create();
    await store.open('s', NEW);
    expect(await store.setConversation('s', 0, 'conv_1')).toBe(true);
    await store.addToTranscript('s', { id: 'x', role: 'user', text: 'hola' }, 0);
    expect(await store.reset('s', 'segunda')).toBe('conv_1');
    expect(await store.state('s')).toMatchObject({ incarnation: 'segunda' });
    expect(await store.append('s', { type: 'delta', id: 'x', delta: 'tarde' }, 0)).toBeUndefined();
    expect(await store.setConversation('s', 0, 'conv_viejo')).toBe(false);
    await store.addToTranscript('s', { id: 'x', role: 'assistant', text: 'tarde' }, 0);
    expect((await store.open('s', NEW))?.transcript).toEqual([]);
    expect(await store.setConversation('s', 1, 'conv_2')).toBe(true);
    expect(await store.reset('s', 'tercera')).toBe('conv_2');
  });

  it('rates only a complete answer it was told the origin of, once per verdict, forgetting it with its outcome', async () => {
    const store = kind.create();
    const origin = { provider: 'local' as const, entry: 'uvt-2026' };
    await store.open('s', NEW);
    await store.enqueue('s', { id: 'a', input: 'UVT' }, 5);
    await store.takeNext('s', 'yo', 10_000, ORPHAN);
    await store.rememberOrigin('s', 'a', origin, 0);
    // Still being written: its origin is known, but there is nothing complete to rate yet.
    expect(await store.rate('s', 'a', 'helpful', 3)).toEqual({ kind: 'unknown' });
    await store.append('s', { type: 'response', id: 'a', message: 'La UVT…' }, 0);
    await store.releaseLease('s', 'yo');
    expect(await store.rate('s', 'nunca', 'helpful', 3)).toEqual({ kind: 'unknown' });
    expect(await store.rate('otra', 'a', 'helpful', 3)).toEqual({ kind: 'unknown' });

    expect(await store.rate('s', 'a', 'helpful', 3)).toEqual({ kind: 'changed', origin, previous: 'none' });
    expect(await store.rate('s', 'a', 'helpful', 3)).toEqual({ kind: 'unchanged' });
    expect(await store.rate('s', 'a', 'unhelpful', 3)).toMatchObject({
      kind: 'changed',
      previous: 'helpful',
    });
    expect(await store.rate('s', 'a', 'none', 3)).toMatchObject({ kind: 'changed', previous: 'unhelpful' });
    expect(await store.rate('s', 'a', 'helpful', 3)).toEqual({ kind: 'limit' });
    expect(await store.rate('s', 'a', 'none', 3)).toEqual({ kind: 'unchanged' });
    const told = (await store.eventsAfter('s', 0)).filter((event) => event.type === 'feedback');
    expect(told.map((event) => event.type === 'feedback' && event.verdict)).toEqual([
      'helpful',
      'helpful',
      'unhelpful',
      'none',
      'none',
    ]);

    // Past the cap of remembered outcomes, the oldest answer's rating goes with its outcome.
    for (let index = 0; index < MAX_REMEMBERED_OUTCOMES; index += 1) {
      await store.enqueue('s', { id: `q${index}`, input: 'x' }, MAX_REMEMBERED_OUTCOMES + 1);
    }
    expect(await store.outcomeOf('s', 'a')).toBeUndefined();
    expect(await store.rate('s', 'a', 'helpful', 10)).toEqual({ kind: 'unknown' });
  });

  it('opens the conversation with the verdict each answer holds, so a reloaded page shows it pressed', async () => {
    const store = kind.create();
    await store.open('s', NEW);
    for (const id of ['a', 'b']) {
      await store.enqueue('s', { id, input: 'UVT' }, 5);
      await store.takeNext('s', 'yo', 10_000, ORPHAN);
      await store.addToTranscript('s', { id, role: 'user', text: 'UVT' }, 0);
      await store.rememberOrigin('s', id, { provider: 'local', entry: 'uvt-2026' }, 0);
      await store.append('s', { type: 'response', id, message: 'La UVT…' }, 0);
      await store.addToTranscript('s', { id, role: 'assistant', text: 'La UVT…' }, 0);
      await store.releaseLease('s', 'yo');
    }
    await store.rate('s', 'a', 'unhelpful', 3);
    await store.rate('s', 'b', 'helpful', 3);
    await store.rate('s', 'b', 'none', 3);
    expect((await store.open('s'))?.transcript).toEqual([
      { id: 'a', role: 'user', text: 'UVT' },
      { id: 'a', role: 'assistant', text: 'La UVT…', verdict: 'unhelpful' },
      { id: 'b', role: 'user', text: 'UVT' },
      { id: 'b', role: 'assistant', text: 'La UVT…' },
    ]);
  });

  it('forgets every rating with its conversation', async () => {
    const store = kind.create();
    await store.open('s', NEW);
    await store.enqueue('s', { id: 'a', input: 'UVT' }, 5);
    await store.takeNext('s', 'yo', 10_000, ORPHAN);
    await store.rememberOrigin('s', 'a', { provider: 'openai', entry: 'modelo' }, 0);
    await store.append('s', { type: 'response', id: 'a', message: 'La UVT…' }, 0);
    await store.reset('s', 'segunda');
    // A write of the old conversation arriving late is fenced off too.
    await store.rememberOrigin('s', 'a', { provider: 'openai', entry: 'modelo' }, 0);
    expect(await store.rate('s', 'a', 'helpful', 10)).toEqual({ kind: 'unknown' });
  });

  it('grants the privacy notice once per conversation, again after a reset, never to a stale epoch', async () => {
    const store = kind.create();
    expect(await store.claimPrivacyNotice('nadie', 0)).toBe(false);
    await store.open('s', NEW);
    expect(await store.claimPrivacyNotice('s', 0)).toBe(true);
    expect(await store.claimPrivacyNotice('s', 0)).toBe(false);
    await store.reset('s', 'segunda');
    expect(await store.claimPrivacyNotice('s', 0)).toBe(false);
    expect(await store.claimPrivacyNotice('s', 1)).toBe(true);
    expect(await store.claimPrivacyNotice('s', 1)).toBe(false);
  });

  it('delivers to a subscriber every event after its point, in order, once, holding them until released', async () => {
    const store = kind.create();
    await store.open('s', NEW);
    const early = await store.append('s', { type: 'delta', id: 'm', delta: 'uno' });
    const { events, subscription } = collect(store, 's', 0, true);
    await pause(50);
    await store.append('s', { type: 'delta', id: 'm', delta: 'dos' });
    await pause(50);
    expect(events).toEqual([]);
    subscription.release();
    await store.append('s', { type: 'delta', id: 'm', delta: 'tres' });
    await expect.poll(() => events.length).toBe(3);
    expect(events.map((event) => (event.type === 'delta' ? event.delta : ''))).toEqual([
      'uno',
      'dos',
      'tres',
    ]);
    expect(events[0]).toEqual(early);

    // A local event is numbered in the session and arrives after everything numbered before it.
    const local = await subscription.sendLocal({ type: 'error', code: 'bad_request', message: 'Mal.' });
    expect(events.at(-1)).toEqual(local);
    expect(local.seq).toBeGreaterThan(events.at(-2)?.seq as number);
    subscription.close();
    await store.append('s', { type: 'delta', id: 'm', delta: 'cuatro' });
    await pause(50);
    expect(events).toHaveLength(4);
    expect(store.subscriberCount('s')).toBe(0);
  });

  it("hands a notice outside the log to this process's subscribers of the session, after their backlog", async () => {
    const store = kind.create();
    await store.open('s', NEW);
    await store.open('other', NEW);
    await store.append('s', { type: 'delta', id: 'm', delta: 'uno' });
    const { events } = collect(store, 's', 0, false);
    const elsewhere = collect(store, 'other', 0, false);
    const notice = {
      type: 'error',
      id: 'm',
      code: 'store_unavailable',
      message: 'Sin almacén.',
      seq: 0,
    } as const;
    store.notifyLocal('s', notice);
    await expect.poll(() => events.length).toBe(2);
    expect(events[0]).toMatchObject({ type: 'delta', delta: 'uno' });
    expect(events[1]).toEqual(notice);
    // Not in the log: a later reader never sees it, and other sessions never hear it.
    expect(await store.eventsAfter('s', 0)).toHaveLength(1);
    await pause(50);
    expect(elsewhere.events).toEqual([]);
  });

  it('carries stop and reset to every handler', async () => {
    const store = kind.create();
    const received: string[] = [];
    store.onControl((id, action) => received.push(`${id}:${action}`));
    await store.open('s', NEW);
    await pause(50);
    await store.sendControl('s', 'stop');
    await expect.poll(() => received).toEqual(['s:stop']);
  });

  it('hands the upstream conversation of an expired session to one caller, once', async () => {
    // Redis expires keys on its own clock, so this runs in real time; what it asserts holds however long
    // the machine stalls between two steps, because the live session is touched right before each look.
    const store = kind.create({ ttlMs: 1_000 });
    const EXPIRY_WAIT = { timeout: EVENT_WAIT_MS, interval: 100 };
    // The kept-alive session is the older one: without its touches it would be handed over first.
    await store.open('vive', NEW);
    await store.setConversation('vive', 0, 'conv_vive');
    await store.open('caduca', NEW);
    await store.setConversation('caduca', 0, 'conv_caduca');
    await store.open('reiniciada', NEW);
    await store.setConversation('reiniciada', 0, 'conv_reiniciada');
    // A reset hands its conversation over at once; it is not handed over again on expiry.
    expect(await store.reset('reiniciada', 'segunda')).toBe('conv_reiniciada');

    const handed: string[] = [];
    const look = async () => handed.push(...(await store.takeExpiredConversations(Date.now())));
    await expect
      .poll(async () => {
        await store.touch('vive');
        await look();
        return handed;
      }, EXPIRY_WAIT)
      .toContain('conv_caduca');
    expect(handed).toEqual(['conv_caduca']);
    // Once the kept-alive session is left alone, it expires too.
    await expect.poll(async () => (await look(), handed), EXPIRY_WAIT).toContain('conv_vive');
    await look();
    expect(handed).toEqual(['conv_caduca', 'conv_vive']);
  });

  it('when full, evicts an idle unused session first, then one long idle, never a recent or live one', async () => {
    let now = 1_000_000;
    const store = kind.create({ maxSessions: 3, ttlMs: 3_600_000, now: () => now });
    for (const id of ['usada', 'vacia', 'viva']) await store.open(id, NEW);
    await store.enqueue('usada', { id: 'q', input: 'hola' }, 5);
    await store.takeNext('usada', 'yo', 10_000, ORPHAN);
    await store.releaseLease('usada', 'yo');
    await store.enqueue('viva', { id: 'q', input: 'hola' }, 5);
    const live = collect(store, 'viva', 0);
    // Everyone just arrived: nothing may be pushed out, so the newcomer is refused.
    await expect(store.open('nueva', NEW)).rejects.toBeInstanceOf(SessionCapacityError);
    now += 3 * 60_000;
    // The idle session nobody asked anything in goes first, even though `usada` is older.
    expect(await store.open('nueva', NEW)).toMatchObject({ seq: 1 });
    expect(await store.state('vacia')).toBeUndefined();
    expect(await store.state('usada')).toBeDefined();
    // A session used within the protection window stays; a newcomer is refused instead.
    await store.enqueue('nueva', { id: 'q', input: 'hola' }, 5);
    await expect(store.open('otra', NEW)).rejects.toBeInstanceOf(SessionCapacityError);
    now += 11 * 60_000;
    // Long idle: `usada` may go now (the oldest); `viva` has a subscriber and `nueva` a queued question.
    expect(await store.open('otra', NEW)).toMatchObject({ seq: 1 });
    expect(await store.state('usada')).toBeUndefined();
    await expect(store.open('una-mas', NEW)).rejects.toBeInstanceOf(SessionCapacityError);
    expect(await store.state('viva')).toBeDefined();
    expect(await store.state('nueva')).toBeDefined();
    live.subscription.close();
  });

  it('erases a session entirely: nothing of it is left, its answer in progress can write nothing', async () => {
    const store = kind.create();
    await store.open('borrada', NEW);
    await store.enqueue('borrada', { id: 'a', input: 'Mi pregunta' }, 5);
    const job = await store.takeNext('borrada', 'yo', 10_000, ORPHAN);
    expect(await store.setConversation('borrada', job?.epoch ?? -1, 'conv_1')).toBe(true);
    await store.append('borrada', { type: 'delta', id: 'a', delta: 'Hola' }, 0);

    expect(await store.erase('borrada')).toBe('conv_1');
    expect(await store.state('borrada')).toBeUndefined();
    expect(await store.eventsAfter('borrada', 0)).toEqual([]);
    expect(await store.open('borrada')).toBeUndefined();
    expect(await store.append('borrada', { type: 'delta', id: 'a', delta: '…' }, 0)).toBeUndefined();
    expect(await store.setConversation('borrada', 0, 'conv_2')).toBe(false);
    // Its cookie comes back to a new, empty session.
    expect(await store.open('borrada', NEW)).toEqual({ seq: 1, transcript: [], incarnation: 'primera' });
    expect(await store.erase('nunca-existio')).toBeUndefined();
  });

  it('forgets an idle session after its TTL', async () => {
    const store = kind.create({ ttlMs: 200 });
    await store.open('efimera', NEW);
    await store.append('efimera', { type: 'delta', id: 'm', delta: 'x' });
    await pause(350);
    expect(await store.state('efimera')).toBeUndefined();
    expect(await store.eventsAfter('efimera', 0)).toEqual([]);
  });
});

describe('Redis store across instances', () => {
  const redis = kinds.find((kind) => kind.name === 'redis');
  it('shares sessions and control between two stores on one prefix', async () => {
    if (!redis) throw new Error('the redis store kind is missing');
    const one = redis.create({ keyPrefix: 'shared-contract:' });
    const two = redis.create({ keyPrefix: 'shared-contract:' });
    const received: string[] = [];
    two.onControl((id, action) => received.push(`${id}:${action}`));
    await one.open('s', NEW);
    const { events } = collect(two, 's', 1);
    await pause(50);
    const event = await one.append('s', { type: 'delta', id: 'm', delta: 'desde uno' });
    await expect.poll(() => events).toEqual([event]);
    await one.sendControl('s', 'reset');
    await expect.poll(() => received).toEqual(['s:reset']);
  });

  it('broadcasts an event only while another instance listens; its writer hands it to its own subscribers', async () => {
    if (!redis?.url) throw new Error('the redis store kind is missing');
    const one = redis.create({ keyPrefix: 'quiet:' });
    const two = redis.create({ keyPrefix: 'quiet:' });
    const watcher = createClient({ url: redis.url() });
    await watcher.connect();
    const heard: string[] = [];
    await watcher.pSubscribe('quiet:ev:*', (message) => heard.push(message));
    try {
      await one.open('q', NEW);
      const mine = collect(one, 'q', 1);
      const alone = [
        await one.append('q', { type: 'delta', id: 'm', delta: 'uno ' }),
        await one.append('q', { type: 'delta', id: 'm', delta: 'dos ' }),
      ];
      await expect.poll(() => mine.events).toEqual(alone);

      const theirs = collect(two, 'q', 1);
      await expect.poll(() => theirs.events).toEqual(alone);
      const shared = await one.append('q', { type: 'delta', id: 'm', delta: 'tres' });
      await expect.poll(() => theirs.events).toEqual([...alone, shared]);
      expect(mine.events).toEqual([...alone, shared]);
      // Redis delivers in order: had the first two been broadcast, they would have arrived before this one.
      await expect.poll(() => heard.length).toBe(1);
      const [previous, event] = (heard[0] as string).split(/\|(.*)/s);
      expect([Number(previous), JSON.parse(event as string)]).toEqual([alone[1]?.seq, shared]);
    } finally {
      await watcher.close();
    }
  });

  it('gives the log a delta creates again after a reset the session expiry', async () => {
    if (!redis?.url) throw new Error('the redis store kind is missing');
    const store = redis.create({ keyPrefix: 'expiry:' });
    await store.open('e', NEW);
    await store.append('e', { type: 'delta', id: 'm', delta: 'antes' });
    await store.reset('e', 'segunda');
    await store.append('e', { type: 'delta', id: 'n', delta: 'después' });
    const admin = createClient({ url: redis.url() });
    await admin.connect();
    try {
      for (const part of ['m', 'l', 'p']) expect(await admin.pTTL(`expiry:s:{e}:${part}`)).toBeGreaterThan(0);
    } finally {
      await admin.close();
    }
  });
});
