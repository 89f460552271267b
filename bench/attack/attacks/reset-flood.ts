import { Agent } from 'node:http';
import type { Attack } from '../attacker-protocol';
import { Tally } from '../counter';
import { CookieJar, failureName, openEventStream, postEvent, sleep, type EventStream } from '../wire';

/** Unread streams of the one session: fewer than the per-address connection cap, so none is refused for that. */
const UNREAD_STREAMS = 10;
const CONCURRENT_POSTS = 32;
const CUT_WAIT_MS = 3_000;

/** Resolves true when the server ended the stream (once it is read again), false if it is still open. */
function endedByServer(stream: EventStream): Promise<boolean> {
  return new Promise((resolve) => {
    if (stream.response.complete || stream.response.destroyed) return resolve(true);
    const timer = setTimeout(() => resolve(false), CUT_WAIT_MS);
    stream.response.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    stream.response.resume();
  });
}

/**
 * Attack 2: `reset` events over HTTP POST, as fast as the server takes them, while several event streams of
 * the same session are open and never read: every reset is an event each stream must hold. The server must
 * refuse the flood or cut the slow readers, not buffer without end.
 */
export const resetFlood: Attack = async (context) => {
  const jar = new CookieJar();
  const first = await openEventStream(context.target, { localAddress: context.localAddress, jar });
  const greeting = first.status === 200 ? await first.events.next(10_000) : undefined;
  if (!greeting?.session) throw new Error(`no session from the event stream (${first.status})`);
  const token = greeting.session;
  const streams = [first];
  const opening = new Tally();
  for (let index = 1; index < UNREAD_STREAMS; index += 1) {
    const stream = await openEventStream(context.target, { localAddress: context.localAddress, jar });
    opening.add(String(stream.status));
    if (stream.status === 200) streams.push(stream);
  }
  // Never read again: the server's events pile up wherever it lets them.
  for (const stream of streams) stream.response.pause();

  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENT_POSTS });
  const answers = new Tally();
  let sent = 0;
  const poster = async () => {
    while (!context.over() && sent < context.count) {
      sent += 1;
      try {
        const answer = await postEvent(
          context.target,
          { type: 'reset' },
          { localAddress: context.localAddress, jar, token, agent },
        );
        answers.add(String(answer.status));
      } catch (error) {
        answers.add(failureName(error));
        await sleep(20);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_POSTS }, poster));
  agent.destroy();

  const cut = (await Promise.all(streams.map(endedByServer))).filter(Boolean).length;
  for (const stream of streams) stream.request.destroy();
  const refused = answers.total() - answers.get('202');
  return {
    did: `${sent.toLocaleString('en')} resets (answers: ${answers}) while ${streams.length} streams of the session went unread (extra streams: ${opening})`,
    checks: [
      {
        name: 'slow readers cut or resets refused',
        passed: cut === streams.length || refused > 0,
        detail: `${cut} of ${streams.length} unread streams cut by the server; ${refused.toLocaleString('en')} resets refused`,
      },
    ],
  };
};
