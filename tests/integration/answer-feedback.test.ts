import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_VERDICT_CHANGES } from '../../lib/assistant/service';
import { LocalProvider } from '../../lib/assistant/providers/local';
import { answerFromKnowledge } from '../../lib/knowledge/answer';
import { searchKnowledge } from '../../lib/knowledge/retrieval/search';
import { unknownTypeError } from '../../lib/protocol';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { doorClients, DOOR_NAMES, type DoorClient } from '../helpers/door-clients';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { serverPerTest } from '../helpers/server-per-test';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';

/**
 * «Me sirvió» / «No me sirvió»: one verdict per complete answer per session, held by the server in either
 * store, counted per entry and provider, through both doors; and the questions the offline base could not
 * answer, counted. The counts are read from the runtime's `AnswerSignals`, as metrics will.
 */
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';
const finalFor = (id: string) => (event: WireEvent) => isFinal(event) && event.id === id;
const feedbackFor = (id: string) => (event: WireEvent) => event.type === 'feedback' && event.id === id;
const refusal = (event: WireEvent) => event.type === 'error' && event.id === undefined;
const STORES = ['memory', 'redis'] as const;
/** A query the knowledge search returns no entry for (the test that uses it checks). */
const NOTHING_IN_THE_BASE = 'receta de ajiaco santafereño con guascas';

async function ask(client: DoorClient, id: string, message: string): Promise<WireEvent | undefined> {
  await client.send({ type: 'message', id, message });
  return (await client.until(finalFor(id))).at(-1);
}

async function rate(client: DoorClient, id: string, verdict: string): Promise<WireEvent | undefined> {
  await client.send({ type: 'feedback', id, verdict });
  return (await client.until((event) => feedbackFor(id)(event) || refusal(event))).at(-1);
}

const signals = (running: TestServer) => running.runtime.signals.snapshot();

describe('verdicts on offline answers', () => {
  const bench = serverPerTest(new LocalProvider({ chunkDelayMs: 0 }));
  const doors = doorClients(bench);

  describe.each(DOOR_NAMES.flatMap((door) => STORES.map((store) => [door, store] as const)))(
    'over %s, %s store',
    (door, store) => {
      const open = async () => {
        const running = await bench.start(store === 'redis' ? bench.redisEnv('feedback') : {});
        return { running, client: await doors[door](running) };
      };

      it('counts one verdict per answer against its entry, a change as one change, and takes it back', async () => {
        const question = '¿Cuánto vale la UVT en 2025?';
        const entry = answerFromKnowledge(question).entryIds[0];
        expect(entry).toBeDefined();
        const { running, client } = await open();
        expect(await ask(client, 'uvt', question)).toMatchObject({ type: 'response' });

        expect(await rate(client, 'uvt', 'helpful')).toMatchObject({ type: 'feedback', verdict: 'helpful' });
        // Replayed or repeated: the session already holds it, so nothing more is counted.
        for (let repeat = 0; repeat < 3; repeat += 1) {
          expect(await rate(client, 'uvt', 'helpful')).toMatchObject({ verdict: 'helpful' });
        }
        expect(signals(running).verdicts).toEqual([
          { provider: 'local', entry, verdict: 'helpful', count: 1 },
        ]);

        expect(await rate(client, 'uvt', 'unhelpful')).toMatchObject({ verdict: 'unhelpful' });
        expect(await rate(client, 'uvt', 'none')).toMatchObject({ verdict: 'none' });
        const { verdicts, withdrawn } = signals(running);
        expect(verdicts).toEqual(
          expect.arrayContaining([
            { provider: 'local', entry, verdict: 'helpful', count: 1 },
            { provider: 'local', entry, verdict: 'unhelpful', count: 1 },
          ]),
        );
        expect(verdicts).toHaveLength(2);
        // Held now: given − taken back = none.
        expect(withdrawn).toEqual(
          expect.arrayContaining([
            { provider: 'local', entry, verdict: 'helpful', count: 1 },
            { provider: 'local', entry, verdict: 'unhelpful', count: 1 },
          ]),
        );
        expect(withdrawn).toHaveLength(2);
      });

      it('counts a question the base has no entry for, but not a greeting or a declined subject', async () => {
        const gap = 'declaracion de renta de un astronauta';
        const declined = 'tarifa del impuesto predial en bogota';
        expect(answerFromKnowledge(gap)).toMatchObject({ kind: 'not-found', unanswered: true });
        expect(answerFromKnowledge(declined)).toMatchObject({ kind: 'not-found', unanswered: false });
        const { running, client } = await open();

        await ask(client, 'hola', 'hola');
        await ask(client, 'predial', declined);
        expect(signals(running).unanswered).toEqual([]);
        await ask(client, 'prima', gap);
        expect(signals(running).unanswered).toEqual([{ provider: 'local', count: 1 }]);

        // The citizen's verdict on that honest "I don't know" is counted against it too.
        await rate(client, 'prima', 'unhelpful');
        expect(signals(running).verdicts).toEqual([
          { provider: 'local', entry: 'not-found', verdict: 'unhelpful', count: 1 },
        ]);
      });
    },
  );
});

describe('verdicts a client should not be able to give', () => {
  let release = () => undefined as void;
  const provider = new ScriptedProvider((input) => {
    if (input === 'retenida') {
      const until = new Promise<void>((resolve) => {
        release = resolve;
      });
      return { deltas: ['Uno ', 'dos'], delayMs: 1, hold: { after: 1, until } };
    }
    if (input === 'falla') return { deltas: ['Uno '], delayMs: 1, failWith: new Error('boom') };
    return { deltas: ['Sobre ', input], delayMs: 1 };
  });
  const bench = serverPerTest(provider);
  const doors = doorClients(bench);

  describe.each(DOOR_NAMES.flatMap((door) => STORES.map((store) => [door, store] as const)))(
    'over %s, %s store',
    (door, store) => {
      const start = () => bench.start(store === 'redis' ? bench.redisEnv('feedback-hostile') : {});
      const untouched = (running: TestServer) =>
        expect(signals(running)).toEqual({ verdicts: [], withdrawn: [], unanswered: [] });

      it('refuses a forged id in Spanish, without naming an answer, and keeps serving', async () => {
        const running = await start();
        const client = await doors[door](running);
        const refused = await rate(client, 'inventada', 'helpful');
        expect(refused).toMatchObject({
          type: 'error',
          code: 'bad_request',
          message: USER_ERRORS.unratableAnswer,
        });
        expect(refused?.id).toBeUndefined();
        expect(await ask(client, 'luego', 'sigue')).toMatchObject({ type: 'response' });
        untouched(running);
      });

      it('refuses a verdict on an answer still being written, and takes it once complete', async () => {
        const running = await start();
        const client = await doors[door](running);
        await client.send({ type: 'message', id: 'lenta', message: 'retenida' });
        await client.until((event) => event.type === 'delta' && event.id === 'lenta');
        expect(await rate(client, 'lenta', 'helpful')).toMatchObject({ code: 'bad_request' });
        untouched(running);
        release();
        await client.until(finalFor('lenta'));
        expect(await rate(client, 'lenta', 'helpful')).toMatchObject({ type: 'feedback' });
        expect(signals(running).verdicts).toEqual([
          { provider: 'local', entry: 'modelo', verdict: 'helpful', count: 1 },
        ]);
      });

      it("refuses a verdict on another session's answer", async () => {
        const running = await start();
        const owner = await doors[door](running);
        const intruder = await doors[door](running);
        await ask(owner, 'ajena', 'mi pregunta');
        expect(await rate(intruder, 'ajena', 'unhelpful')).toMatchObject({ code: 'bad_request' });
        untouched(running);
      });

      it('refuses verdicts on failed answers', async () => {
        const running = await start();
        const client = await doors[door](running);
        expect(await ask(client, 'rota', 'falla')).toMatchObject({ type: 'error' });
        expect(await rate(client, 'rota', 'unhelpful')).toMatchObject({ code: 'bad_request' });
        untouched(running);
      });

      it('bounds how many times a flood can change one verdict', async () => {
        const running = await start();
        const client = await doors[door](running);
        await ask(client, 'voluble', 'pregunta');
        const verdicts = ['helpful', 'unhelpful'];
        for (let change = 0; change < MAX_VERDICT_CHANGES; change += 1) {
          expect(await rate(client, 'voluble', verdicts[change % 2] as string)).toMatchObject({
            type: 'feedback',
          });
        }
        const held = verdicts[(MAX_VERDICT_CHANGES - 1) % 2];
        const other = verdicts[MAX_VERDICT_CHANGES % 2] as string;
        expect(await rate(client, 'voluble', other)).toMatchObject({
          type: 'error',
          code: 'rate_limited',
          message: USER_ERRORS.tooManyVerdictChanges,
        });
        // The verdict held stays, and may still be repeated.
        expect(await rate(client, 'voluble', held as string)).toMatchObject({ verdict: held });
        const given = signals(running).verdicts.reduce((sum, tally) => sum + tally.count, 0);
        const takenBack = signals(running).withdrawn.reduce((sum, tally) => sum + tally.count, 0);
        expect(given).toBe(MAX_VERDICT_CHANGES);
        expect(given - takenBack).toBe(1);
      });

      it('refuses a malformed verdict in Spanish', async () => {
        const running = await start();
        const client = await doors[door](running);
        await ask(client, 'q', 'pregunta');
        await client.send({ type: 'feedback', id: 'q', verdict: 'excelente' });
        expect((await client.until(refusal)).at(-1)).toMatchObject({
          code: 'bad_request',
          message: expect.stringMatching(/"helpful", "unhelpful" o "none"/),
        });
        untouched(running);
      });
    },
  );

  it('leaves v1 clients as they were: feedback is not a v1 event', async () => {
    const running = await bench.start();
    const client = await TestClient.connect(running.wsUrl, { headers: { origin: running.httpUrl } });
    try {
      await client.next();
      client.send({ type: 'feedback', id: 'x', verdict: 'helpful' });
      expect(await client.next()).toEqual({ type: 'error', message: unknownTypeError('feedback', 1) });
    } finally {
      client.close();
    }
  });
});

describe('verdicts on OpenAI answers', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    server = await startTestServer({
      OPENAI_API_KEY: fake.apiKey,
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MODEL: 'gpt-5-mini',
    });
  });
  afterEach(() => {
    clients.splice(0).forEach((client) => client.close());
    fake.reset();
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  async function openAsk(id: string, question: string): Promise<TestClient> {
    const client = await TestClient.connect(server.wsUrl, { v2: true, headers: { origin: server.httpUrl } });
    clients.push(client);
    await client.next();
    client.send({ type: 'message', id, message: question });
    expect((await client.until(finalFor(id))).at(-1)).toMatchObject({ type: 'response' });
    client.send({ type: 'feedback', id, verdict: 'helpful' });
    await client.until(feedbackFor(id));
    return client;
  }

  const tally = (entry: string) =>
    server.runtime.signals.snapshot().verdicts.find((row) => row.provider === 'openai' && row.entry === entry)
      ?.count;

  it('counts a verdict against the entry the model found through the knowledge tool', async () => {
    fake.enqueue({
      kind: 'function-call',
      calls: [{ name: 'search_knowledge', arguments: { query: 'valor de la UVT 2026', limit: 1 } }],
    });
    await openAsk('k1', '¿Cuánto vale la UVT en 2026?');
    expect(tally('uvt-2026')).toBe(1);
  });

  it('counts a free answer as «modelo», and a search that found nothing as a gap of the base', async () => {
    const before = tally('modelo') ?? 0;
    await openAsk('libre', '¿Qué es la DIAN?');
    expect(tally('modelo')).toBe(before + 1);
    expect(server.runtime.signals.snapshot().unanswered).toEqual([]);

    expect(searchKnowledge(NOTHING_IN_THE_BASE)).toEqual([]);
    fake.enqueue({
      kind: 'function-call',
      calls: [{ name: 'search_knowledge', arguments: { query: NOTHING_IN_THE_BASE, limit: null } }],
    });
    await openAsk('vacia', NOTHING_IN_THE_BASE);
    expect(tally('modelo')).toBe(before + 2);
    expect(server.runtime.signals.snapshot().unanswered).toEqual([{ provider: 'openai', count: 1 }]);
  });
});
