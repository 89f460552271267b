import type { Check } from './attacker-protocol';
import { connectWebSocket, CookieJar, failureName, type Target } from './wire';

/**
 * A citizen's session kept through an attack on sessions (attack 4): asked once just before, its socket
 * then gone as a locked phone's is (recent activity, no live connection), and checked afterwards the way
 * the returning browser would find it.
 */

const QUESTION = '¿Cuál es el valor de la UVT en 2026?';
const QUESTION_ID = 'victim-question';
const TIMEOUT_MS = 10_000;

export interface Victim {
  jar: CookieJar;
  token: string;
  /** The seq of its answer: resuming just before it must replay it (a forgotten session never issued it). */
  answerSeq: number;
}

export async function openVictim(target: Target, localAddress: string): Promise<Victim> {
  const jar = new CookieJar();
  const socket = await connectWebSocket(target, { localAddress, jar });
  const greeting = await socket.greeting();
  if (greeting.type !== 'connection' || !greeting.session) {
    throw new Error(`the victim could not connect: ${greeting.code ?? greeting.type}`);
  }
  socket.send({ type: 'message', id: QUESTION_ID, message: QUESTION });
  const seen = await socket.until(
    (event) => event.type === 'response' && event.id === QUESTION_ID,
    TIMEOUT_MS,
  );
  socket.close();
  return { jar, token: greeting.session, answerSeq: seen.at(-1)?.seq ?? 0 };
}

/** The transcript is still there for the cookie, and the resume token still replays the answer. */
export async function checkVictim(target: Target, localAddress: string, victim: Victim): Promise<Check[]> {
  let transcript = 'no connection';
  try {
    const again = await connectWebSocket(target, { localAddress, jar: victim.jar });
    const greeting = await again.greeting();
    again.close();
    transcript = greeting.transcript?.some((line) => line.role === 'user' && line.text === QUESTION)
      ? 'kept'
      : greeting.type === 'connection'
        ? 'gone'
        : (greeting.code ?? greeting.type);
  } catch (error) {
    transcript = failureName(error);
  }
  let resumed = 'no connection';
  try {
    const resumer = await connectWebSocket(target, { localAddress });
    await resumer.greeting();
    resumer.send({ type: 'resume', session: victim.token, after: Math.max(0, victim.answerSeq - 1) });
    const seen = await resumer.until(
      (event) => (event.type === 'response' && event.id === QUESTION_ID) || event.type === 'error',
      TIMEOUT_MS,
    );
    resumer.close();
    const last = seen.at(-1);
    resumed = last?.type === 'response' ? 'replayed the answer' : (last?.code ?? 'nothing');
  } catch (error) {
    resumed = failureName(error);
  }
  return [
    {
      name: 'citizen session survived',
      passed: transcript === 'kept' && resumed === 'replayed the answer',
      detail: `transcript on reconnect: ${transcript}; resume: ${resumed}`,
    },
  ];
}
