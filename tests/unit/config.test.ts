import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ASSISTANT_ID_NOTICE, ConfigError, loadConfig } from '../../lib/server/config';

const secret = 'x'.repeat(40);

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the local provider without an API key, with a notice', () => {
    const config = loadConfig({});
    expect(config.provider).toBe('local');
    expect(config.PORT).toBe(3000);
    expect(config.ALLOWED_ORIGINS).toEqual([]);
    expect(config.notices.join(' ')).toMatch(/Modo local/);
    expect(config.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('uses OpenAI when a key is present', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-abc', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(config.provider).toBe('openai');
    expect(config.OPENAI_MODEL).toBe('gpt-5-mini');
  });

  it('can be forced to the local provider even with a key', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-abc', ASSISTANT_PROVIDER: 'local' }).provider).toBe('local');
  });

  it('names the variable and the fix for each wrong value', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual([expect.stringMatching(/^PORT: debe ser un número entero/)]);
    expect(problemsOf({ PORT: '70000' })[0]).toMatch(/^PORT: debe ser como máximo 65535/);
    expect(problemsOf({ OPENAI_BASE_URL: 'not a url' })[0]).toMatch(
      /^OPENAI_BASE_URL: debe ser una URL completa/,
    );
    expect(problemsOf({ ALLOWED_ORIGINS: 'https://ok.gov.co, nope' })[0]).toMatch(
      /^ALLOWED_ORIGINS: "nope" no es un origen válido/,
    );
    expect(problemsOf({ ALLOWED_ORIGINS: 'https://ok.gov.co/path' })[0]).toMatch(/^ALLOWED_ORIGINS:/);
    expect(problemsOf({ SESSION_SECRET: 'short' })[0]).toMatch(
      /^SESSION_SECRET: debe tener al menos 32 caracteres/,
    );
    expect(problemsOf({ ASSISTANT_PROVIDER: 'openai' })[0]).toMatch(/^OPENAI_API_KEY: es obligatoria/);
    expect(problemsOf({ LOG_LEVEL: 'verbose' })[0]).toMatch(/^LOG_LEVEL:/);
  });

  it('requires a session secret in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })[0]).toMatch(
      /^SESSION_SECRET: es obligatoria en producción/,
    );
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret });
    expect(config.COOKIE_SECURE).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, COOKIE_SECURE: 'false' }).COOKIE_SECURE,
    ).toBe(false);
  });

  it('parses the Origin allow-list', () => {
    expect(
      loadConfig({ ALLOWED_ORIGINS: 'https://a.gov.co, http://localhost:3000/' }).ALLOWED_ORIGINS,
    ).toEqual(['https://a.gov.co', 'http://localhost:3000']);
  });

  it('explains that OPENAI_ASSISTANT_ID is obsolete and what to set instead', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-abc', OPENAI_ASSISTANT_ID: 'asst_123' });
    expect(config.notices).toContain(ASSISTANT_ID_NOTICE);
    expect(ASSISTANT_ID_NOTICE).toMatch(/Responses/);
    expect(ASSISTANT_ID_NOTICE).toMatch(/ASSISTANT_INSTRUCTIONS_FILE/);
    expect(config).not.toHaveProperty('OPENAI_ASSISTANT_ID');
  });

  it('keeps sessions in memory unless REDIS_URL names a Redis, and explains a wrong one', () => {
    expect(loadConfig({}).REDIS_URL).toBeUndefined();
    const config = loadConfig({ REDIS_URL: 'rediss://user:pw@redis.internal:6380/1' });
    expect(config).toMatchObject({
      REDIS_URL: 'rediss://user:pw@redis.internal:6380/1',
      REDIS_KEY_PREFIX: 'dian:',
    });
    expect(problemsOf({ REDIS_URL: 'http://redis.internal' })).toEqual([
      'REDIS_URL: debe empezar por redis:// o rediss://',
    ]);
    expect(problemsOf({ REDIS_KEY_PREFIX: 'dian {x}' })[0]).toMatch(/^REDIS_KEY_PREFIX: usa solo letras/);
    expect(problemsOf({ GENERATION_LEASE_MS: '10' })[0]).toMatch(
      /^GENERATION_LEASE_MS: debe ser al menos 500/,
    );
  });

  it('runs one process per core with Redis in production, one without, and refuses more without Redis', () => {
    const production = { NODE_ENV: 'production', SESSION_SECRET: secret };
    const redis = { REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(loadConfig({ ...production, ...redis }).WEB_CONCURRENCY).toBe(availableParallelism());
    expect(loadConfig({ ...production, ...redis, WEB_CONCURRENCY: '3' }).WEB_CONCURRENCY).toBe(3);
    const memory = loadConfig(production);
    expect(memory.WEB_CONCURRENCY).toBe(1);
    if (availableParallelism() > 1) expect(memory.notices.join(' ')).toMatch(/un solo proceso/);
    expect(problemsOf({ ...production, WEB_CONCURRENCY: '2' })).toEqual([
      'WEB_CONCURRENCY: más de un proceso necesita REDIS_URL (sin Redis cada proceso tendría sus propias ' +
        'sesiones y límites); define REDIS_URL o usa WEB_CONCURRENCY=1',
    ]);
    expect(loadConfig({ ...production, WEB_CONCURRENCY: '1' }).WEB_CONCURRENCY).toBe(1);
    // Next's development compiler belongs to one process.
    expect(loadConfig({ ...redis }).WEB_CONCURRENCY).toBe(1);
    expect(problemsOf({ ...redis, WEB_CONCURRENCY: '2' })[0]).toMatch(/^WEB_CONCURRENCY: en desarrollo/);
    expect(problemsOf({ ...production, ...redis, WEB_CONCURRENCY: '0' })[0]).toMatch(
      /^WEB_CONCURRENCY: debe ser al menos 1/,
    );
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ OPENAI_API_KEY: '', PORT: ' ' }).provider).toBe('local');
  });

  it('configures voice transcription with defaults and explains wrong limits', () => {
    expect(loadConfig({})).toMatchObject({
      OPENAI_TRANSCRIPTION_MODEL: 'gpt-4o-mini-transcribe',
      TRANSCRIPTION_MAX_BYTES: 4 * 1024 * 1024,
      TRANSCRIPTION_MAX_SECONDS: 60,
    });
    expect(loadConfig({ TRANSCRIPTION_MAX_SECONDS: '30' }).TRANSCRIPTION_MAX_SECONDS).toBe(30);
    expect(problemsOf({ TRANSCRIPTION_MAX_BYTES: '30000000' })[0]).toMatch(
      /^TRANSCRIPTION_MAX_BYTES: debe ser como máximo 26214400 \(.*25 MB\)/,
    );
    expect(problemsOf({ TRANSCRIPTION_MAX_SECONDS: 'un minuto' })[0]).toMatch(
      /^TRANSCRIPTION_MAX_SECONDS: debe ser un número entero/,
    );
  });

  it('names the client address header in lower case and refuses what is not a header name', () => {
    expect(loadConfig({}).CLIENT_IP_HEADER).toBeUndefined();
    expect(loadConfig({ CLIENT_IP_HEADER: ' CF-Connecting-IP ' }).CLIENT_IP_HEADER).toBe('cf-connecting-ip');
    expect(problemsOf({ CLIENT_IP_HEADER: 'x real ip' })[0]).toMatch(
      /^CLIENT_IP_HEADER: debe ser el nombre de un encabezado HTTP/,
    );
  });

  it('caps each OpenAI response and has no daily token budget unless one is set', () => {
    expect(loadConfig({}).OPENAI_MAX_OUTPUT_TOKENS).toBe(4096);
    expect(loadConfig({}).DAILY_TOKEN_BUDGET).toBeUndefined();
    expect(loadConfig({ DAILY_TOKEN_BUDGET: '2000000' }).DAILY_TOKEN_BUDGET).toBe(2_000_000);
    expect(problemsOf({ DAILY_TOKEN_BUDGET: '0' })[0]).toMatch(/^DAILY_TOKEN_BUDGET: debe ser al menos 1/);
    expect(problemsOf({ OPENAI_MAX_OUTPUT_TOKENS: '10' })[0]).toMatch(
      /^OPENAI_MAX_OUTPUT_TOKENS: debe ser al menos 256/,
    );
  });

  it('asks OpenAI for unpadded stream deltas unless told to keep its obfuscation', () => {
    expect(loadConfig({}).OPENAI_STREAM_OBFUSCATION).toBe(false);
    expect(loadConfig({ OPENAI_STREAM_OBFUSCATION: '' }).OPENAI_STREAM_OBFUSCATION).toBe(false);
    expect(loadConfig({ OPENAI_STREAM_OBFUSCATION: 'true' }).OPENAI_STREAM_OBFUSCATION).toBe(true);
    expect(loadConfig({ OPENAI_STREAM_OBFUSCATION: '0' }).OPENAI_STREAM_OBFUSCATION).toBe(false);
    expect(problemsOf({ OPENAI_STREAM_OBFUSCATION: 'yes' })[0]).toMatch(
      /^OPENAI_STREAM_OBFUSCATION: debe ser "true" o "false"/,
    );
  });

  it('configures the door limits, refusing headers that may take longer than the whole request', () => {
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({
      MAX_OPEN_CONNECTIONS: 0,
      HTTP_HEADERS_TIMEOUT_MS: 15_000,
      HTTP_REQUEST_TIMEOUT_MS: 60_000,
      HTTP_KEEP_ALIVE_TIMEOUT_MS: 5_000,
      HTTP_TIMEOUT_CHECK_MS: 1_000,
      OVERLOAD_LAG_MS: 500,
      TRANSCRIPTION_UPLOAD_TIMEOUT_MS: 30_000,
      TRANSCRIPTION_UPLOADS_PER_IP: 4,
    });
    expect(problemsOf({ HTTP_HEADERS_TIMEOUT_MS: '90000' })).toEqual([
      expect.stringMatching(/^HTTP_HEADERS_TIMEOUT_MS: no puede ser mayor que HTTP_REQUEST_TIMEOUT_MS/),
    ]);
    expect(problemsOf({ OVERLOAD_LAG_MS: '5' })[0]).toMatch(/^OVERLOAD_LAG_MS: debe ser al menos 20/);
  });

  it('does not take a development server compiling a page for an overloaded one, unless told to', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).OVERLOAD_LAG_MS).toBe(60_000);
    expect(loadConfig({ NODE_ENV: 'development', OVERLOAD_LAG_MS: '300' }).OVERLOAD_LAG_MS).toBe(300);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }).OVERLOAD_LAG_MS).toBe(500);
  });
});
