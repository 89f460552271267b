import { describe, expect, it } from 'vitest';
import { ATTACK_IDS, selectRows } from '../../bench/attack/catalogue';
import { loadAttackOptions } from '../../bench/attack/options';
import { leakedSubscriptions } from '../../bench/attack/redis-channels';
import { renderMarkdown } from '../../bench/attack/report';
import type { AttackResults, RowMeasurements } from '../../bench/attack/results';
import { judge, summarizeCitizen, summarizeHealth } from '../../bench/attack/verdict';
import { CookieJar } from '../../bench/attack/wire';

describe('attack options', () => {
  it('runs every attack on both stores at full length by default', () => {
    const options = loadAttackOptions({});
    expect(options.ATTACK_ONLY).toEqual([...ATTACK_IDS]);
    expect(options.ATTACK_STORES).toEqual(['memory', 'redis']);
    expect(options.ATTACK_DURATION_SCALE).toBe(1);
    expect(options.ATTACK_SERVER_NOFILE).toBe(4096);
    expect(options.ATTACK_UPDATE_DOCS).toBe(false);
  });

  it('reads a selection', () => {
    const options = loadAttackOptions({
      ATTACK_ONLY: 'ws-flood, old-token',
      ATTACK_STORES: 'redis',
      ATTACK_DURATION_SCALE: '0.25',
      ATTACK_SERVER_NOFILE: '20000',
      ATTACK_UPDATE_DOCS: 'true',
    });
    expect(options.ATTACK_ONLY).toEqual(['ws-flood', 'old-token']);
    expect(options.ATTACK_STORES).toEqual(['redis']);
    expect(options.ATTACK_DURATION_SCALE).toBe(0.25);
    expect(options.ATTACK_SERVER_NOFILE).toBe(20_000);
    expect(options.ATTACK_UPDATE_DOCS).toBe(true);
  });

  it('names every wrong variable', () => {
    expect(() =>
      loadAttackOptions({
        ATTACK_ONLY: 'ddos',
        ATTACK_STORES: 'postgres',
        ATTACK_DURATION_SCALE: '0',
        ATTACK_SERVER_NOFILE: 'many',
      }),
    ).toThrowError(
      /ATTACK_ONLY: attacks are ws-flood[\s\S]*ATTACK_STORES[\s\S]*ATTACK_DURATION_SCALE: must be at least 0.1[\s\S]*ATTACK_SERVER_NOFILE/,
    );
  });
});

describe('attack selection', () => {
  it('runs each chosen attack on each chosen store it applies to', () => {
    const rows = selectRows(['ws-flood', 'sse-setup-resets', 'forged-forwarded'], ['memory'], 1);
    expect(rows.map((row) => `${row.spec.id}/${row.store}`)).toEqual([
      'ws-flood/memory',
      'forged-forwarded/memory',
    ]);
  });

  it('scales durations, never below the count an attack needs, and leaves TTL-bound attacks alone', () => {
    const [flood, token] = selectRows(['ws-flood', 'old-token'], ['memory'], 0.25);
    expect(flood?.durationMs).toBe(5_000);
    expect(flood?.count).toBe(5_000_000);
    expect(token?.durationMs).toBe(35_000);
    const [longer] = selectRows(['slow-uploads'], ['memory'], 2);
    expect(longer?.durationMs).toBe(40_000);
    expect(longer?.count).toBe(122);
  });
});

/** A row that meets every goal; each test changes what it is about. */
const healthy: RowMeasurements = {
  attack: 'ws-flood',
  title: '1. WebSocket flood',
  store: 'memory',
  host: 'custom',
  nofile: 4096,
  durationMs: 20_000,
  before: { rssMiB: 150, fds: 27 },
  peak: { rssMiB: 300, fds: 40 },
  after: { rssMiB: 200, fds: 30 },
  serverDied: false,
  health: { probes: 40, failures: 0, p50Ms: 5, maxMs: 900 },
  citizen: { unattackedMs: 700, attackedMs: 2_000, attackedMaxMs: 4_000, answered: 6, errors: {} },
  did: '1,000 frames',
  checks: [{ name: 'flooding connection cut', passed: true, detail: 'closed 1008 once' }],
};

describe('attack verdicts', () => {
  const failed = (row: RowMeasurements) =>
    judge(row)
      .goals.filter((goal) => !goal.passed)
      .map((goal) => goal.name);

  it('holds when every goal and check is met', () => {
    expect(judge(healthy).holds).toBe(true);
  });

  it('fails on memory growth of 300 MiB or a server that died', () => {
    expect(failed({ ...healthy, peak: { rssMiB: 450, fds: 40 } })).toEqual(['RSS growth < 300 MiB']);
    expect(failed({ ...healthy, serverDied: true })).toContain('RSS growth < 300 MiB');
  });

  it('fails on a slow or failed health probe', () => {
    expect(failed({ ...healthy, health: { probes: 40, failures: 0, p50Ms: 5, maxMs: 2_000 } })).toEqual([
      'health < 2 s',
    ]);
    expect(failed({ ...healthy, health: { probes: 40, failures: 1, p50Ms: 5, maxMs: 10 } })).toEqual([
      'health < 2 s',
    ]);
    expect(failed({ ...healthy, health: { probes: 0, failures: 0 } })).toEqual(['health < 2 s']);
  });

  it('fails when the citizen is slowed past 3×, errs, or is never answered', () => {
    const citizenGoal = 'citizen answered within 3× unattacked, no error';
    expect(failed({ ...healthy, citizen: { ...healthy.citizen, attackedMs: 2_101 } })).toEqual([citizenGoal]);
    expect(failed({ ...healthy, citizen: { ...healthy.citizen, errors: { timeout: 1 } } })).toEqual([
      citizenGoal,
    ]);
    expect(failed({ ...healthy, citizen: { unattackedMs: 700, answered: 0, errors: {} } })).toEqual([
      citizenGoal,
    ]);
  });

  it('fails on descriptors left behind, and on any failed check of the attack', () => {
    expect(failed({ ...healthy, after: { rssMiB: 200, fds: 48 } })).toEqual(['no descriptors leaked']);
    expect(failed({ ...healthy, after: undefined })).toEqual(['no descriptors leaked']);
    expect(
      failed({ ...healthy, checks: [{ name: 'old token refused', passed: false, detail: 'accepted' }] }),
    ).toEqual(['old token refused']);
  });

  it('counts a Redis channel the server did not hold while idle as leaked', () => {
    expect(leakedSubscriptions(new Set(['dian:control']), new Set(['dian:control'])).passed).toBe(true);
    const leak = leakedSubscriptions(new Set(['dian:control']), new Set(['dian:control', 'dian:ev:a']));
    expect(leak).toMatchObject({
      passed: false,
      detail: '1 channel(s) still subscribed after every client left',
    });
  });
});

describe('attack measurements', () => {
  it('judges the citizen on questions asked during the attack, against those asked before it', () => {
    const summary = summarizeCitizen(
      [
        { askedAt: 1, ms: 100 },
        { askedAt: 2, ms: 300 },
        { askedAt: 3, ms: 200 },
        { askedAt: 10, ms: 500 },
        { askedAt: 11, error: 'timeout' },
        { askedAt: 12, ms: 900 },
        { askedAt: 30, error: 'closed_1006' },
      ],
      { startedAt: 10, endedAt: 20 },
    );
    expect(summary).toEqual({
      unattackedMs: 200,
      attackedMs: 500,
      attackedMaxMs: 900,
      answered: 2,
      errors: { timeout: 1 },
    });
  });

  it('summarizes health probes, a failure being a missing time', () => {
    expect(summarizeHealth([10, undefined, 30, 20])).toEqual({
      probes: 4,
      failures: 1,
      p50Ms: 20,
      maxMs: 30,
    });
  });

  it('keeps whatever cookies the server set and sends back only their values', () => {
    const jar = new CookieJar();
    expect(jar.header()).toEqual({});
    jar.take(['__Host-dian_sid=abc.def; Path=/; HttpOnly; Secure', 'other=1']);
    jar.take('other=2; Max-Age=10');
    expect(jar.header()).toEqual({ cookie: '__Host-dian_sid=abc.def; other=2' });
  });
});

describe('attack report', () => {
  it('renders one table row per attack with its verdict and what failed', () => {
    const row = judge({
      ...healthy,
      attack: 'next-upgrades',
      title: '3. upgrades to `/_next/x`',
      peak: { rssMiB: 170, fds: 4096 },
      after: { rssMiB: 170, fds: 4095 },
      health: { probes: 20, failures: 15, p50Ms: 4, maxMs: 7 },
      citizen: { unattackedMs: 700, attackedMs: 720, attackedMaxMs: 750, answered: 5, errors: {} },
      did: 'a | b',
      checks: [{ name: 'unowned upgrades closed', passed: false, detail: '4,069 hanging' }],
    });
    const results: AttackResults = {
      machine: {
        cpuModel: 'CPU',
        cores: 2,
        memoryGiB: 8,
        node: 'v20',
        kernel: 'Linux',
        loadAverageAtStart: 1,
        date: '2026-12-06T12:00:00.000Z',
        commit: 'abc1234',
      },
      settings: {
        durationScale: 1,
        serverNofile: 4096,
        addresses: { attacker: '127.0.0.9', citizen: '127.0.0.2', health: '127.0.0.3', victim: '127.0.0.4' },
      },
      durationSeconds: 60,
      rows: [row],
    };
    const markdown = renderMarkdown(results);
    expect(markdown).toContain('**0 of 1 rows hold.**');
    expect(markdown).toContain(
      '| 3. upgrades to `/_next/x` | memory | 150 / 170 / 170 | 27 / 4,096 / 4,095 | 4 / 7, **15/20 failed** |',
    );
    expect(markdown).toContain('✗ unowned upgrades closed: 4,069 hanging');
    expect(markdown).toContain('**fails**: health < 2 s, no descriptors leaked, unowned upgrades closed |');
    expect(markdown).toContain('a \\| b');
  });
});
