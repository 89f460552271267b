import { describe, expect, it } from 'vitest';
import { LogSubscriber, type LogSubscriberSource } from '../../lib/assistant/store/log-subscriber';
import type { ServerEvent } from '../../lib/protocol';

const delta = (seq: number): ServerEvent => ({ type: 'delta', id: 'm', delta: `d${seq}`, seq });

/** A log in memory whose reads can be made to fail, as an unreachable Redis would. */
function fakeSource(log: ServerEvent[]) {
  let failing = false;
  let seq = Math.max(0, ...log.map((event) => event.seq));
  const source: LogSubscriberSource = {
    eventsAfter: async (after) => {
      if (failing) throw new Error('store down');
      return log.filter((event) => event.seq > after);
    },
    stamp: async () => (seq += 1),
    onClose: () => undefined,
  };
  return {
    source,
    append(event: ServerEvent) {
      log.push(event);
      seq = Math.max(seq, event.seq);
    },
    fail: (value: boolean) => (failing = value),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('LogSubscriber', () => {
  it('delivers from the log, then live, in order and once, holding everything until released', async () => {
    const store = fakeSource([delta(1), delta(2)]);
    const seen: number[] = [];
    const subscriber = new LogSubscriber(store.source, 0, (event) => seen.push(event.seq), true);
    store.append(delta(3));
    subscriber.push(delta(3), 2);
    await settle();
    expect(seen).toEqual([]);
    subscriber.release();
    await settle();
    subscriber.push(delta(3), 2);
    store.append(delta(4));
    subscriber.push(delta(4), 3);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('reads the log when a broadcast was lost, and only then delivers what came after it', async () => {
    const store = fakeSource([delta(1)]);
    const seen: number[] = [];
    const subscriber = new LogSubscriber(store.source, 1, (event) => seen.push(event.seq), false);
    await settle();
    store.append(delta(2));
    store.append(delta(3));
    // Delta 2 never reached this process; delta 3 says it was logged right after 2.
    subscriber.push(delta(3), 2);
    await settle();
    expect(seen).toEqual([2, 3]);
  });

  it('numbers a local event after everything logged before it', async () => {
    const store = fakeSource([delta(1)]);
    const seen: ServerEvent[] = [];
    const subscriber = new LogSubscriber(store.source, 0, (event) => seen.push(event), false);
    await settle();
    store.append(delta(2));
    const local = await subscriber.sendLocal({ type: 'error', code: 'bad_request', message: 'Mal.' });
    expect(seen.map((event) => event.seq)).toEqual([1, 2, local.seq]);
    expect(local.seq).toBe(3);
  });

  it('survives a store that cannot be read: nothing thrown, and the gap is filled once it answers', async () => {
    const store = fakeSource([]);
    store.fail(true);
    const seen: number[] = [];
    const subscriber = new LogSubscriber(store.source, 0, (event) => seen.push(event.seq), false);
    store.append(delta(1));
    store.append(delta(2));
    subscriber.push(delta(2), 1);
    await settle();
    expect(seen).toEqual([]);
    store.fail(false);
    await expect.poll(() => seen, { timeout: 3_000 }).toEqual([1, 2]);
    subscriber.close();
  });
});
