import type { BenchResults } from './results';
import type { LoadResult } from './scenarios';
import { ratio, type Percentiles } from './stats';

/** bench/results/latest.md: the tables the README links to. */

const TARGET_LABEL = {
  assistant: 'assistant (memory)',
  redis: 'assistant + Redis',
  'redis-2w': 'assistant + Redis, 2 workers',
  baseline: 'bare relay',
} as const;
const TRANSPORT_LABEL = { ws: 'WebSocket (protocol v2)', sse: 'HTTP/SSE (`/api/assistant`)' } as const;

const triple = (value: Percentiles | undefined) =>
  value ? `${value.p50} / ${value.p95} / ${value.p99}` : '–';
const times = (value: number | undefined) => (value === undefined ? '–' : `${value}×`);
const errorsOf = (entry: LoadResult) => {
  const codes = Object.entries(entry.errors).map(([code, count]) => `${code} ${count}`);
  if (entry.failedConnections > 0) codes.unshift(`connect failed ${entry.failedConnections}`);
  if (entry.unfinished > 0) codes.unshift(`unfinished ${entry.unfinished}`);
  if (!entry.warmed) codes.unshift('warm-up incomplete');
  return codes.length > 0 ? codes.join(', ') : '0';
};

/** The same measure against the bare relay's, in the same run: what the assistant costs beyond the floor. */
function againstRelay(entry: LoadResult, baseline: LoadResult | undefined): string {
  if (!baseline || entry.target === 'baseline') return '';
  return [
    times(ratio(entry.firstDelta?.p99, baseline.firstDelta?.p99)),
    times(ratio(entry.deltasPerSecond, baseline.deltasPerSecond)),
    times(ratio(entry.cpuMsPer1kDeltas, baseline.cpuMsPer1kDeltas)),
    times(ratio(entry.cpuMsPer1kDeltas + entry.redisCpuMsPer1kDeltas, baseline.cpuMsPer1kDeltas)),
  ].join(' / ');
}

function loadRow(entry: LoadResult, baseline: LoadResult | undefined): string {
  return [
    entry.sessions.toLocaleString('en'),
    TARGET_LABEL[entry.target],
    triple(entry.firstDelta),
    triple(entry.final),
    triple(entry.perDelta),
    entry.deltasPerSecond.toLocaleString('en'),
    entry.cpu.target,
    entry.cpu.redis,
    entry.targetRunQueueWaitMsPerSecond,
    entry.cpuMsPer1kDeltas,
    entry.redisCpuMsPer1kDeltas,
    againstRelay(entry, baseline),
    `${entry.memory.idleKiBPerClient} / ${entry.memory.activeKiBPerClient}`,
    errorsOf(entry),
  ].join(' | ');
}

function loadTables(results: BenchResults): string[] {
  const lines: string[] = [];
  for (const transport of results.settings.transports) {
    const entries = results.load.filter((entry) => entry.transport === transport);
    if (entries.length === 0) continue;
    lines.push(
      `#### ${TRANSPORT_LABEL[transport]}`,
      '',
      '| Sessions | Server | First delta added, ms p50 / p95 / p99 | Final response added, ms | Each delta, ms | Deltas/s | CPU (cores) | Redis CPU (cores) | Waiting for a CPU, ms/s | CPU ms per 1k deltas | Redis CPU ms per 1k deltas | × relay: first delta p99 / deltas/s / CPU per delta / CPU with Redis per delta | RSS per client idle / active, KiB | Errors |',
      '| --: | --- | --- | --- | --- | --: | --: | --: | --: | --: | --: | --- | --- | --- |',
    );
    for (const sessions of results.settings.sizes) {
      const atSize = entries.filter((entry) => entry.sessions === sessions);
      const baseline = atSize.find((entry) => entry.target === 'baseline');
      for (const entry of atSize) lines.push(`| ${loadRow(entry, baseline)} |`);
    }
    lines.push('');
  }
  return lines;
}

function idleTable(results: BenchResults): string[] {
  if (results.idle.length === 0) return [];
  const lines = [
    '#### Idle connected clients',
    '',
    '| Transport | Relay | Connected | RSS before → after, MiB | Per client, KiB | CPU while idle (cores) |',
    '| --- | --- | --: | --- | --: | --: |',
  ];
  for (const entry of results.idle) {
    const failed = entry.failedConnections > 0 ? ` (${entry.failedConnections} failed)` : '';
    lines.push(
      `| ${entry.transport === 'ws' ? 'WebSocket' : 'HTTP/SSE'} | ${TARGET_LABEL[entry.target]} | ${entry.connected.toLocaleString('en')}${failed} | ${entry.freshMiB} → ${entry.connectedMiB} | ${entry.kiBPerClient} | ${entry.idleCpu} |`,
    );
  }
  return [...lines, ''];
}

function frontendTable(results: BenchResults): string[] {
  const frontend = results.frontend;
  if (!frontend) return [];
  const lines = [
    '#### Front end (`/`, production build, system Chromium)',
    '',
    '| Measure | Value |',
    '| --- | --- |',
  ];
  const { firstLoad, lighthouse } = frontend;
  if (firstLoad) {
    lines.push(
      `| First-load JavaScript | ${firstLoad.initial.gzipKiB} KiB gzip (${firstLoad.initial.rawKiB} KiB raw, ${firstLoad.initial.files} files) |`,
      `| Loaded when the panel opens | ${firstLoad.onPanelOpen.gzipKiB} KiB gzip (${firstLoad.onPanelOpen.files} file(s): ${firstLoad.onPanelOpen.assistantCode.join(', ') || '–'}) |`,
    );
  }
  if (lighthouse) {
    lines.push(
      `| Lighthouse ${lighthouse.lighthouseVersion} mobile: performance | ${lighthouse.performance} |`,
      `| Lighthouse mobile: accessibility | ${lighthouse.accessibility} |`,
      `| FCP / LCP / TBT / CLS | ${lighthouse.firstContentfulPaintMs} ms / ${lighthouse.largestContentfulPaintMs} ms / ${lighthouse.totalBlockingTimeMs} ms / ${lighthouse.cumulativeLayoutShift} |`,
    );
  }
  for (const error of frontend.errors)
    lines.push(`| Not measured | ${error.replaceAll('|', '\\|').replaceAll('\n', ' ')} |`);
  return [...lines, ''];
}

function budgetTable(results: BenchResults): string[] {
  return [
    '#### Budgets',
    '',
    '| Budget | Measured | Verdict |',
    '| --- | --- | --- |',
    ...results.budgets.map((entry) => `| ${entry.budget} | ${entry.measured} | **${entry.verdict}** |`),
    '',
  ];
}

export function renderMarkdown(results: BenchResults): string {
  const { machine, settings } = results;
  return [
    `Measured ${machine.date.slice(0, 10)} at commit \`${machine.commit}\` on ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.kernel}, Node ${machine.node} (load average ${machine.loadAverageAtStart} when the run started; ${results.durationSeconds} s in all).`,
    `Load: every session asks, reads an answer of ${settings.pace.deltas} deltas sent every ${settings.pace.intervalMs} ms by the fake upstream, waits ${settings.thinkMs} ms and asks again; ${settings.measureMs / 1000} s measured per row after a warm-up, ${settings.workers} load-generator processes. Latencies are what the relay adds (upstream time removed), in ms; _× relay_ = this server ÷ the bare relay in the same run (CPU with Redis adds the redis-server's own CPU to the server's). With Redis the bench starts a fresh \`redis-server\` on a loopback port for each row; _2 workers_ is \`WEB_CONCURRENCY=2\` (a primary and its workers, CPU and memory added up). _Waiting for a CPU_ is how long per second the relay's event loop was ready but other processes held the cores (\`/proc/<pid>/schedstat\`).`,
    '',
    ...loadTables(results),
    ...idleTable(results),
    ...frontendTable(results),
    ...budgetTable(results),
  ].join('\n');
}
