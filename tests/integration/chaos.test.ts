import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../lib/client/chat-message';
import { createPanelStore, type PanelState, type PanelStore } from '../../lib/client/panel-store';
import type { AssistantTransport } from '../../lib/client/transport';
import { WebSocketTransport } from '../../lib/client/ws-transport';
import type { ServerEvent } from '../../lib/protocol';
import {
  ChaosProxy,
  chaosSeed,
  faultPlan,
  randomInt,
  seededRandom,
  type Random,
} from '../helpers/chaos-proxy';
import { ScriptedProvider, type Script } from '../helpers/scripted-provider';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { browserLikeSocket } from '../helpers/ws-client';

const SEED = chaosSeed();
const REPLAY = `replay with CHAOS_SEED=${SEED}`;
const SESSIONS = 6;
const QUESTIONS_PER_SESSION = 10;
const DEADLINE_MS = 15_000;
const WORDS = ['renta', 'patrimonio', 'dividendos', 'cédula', 'retención', 'exento', 'deducción', 'UVT'];

interface Conversation {
  questions: string[];
  /** How many questions are typed in a row before waiting for the answers. */
  bursts: number[];
}

/** Questions, their scripted answers and the typing rhythm, all drawn from the seed. */
function planConversations(random: Random): { conversations: Conversation[]; scripts: Map<string, Script> } {
  const pick = () => WORDS[randomInt(random, 0, WORDS.length - 1)] as string;
  const scripts = new Map<string, Script>();
  const conversations = Array.from({ length: SESSIONS }, (_, session): Conversation => {
    const questions = Array.from({ length: QUESTIONS_PER_SESSION }, (_, index) => {
      const tag = `${session + 1}.${index + 1}`;
      const question = `Pregunta ${tag} sobre ${pick()}`;
      // Every delta is unique, so a duplicated or skipped piece cannot go unnoticed.
      const deltas = Array.from(
        { length: randomInt(random, 10, 30) },
        (_, part) => `${pick()}-${tag}.${part + 1} `,
      );
      scripts.set(question, { deltas, delayMs: randomInt(random, 2, 6) });
      return question;
    });
    const bursts: number[] = [];
    for (let left = questions.length; left > 0;) {
      const burst = Math.min(left, randomInt(random, 1, 3));
      bursts.push(burst);
      left -= burst;
    }
    return { questions, bursts };
  });
  return { conversations, scripts };
}

const { conversations, scripts } = planConversations(seededRandom(SEED));
const scriptOf = (question: string) => {
  const script = scripts.get(question);
  if (!script) throw new Error(`no script for "${question}"`);
  return script;
};
const answerTo = (question: string) => scriptOf(question).deltas.join('');
const provider = new ScriptedProvider(scriptOf);

let server: TestServer;
let proxy: ChaosProxy;

interface Run {
  store: PanelStore;
  /** Every event the transport handed to the store, in order. */
  delivered: ServerEvent[];
  /** Message ids the store put on an open socket, re-sends included. */
  sentIds: string[];
  sockets: number;
  /** Store states that showed an answer text the script never produced. */
  violations: string[];
}

/** Answers whose text is not a prefix of (or, once done, equal to) the scripted one, or that failed. */
function checkAnswers(state: PanelState): string[] {
  const questions = new Map(
    state.messages.filter((message) => message.role === 'user').map((message) => [message.id, message.text]),
  );
  return state.messages.flatMap((message) => {
    if (message.role !== 'assistant') return [];
    const expected = answerTo(questions.get(message.id) ?? '');
    const fits =
      message.state === 'done'
        ? message.text === expected
        : message.state === 'sending' || (message.state === 'streaming' && expected.startsWith(message.text));
    return fits
      ? []
      : [`${message.state} answer ${message.id}: ${JSON.stringify(message.text.slice(0, 120))}`];
  });
}

const isPending = (message: ChatMessage) =>
  message.role === 'assistant' && (message.state === 'sending' || message.state === 'streaming');
const settled = (state: PanelState) => !state.messages.some(isPending);

function waitUntilSettled(store: PanelStore, deadline: number, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (settled(store.getState())) return resolve();
    const timer = setTimeout(() => {
      unsubscribe();
      const pending = store.getState().messages.filter(isPending);
      reject(
        new Error(`${label}: answers still pending at the deadline (${REPLAY}): ${JSON.stringify(pending)}`),
      );
    }, deadline - Date.now());
    const unsubscribe = store.subscribe((state) => {
      if (!settled(state)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

/** One citizen: the real store over the real browser transport, typing through the chaos proxy. */
async function converse(conversation: Conversation, label: string, deadline: number): Promise<Run> {
  const delivered: ServerEvent[] = [];
  const sentIds: string[] = [];
  const violations: string[] = [];
  let sockets = 0;
  const store = createPanelStore((listener): AssistantTransport => {
    const transport = new WebSocketTransport({
      url: `ws://127.0.0.1:${proxy.port}/ws/assistant/`,
      listener: {
        onEvent: (event) => {
          delivered.push(event);
          listener.onEvent(event);
        },
        onStatus: (status) => listener.onStatus(status),
      },
      baseDelayMs: 20,
      maxDelayMs: 200,
      connectTimeoutMs: 300,
      createSocket: (url, protocol) => {
        sockets += 1;
        return browserLikeSocket(url, protocol);
      },
    });
    return {
      connect: () => transport.connect(),
      close: () => transport.close(),
      send: (event) => {
        const sent = transport.send(event);
        if (sent && event.type === 'message') sentIds.push(event.id as string);
        return sent;
      },
    };
  });
  store.subscribe((state) => violations.push(...checkAnswers(state)));
  store.getState().open();
  let next = 0;
  for (const burst of conversation.bursts) {
    for (const question of conversation.questions.slice(next, next + burst)) store.getState().send(question);
    next += burst;
    await waitUntilSettled(store, deadline, label);
  }
  return { store, delivered, sentIds, sockets, violations };
}

beforeAll(async () => {
  // Every simulated citizen connects from 127.0.0.1, so the per-address limits would meet them all at once.
  server = await startTestServer(
    {
      RATE_LIMIT_IP_PER_MINUTE: '10000',
      RATE_LIMIT_NEW_SESSIONS_PER_MINUTE: '100000',
      MAX_CONNECTIONS_PER_IP: '1000',
    },
    provider,
  );
  proxy = await ChaosProxy.start({
    targetPort: server.port,
    random: seededRandom(SEED ^ 0x9e3779b9),
    plan: faultPlan({ calmRate: 0.15, maxBytes: { up: 600, down: 2_500 }, stallMs: [20, 500] }),
  });
});

afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

describe('streaming through a hostile network', () => {
  it(`delivers every answer exactly once, complete and in order (CHAOS_SEED=${SEED})`, async () => {
    const deadline = Date.now() + DEADLINE_MS;
    const runs = await Promise.all(
      conversations.map((conversation, index) => converse(conversation, `session ${index + 1}`, deadline)),
    );
    const finalStates = runs.map((run) => run.store.getState());
    runs.forEach((run) => run.store.getState().close());
    const context = `${REPLAY}; proxy ${JSON.stringify(proxy.stats)}`;
    let cutShort = 0;

    runs.forEach((run, index) => {
      const { questions } = conversations[index] as Conversation;
      const state = finalStates[index] as PanelState;
      const where = `session ${index + 1}, ${context}`;
      expect(run.violations, `answer text the script never produced; ${where}`).toEqual([]);

      // The chat shows each question once, followed by its whole answer, in the order asked.
      expect(
        state.messages.map((message) => [message.role, message.text, message.state]),
        `final chat; ${where}`,
      ).toEqual(
        questions.flatMap((question) => [
          ['user', question, 'done'],
          ['assistant', answerTo(question), 'done'],
        ]),
      );
      const ids = state.messages.filter((message) => message.role === 'user').map((message) => message.id);
      expect(
        state.messages.map((message) => message.id),
        `each answer pairs with its question; ${where}`,
      ).toEqual(ids.flatMap((id) => [id, id]));

      // What reached the store: strictly increasing seqs, one final response per question, in order.
      const sequenced = run.delivered.filter((event) => event.type !== 'connection');
      const seqs = sequenced.map((event) => event.seq);
      expect(seqs, `seqs handed to the store must strictly increase; ${where}`).toEqual(
        [...new Set(seqs)].sort((a, b) => a - b),
      );
      expect(
        sequenced.filter((event) => event.type === 'error'),
        `errors; ${where}`,
      ).toEqual([]);
      expect(
        sequenced.flatMap((event) =>
          event.type === 'response' ? [[event.id, event.message, event.stopped]] : [],
        ),
        `one complete response per question, in order; ${where}`,
      ).toEqual(questions.map((question, position) => [ids[position], answerTo(question), undefined]));

      // Deltas that arrived live form an unbroken prefix of the script: none repeated, none skipped.
      questions.forEach((question, position) => {
        const streamed = sequenced.flatMap((event) =>
          event.type === 'delta' && event.id === ids[position] ? [event.delta] : [],
        );
        const { deltas } = scriptOf(question);
        expect(streamed, `live deltas of "${question}"; ${where}`).toEqual(deltas.slice(0, streamed.length));
        if (streamed.length < deltas.length) cutShort += 1;
      });
    });

    // Re-sent ids were answered from memory: the provider saw each question exactly once.
    const asked = new Map<string, number>();
    for (const call of provider.calls) asked.set(call.input, (asked.get(call.input) ?? 0) + 1);
    expect(
      [...asked.entries()].filter(([, count]) => count !== 1),
      `questions the provider saw more than once; ${context}`,
    ).toEqual([]);
    expect(provider.calls.length, `provider calls; ${context}`).toBe(SESSIONS * QUESTIONS_PER_SESSION);

    // The run only proves something if the network really misbehaved and the client really recovered.
    const sockets = runs.reduce((total, run) => total + run.sockets, 0);
    const resent = runs.reduce((total, run) => total + run.sentIds.length - new Set(run.sentIds).size, 0);
    const observed = `${context}; sockets ${sockets}, re-sent ${resent}, answers cut short ${cutShort}`;
    expect(proxy.stats.drops, observed).toBeGreaterThanOrEqual(10);
    expect(proxy.stats.stalls, observed).toBeGreaterThanOrEqual(8);
    expect(proxy.stats.halfCloses, observed).toBeGreaterThanOrEqual(5);
    expect(sockets, observed).toBeGreaterThanOrEqual(SESSIONS * 5);
    expect(resent, observed).toBeGreaterThan(0);
    expect(cutShort, observed).toBeGreaterThan(0);
  });
});
