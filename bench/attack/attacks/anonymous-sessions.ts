import type { Attack } from '../attacker-protocol';
import { Tally } from '../counter';
import { connectWebSocket, failureName } from '../wire';

const CONCURRENCY = 8;

/**
 * Attack 4: connect without a cookie, take the `connection` event, close; again and again. Each cycle is a
 * new anonymous conversation; none may push out a citizen's session (checked by the harness's victim).
 */
export const anonymousSessions: Attack = async (context) => {
  const outcomes = new Tally();
  let cycles = 0;
  const startedAt = performance.now();
  const cycle = async () => {
    while (!context.over() && cycles < context.count) {
      cycles += 1;
      try {
        const client = await connectWebSocket(context.target, { localAddress: context.localAddress });
        const greeting = await client.greeting().catch((error: unknown) => ({
          type: failureName(error),
          code: undefined,
        }));
        outcomes.add(greeting.type === 'connection' ? 'connected' : (greeting.code ?? greeting.type));
        client.close();
      } catch (error) {
        outcomes.add(failureName(error));
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, cycle));
  const seconds = (performance.now() - startedAt) / 1000;
  const perSecond = Math.round(outcomes.get('connected') / seconds);
  return {
    did: `${cycles.toLocaleString('en')} anonymous connect/close cycles: ${outcomes} (${perSecond.toLocaleString('en')} new conversations/s accepted)`,
    checks: [],
  };
};
