import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBE_HEADER } from '../helpers/worker-probe';
import { parseSamples } from '../helpers/prometheus-text';
import { freePort } from '../helpers/process';
import { startRedis, type RunningRedis } from '../helpers/redis-server';
import { SseClient } from '../helpers/sse-client';
import { TEST_SECRET } from '../helpers/test-server';
import { EVENT_WAIT_MS, SEQUENCE_WAIT_MS } from '../helpers/waits';
import { TestClient, type WireEvent } from '../helpers/ws-client';
import { ASSISTANT_HTTP_PATH, SESSION_TOKEN_HEADER } from '../../lib/wire';

/**
 * `WEB_CONCURRENCY=2`: the real server process (lib/server/serve.ts, through tests/helpers/cluster-entry.ts)
 * runs two workers on one port, sharing a real redis-server. Every connection says which worker took it
 * (`x-probe`), so these tests know they crossed from one worker to the other.
 */

/** A long answer (about 77 pieces, 100 ms apart): for the tests that catch one mid-stream. */
const QUESTION = '¿Qué es la UVT?';
/** A short one (7 pieces): for the tests that only need an answer to arrive. */
const THANKS = 'gracias';
const METRICS_TOKEN = 'cluster-metrics-token-0123456789abcdef';
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

let redis: RunningRedis;
let primary: ChildProcess;
let output = '';
let exited: Promise<number | null>;
let port: number;
let origin: string;
const clients: TestClient[] = [];
const streams: SseClient[] = [];
let probes = 0;

function logged(event: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((line) => line.includes(`"event":"${event}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Which worker (pid) took the connection sent with `probe`. */
async function workerOf(probe: string): Promise<number> {
  const needle = `{"probe":"${probe}","pid":`;
  await expect.poll(() => output.includes(needle), { timeout: EVENT_WAIT_MS }).toBe(true);
  const line = output.split('\n').find((candidate) => candidate.startsWith(needle)) as string;
  return (JSON.parse(line) as { pid: number }).pid;
}

async function connect(): Promise<{ client: TestClient; pid: number }> {
  const probe = `ws-${(probes += 1)}`;
  const client = await TestClient.connect(`ws://127.0.0.1:${port}/ws/assistant/`, {
    v2: true,
    headers: { origin, [PROBE_HEADER]: probe },
  });
  clients.push(client);
  return { client, pid: await workerOf(probe) };
}

/** Connects until a worker other than `pid` takes the connection (each one is handed out in turn). */
async function connectAwayFrom(pid: number): Promise<TestClient> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const other = await connect();
    if (other.pid !== pid) return other.client;
    other.client.close();
  }
  throw new Error(`every connection landed on worker ${pid}`);
}

/** A POST on a connection of its own (no keep-alive), so the cluster may hand it to any worker. */
function post(body: unknown, headers: Record<string, string>): Promise<{ status: number; pid: number }> {
  const probe = `post-${(probes += 1)}`;
  return new Promise((resolve, reject) => {
    const sent = request(
      `http://127.0.0.1:${port}${ASSISTANT_HTTP_PATH}`,
      {
        method: 'POST',
        agent: false,
        headers: { origin, 'content-type': 'application/json', [PROBE_HEADER]: probe, ...headers },
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          workerOf(probe).then((pid) => resolve({ status: response.statusCode ?? 0, pid }), reject);
        });
      },
    );
    sent.on('error', reject);
    sent.end(JSON.stringify(body));
  });
}

/** Answers counted by the instance, scraped on a connection of its own so the cluster may hand it to any worker. */
function answeredPerScrape(): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(
      `http://127.0.0.1:${port}/metrics`,
      { agent: false, headers: { authorization: `Bearer ${METRICS_TOKEN}` } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          if (response.statusCode !== 200)
            return reject(new Error(`/metrics answered ${response.statusCode}`));
          const answered = parseSamples(text).filter(
            (sample) => sample.name === 'assistant_questions_answered_total',
          );
          resolve(answered.reduce((sum, sample) => sum + sample.value, 0));
        });
      },
    );
    sent.on('error', reject);
    sent.end();
  });
}

const inOrderOnce = (events: WireEvent[]) => {
  const seqs = events.map((event) => event.seq as number);
  expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
};
const deltaText = (events: WireEvent[]) =>
  events
    .filter((event) => event.type === 'delta')
    .map((event) => event.delta)
    .join('');

beforeAll(async () => {
  redis = await startRedis();
  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  primary = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/cluster-entry.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      SESSION_SECRET: TEST_SECRET,
      OPENAI_API_KEY: '',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: 'cluster:',
      WEB_CONCURRENCY: '2',
      LOCAL_STREAM_DELAY_MS: '100',
      // What these tests prove does not depend on Redis's speed: a starved machine must not fail them.
      REDIS_COMMAND_TIMEOUT_MS: '20000',
      SHUTDOWN_GRACE_MS: '300',
      METRICS_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  primary.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  primary.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  exited = new Promise((resolve) => primary.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (logged('cluster.listening').length === 0) return;
      primary.stdout?.off('data', check);
      resolve();
    };
    primary.stdout?.on('data', check);
    exited.then((code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
  // Three processes load the whole server: minutes on a 2-core machine running the full suite.
}, 240_000);

afterAll(async () => {
  clients.forEach((client) => client.close());
  streams.forEach((stream) => stream.close());
  if (primary.exitCode === null) primary.kill('SIGKILL');
  await redis.stop();
});

describe('WEB_CONCURRENCY=2 with Redis', () => {
  it('starts two workers on one port and says so once', () => {
    const [listening, ...more] = logged('cluster.listening');
    expect(more).toEqual([]);
    expect(listening).toMatchObject({ port, workers: 2 });
    const pids = new Set(String(listening?.pids).split(',').map(Number));
    expect(pids.size).toBe(2);
    expect(pids.has(primary.pid as number)).toBe(false);
  });

  it('resumes on the other worker an answer streaming on the first: replayed, then live, nothing lost or doubled', async () => {
    const first = await connect();
    const hello = await first.client.next();
    first.client.send({ type: 'message', id: 'q1', message: QUESTION });
    const seen = await first.client.until((event) => event.type === 'delta');
    seen.push(...(await first.client.until((event) => event.type === 'delta')));
    first.client.close();

    const second = await connectAwayFrom(first.pid);
    await second.next();
    second.send({ type: 'resume', session: hello.session, after: (seen.at(-1) as WireEvent).seq });
    const rest = await second.until(isFinal);
    const all = [...seen, ...rest];
    inOrderOnce(all);
    expect(rest.at(-1)).toMatchObject({ type: 'response', id: 'q1' });
    expect(deltaText(all)).toBe(rest.at(-1)?.message);
  });

  it('streams to an event stream on one worker what a POST taken by the other worker asked', async () => {
    const probe = `sse-${(probes += 1)}`;
    const stream = await SseClient.open(`http://127.0.0.1:${port}${ASSISTANT_HTTP_PATH}`, {
      origin,
      [PROBE_HEADER]: probe,
    });
    streams.push(stream);
    const streamPid = await workerOf(probe);
    const token = String((await stream.next()).data.session);
    let id = '';
    let asked: { status: number; pid: number };
    do {
      id = `h${probes}`;
      asked = await post({ type: 'message', id, message: THANKS }, { [SESSION_TOKEN_HEADER]: token });
    } while (asked.pid === streamPid && probes < 40);
    expect(asked.status).toBe(202);
    expect(asked.pid).not.toBe(streamPid);
    const events = (await stream.until((event) => isFinal(event) && event.id === id)).map(
      (event) => event.data,
    );
    inOrderOnce(events);
    expect(events.at(-1)).toMatchObject({ type: 'response', id });
  });

  it('serves /metrics summed over both workers, whichever worker takes the scrape', async () => {
    const before = await answeredPerScrape();
    const one = await connect();
    const other = await connectAwayFrom(one.pid);
    for (const [index, client] of [one.client, other].entries()) {
      await client.next();
      client.send({ type: 'message', id: `m${index}`, message: THANKS });
      expect((await client.until(isFinal)).at(-1)).toMatchObject({ type: 'response', id: `m${index}` });
    }
    // Connections are handed out in turn, so four scrapes reach both workers; each must count both answers.
    const scrapes = [];
    for (let index = 0; index < 4; index += 1) scrapes.push(await answeredPerScrape());
    expect(scrapes).toEqual([before + 2, before + 2, before + 2, before + 2]);
  });

  it('replaces a worker that dies while the other keeps serving', { timeout: 60_000 }, async () => {
    const { client: before, pid: victim } = await connect();
    before.close();
    process.kill(victim, 'SIGKILL');
    await expect
      .poll(() => logged('cluster.worker_exited').map((line) => line.pid), { timeout: EVENT_WAIT_MS })
      .toContain(victim);
    // Readiness is per worker: every connection now reaches the survivor, which is ready.
    expect((await fetch(`${origin}/api/ready`)).status).toBe(200);
    // A new worker loads the whole server first: seconds on a busy machine.
    await expect.poll(() => logged('cluster.worker_replaced').length, { timeout: SEQUENCE_WAIT_MS }).toBe(1);
    const replacement = logged('cluster.worker_replaced')[0]?.pid as number;
    expect(replacement).not.toBe(victim);

    let onReplacement = await connect();
    while (onReplacement.pid !== replacement && probes < 60) {
      onReplacement.client.close();
      onReplacement = await connect();
    }
    expect(onReplacement.pid).toBe(replacement);
    await onReplacement.client.next();
    onReplacement.client.send({ type: 'message', id: 'r1', message: THANKS });
    expect((await onReplacement.client.until(isFinal)).at(-1)).toMatchObject({ type: 'response', id: 'r1' });
  });

  it('on SIGTERM drains every worker: each tells its clients, closes with 1001, and the primary exits 0', async () => {
    const one = await connect();
    const other = await connectAwayFrom(one.pid);
    for (const [index, client] of [one.client, other].entries()) {
      await client.next();
      client.send({ type: 'message', id: `fin${index}`, message: QUESTION });
      await client.until((event) => event.type === 'delta');
    }
    primary.kill('SIGTERM');
    for (const [index, client] of [one.client, other].entries()) {
      const events = await client.until(isFinal);
      expect(events.at(-1)).toMatchObject({ type: 'error', id: `fin${index}`, code: 'shutting_down' });
      expect(await client.closed).toEqual({ code: 1001, reason: 'El servidor se está reiniciando' });
    }
    expect(await exited).toBe(0);
    // Both workers and the primary said they stopped.
    expect(logged('server.stopped')).toHaveLength(3);
  }, 30_000);
});
