import { randomUUID } from 'node:crypto';
import type { CitizenSample, CitizenStart, FromCitizen, ToCitizen } from './citizen-protocol';
import { connectWebSocket, CookieJar, failureName, openEventStream, postEvent, type WireEvent } from './wire';

/**
 * The citizen: an ordinary client in a process of its own, asking the same question every few seconds
 * over one connection (reconnecting with its cookie when it loses it) and timing each final answer.
 * Forked by the harness; everything it measured goes back in one report when told to stop.
 */

interface Conversation {
  ask(id: string, question: string, timeoutMs: number): Promise<void>;
  close(): void;
}

const isAnswerTo = (id: string) => (event: WireEvent) =>
  (event.type === 'response' && event.id === id) || event.type === 'error';

function failIfError(events: WireEvent[]): void {
  const last = events.at(-1);
  if (last?.type === 'error') throw new Error(last.code ?? 'error');
}

async function overWebSocket(start: CitizenStart, jar: CookieJar): Promise<Conversation> {
  const socket = await connectWebSocket(start.target, { localAddress: start.localAddress, jar });
  const greeting = await socket.greeting();
  if (greeting.type !== 'connection') {
    socket.close();
    throw new Error(greeting.code ?? greeting.type);
  }
  return {
    ask: async (id, question, timeoutMs) => {
      socket.send({ type: 'message', id, message: question });
      failIfError(await socket.until(isAnswerTo(id), timeoutMs));
    },
    close: () => socket.close(),
  };
}

async function overHttp(start: CitizenStart, jar: CookieJar): Promise<Conversation> {
  const stream = await openEventStream(start.target, { localAddress: start.localAddress, jar });
  if (stream.status !== 200) throw new Error(stream.refusal?.code ?? `http_${stream.status}`);
  const greeting = await stream.events.next(10_000);
  if (greeting.type !== 'connection' || !greeting.session) {
    stream.request.destroy();
    throw new Error(greeting.code ?? greeting.type);
  }
  const token = greeting.session;
  return {
    ask: async (id, question, timeoutMs) => {
      const sent = await postEvent(
        start.target,
        { type: 'message', id, message: question },
        { localAddress: start.localAddress, jar, token },
      );
      if (sent.status !== 202) throw new Error(sent.body?.code ?? `http_${sent.status}`);
      failIfError(await stream.events.until(isAnswerTo(id), timeoutMs));
    },
    close: () => stream.request.destroy(),
  };
}

const send = (message: FromCitizen) => process.send?.(message);

let stopping = false;
let wake: (() => void) | undefined;

async function run(start: CitizenStart): Promise<CitizenSample[]> {
  const samples: CitizenSample[] = [];
  const jar = new CookieJar();
  const open = start.transport === 'ws' ? overWebSocket : overHttp;
  let conversation: Conversation | undefined;
  while (!stopping) {
    const askedAt = Date.now();
    const startedAt = performance.now();
    try {
      conversation ??= await open(start, jar);
      await conversation.ask(`c${randomUUID().slice(0, 8)}`, start.question, start.answerTimeoutMs);
      samples.push({ askedAt, ms: Math.round(performance.now() - startedAt) });
    } catch (error) {
      samples.push({ askedAt, error: failureName(error) });
      conversation?.close();
      conversation = undefined;
    }
    send({ type: 'answered', count: samples.filter((sample) => sample.ms !== undefined).length });
    const pause = start.intervalMs - (performance.now() - startedAt);
    if (pause > 0 && !stopping) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, pause);
      });
    }
  }
  conversation?.close();
  return samples;
}

process.on('message', (message: ToCitizen) => {
  if (message.type === 'stop') {
    stopping = true;
    wake?.();
    return;
  }
  run(message).then(
    (samples) => {
      send({ type: 'report', samples });
      process.disconnect?.();
    },
    (error: unknown) => send({ type: 'fatal', message: String(error) }),
  );
});
