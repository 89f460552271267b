import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from 'playwright-core';

/**
 * What a phone downloads: the JavaScript `/` loads before anyone touches the assistant, what opening the
 * panel adds, and a Lighthouse mobile run (performance and accessibility), all in the system Chromium
 * against the production server.
 */

export interface ScriptBytes {
  files: number;
  rawKiB: number;
  /** Each script gzipped here (level 9), independent of whether the server compressed it. */
  gzipKiB: number;
  /** Which of the assistant's own libraries (see ASSISTANT_MARKERS) these scripts contain. */
  assistantCode: string[];
}

/** Strings only the assistant's code contains: its protocol, zod, the markdown parser and speech. */
const ASSISTANT_MARKERS: Record<string, string> = {
  'protocol and transports': 'dian-assistant.v2',
  zod: 'ZodError',
  markdown: 'micromark',
  speech: 'SpeechRecognition',
};

export interface FirstLoadResult {
  initial: ScriptBytes;
  /** Loaded only when the panel is opened (the lazy chunk and its dependencies). */
  onPanelOpen: ScriptBytes;
}

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  /** Milliseconds, as Lighthouse's simulated mobile run reports them. */
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  lighthouseVersion: string;
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Collects the body of every script the page fetches from now on. */
function recordScripts(page: Page): () => Promise<ScriptBytes> {
  const pending: Array<Promise<{ raw: number; gzip: number; text: string }>> = [];
  const seen = new Set<string>();
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script' || seen.has(response.url())) return;
    seen.add(response.url());
    pending.push(
      response.body().then((body) => ({
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        text: body.toString('utf8'),
      })),
    );
  };
  page.on('response', onResponse);
  return async () => {
    page.off('response', onResponse);
    const sizes = await Promise.all(pending);
    return {
      files: sizes.length,
      rawKiB: kib(sizes.reduce((sum, size) => sum + size.raw, 0)),
      gzipKiB: kib(sizes.reduce((sum, size) => sum + size.gzip, 0)),
      assistantCode: Object.entries(ASSISTANT_MARKERS)
        .filter(([, marker]) => sizes.some((size) => size.text.includes(marker)))
        .map(([name]) => name),
    };
  };
}

export async function measureFirstLoad(url: string, chromiumPath: string): Promise<FirstLoadResult> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const initialScripts = recordScripts(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    const initial = await initialScripts();
    const panelScripts = recordScripts(page);
    await page.getByTestId('assistant-launcher').click();
    await page.getByRole('dialog').or(page.locator('#asistente-virtual')).first().waitFor();
    await page.waitForLoadState('networkidle');
    return { initial, onPanelOpen: await panelScripts() };
  } finally {
    await browser.close();
  }
}

/** Lighthouse's default (mobile: Moto G power emulation, simulated slow 4G) in headless system Chromium. */
export async function runLighthouse(url: string, chromiumPath: string): Promise<LighthouseResult> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox'] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
    const metric = (audit: string) => Math.round((lhr.audits[audit]?.numericValue ?? 0) * 1000) / 1000;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      firstContentfulPaintMs: Math.round(metric('first-contentful-paint')),
      largestContentfulPaintMs: Math.round(metric('largest-contentful-paint')),
      totalBlockingTimeMs: Math.round(metric('total-blocking-time')),
      cumulativeLayoutShift: metric('cumulative-layout-shift'),
      lighthouseVersion: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}
