import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AssistantError } from '../../lib/assistant/errors';
import type { AssistantProvider } from '../../lib/assistant/provider';
import { METRICS_ERRORS, METRICS_PATH } from '../../lib/server/metrics/endpoint';
import { ASSISTANT_HTTP_PATH } from '../../lib/wire';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server';
import { parseSamples, promtoolCheck, seriesKeys, valueOf, type Sample } from '../helpers/prometheus-text';
import { startRedis, type RunningRedis } from '../helpers/redis-server';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { SseClient } from '../helpers/sse-client';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';

const TOKEN = 'metrics-token-that-is-long-enough-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';

const provider = new ScriptedProvider((input) =>
  input === 'falla'
    ? { deltas: ['a'], failWith: new AssistantError('upstream_failed', 'falló') }
    : { deltas: ['Sobre ', input], delayMs: 1 },
);

const servers: TestServer[] = [];
const clients: Array<{ close(): void }> = [];

/** `configured`: the provider the configuration picks (OpenAI in front of the fake), not the scripted one. */
async function server(
  env: Record<string, string> = {},
  given: AssistantProvider | 'configured' = provider,
): Promise<TestServer> {
  const started = await startTestServer(
    { METRICS_TOKEN: TOKEN, ...env },
    given === 'configured' ? undefined : given,
  );
  servers.push(started);
  return started;
}

async function scrape(target: TestServer): Promise<Sample[]> {
  const response = await fetch(`${target.httpUrl}${METRICS_PATH}`, { headers: AUTH });
  expect(response.status).toBe(200);
  return parseSamples(await response.text());
}

/** A v2 WebSocket client of `target`, from `localAddress` when given (another client address). */
async function wsClient(target: TestServer, options: { localAddress?: string; cookie?: string } = {}) {
  const client = await TestClient.connect(target.wsUrl, {
    v2: true,
    localAddress: options.localAddress,
    headers: { origin: target.httpUrl, ...(options.cookie ? { cookie: options.cookie } : {}) },
  });
  clients.push(client);
  expect((await client.next()).type).toBe('connection');
  return client;
}

async function askOverWebSocket(client: TestClient, id: string, message: string): Promise<WireEvent> {
  client.send({ type: 'message', id, message });
  return (await client.until((event) => event.id === id && isFinal(event))).at(-1) as WireEvent;
}

afterEach(() => {
  clients.splice(0).forEach((client) => client.close());
});

async function closeServers(): Promise<void> {
  await Promise.all(servers.splice(0).map((running) => running.close()));
}

afterAll(closeServers);

describe('GET /metrics', () => {
  it('is Prometheus text format that Prometheus’s own parser accepts', async () => {
    const target = await server();
    await askOverWebSocket(await wsClient(target), 'm1', 'hola');
    const response = await fetch(`${target.httpUrl}${METRICS_PATH}`, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const checked = await promtoolCheck(text);
    // 1 is a parse error; 3 lists lint findings, of which prom-client's own default gauges named `…_total`
    // are the only ones allowed.
    expect(checked.code).not.toBe(1);
    const findings = checked.output.split('\n').filter((line) => line.trim() !== '');
    expect(findings.filter((line) => !/^nodejs_active_\w+_total non-counter metrics/.test(line))).toEqual([]);
    const samples = parseSamples(text);
    // The default metrics: process CPU and memory, event-loop lag.
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
    ])
      expect(valueOf(samples, name)).toBeGreaterThanOrEqual(0);
  });

  it('counts questions and answers over WebSocket and over SSE, with latencies and open connections', async () => {
    const target = await server();
    const labels = { provider: 'local' };
    const ws = await wsClient(target);
    expect(await askOverWebSocket(ws, 'w1', 'renta')).toMatchObject({
      type: 'response',
      message: 'Sobre renta',
    });

    const stream = await SseClient.open(`${target.httpUrl}${ASSISTANT_HTTP_PATH}`, {
      origin: target.httpUrl,
    });
    clients.push(stream);
    expect((await stream.next()).data.type).toBe('connection');
    const cookie = (stream.response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const posted = await fetch(`${target.httpUrl}${ASSISTANT_HTTP_PATH}`, {
      method: 'POST',
      headers: { origin: target.httpUrl, 'content-type': 'application/json', cookie },
      body: JSON.stringify({ type: 'message', id: 's1', message: 'plazos' }),
    });
    expect(posted.status).toBe(202);
    expect((await stream.until(isFinal)).at(-1)?.data).toMatchObject({ type: 'response', id: 's1' });

    const during = await scrape(target);
    expect(valueOf(during, 'assistant_questions_queued_total', labels)).toBe(2);
    expect(valueOf(during, 'assistant_questions_answered_total', labels)).toBe(2);
    expect(valueOf(during, 'assistant_first_delta_seconds_count', labels)).toBe(2);
    expect(valueOf(during, 'assistant_answer_seconds_count', labels)).toBe(2);
    expect(valueOf(during, 'assistant_answer_seconds_sum', labels)).toBeGreaterThan(0);
    expect(valueOf(during, 'assistant_open_connections', { transport: 'websocket' })).toBe(1);
    expect(valueOf(during, 'assistant_open_connections', { transport: 'sse' })).toBe(1);
    expect(valueOf(during, 'assistant_sessions')).toBe(2);

    ws.close();
    stream.close();
    await expect
      .poll(async () => {
        const after = await scrape(target);
        return ['websocket', 'sse'].map((transport) =>
          valueOf(after, 'assistant_open_connections', { transport }),
        );
      })
      .toEqual([0, 0]);
  });

  it('counts a failed answer by its error code and a refused question by its code', async () => {
    const target = await server({ RATE_LIMIT_SESSION_PER_MINUTE: '2' });
    const client = await wsClient(target);
    expect(await askOverWebSocket(client, 'f1', 'falla')).toMatchObject({
      type: 'error',
      code: 'upstream_failed',
    });
    await askOverWebSocket(client, 'f2', 'hola');
    expect(await askOverWebSocket(client, 'f3', 'otra')).toMatchObject({
      type: 'error',
      code: 'rate_limited',
    });
    const samples = await scrape(target);
    const failed = (code: string) => valueOf(samples, 'assistant_questions_failed_total', { code });
    const rejected = (code: string) => valueOf(samples, 'assistant_questions_rejected_total', { code });
    expect(failed('upstream_failed')).toBe(1);
    expect(failed('internal')).toBe(0);
    expect(rejected('rate_limited')).toBe(1);
    expect(valueOf(samples, 'assistant_questions_answered_total')).toBe(1);
  });

  it('shows each refusal kind RefusalCounter keeps, slow readers apart', async () => {
    const target = await server();
    // A WebSocket upgrade on a path no door owns: refused and counted as `foreign_upgrade`.
    await expect(TestClient.connect(target.wsUrl.replace('/ws/assistant/', '/otra-ruta'))).rejects.toThrow(
      /unexpected response 404/,
    );
    target.runtime.refusals.count('slow_reader');
    await expect
      .poll(async () =>
        valueOf(await scrape(target), 'assistant_refusals_total', { kind: 'foreign_upgrade' }),
      )
      .toBe(1);
    const samples = await scrape(target);
    expect(valueOf(samples, 'assistant_refusals_total', { kind: 'slow_reader' })).toBe(1);
    expect(valueOf(samples, 'assistant_slow_readers_cut_total')).toBe(1);
  });
});

describe('what citizens tell operators', () => {
  it('shows verdicts per knowledge entry and provider, withdrawals, and questions the base could not answer', async () => {
    // The configured provider without an OpenAI key: the offline base, whose entries name the verdicts.
    const target = await server({}, 'configured');
    const client = await wsClient(target);
    const rate = async (id: string, verdict: string) => {
      client.send({ type: 'feedback', id, verdict });
      await client.until(
        (event) => event.type === 'feedback' && event.id === id && event.verdict === verdict,
      );
    };
    expect(
      await askOverWebSocket(client, 'f1', 'como pido la devolucion del saldo a favor de la renta'),
    ).toMatchObject({ type: 'response' });
    await rate('f1', 'helpful');
    await rate('f1', 'unhelpful');
    expect(await askOverWebSocket(client, 'f2', 'declaracion de renta de un astronauta')).toMatchObject({
      type: 'response',
    });

    const samples = await scrape(target);
    const entry = { provider: 'local', entry: 'saldo-a-favor' };
    expect(valueOf(samples, 'assistant_feedback_verdicts_total', { ...entry, verdict: 'helpful' })).toBe(1);
    expect(valueOf(samples, 'assistant_feedback_verdicts_total', { ...entry, verdict: 'unhelpful' })).toBe(1);
    expect(valueOf(samples, 'assistant_feedback_withdrawn_total', { ...entry, verdict: 'helpful' })).toBe(1);
    expect(valueOf(samples, 'assistant_unanswered_questions_total', { provider: 'local' })).toBe(1);
  });
});

describe('who may read /metrics', () => {
  it('answers 401 in Spanish without the token or with a wrong one, and counts each attempt as a refusal', async () => {
    const target = await server();
    const wrongTokens = [
      '',
      'Bearer ',
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN}x`,
      `Basic ${TOKEN}`,
      TOKEN,
    ];
    for (const authorization of wrongTokens) {
      const response = await fetch(`${target.httpUrl}${METRICS_PATH}`, { headers: { authorization } });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await response.json()).toEqual({ error: METRICS_ERRORS.unauthorized });
    }
    const samples = await scrape(target);
    expect(valueOf(samples, 'assistant_refusals_total', { kind: 'metrics_unauthorized' })).toBe(
      wrongTokens.length,
    );
  });

  it('does not exist on the main port without METRICS_TOKEN (404, never the numbers)', async () => {
    const target = await server({ METRICS_TOKEN: '' });
    const response = await fetch(`${target.httpUrl}${METRICS_PATH}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: METRICS_ERRORS.notFound });
  });

  it('serves METRICS_PORT on its own listener, without the token unless one is set; the main port stays 404', async () => {
    const open = await server({ METRICS_TOKEN: '', METRICS_PORT: '0', METRICS_HOST: '127.0.0.1' });
    const port = open.metricsListener?.port;
    expect(port).toBeGreaterThan(0);
    const scraped = await fetch(`http://127.0.0.1:${port}${METRICS_PATH}`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('assistant_questions_queued_total');
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(404);
    expect((await fetch(`${open.httpUrl}${METRICS_PATH}`)).status).toBe(404);

    const guarded = await server({ METRICS_PORT: '0' });
    const guardedUrl = `http://127.0.0.1:${guarded.metricsListener?.port}${METRICS_PATH}`;
    expect((await fetch(guardedUrl)).status).toBe(401);
    expect((await fetch(guardedUrl, { headers: AUTH })).status).toBe(200);
  });
});

describe('label cardinality', () => {
  it('stays fixed under a hostile client: many addresses, sessions, texts and tokens add no series', async () => {
    const target = await server({ RATE_LIMIT_SESSION_PER_MINUTE: '1' });
    // Every kind of series appears once first: an answer, a rejection, a refusal.
    const warm = await wsClient(target);
    await askOverWebSocket(warm, 'warm1', 'hola');
    await askOverWebSocket(warm, 'warm2', 'otra');
    await fetch(`${target.httpUrl}${METRICS_PATH}`, { headers: { authorization: 'Bearer nada' } });
    const before = seriesKeys(await scrape(target), 'assistant_');

    for (let index = 0; index < 24; index += 1) {
      const client = await wsClient(target, { localAddress: `127.0.0.${2 + (index % 12)}` });
      await askOverWebSocket(client, `h${index}-a`, `pregunta distinta ${index} ${'x'.repeat(index)}`);
      await askOverWebSocket(client, `h${index}-b`, `y otra ${index}`);
      client.close();
      await fetch(`${target.httpUrl}${METRICS_PATH}`, {
        headers: { authorization: `Bearer intento-${index}` },
      });
    }
    const after = await scrape(target);
    expect(seriesKeys(after, 'assistant_')).toEqual(before);
    expect(valueOf(after, 'assistant_questions_answered_total')).toBe(25);
  });
});

describe('OpenAI and Redis', () => {
  let fake: FakeOpenAI;
  let redis: RunningRedis;

  beforeAll(async () => {
    [fake, redis] = await Promise.all([startFakeOpenAI(), startRedis()]);
  });

  afterAll(async () => {
    // Servers first: one still talks to Redis.
    await closeServers();
    await Promise.all([fake.close(), redis.stop()]);
  });

  it('times upstream requests, counts their failures by status and the tokens spent', async () => {
    const target = await server(
      { OPENAI_API_KEY: fake.apiKey, OPENAI_BASE_URL: fake.baseURL, OPENAI_MAX_RETRIES: '0' },
      'configured',
    );
    const client = await wsClient(target);
    expect(await askOverWebSocket(client, 'o1', 'hola')).toMatchObject({ type: 'response' });
    fake.enqueue({ kind: 'http-error', status: 503 });
    expect(await askOverWebSocket(client, 'o2', 'otra')).toMatchObject({ type: 'error' });
    const samples = await scrape(target);
    const requests = (operation: string, outcome: string) =>
      valueOf(samples, 'assistant_upstream_request_seconds_count', { operation, outcome });
    expect(requests('conversations', '2xx')).toBe(1);
    expect(requests('responses', '2xx')).toBe(1);
    expect(requests('responses', '5xx')).toBe(1);
    expect(
      valueOf(samples, 'assistant_upstream_errors_total', { operation: 'responses', outcome: '5xx' }),
    ).toBe(1);
    expect(valueOf(samples, 'assistant_upstream_tokens_total', { direction: 'input' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'assistant_upstream_tokens_total', { direction: 'output' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'assistant_questions_answered_total', { provider: 'openai' })).toBe(1);
    expect(valueOf(samples, 'assistant_first_delta_seconds_count', { provider: 'openai' })).toBe(1);
  });

  it('times Redis commands and counts the ones that fail; without Redis there are no Redis series', async () => {
    const withoutRedis = await scrape(await server());
    expect(seriesKeys(withoutRedis, 'assistant_redis_')).toEqual([]);

    const target = await server({ REDIS_URL: redis.url, REDIS_COMMAND_TIMEOUT_MS: '500' });
    await askOverWebSocket(await wsClient(target), 'r1', 'hola');
    const answered = await scrape(target);
    expect(valueOf(answered, 'assistant_redis_command_seconds_count', { outcome: 'ok' })).toBeGreaterThan(0);
    expect(valueOf(answered, 'assistant_redis_command_errors_total', { outcome: 'error' })).toBe(0);

    await redis.stop();
    try {
      await expect(target.runtime.store.ping()).rejects.toThrow();
      const failed = await scrape(target);
      const errors = ['error', 'timeout'].map(
        (outcome) => valueOf(failed, 'assistant_redis_command_errors_total', { outcome }) ?? 0,
      );
      expect(errors[0]! + errors[1]!).toBeGreaterThan(0);
    } finally {
      await redis.start();
    }
    // Back to a connected client before the server closes (closing one mid-reconnect waits on it).
    await expect
      .poll(() =>
        target.runtime.store.ping().then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
  });
});
