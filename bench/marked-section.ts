import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/** Written the way `npm run lint` (prettier --check) expects, so committing a run keeps lint green. */
export async function writeFormatted(file: string, text: string): Promise<void> {
  const config = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(text, { ...config, filepath: file }));
}

/**
 * Replaces what lies between `<!-- <name>:start -->` and `<!-- <name>:end -->` in a Markdown file with
 * `markdown`: how a run's results land in the docs without touching the prose around them.
 */
export async function replaceMarkedSection(file: string, name: string, markdown: string): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} section`);
  await writeFormatted(file, `${text.slice(0, from + start.length)}\n\n${markdown}\n${text.slice(to)}`);
}
