import { describe, expect, it } from 'vitest';
import { retryAfterText, tooManyQuestionsMessage } from '../../lib/assistant/errors';
import { ConnectionCounter, RateLimiter } from '../../lib/server/rate-limit';

describe('RateLimiter (token bucket)', () => {
  it('allows a burst of perMinute, then refuses and says exactly when the next one fits', () => {
    const limiter = new RateLimiter(6);
    for (let index = 0; index < 6; index += 1) expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 0)).toEqual({ allowed: false, retryAfterMs: 10_000 });
    expect(limiter.take('a', 4_000)).toEqual({ allowed: false, retryAfterMs: 6_000 });
    expect(limiter.take('a', 10_000).allowed).toBe(true);
    expect(limiter.take('b', 10_000).allowed).toBe(true);
  });

  it('peeks at a decision without spending, for a refusal made before the request is decoded', () => {
    const limiter = new RateLimiter(2);
    expect(limiter.peek('a', 0)).toEqual({ allowed: true });
    expect(limiter.size).toBe(0);
    limiter.take('a', 0);
    expect(limiter.peek('a', 0)).toEqual({ allowed: true });
    expect(limiter.peek('a', 0)).toEqual({ allowed: true });
    limiter.take('a', 0);
    expect(limiter.peek('a', 0)).toEqual({ allowed: false, retryAfterMs: 30_000 });
    expect(limiter.take('a', 0)).toEqual({ allowed: false, retryAfterMs: 30_000 });
  });

  it('forgets keys whose bucket refilled, so idle clients cost no memory', () => {
    const limiter = new RateLimiter(60);
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.sweep(500);
    expect(limiter.size).toBe(2);
    limiter.sweep(1_000);
    expect(limiter.size).toBe(0);
  });
});

describe('ConnectionCounter', () => {
  it('caps connections per key and frees the slot on release', () => {
    const counter = new ConnectionCounter(2);
    expect(counter.acquire('ip')).toBe(true);
    expect(counter.acquire('ip')).toBe(true);
    expect(counter.acquire('ip')).toBe(false);
    expect(counter.acquire('other')).toBe(true);
    counter.release('ip');
    expect(counter.acquire('ip')).toBe(true);
    counter.release('ip');
    counter.release('ip');
    counter.release('other');
    expect(counter.keys).toBe(0);
  });
});

describe('retry wording', () => {
  it('says when to try again in plain Spanish', () => {
    expect(retryAfterText(1)).toBe('1 segundo');
    expect(retryAfterText(23_000)).toBe('23 segundos');
    expect(retryAfterText(60_000)).toBe('1 minuto');
    expect(retryAfterText(125_000)).toBe('2 minutos y 5 segundos');
    expect(tooManyQuestionsMessage(9_500)).toBe(
      'Enviaste demasiadas preguntas en poco tiempo. Intenta de nuevo en 10 segundos.',
    );
  });
});
