import { Agent } from 'node:http';
import type { Attack } from '../attacker-protocol';
import { PLATFORM_CLIENT_IP_HEADER } from '../catalogue';
import { Tally } from '../counter';
import { CookieJar, failureName, openEventStream, postEvent, type EventStream } from '../wire';

const FORGED_STREAMS = 20;
/** The address whose real client the forged streams try to lock out. */
export const REAL_LOCAL_ADDRESS = '127.0.0.1';
const CONCURRENT_POSTS = 4;

const forgedAddress = (index: number) => `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;

/**
 * What the platform in front of `next start` adds to every request: its own header, overwritten with the
 * address the connection came from, whatever the client sent (the server runs with CLIENT_IP_HEADER).
 */
const fromPlatform = (address: string, forged: Record<string, string> = {}) => ({
  ...forged,
  [PLATFORM_CLIENT_IP_HEADER]: address,
});

/**
 * Attack 7 (plain `next start`, where no socket address reaches the route handlers): questions each
 * claiming a new `X-Forwarded-For`, to escape the per-address question budget; then streams claiming to
 * be 127.0.0.1, to use up that address's connections before its real client comes.
 */
export const forgedForwarded: Attack = async (context) => {
  const jar = new CookieJar();
  const session = await openEventStream(context.target, {
    localAddress: context.localAddress,
    jar,
    headers: fromPlatform(context.localAddress),
  });
  const greeting = session.status === 200 ? await session.events.next(10_000) : undefined;
  if (!greeting?.session) throw new Error(`no session from the event stream (${session.status})`);
  const token = greeting.session;

  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENT_POSTS });
  const answers = new Tally();
  let sent = 0;
  const poster = async () => {
    while (!context.over() && sent < context.count) {
      const index = sent++;
      try {
        const answer = await postEvent(
          context.target,
          { type: 'message', id: `forged${index}`, message: '¿Cuándo vence la declaración de renta?' },
          {
            localAddress: context.localAddress,
            jar,
            token,
            agent,
            headers: fromPlatform(context.localAddress, { 'x-forwarded-for': forgedAddress(index + 1) }),
          },
        );
        answers.add(String(answer.status));
      } catch (error) {
        answers.add(failureName(error));
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_POSTS }, poster));
  agent.destroy();
  session.request.destroy();

  const forged: EventStream[] = [];
  const forgedOutcomes = new Tally();
  for (let index = 0; index < FORGED_STREAMS && !context.over(); index += 1) {
    const stream = await openEventStream(context.target, {
      localAddress: context.localAddress,
      headers: fromPlatform(context.localAddress, { 'x-forwarded-for': REAL_LOCAL_ADDRESS }),
    }).catch(() => undefined);
    forgedOutcomes.add(String(stream?.status ?? 'failed'));
    if (stream) forged.push(stream);
  }
  const real = await openEventStream(context.target, {
    localAddress: REAL_LOCAL_ADDRESS,
    headers: fromPlatform(REAL_LOCAL_ADDRESS),
  }).catch((error: unknown) => failureName(error));
  const realStatus = typeof real === 'string' ? real : String(real.status);
  if (typeof real !== 'string') real.request.destroy();
  for (const stream of forged) stream.request.destroy();

  const accepted = answers.get('202');
  const limit = context.limits.ratePerAddressPerMinute;
  return {
    did: `${sent} questions each with a new forged X-Forwarded-For (${answers}); ${forged.length} streams forging ${REAL_LOCAL_ADDRESS} (${forgedOutcomes})`,
    checks: [
      {
        name: 'forged header bought no allowance',
        passed: accepted <= limit,
        detail: `${accepted} of ${sent} questions accepted from one client (limit ${limit} a minute per address)`,
      },
      {
        name: 'real client not locked out',
        passed: realStatus === '200',
        detail: `the real ${REAL_LOCAL_ADDRESS} client's stream answered ${realStatus}`,
      },
    ],
  };
};
