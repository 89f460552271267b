import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { privacyNotice } from '../../lib/privacy/personal-data';
import { createLogger } from '../../lib/server/logger';
import { mintSessionId, SESSION_COOKIE, signSessionId } from '../../lib/server/session-cookie';
import { TRANSCRIPTION_PATH } from '../../lib/transcription';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server';
import { leaks, WITH_PERSONAL_DATA, type PersonalDataCase } from '../fixtures/personal-data-corpus';
import { startRedis, type RunningRedis } from '../helpers/redis-server';
import { SseClient } from '../helpers/sse-client';
import { startTestServer, TEST_SECRET, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';
import { ASSISTANT_HTTP_PATH } from '../../lib/wire';

/**
 * Proof at the boundary: the corpus of questions with personal data goes through the real server (Redis
 * store, OpenAI provider against the fake) over each door, and whatever leaves the process — the requests
 * OpenAI receives, the keys Redis holds, the log lines — must not carry any of it.
 */

const ANSWER = 'Con gusto te explico.';
const KEY_PREFIX = `pii:${randomUUID()}:`;
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

let redis: RunningRedis;
let fake: FakeOpenAI;
let server: TestServer;
const logLines: string[] = [];

beforeAll(async () => {
  redis = await startRedis();
  fake = await startFakeOpenAI({ defaultBehavior: { kind: 'text', text: ANSWER, chunkDelayMs: 0 } });
  server = await startTestServer(
    {
      OPENAI_API_KEY: fake.apiKey,
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MODEL: 'gpt-5-mini',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: KEY_PREFIX,
      // The whole corpus is asked in one session per door.
      RATE_LIMIT_SESSION_PER_MINUTE: '10000',
      RATE_LIMIT_IP_PER_MINUTE: '100000',
      RATE_LIMIT_FRAMES_PER_MINUTE: '100000',
      RATE_LIMIT_FRAMES_IP_PER_MINUTE: '100000',
    },
    undefined,
    createLogger('debug', (line) => logLines.push(line)),
  );
});

afterEach(() => {
  fake.reset();
  logLines.length = 0;
});

afterAll(async () => {
  await server.close();
  await fake.close();
  await redis.stop();
});

/** Every value under the server's key prefix, whatever its Redis type, one string per value. */
async function redisContents(): Promise<string[]> {
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    const values: string[] = [];
    for await (const keys of client.scanIterator({ MATCH: `${KEY_PREFIX}*`, COUNT: 1000 })) {
      for (const key of keys) {
        values.push(key);
        const type = await client.type(key);
        if (type === 'string') values.push(String(await client.get(key)));
        if (type === 'hash') values.push(...Object.values(await client.hGetAll(key)).map(String));
        if (type === 'list') values.push(...(await client.lRange(key, 0, -1)));
        if (type === 'zset') values.push(...(await client.zRange(key, 0, -1)));
        if (type === 'stream') {
          for (const entry of await client.xRange(key, '-', '+')) {
            values.push(...Object.values(entry.message).map(String));
          }
        }
      }
    }
    return values;
  } finally {
    client.destroy();
  }
}

/** What left the process: each recorded OpenAI request body, each Redis value and each log line. */
async function outbound(): Promise<Array<{ where: string; text: string }>> {
  return [
    ...fake.requests.map((request) => ({
      where: `openai ${request.path}`,
      text: JSON.stringify(request.body),
    })),
    ...(await redisContents()).map((text) => ({ where: 'redis', text })),
    ...logLines.map((text) => ({ where: 'log', text })),
  ];
}

async function expectNoLeaks(cases: readonly PersonalDataCase[]) {
  const found = (await outbound()).flatMap(({ where, text }) =>
    cases.flatMap((testCase) => {
      const leaked = leaks(text, testCase);
      return leaked ? [`${where}: ${leaked}`] : [];
    }),
  );
  expect(found).toEqual([]);
}

/** The fake did receive the questions, masked: a test that sent nothing upstream would prove nothing. */
function expectUpstreamSawPlaceholders(count: number) {
  const inputs = fake.requests
    .filter((request) => request.path === '/v1/responses')
    .map((request) => JSON.stringify(request.body));
  expect(inputs).toHaveLength(count);
  expect(inputs.filter((input) => /\[[a-zé]+ ocult[ao]/i.test(input)).length).toBe(count);
}

describe('personal data at the boundary', () => {
  it('over the WebSocket (v2): nothing of the corpus reaches OpenAI, Redis or the logs; one notice', async () => {
    const client = await TestClient.connect(server.wsUrl, { v2: true });
    await client.next();
    const answers: string[] = [];
    for (const [index, testCase] of WITH_PERSONAL_DATA.entries()) {
      client.send({ type: 'message', id: `w${index}`, message: testCase.text });
      const events = await client.until((event) => isFinal(event) && event.id === `w${index}`);
      answers.push(String(events.at(-1)?.message));
    }
    client.close();

    expect(answers.every((answer) => answer.endsWith(ANSWER))).toBe(true);
    // Told once per conversation, at the start of the first answer, naming what that question hid.
    expect(answers[0]).toBe(`${privacyNotice(WITH_PERSONAL_DATA[0]?.kinds ?? [])}${ANSWER}`);
    expect(answers.slice(1).every((answer) => answer === ANSWER)).toBe(true);
    expectUpstreamSawPlaceholders(WITH_PERSONAL_DATA.length);
    await expectNoLeaks(WITH_PERSONAL_DATA);
  });

  it('over HTTP (POST + event stream): the same, and the transcript a reload shows is masked', async () => {
    const stream = await SseClient.open(`${server.httpUrl}${ASSISTANT_HTTP_PATH}`, {
      origin: server.httpUrl,
    });
    const cookie = (stream.response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    await stream.next();
    for (const [index, testCase] of WITH_PERSONAL_DATA.entries()) {
      const posted = await fetch(`${server.httpUrl}${ASSISTANT_HTTP_PATH}`, {
        method: 'POST',
        headers: { origin: server.httpUrl, 'content-type': 'application/json', cookie },
        body: JSON.stringify({ type: 'message', id: `h${index}`, message: testCase.text }),
      });
      expect(posted.status).toBe(202);
      await stream.until((event) => isFinal(event) && event.id === `h${index}`);
    }
    stream.close();

    const reload = await SseClient.open(`${server.httpUrl}${ASSISTANT_HTTP_PATH}`, {
      origin: server.httpUrl,
      cookie,
    });
    const hello = await reload.next();
    reload.close();
    const transcript = JSON.stringify(hello.data.transcript);
    expect(transcript).toContain('[cédula oculta]');
    expect(WITH_PERSONAL_DATA.filter((testCase) => leaks(transcript, testCase))).toEqual([]);
    expectUpstreamSawPlaceholders(WITH_PERSONAL_DATA.length);
    await expectNoLeaks(WITH_PERSONAL_DATA);
  });

  it('keeps the v1 wire format: the notice is part of the answer a v1 client already reads', async () => {
    const client = await TestClient.connect(server.wsUrl);
    await client.next();
    client.send({ type: 'message', message: 'Mi cédula es 1.020.304.050, ¿tengo que declarar renta?' });
    const [response] = await client.until(isFinal);
    client.close();
    expect(Object.keys(response ?? {})).toEqual(['type', 'message']);
    expect(response?.message).toBe(`${privacyNotice(['cedula'])}${ANSWER}`);
    await expectNoLeaks(WITH_PERSONAL_DATA.slice(0, 1));
  });

  it('masks the text of a voice transcription before it goes back to the page', async () => {
    const cookie = `${SESSION_COOKIE}=${signSessionId(mintSessionId(), TEST_SECRET)}`;
    const spoken = WITH_PERSONAL_DATA.slice(0, 10);
    for (const testCase of spoken) {
      fake.enqueueTranscription({ kind: 'text', text: testCase.text });
      const response = await fetch(`${server.httpUrl}${TRANSCRIPTION_PATH}`, {
        method: 'POST',
        headers: { origin: server.httpUrl, 'content-type': 'audio/webm', cookie },
        body: new Uint8Array(Buffer.alloc(2048, 7)),
      });
      const { text } = (await response.json()) as { text: string };
      expect(response.status).toBe(200);
      expect(leaks(text, testCase)).toBeUndefined();
      expect(text).toMatch(/\[[a-zé]+ ocult[ao]/i);
    }
    await expectNoLeaks(spoken);
  });
});
