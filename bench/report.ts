import type { BenchResults } from './results';
import type { LoadResult } from './scenarios';
import { ratio, type Percentiles } from './stats';

/** bench/results/latest.md: the tables the README links to. */

const TARGET_LABEL = { assistant: 'assistant', baseline: 'bare relay' } as const;
const TRANSPORT_LABEL = { ws: 'WebSocket (protocol v2)', sse: 'HTTP/SSE (`/api/assistant`)' } as const;

const triple = (value: Percentiles | undefined) =>
  value ? `${value.p50} / ${value.p95} / ${value.p99}` : '–';
const ratioTriple = (value: Percentiles | undefined, floor: Percentiles | undefined) =>
  value && floor
    ? `${ratio(value.p50, floor.p50)}× / ${ratio(value.p95, floor.p95)}× / ${ratio(value.p99, floor.p99)}×`
    : '–';
const times = (value: number | undefined) => (value === undefined ? '–' : `${value}×`);
const errorsOf = (entry: LoadResult) => {
  const codes = Object.entries(entry.errors).map(([code, count]) => `${code} ${count}`);
  if (entry.failedConnections > 0) codes.unshift(`connect failed ${entry.failedConnections}`);
  if (entry.unfinished > 0) codes.unshift(`unfinished ${entry.unfinished}`);
  if (!entry.warmed) codes.unshift('warm-up incomplete');
  return codes.length > 0 ? codes.join(', ') : '0';
};

function loadRow(entry: LoadResult): string {
  return [
    entry.sessions.toLocaleString('en'),
    TARGET_LABEL[entry.target],
    triple(entry.firstDelta),
    triple(entry.final),
    triple(entry.perDelta),
    entry.deltasPerSecond.toLocaleString('en'),
    entry.cpu.target,
    entry.targetRunQueueWaitMsPerSecond,
    entry.cpuMsPer1kDeltas,
    `${entry.memory.idleKiBPerClient} / ${entry.memory.activeKiBPerClient}`,
    errorsOf(entry),
  ].join(' | ');
}

function ratioRow(assistant: LoadResult, baseline: LoadResult): string {
  return [
    assistant.sessions.toLocaleString('en'),
    '**ratio**',
    ratioTriple(assistant.firstDelta, baseline.firstDelta),
    ratioTriple(assistant.final, baseline.final),
    ratioTriple(assistant.perDelta, baseline.perDelta),
    times(ratio(assistant.deltasPerSecond, baseline.deltasPerSecond)),
    times(ratio(assistant.cpu.target, baseline.cpu.target)),
    '',
    times(ratio(assistant.cpuMsPer1kDeltas, baseline.cpuMsPer1kDeltas)),
    `${times(ratio(assistant.memory.idleKiBPerClient, baseline.memory.idleKiBPerClient))} / ${times(ratio(assistant.memory.activeKiBPerClient, baseline.memory.activeKiBPerClient))}`,
    '',
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
      '| Sessions | Relay | First delta added, ms p50 / p95 / p99 | Final response added, ms | Each delta, ms | Deltas/s | CPU (cores) | Waiting for a CPU, ms/s | CPU ms per 1k deltas | RSS per client idle / active, KiB | Errors |',
      '| --: | --- | --- | --- | --- | --: | --: | --: | --: | --- | --- |',
    );
    for (const sessions of results.settings.sizes) {
      const assistant = entries.find((entry) => entry.sessions === sessions && entry.target === 'assistant');
      const baseline = entries.find((entry) => entry.sessions === sessions && entry.target === 'baseline');
      if (assistant) lines.push(`| ${loadRow(assistant)} |`);
      if (baseline) lines.push(`| ${loadRow(baseline)} |`);
      if (assistant && baseline) lines.push(`| ${ratioRow(assistant, baseline)} |`);
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
    `Load: every session asks, reads an answer of ${settings.pace.deltas} deltas sent every ${settings.pace.intervalMs} ms by the fake upstream, waits ${settings.thinkMs} ms and asks again; ${settings.measureMs / 1000} s measured per row after a warm-up, ${settings.workers} load-generator processes. Latencies are what the relay adds (upstream time removed), in ms; **ratio** = assistant ÷ bare relay in the same run. _Waiting for a CPU_ is how long per second the relay's event loop was ready but other processes held the cores (\`/proc/<pid>/schedstat\`).`,
    '',
    ...loadTables(results),
    ...idleTable(results),
    ...frontendTable(results),
    ...budgetTable(results),
  ].join('\n');
}
