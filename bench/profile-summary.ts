import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Where a `.cpuprofile` (from BENCH_CPU_PROFILE_DIR) spent its time, grouped by package or file:
 *   npx tsx bench/profile-summary.ts bench/results/profiles/CPU.….cpuprofile [top]
 * docs/performance.md quotes its output to explain what limits the latency budget.
 */

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string() }),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

const USAGE = 'usage: tsx bench/profile-summary.ts <file.cpuprofile> [top: 1-200 groups, default 15]';
const args = z
  .tuple([z.string(), z.coerce.number().int().min(1).max(200).default(15)], { error: USAGE })
  .safeParse(process.argv.slice(2));
if (!args.success) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const [file, top] = args.data;
const profile = profileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

/** `nm:<package>` for dependencies, `node:<module>` for Node's own code, the file for the app's. */
function groupOf(url: string, functionName: string): string {
  if (!url) return `(${functionName.replace(/[()]/g, '') || 'native'})`;
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (dependency) return `nm:${dependency[1]}`;
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '');
}

const urlById = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
const byGroup = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, index) => {
  const frame = urlById.get(id);
  const micros = profile.timeDeltas[index] ?? 0;
  total += micros;
  if (!frame) return;
  const group = groupOf(frame.url, frame.functionName);
  byGroup.set(group, (byGroup.get(group) ?? 0) + micros);
});

process.stdout.write(`${(total / 1e6).toFixed(1)} s sampled\n`);
for (const [group, micros] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  process.stdout.write(`${((micros / total) * 100).toFixed(1).padStart(5)}%  ${group}\n`);
}
