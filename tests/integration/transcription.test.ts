import { request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OPENAI_USER_ERRORS, rateLimitMessage } from '../../lib/assistant/providers/openai-errors';
import { TRANSCRIPTION_USER_ERRORS } from '../../lib/assistant/providers/openai-transcriber';
import { startServer } from '../../lib/server/app-server';
import { loadConfig } from '../../lib/server/config';
import { TRANSCRIPTION_ERRORS } from '../../lib/server/http/transcription-route';
import { createLogger } from '../../lib/server/logger';
import { mintSessionId, SESSION_COOKIE, signSessionId } from '../../lib/server/session-cookie';
import { TRANSCRIPTION_PATH } from '../../lib/transcription';
import type { MultipartBody } from '../fakes/openai/multipart';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server';
import { DEFAULT_TRANSCRIPTION } from '../fakes/openai/transcriptions';
import { startTestServer, TEST_SECRET, type TestServer } from '../helpers/test-server';

const MAX_BYTES = 64 * 1024;

// A full collection before each reading of `arrayBuffers`, so it counts what is still held, not garbage.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * The process's ArrayBuffer bytes once it has stopped changing: collected, read, and read again until two
 * readings a poll apart agree within a socket read or two (buffers of closing sockets are freed meanwhile).
 */
async function settledArrayBuffers(): Promise<number> {
  const AGREE_BYTES = 128 * 1024;
  let last = Number.NaN;
  await expect
    .poll(
      () => {
        collectGarbage();
        const now = process.memoryUsage().arrayBuffers;
        const settled = Math.abs(now - last) < AGREE_BYTES;
        last = now;
        return settled;
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBe(true);
  return last;
}

let fake: FakeOpenAI;
let server: TestServer;

const sessionCookie = () => `${SESSION_COOKIE}=${signSessionId(mintSessionId(), TEST_SECRET)}`;
const audio = (bytes: number) => Buffer.alloc(bytes, 7);

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function post(
  target: TestServer,
  options: {
    body?: Buffer;
    type?: string | null;
    cookie?: string | null;
    origin?: string | null;
    headers?: Record<string, string>;
    method?: string;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  const type = options.type === undefined ? 'audio/webm;codecs=opus' : options.type;
  if (type !== null) headers['content-type'] = type;
  const cookie = options.cookie === undefined ? sessionCookie() : options.cookie;
  if (cookie !== null) headers.cookie = cookie;
  const origin = options.origin === undefined ? target.httpUrl : options.origin;
  if (origin !== null) headers.origin = origin;
  const method = options.method ?? 'POST';
  const response = await fetch(`${target.httpUrl}${TRANSCRIPTION_PATH}`, {
    method,
    headers,
    body: method === 'POST' ? new Uint8Array(options.body ?? audio(2048)) : undefined,
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** An upload whose size is not announced, written in pieces, as a client streaming a recording would. */
function postChunked(target: TestServer, chunks: number, chunkBytes: number) {
  return new Promise<{ status: number; body: unknown; sentWhenAnswered: number }>((resolve, reject) => {
    let sent = 0;
    const req = request(`${target.httpUrl}${TRANSCRIPTION_PATH}`, {
      method: 'POST',
      headers: {
        'content-type': 'audio/webm',
        'transfer-encoding': 'chunked',
        cookie: sessionCookie(),
        origin: target.httpUrl,
      },
    });
    req.on('response', (res) => {
      const sentWhenAnswered = sent;
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(parts).toString('utf8')) as unknown,
          sentWhenAnswered,
        }),
      );
    });
    // The server may hang up on the rest of the upload once it has answered.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    const writeNext = () => {
      if (sent === chunks || req.destroyed) return void req.end();
      sent += 1;
      req.write(audio(chunkBytes), () => setImmediate(writeNext));
    };
    writeNext();
  });
}

const transcriptionRequests = () =>
  fake.requests.filter((recorded) => recorded.path === '/v1/audio/transcriptions');

beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startTestServer({
    OPENAI_API_KEY: fake.apiKey,
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_TIMEOUT_MS: '500',
    TRANSCRIPTION_MAX_BYTES: String(MAX_BYTES),
  });
});

afterAll(async () => {
  await server.close();
  await fake.close();
});

beforeEach(() => {
  fake.reset();
});

describe('POST /api/voz/transcripcion with OpenAI', () => {
  it('transcribes a WebM clip in Spanish with the configured model', async () => {
    const answer = await post(server, {
      body: audio(2048),
      headers: { 'x-recording-duration-ms': '3200' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ text: DEFAULT_TRANSCRIPTION });
    expect(answer.headers.get('x-transcription-max-seconds')).toBe('60');
    expect(answer.headers.get('cache-control')).toBe('no-store');

    const [upstream] = transcriptionRequests();
    expect(upstream?.method).toBe('POST');
    expect(upstream?.headers.authorization).toBe(`Bearer ${fake.apiKey}`);
    const form = upstream?.body as MultipartBody;
    expect(form.fields).toMatchObject({ model: 'gpt-4o-mini-transcribe', language: 'es' });
    expect(form.files.file).toEqual({ filename: 'voz.webm', contentType: 'audio/webm', size: 2048 });
  });

  it('names the file after the content type, so OpenAI reads MP4 from Safari', async () => {
    fake.enqueueTranscription({ kind: 'text', text: '  ¿Quién debe declarar?  ' });
    const answer = await post(server, { type: 'audio/mp4', body: audio(1000) });
    expect(answer).toMatchObject({ status: 200, body: { text: '¿Quién debe declarar?' } });
    const form = transcriptionRequests()[0]?.body as MultipartBody;
    expect(form.files.file).toEqual({ filename: 'voz.mp4', contentType: 'audio/mp4', size: 1000 });
  });

  it('refuses a request without a valid session cookie', async () => {
    for (const cookie of [null, `${SESSION_COOKIE}=forged.signature`]) {
      const answer = await post(server, { cookie });
      expect(answer).toMatchObject({ status: 401, body: { error: TRANSCRIPTION_ERRORS.session } });
    }
    expect(transcriptionRequests()).toHaveLength(0);
  });

  it('refuses an Origin outside the allow-list', async () => {
    const answer = await post(server, { origin: 'https://evil.example' });
    expect(answer).toMatchObject({ status: 403, body: { error: TRANSCRIPTION_ERRORS.origin } });
    expect(transcriptionRequests()).toHaveLength(0);
  });

  it('refuses content that is not audio in an accepted format', async () => {
    for (const type of ['text/plain', 'application/json', 'audio/flac', null]) {
      const answer = await post(server, { type });
      expect(answer).toMatchObject({ status: 415, body: { error: TRANSCRIPTION_ERRORS.mediaType } });
    }
  });

  it('refuses an empty clip and a malformed duration header', async () => {
    expect(await post(server, { body: Buffer.alloc(0) })).toMatchObject({
      status: 400,
      body: { error: TRANSCRIPTION_ERRORS.empty },
    });
    expect(await post(server, { headers: { 'x-recording-duration-ms': 'mucho' } })).toMatchObject({
      status: 400,
      body: { error: TRANSCRIPTION_ERRORS.durationHeader },
    });
  });

  it('answers 405 to other methods on the path', async () => {
    const answer = await post(server, { method: 'GET' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });

  it('refuses an announced body over TRANSCRIPTION_MAX_BYTES before reading it, and keeps serving', async () => {
    const answer = await post(server, { body: audio(MAX_BYTES + 1) });
    expect(answer).toMatchObject({ status: 413, body: { error: TRANSCRIPTION_ERRORS.tooLarge(MAX_BYTES) } });
    expect(transcriptionRequests()).toHaveLength(0);
    expect((await post(server)).status).toBe(200);
  });

  it('stops reading a streamed body as soon as it passes the limit, and keeps serving', async () => {
    const answer = await postChunked(server, 400, 16 * 1024);
    expect(answer).toMatchObject({ status: 413, body: { error: TRANSCRIPTION_ERRORS.tooLarge(MAX_BYTES) } });
    // 64 KiB is 4 chunks: the answer comes long before the 6.4 MB upload could finish.
    expect(answer.sentWhenAnswered).toBeLessThan(40);
    expect(transcriptionRequests()).toHaveLength(0);
    expect(await postChunked(server, 2, 1024)).toMatchObject({
      status: 200,
      body: { text: DEFAULT_TRANSCRIPTION },
    });
  });

  it('refuses a clip longer than TRANSCRIPTION_MAX_SECONDS, allowing timer jitter', async () => {
    const long = await post(server, { headers: { 'x-recording-duration-ms': '61001' } });
    expect(long).toMatchObject({ status: 413, body: { error: TRANSCRIPTION_ERRORS.tooLong(60) } });
    expect(transcriptionRequests()).toHaveLength(0);
    const onTheLimit = await post(server, { headers: { 'x-recording-duration-ms': '60400' } });
    expect(onTheLimit.status).toBe(200);
  });

  it('maps upstream failures to Spanish messages with a fitting status', async () => {
    fake.enqueueTranscription(
      { kind: 'http-error', status: 401 },
      { kind: 'http-error', status: 429, code: 'rate_limit_exceeded', headers: { 'retry-after': '7' } },
      { kind: 'http-error', status: 500 },
      { kind: 'http-error', status: 400 },
    );
    expect(await post(server)).toMatchObject({ status: 502, body: { error: OPENAI_USER_ERRORS.auth } });
    const limited = await post(server);
    expect(limited).toMatchObject({ status: 429, body: { error: rateLimitMessage(7) } });
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await post(server)).toMatchObject({
      status: 503,
      body: { error: OPENAI_USER_ERRORS.unavailable },
    });
    expect(await post(server)).toMatchObject({
      status: 502,
      body: { error: TRANSCRIPTION_USER_ERRORS.unreadableAudio },
    });
    expect((await post(server)).status).toBe(200);
  });

  it('times out a silent upstream and lets one clip per session run at a time', async () => {
    fake.enqueueTranscription({ kind: 'hang' });
    const cookie = sessionCookie();
    const slow = post(server, { cookie });
    await expect.poll(() => transcriptionRequests().length).toBe(1);
    expect(await post(server, { cookie })).toMatchObject({
      status: 429,
      body: { error: TRANSCRIPTION_ERRORS.busy },
    });
    expect(await slow).toMatchObject({ status: 504, body: { error: OPENAI_USER_ERRORS.timeout } });
    expect((await post(server, { cookie })).status).toBe(200);
  });
});

describe('POST /api/voz/transcripcion in offline mode', () => {
  let local: TestServer;

  beforeAll(async () => {
    local = await startTestServer();
  });

  afterAll(async () => {
    await local.close();
  });

  it('explains that voice transcription needs OpenAI', async () => {
    const answer = await post(local);
    expect(answer).toMatchObject({ status: 503, body: { error: TRANSCRIPTION_ERRORS.localMode } });
  });
});

describe('transcription budget per client address', () => {
  let limited: TestServer;

  beforeAll(async () => {
    limited = await startTestServer({
      OPENAI_API_KEY: fake.apiKey,
      OPENAI_BASE_URL: fake.baseURL,
      RATE_LIMIT_IP_PER_MINUTE: '2',
    });
  });

  afterAll(async () => {
    await limited.close();
  });

  it('refuses clips over the per-address budget with a Spanish wait time, even from new sessions', async () => {
    expect((await post(limited)).status).toBe(200);
    expect((await post(limited)).status).toBe(200);
    const refused = await post(limited);
    // Two a minute: the next one is due 30 s after the first, less however long the first two took here.
    const seconds = Number(refused.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(30);
    expect(refused).toMatchObject({
      status: 429,
      body: { error: TRANSCRIPTION_ERRORS.rateLimited(seconds * 1000) },
    });
    expect(transcriptionRequests()).toHaveLength(2);
  });
});

describe('transcription logs', () => {
  const lines: string[] = [];
  let logged: TestServer;

  beforeAll(async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      SESSION_SECRET: TEST_SECRET,
      OPENAI_API_KEY: fake.apiKey,
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MAX_RETRIES: '0',
    });
    const running = await startServer({ config, logger: createLogger('debug', (line) => lines.push(line)) });
    logged = { ...running, config, httpUrl: `http://127.0.0.1:${running.port}`, wsUrl: '' };
  });

  afterAll(async () => {
    await logged.close();
  });

  afterEach(() => {
    lines.length = 0;
  });

  it('record status and sizes, never the text, the audio or the cookie', async () => {
    const cookie = sessionCookie();
    fake.enqueueTranscription({ kind: 'text', text: 'mi cédula es 123456789' });
    expect((await post(logged, { cookie })).status).toBe(200);
    const output = lines.join('');
    expect(output).toContain('voice.transcription');
    expect(output).toContain('"bytes":2048');
    expect(output).not.toContain('123456789');
    expect(output).not.toContain(cookie.split('=')[1]);
    expect(output).not.toContain(fake.apiKey);
  });
});

describe('voice uploads in flight per client address', () => {
  const CLIP_BYTES = 2 * 1024 * 1024;
  const UPLOADS_PER_IP = 3;
  let uploads: TestServer;
  const startUploads = (uploadTimeoutMs: number) =>
    startTestServer({
      OPENAI_API_KEY: fake.apiKey,
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_TIMEOUT_MS: '60000',
      RATE_LIMIT_IP_PER_MINUTE: '1000',
      TRANSCRIPTION_MAX_BYTES: String(CLIP_BYTES),
      TRANSCRIPTION_UPLOADS_PER_IP: String(UPLOADS_PER_IP),
      TRANSCRIPTION_UPLOAD_TIMEOUT_MS: String(uploadTimeoutMs),
    });

  beforeAll(async () => {
    // Whole clips must never meet the upload deadline here, however loaded the machine: a dozen 2 MB
    // uploads at once took over a second to arrive on a busy one, and turned refusals into 408s.
    uploads = await startUploads(60_000);
  });

  afterAll(async () => {
    await uploads.close();
  });

  /** Holds every transcription the fake receives until the returned function is called. */
  function holdUpstream(count: number): () => void {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    fake.enqueueTranscription(
      ...Array.from({ length: count }, () => ({ kind: 'hold' as const, release: released })),
    );
    return release;
  }

  /**
   * A raw upload written from `clip` as is (fetch would copy the body). Declaring more bytes than `clip`
   * holds leaves the rest unsent, as a stalled client would.
   */
  function upload(clip: Buffer, declaredBytes = clip.length, server = uploads) {
    return new Promise<{ status: number; body: unknown; connection: string | undefined }>(
      (resolve, reject) => {
        const req = request(`${server.httpUrl}${TRANSCRIPTION_PATH}`, {
          method: 'POST',
          headers: {
            'content-type': 'audio/webm',
            'content-length': String(declaredBytes),
            cookie: sessionCookie(),
            origin: server.httpUrl,
          },
        });
        req.on('response', (res) => {
          const parts: Buffer[] = [];
          res.on('data', (part: Buffer) => parts.push(part));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(parts).toString('utf8')) as unknown,
              connection: res.headers.connection,
            }),
          );
        });
        // A refused upload is cut off while it is still being written.
        req.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
        });
        if (declaredBytes === clip.length) req.end(clip);
        else req.write(clip);
      },
    );
  }

  it('lets an address upload a few clips at once across sessions, refusing more in Spanish', async () => {
    const release = holdUpstream(UPLOADS_PER_IP);
    const held = Array.from({ length: UPLOADS_PER_IP }, () => upload(audio(1024)));
    await expect.poll(() => transcriptionRequests().length, { timeout: 10_000 }).toBe(UPLOADS_PER_IP);

    const refused = await upload(audio(1024));
    expect(refused).toMatchObject({
      status: 429,
      body: { error: TRANSCRIPTION_ERRORS.tooManyUploads },
      connection: 'close',
    });
    expect(uploads.runtime.refusals.get('upload_concurrency')).toBe(1);
    expect(transcriptionRequests()).toHaveLength(UPLOADS_PER_IP);

    release();
    for (const answer of await Promise.all(held)) expect(answer.status).toBe(200);
    expect(uploads.runtime.uploadsPerIp.keys).toBe(0);
    expect((await upload(audio(1024))).status).toBe(200);
  });

  it('drops an upload that does not arrive whole within TRANSCRIPTION_UPLOAD_TIMEOUT_MS, with a Spanish 408', async () => {
    const impatient = await startUploads(1000);
    try {
      // A first piece, then silence: the rest never comes.
      const answer = await upload(audio(64 * 1024), CLIP_BYTES, impatient);
      expect(answer).toMatchObject({
        status: 408,
        body: { error: TRANSCRIPTION_ERRORS.uploadTimeout },
        connection: 'close',
      });
      expect(impatient.runtime.refusals.get('upload_timeout')).toBe(1);
      expect(impatient.runtime.uploadsPerIp.keys).toBe(0);
      expect(transcriptionRequests()).toHaveLength(0);
    } finally {
      await impatient.close();
    }
  });

  it('holds each admitted clip once, so many max-size uploads from one address cost a bounded amount of memory', async () => {
    const ATTEMPTS = 4 * UPLOADS_PER_IP;
    const clip = audio(CLIP_BYTES);
    const release = holdUpstream(ATTEMPTS);
    const before = await settledArrayBuffers();

    const answers = Array.from({ length: ATTEMPTS }, () => upload(clip));
    let refused = 0;
    for (const answer of answers) void answer.then(({ status }) => (refused += status === 429 ? 1 : 0));
    // The admitted clips have reached the fake (which lets go of its copy) and wait there for an answer.
    await expect.poll(() => transcriptionRequests().length, { timeout: 20_000 }).toBe(UPLOADS_PER_IP);
    await expect.poll(() => refused, { timeout: 20_000 }).toBe(ATTEMPTS - UPLOADS_PER_IP);
    const held = await settledArrayBuffers();
    expect(transcriptionRequests()).toHaveLength(UPLOADS_PER_IP);

    release();
    expect((await Promise.all(answers)).filter(({ status }) => status === 200)).toHaveLength(UPLOADS_PER_IP);
    const after = await settledArrayBuffers();
    // What answering the admitted uploads let go of is one copy of each clip (not chunks plus a joined
    // copy, nor another as the File sent upstream), give or take half a clip for socket buffers and the
    // piece being joined. Measured between two moments of this test, so what earlier tests of this
    // process still hold at its start (sockets closing, pools emptying) cannot count as the clips.
    expect(Math.abs(held - after - UPLOADS_PER_IP * CLIP_BYTES)).toBeLessThan(CLIP_BYTES / 2);
    // And the flood leaves nothing behind: no refused upload kept its bytes. Earlier tests' leftovers
    // freed meanwhile only lower this.
    expect(after - before).toBeLessThan(CLIP_BYTES / 2);
  }, 60_000);
});
