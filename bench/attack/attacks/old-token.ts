import type { Attack } from '../attacker-protocol';
import { connectWebSocket, CookieJar, postEvent, sleep, type AssistantSocket, type WireEvent } from '../wire';

/** Past the session's TTL by this much, so it has surely expired wherever expiry is checked. */
const EXPIRY_MARGIN_MS = 3_000;
const LISTEN_MS = 3_000;
const ANSWER_TIMEOUT_MS = 20_000;

async function greeted(socket: AssistantSocket): Promise<WireEvent> {
  const greeting = await socket.greeting();
  if (greeting.type !== 'connection') throw new Error(`refused: ${greeting.code ?? greeting.type}`);
  return greeting;
}

async function askAndWait(socket: AssistantSocket, id: string, message: string): Promise<void> {
  socket.send({ type: 'message', id, message });
  await socket.until((event) => event.type === 'response' && event.id === id, ANSWER_TIMEOUT_MS);
}

/**
 * Attack 8: a resume token kept after its conversation expired (a leaked URL, a log, a shared computer).
 * The same browser then starts its next conversation; the old token must not resume into it, nor send
 * questions into it, nor receive its answers.
 */
export const oldToken: Attack = async (context) => {
  const browser = new CookieJar();
  const address = { localAddress: context.localAddress };
  const first = await connectWebSocket(context.target, { ...address, jar: browser });
  const oldToken = (await greeted(first)).session;
  if (!oldToken) throw new Error('no resume token in the connection event');
  await askAndWait(first, 'first-conversation', '¿Qué es la UVT?');
  first.close();
  await sleep(context.limits.sessionTtlSeconds * 1000 + EXPIRY_MARGIN_MS);

  // The same browser, later: its next conversation.
  const next = await connectWebSocket(context.target, { ...address, jar: browser });
  await greeted(next);
  await askAndWait(next, 'next-private-1', '¿Cuándo vence la declaración de renta?');

  // The old token, on a socket without the browser's cookie.
  const holder = await connectWebSocket(context.target, address);
  await greeted(holder);
  holder.send({ type: 'resume', session: oldToken, after: 0 });
  await sleep(LISTEN_MS / 2);
  await askAndWait(next, 'next-private-2', '¿Qué formulario uso?');
  await sleep(LISTEN_MS / 2);
  holder.close();
  next.close();
  const heard = holder.events.items;
  const expired = heard.some((event) => event.type === 'error' && event.code === 'session_expired');
  const leaked = heard.filter((event) => event.id?.startsWith('next-private')).length;

  const posted = await postEvent(
    context.target,
    { type: 'message', id: 'old-token-question', message: '¿Quién debe declarar?' },
    { ...address, token: oldToken },
  );
  return {
    did: `resumed with a token ${context.limits.sessionTtlSeconds} s + ${EXPIRY_MARGIN_MS / 1000} s after its session's TTL while the same browser held its next conversation; POSTed a question with it`,
    checks: [
      {
        name: 'old token refused',
        passed: expired && leaked === 0,
        detail: `resume ${expired ? 'answered session_expired' : 'was accepted'}; ${leaked} event(s) of the next conversation reached the old token`,
      },
      {
        name: 'old token cannot ask',
        passed: posted.status >= 400,
        detail: `a question POSTed with the old token got ${posted.status}${posted.body?.code ? ` ${posted.body.code}` : ''}`,
      },
    ],
  };
};
