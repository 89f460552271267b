import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startRedis, type RunningRedis } from '../../tests/helpers/redis-server';
import { describeMachine } from '../machine';
import { replaceMarkedSection, writeFormatted } from '../marked-section';
import { BenchOptionsError } from '../options';
import { startUpstream, type Upstream } from '../targets';
import type { AttackerOutcome, AttackerStart, FromAttacker } from './attacker-protocol';
import { selectRows, type AttackRow } from './catalogue';
import type { CitizenSample, FromCitizen, ToCitizen } from './citizen-protocol';
import { HarnessChild } from './child';
import { footprint, HealthWatch, PeakWatch, probeHealth } from './monitor';
import { loadAttackOptions, type AttackOptions } from './options';
import { leakedSubscriptions, subscribedChannels } from './redis-channels';
import { renderMarkdown } from './report';
import type { AttackResults, RowMeasurements, RowResult } from './results';
import { startServerUnderAttack, checkProductionBuild } from './server-under-attack';
import { judge, summarizeCitizen, summarizeHealth } from './verdict';
import { checkVictim, openVictim } from './victim';
import type { Target } from './wire';

/**
 * `npm run attack`: each attack of issue #11 against the production build, one fresh server per row, while
 * a citizen in its own process asks and is timed; writes bench/results/attack-latest.{md,json} and exits 1
 * when any row fails. Not part of `npm test`.
 */

const ADDRESSES = {
  attacker: '127.0.0.9',
  citizen: '127.0.0.2',
  health: '127.0.0.3',
  victim: '127.0.0.4',
} as const;
const QUESTION = '¿Cuándo vence la declaración de renta?';
const CITIZEN_INTERVAL_MS = 3_000;
const CITIZEN_ANSWER_TIMEOUT_MS = 20_000;
/** The citizen's questions are judged over at least this long from the attack's start (two questions). */
const MIN_CITIZEN_WINDOW_MS = 2 * CITIZEN_INTERVAL_MS;
/** Unattacked answers measured first, on the same server, as the baseline of the row. */
const UNATTACKED_ANSWERS = 3;
/** After the attacker and the citizen left, before "after" is read: closes and clean-ups take a moment. */
const SETTLE_MS = 3_000;
/** An attacker gets this long beyond its duration to finish its last actions and report. */
const ATTACKER_GRACE_MS = 45_000;
const REDIS_PREFIX = 'dian:';
/** The server's defaults the attacks are judged against (lib/server/config.ts). */
const DEFAULT_LIMITS = {
  RATE_LIMIT_IP_PER_MINUTE: '60',
  MAX_CONNECTIONS_PER_IP: '20',
  SESSION_TTL_SECONDS: '3600',
};

const log = (message: string) => process.stdout.write(`[attack] ${message}\n`);

interface Backing {
  redis?: RunningRedis;
  upstream?: Upstream;
  env: Record<string, string>;
}

async function startBacking(row: AttackRow, logDir: string): Promise<Backing> {
  const env: Record<string, string> = {
    ASSISTANT_PROVIDER: row.spec.provider,
    LOCAL_STREAM_DELAY_MS: '5',
    REDIS_URL: '',
    REDIS_KEY_PREFIX: REDIS_PREFIX,
    ...row.spec.env,
  };
  const backing: Backing = { env };
  if (row.store === 'redis') {
    backing.redis = await startRedis();
    env.REDIS_URL = backing.redis.url;
  }
  if (row.spec.provider === 'openai') {
    backing.upstream = await startUpstream({ deltas: 10, intervalMs: 20 }, logDir).catch(
      async (error: unknown) => {
        await backing.redis?.stop();
        throw error;
      },
    );
    env.OPENAI_API_KEY = backing.upstream.apiKey;
    env.OPENAI_BASE_URL = backing.upstream.baseURL;
  }
  return backing;
}

async function stopBacking(backing: Backing): Promise<void> {
  await backing.upstream?.process.stop();
  await backing.redis?.stop();
}

function startCitizen(target: Target, transport: 'ws' | 'sse') {
  const citizen = new HarnessChild<ToCitizen, FromCitizen>('citizen.ts');
  citizen.send({
    type: 'start',
    target,
    transport,
    localAddress: ADDRESSES.citizen,
    question: QUESTION,
    intervalMs: CITIZEN_INTERVAL_MS,
    answerTimeoutMs: CITIZEN_ANSWER_TIMEOUT_MS,
  });
  return citizen;
}

function untilAnswered(citizen: HarnessChild<ToCitizen, FromCitizen>, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the citizen got no unattacked answers')), 60_000);
    citizen.on((message) => {
      if (message.type === 'answered' && message.count >= count) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

async function runAttacker(
  row: AttackRow,
  target: Target,
  env: Record<string, string>,
): Promise<AttackerOutcome> {
  const attacker = new HarnessChild<AttackerStart, FromAttacker>('attacker.ts');
  const setting = (name: keyof typeof DEFAULT_LIMITS) => Number(env[name] ?? DEFAULT_LIMITS[name]);
  attacker.send({
    type: 'start',
    attack: row.spec.id,
    target,
    localAddress: ADDRESSES.attacker,
    durationMs: row.durationMs,
    count: row.count,
    limits: {
      ratePerAddressPerMinute: setting('RATE_LIMIT_IP_PER_MINUTE'),
      connectionsPerAddress: setting('MAX_CONNECTIONS_PER_IP'),
      sessionTtlSeconds: setting('SESSION_TTL_SECONDS'),
    },
  });
  try {
    return (await attacker.expect('done', row.durationMs + ATTACKER_GRACE_MS)).outcome;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      did: `the attacker did not finish: ${reason.split('\n')[0] ?? ''}`,
      checks: [{ name: 'attacker finished', passed: false, detail: reason.split('\n')[0] ?? '' }],
    };
  } finally {
    await attacker.stop();
  }
}

async function stopCitizen(citizen: HarnessChild<ToCitizen, FromCitizen>): Promise<CitizenSample[]> {
  citizen.send({ type: 'stop' });
  try {
    return (await citizen.expect('report', CITIZEN_ANSWER_TIMEOUT_MS + 10_000)).samples;
  } finally {
    await citizen.stop();
  }
}

async function runRow(row: AttackRow, options: AttackOptions, logDir: string): Promise<RowResult> {
  const backing = await startBacking(row, logDir);
  const server = await startServerUnderAttack({
    host: row.spec.host,
    env: backing.env,
    nofile: options.ATTACK_SERVER_NOFILE,
    logFile: path.join(logDir, `attack-${row.spec.id}-${row.store}.log`),
  }).catch(async (error: unknown) => {
    await stopBacking(backing);
    throw error;
  });
  const target: Target = { host: '127.0.0.1', port: server.port };
  const pid = server.process.pid;
  const peak = new PeakWatch(pid);
  const health = new HealthWatch(target, ADDRESSES.health);
  let citizen: HarnessChild<ToCitizen, FromCitizen> | undefined;
  try {
    await probeHealth(target, ADDRESSES.health);
    const idleChannels = backing.redis
      ? await subscribedChannels(backing.redis.url, REDIS_PREFIX)
      : undefined;
    citizen = startCitizen(target, row.spec.host === 'next' ? 'sse' : 'ws');
    await untilAnswered(citizen, UNATTACKED_ANSWERS);
    const victim = row.spec.victim ? await openVictim(target, ADDRESSES.victim) : undefined;

    const before = footprint(pid);
    peak.start();
    health.start();
    const startedAt = Date.now();
    const outcome = await runAttacker(row, target, backing.env);
    // An attack that reached its count early is still judged on a few of the citizen's questions.
    await new Promise((resolve) => setTimeout(resolve, startedAt + MIN_CITIZEN_WINDOW_MS - Date.now()));
    const endedAt = Date.now();
    await health.stop();
    const samples = await stopCitizen(citizen);
    citizen = undefined;
    const checks = [...outcome.checks];
    if (victim) checks.push(...(await checkVictim(target, ADDRESSES.victim, victim)));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    peak.stop();
    const after = footprint(pid);
    if (backing.redis && idleChannels) {
      checks.push(
        leakedSubscriptions(idleChannels, await subscribedChannels(backing.redis.url, REDIS_PREFIX)),
      );
    }
    const measured: RowMeasurements = {
      attack: row.spec.id,
      title: row.spec.title,
      store: row.store,
      host: row.spec.host,
      nofile: server.nofile,
      durationMs: endedAt - startedAt,
      before,
      peak: before && {
        rssMiB: Math.max(before.rssMiB, peak.peak.rssMiB),
        fds: Math.max(before.fds, peak.peak.fds),
      },
      after,
      serverDied: peak.died || after === undefined,
      health: summarizeHealth(health.results),
      citizen: summarizeCitizen(samples, { startedAt, endedAt }),
      did: outcome.did,
      checks,
    };
    return judge(measured);
  } finally {
    peak.stop();
    await health.stop();
    await citizen?.stop();
    await server.process.stop();
    await stopBacking(backing);
  }
}

/** A row the harness could not carry through (the server did not start, the citizen got no answer…). */
function unfinishedRow(row: AttackRow, error: unknown): RowResult {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return judge({
    attack: row.spec.id,
    title: row.spec.title,
    store: row.store,
    host: row.spec.host,
    nofile: 0,
    durationMs: 0,
    serverDied: true,
    health: { probes: 0, failures: 0 },
    citizen: { answered: 0, errors: {} },
    did: `not run to the end: ${reason}`,
    checks: [{ name: 'row ran', passed: false, detail: reason }],
  });
}

async function main(): Promise<void> {
  const options = loadAttackOptions();
  checkProductionBuild();
  const startedAt = performance.now();
  const machine = describeMachine();
  const logDir = path.join(options.ATTACK_OUTPUT_DIR, 'logs');
  mkdirSync(logDir, { recursive: true });
  const rows = selectRows(options.ATTACK_ONLY, options.ATTACK_STORES, options.ATTACK_DURATION_SCALE);
  log(
    `${rows.length} attack(s); server open-file limit ${options.ATTACK_SERVER_NOFILE}; attacker ${ADDRESSES.attacker}, ` +
      `citizen ${ADDRESSES.citizen}, health probes ${ADDRESSES.health}, kept session ${ADDRESSES.victim}; logs in ${logDir}`,
  );
  const results: RowResult[] = [];
  for (const row of rows) {
    log(
      `${row.spec.title} (${row.spec.host === 'next' ? 'next start' : row.store}), up to ${row.durationMs / 1000} s…`,
    );
    const result = await runRow(row, options, logDir).catch((error: unknown) => unfinishedRow(row, error));
    log(
      `  ${result.holds ? 'holds' : 'FAILS'}: ${
        result.goals
          .filter((goal) => !goal.passed)
          .map((goal) => `${goal.name} (${goal.detail})`)
          .join('; ') || 'every goal met'
      }; server fd limit ${result.nofile}`,
    );
    results.push(result);
  }
  const report: AttackResults = {
    machine,
    settings: {
      durationScale: options.ATTACK_DURATION_SCALE,
      serverNofile: options.ATTACK_SERVER_NOFILE,
      addresses: ADDRESSES,
    },
    durationSeconds: Math.round((performance.now() - startedAt) / 1000),
    rows: results,
  };
  const markdown = renderMarkdown(report);
  await writeFormatted(path.join(options.ATTACK_OUTPUT_DIR, 'attack-latest.json'), JSON.stringify(report));
  await writeFormatted(path.join(options.ATTACK_OUTPUT_DIR, 'attack-latest.md'), markdown);
  if (options.ATTACK_UPDATE_DOCS) await replaceMarkedSection('docs/reliability.md', 'attack', markdown);
  process.stdout.write(`\n${markdown}\n`);
  process.exitCode = results.every((row) => row.holds) ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof BenchOptionsError
      ? `${error.message}\n`
      : `attack failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
