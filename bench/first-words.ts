import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { percentiles, ratio } from './stats';
import { spawnReady, type OwnedProcess } from './processes';
import { freePort } from '../tests/helpers/process';

/**
 * `npm run bench:first-words` (issue #14): how long a citizen waits for the first words of an answer after
 * tapping the launcher, on the custom server and on plain `next start` (what a Vercel-like host runs), on the
 * first open in a new tab and after a reload of the same tab. Offline mode, the same question, the hosts
 * interleaved run by run so the machine's noise falls on both; figures are medians and ratios to the custom
 * server measured in the same run. Needs `npm run build` first.
 */

const RUNS = Number(process.env.FIRST_WORDS_RUNS ?? 7);
const QUESTION = '¿Qué es la UVT?';
const OUTPUT = path.join('bench', 'results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Host = 'custom server' | 'next start';
type Open = 'first open' | 'after a reload';

const serverEnv = {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  SESSION_SECRET: randomBytes(48).toString('base64url'),
  OPENAI_API_KEY: '',
  // `info`: the custom server says it is ready with its `server.listening` line.
  LOG_LEVEL: 'info',
  NEXT_TELEMETRY_DISABLED: '1',
};

async function startHost(host: Host, logDir: string): Promise<{ url: string; process: OwnedProcess }> {
  const port = await freePort();
  const custom = host === 'custom server';
  const { process: owned } = await spawnReady({
    command: process.execPath,
    args: custom
      ? ['dist/server.js']
      : ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    env: { ...serverEnv, PORT: String(port) },
    logFile: path.join(logDir, `first-words-${custom ? 'custom' : 'next-start'}.log`),
    ready: (line) =>
      (custom ? line.includes('server.listening') : line.includes('Ready')) ? 'ready' : undefined,
  });
  return { url: `http://127.0.0.1:${port}/`, process: owned };
}

/** From the tap on the launcher to the first words of the answer on screen, as the page's clock sees it. */
async function firstWordsMs(page: Page): Promise<number> {
  const launcher = page.getByTestId('assistant-launcher');
  await launcher.waitFor();
  await launcher.evaluate((button) =>
    button.addEventListener('click', () => Object.assign(window, { tappedAt: performance.now() }), {
      capture: true,
      once: true,
    }),
  );
  await launcher.click();
  await page.getByRole('textbox', { name: 'Escribe tu pregunta' }).fill(QUESTION);
  await page.getByRole('button', { name: 'Enviar' }).click();
  const waited = await page.waitForFunction(() => {
    const answer = document.querySelector<HTMLElement>('[data-testid="message-assistant"]');
    const state = answer?.dataset.state;
    if (state !== 'streaming' && state !== 'done') return undefined;
    return performance.now() - (window as unknown as { tappedAt: number }).tappedAt;
  });
  return Math.round((await waited.jsonValue()) as number);
}

async function measureOnce(browser: Browser, url: string): Promise<Record<Open, number>> {
  const context = await browser.newContext({ locale: 'es-CO' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const first = await firstWordsMs(page);
    await page.reload();
    return { 'first open': first, 'after a reload': await firstWordsMs(page) };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const logDir = path.join(OUTPUT, 'logs');
  mkdirSync(logDir, { recursive: true });
  const hosts: Host[] = ['custom server', 'next start'];
  const started = await Promise.all(hosts.map((host) => startHost(host, logDir)));
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const samples = new Map<string, number[]>();
  try {
    for (let run = 0; run < RUNS; run += 1) {
      for (const [index, host] of hosts.entries()) {
        const measured = await measureOnce(browser, started[index]?.url ?? '');
        for (const [open, ms] of Object.entries(measured)) {
          const key = `${host}|${open}`;
          samples.set(key, [...(samples.get(key) ?? []), ms]);
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all(started.map(({ process: owned }) => owned.stop()));
  }
  // The percentile helper takes microseconds.
  const at = (host: Host, open: Open) =>
    percentiles((samples.get(`${host}|${open}`) ?? []).map((ms) => ms * 1000))?.p50;
  const rows = (['first open', 'after a reload'] as const).map((open) => {
    const custom = at('custom server', open);
    const nextStart = at('next start', open);
    return `| ${open} | ${custom ?? '–'} | ${nextStart ?? '–'} | ${ratio(nextStart, custom) ?? '–'}× |`;
  });
  const markdown = [
    `First words after the tap (ms, median of ${RUNS}; offline mode; «${QUESTION}»)`,
    '',
    '| open | custom server | next start | next start / custom |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  writeFileSync(path.join(OUTPUT, 'first-words-latest.md'), markdown);
  process.stdout.write(`${markdown}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`first-words bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
