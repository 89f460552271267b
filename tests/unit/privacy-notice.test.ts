import { afterEach, describe, expect, it, vi } from 'vitest';
import { maskPersonalData, placeholderSegments } from '../../lib/privacy/personal-data';
import { durationInSpanish } from '../../lib/privacy/retention';

describe('durationInSpanish (the privacy notice says SESSION_TTL_SECONDS in words)', () => {
  it.each([
    [3_600, '1 hora'],
    [1_800, '30 minutos'],
    [5_400, '1 hora y 30 minutos'],
    [86_400, '1 día'],
    [172_800, '2 días'],
    [90_061, '1 día, 1 hora, 1 minuto y 1 segundo'],
    [10, '10 segundos'],
    [604_800, '7 días'],
  ])('%i s → %s', (seconds, words) => {
    expect(durationInSpanish(seconds)).toBe(words);
  });
});

describe('placeholderSegments (the panel marks what will be hidden)', () => {
  it('cuts a masked question at its placeholders, the ending of a NIT included', () => {
    const { text } = maskPersonalData('¿Cuándo vence si mi NIT es 900.123.456-7 y mi correo ana@correo.co?');
    expect(placeholderSegments(text)).toEqual([
      { text: '¿Cuándo vence si mi NIT es ', hidden: false },
      { text: '[NIT oculto, terminado en 56]', hidden: true },
      { text: ' y mi correo ', hidden: false },
      { text: '[correo oculto]', hidden: true },
      { text: '?', hidden: false },
    ]);
  });

  it('leaves a text without placeholders whole', () => {
    expect(placeholderSegments('¿Qué es la UVT?')).toEqual([{ text: '¿Qué es la UVT?', hidden: false }]);
  });
});

describe('privacyFacts (what the page hands the notice)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('reads SESSION_TTL_SECONDS and the store from the configuration, not from a constant', async () => {
    vi.stubEnv('SESSION_TTL_SECONDS', '5400');
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:6379/0');
    vi.resetModules();
    const { privacyFacts } = await import('../../lib/server/privacy-facts');
    expect(privacyFacts()).toEqual({ sessionTtlSeconds: 5400, store: 'redis' });
    expect(durationInSpanish(privacyFacts().sessionTtlSeconds)).toBe('1 hora y 30 minutos');
  });

  it('still states them when the assistant itself is misconfigured, so the help page keeps rendering', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SESSION_SECRET', '');
    vi.stubEnv('SESSION_TTL_SECONDS', '900');
    vi.stubEnv('REDIS_URL', '');
    vi.resetModules();
    const { loadConfig } = await import('../../lib/server/config');
    expect(() => loadConfig()).toThrow(/SESSION_SECRET/);
    const { privacyFacts } = await import('../../lib/server/privacy-facts');
    expect(privacyFacts()).toEqual({ sessionTtlSeconds: 900, store: 'memory' });
  });

  it('says memory when no Redis is configured', async () => {
    vi.stubEnv('SESSION_TTL_SECONDS', '');
    vi.stubEnv('REDIS_URL', '');
    vi.resetModules();
    const { privacyFacts } = await import('../../lib/server/privacy-facts');
    expect(privacyFacts()).toEqual({ sessionTtlSeconds: 3_600, store: 'memory' });
  });
});
