import { request } from 'node:http';
import type { Attack } from '../attacker-protocol';
import { Tally } from '../counter';
import {
  ASSISTANT_HTTP_PATH,
  CookieJar,
  openEventStream,
  originOf,
  postEvent,
  sleep,
  type EventStream,
} from '../wire';

const CONCURRENCY = 10;
/** Setup (cookie, slot, store, subscription, replay) takes a few milliseconds: resets land all over it. */
const MAX_RESET_DELAY_MS = 25;
const SETTLE_MS = 2_000;

/** One stream request whose socket is destroyed after a random delay: before, during or just after setup. */
function resetDuringSetup(context: Parameters<Attack>[0]): Promise<string> {
  return new Promise((resolve) => {
    const stream = request({
      host: context.target.host,
      port: context.target.port,
      path: ASSISTANT_HTTP_PATH,
      method: 'GET',
      localAddress: context.localAddress,
      agent: false,
      headers: { accept: 'text/event-stream', origin: originOf(context.target) },
    });
    let stage = 'before the answer';
    stream.on('response', (response) => {
      stage = `after ${response.statusCode}`;
      response.resume();
    });
    stream.on('error', () => undefined);
    stream.on('close', () => resolve(stage));
    stream.end();
    setTimeout(() => stream.destroy(), Math.random() * MAX_RESET_DELAY_MS);
  });
}

/**
 * Attack 6: event-stream requests reset at random points of their setup. Every slot and subscription they
 * took must be given back: afterwards this address can still open its full share of streams (of its own
 * conversation).
 */
export const sseSetupResets: Attack = async (context) => {
  // A conversation in use, opened first: reopening its streams afterwards needs no new session, so only a
  // leaked slot (not a budget for new sessions the resets spent) can refuse them.
  const jar = new CookieJar();
  const owned = await openEventStream(context.target, { localAddress: context.localAddress, jar });
  const greeting = owned.status === 200 ? await owned.events.next(10_000) : undefined;
  if (!greeting?.session) throw new Error(`no session from the event stream (${owned.status})`);
  await postEvent(
    context.target,
    { type: 'message', id: 'before-resets', message: '¿Qué es el RUT?' },
    { localAddress: context.localAddress, jar, token: greeting.session },
  );
  owned.request.destroy();

  const stages = new Tally();
  let started = 0;
  const worker = async () => {
    while (!context.over() && started < context.count) {
      started += 1;
      stages.add(await resetDuringSetup(context));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await sleep(SETTLE_MS);

  const slots = context.limits.connectionsPerAddress;
  const streams: EventStream[] = [];
  const reopened = new Tally();
  for (let index = 0; index < slots; index += 1) {
    try {
      const stream = await openEventStream(context.target, { localAddress: context.localAddress, jar });
      reopened.add(String(stream.status));
      streams.push(stream);
    } catch (error) {
      reopened.add(error instanceof Error ? error.message : String(error));
    }
  }
  for (const stream of streams) stream.request.destroy();
  const opened = reopened.get('200');
  return {
    did: `${started} streams reset during setup (${stages})`,
    checks: [
      {
        name: 'no per-address slot leaked',
        passed: opened === slots,
        detail: `afterwards this address opened ${opened} of its ${slots} streams (${reopened})`,
      },
    ],
  };
};
