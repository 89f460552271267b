import type { AttackResults, RowResult } from './results';
import { GOALS } from './verdict';

/** bench/results/attack-latest.md: the table docs/reliability.md shows. */

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const triple = (values: Array<number | undefined>) =>
  values.map((value) => (value === undefined ? '–' : value.toLocaleString('en'))).join(' / ');

function citizenCell(row: RowResult): string {
  const { citizen } = row;
  const errors = Object.entries(citizen.errors).map(([code, count]) => `${code} ${count}`);
  const slowdown =
    citizen.attackedMs !== undefined && citizen.unattackedMs
      ? ` (${Math.round((citizen.attackedMs / citizen.unattackedMs) * 100) / 100}×)`
      : '';
  const times = `${citizen.unattackedMs ?? '–'} → ${citizen.attackedMs ?? '–'}${slowdown}, max ${citizen.attackedMaxMs ?? '–'}`;
  return `${times}; ${citizen.answered} answered${errors.length > 0 ? `; errors: ${errors.join(', ')}` : ''}`;
}

function healthCell(row: RowResult): string {
  const { health } = row;
  const failed = health.failures > 0 ? `, **${health.failures}/${health.probes} failed**` : '';
  return `${health.p50Ms ?? '–'} / ${health.maxMs ?? '–'}${failed}`;
}

function checksCell(row: RowResult): string {
  if (row.checks.length === 0) return '–';
  return row.checks.map((check) => `${check.passed ? '✓' : '✗'} ${check.name}: ${check.detail}`).join('; ');
}

function verdictCell(row: RowResult): string {
  if (row.holds) return '**holds**';
  return `**fails**: ${row.goals
    .filter((goal) => !goal.passed)
    .map((goal) => goal.name)
    .join(', ')}`;
}

function rowLine(row: RowResult): string {
  const where = row.host === 'next' ? '`next start`' : row.store;
  return `| ${[
    row.title,
    where,
    triple([row.before?.rssMiB, row.peak?.rssMiB, row.after?.rssMiB]),
    triple([row.before?.fds, row.peak?.fds, row.after?.fds]),
    healthCell(row),
    citizenCell(row),
    checksCell(row),
    verdictCell(row),
  ]
    .map(cell)
    .join(' | ')} |`;
}

export function renderMarkdown(results: AttackResults): string {
  const { machine, settings } = results;
  const held = results.rows.filter((row) => row.holds).length;
  return [
    `Measured ${machine.date.slice(0, 10)} at commit \`${machine.commit}\` on ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.kernel}, Node ${machine.node} (load average ${machine.loadAverageAtStart} when the run started; ${results.durationSeconds} s in all).`,
    `Production build, a fresh server per row, open-file limit ${settings.serverNofile.toLocaleString('en')}; durations × ${settings.durationScale}. Every attacker runs in its own process from ${settings.addresses.attacker}; the citizen asks over WebSocket v2 (HTTP/SSE under \`next start\`) from ${settings.addresses.citizen}, health is probed from ${settings.addresses.health} and the kept session of attack 4 lives on ${settings.addresses.victim}, so per-address limits on the attacker never touch them.`,
    `Goals: RSS growth < ${GOALS.rssGrowthMiB} MiB, \`/api/health\` < ${GOALS.healthMs / 1000} s with no failure, the citizen's median answer within ${GOALS.citizenSlowdown}× its unattacked median with no error, no descriptor left behind (≤ ${GOALS.leakedFdMargin} more than before), and the attack's own checks. **${held} of ${results.rows.length} rows hold.**`,
    '',
    '| Attack | Store | RSS MiB before / peak / after | Descriptors before / peak / after | Health ms p50 / max | Citizen answer ms unattacked → attacked | Attack checks | Verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.rows.map(rowLine),
    '',
    'What each attacker did:',
    '',
    ...results.rows.map(
      (row) => `- ${row.title} (${row.host === 'next' ? '`next start`' : row.store}): ${cell(row.did)}`,
    ),
    '',
  ].join('\n');
}
