import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_METRICS_TOKEN, E2E_PORTS as ports } from './tests/e2e/support/ports';
import { PHONE } from './tests/e2e/support/viewports';

const PHONE_TAG = new RegExp(PHONE.tag);

/**
 * End-to-end tests against the production build (`npm run build` first): one server in offline mode,
 * one relaying to the fake OpenAI server. System Chromium by default (CHROMIUM_PATH overrides); on a
 * laptop without it, Playwright's own Chromium is used.
 */
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const serverEnv = {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  SESSION_SECRET: 'e2e-secret-that-is-long-enough-to-sign-cookies',
  COOKIE_SECURE: 'false',
  LOG_LEVEL: 'warn',
  NEXT_TELEMETRY_DISABLED: '1',
  // Every browser in the suite connects from 127.0.0.1; per-address limits have their own tests.
  RATE_LIMIT_IP_PER_MINUTE: '100000',
  // A loaded CI machine lags the loop past the production threshold; shedding has its own tests.
  OVERLOAD_LAG_MS: '60000',
  RATE_LIMIT_NEW_SESSIONS_PER_MINUTE: '100000',
  RATE_LIMIT_FRAMES_IP_PER_MINUTE: '1000000',
  MAX_CONNECTIONS_PER_IP: '1000',
  // A real Prometheus scrapes each server with it (prometheus.spec.ts).
  METRICS_TOKEN: E2E_METRICS_TOKEN,
};
/** Offline answers stream as fast as the server can: a test that needs one mid-stream holds it in the page. */
const offlineEnv = { OPENAI_API_KEY: '', LOCAL_STREAM_DELAY_MS: '0' };
/** Held answers stay silent for as long as a test looks at them: no upstream timeout may end them first. */
const openaiEnv = {
  OPENAI_API_KEY: 'sk-test-fake',
  OPENAI_BASE_URL: `http://127.0.0.1:${ports.fake}/v1`,
  OPENAI_MAX_RETRIES: '0',
  OPENAI_TIMEOUT_MS: '120000',
  OPENAI_IDLE_TIMEOUT_MS: '120000',
};
const launchOptions = {
  executablePath: chromium,
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    // A fake microphone, camera and screen, granted without a prompt (tests override per case).
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
  ],
};
const viewports = {
  desktop: { ...devices['Desktop Chrome'], launchOptions },
  phone: { ...devices['Pixel 7'], launchOptions },
  // iPhone-sized viewport, touch and user agent, still driven by Chromium: WebKit cannot run here.
  iphone: { ...devices['iPhone 13'], browserName: 'chromium' as const, launchOptions },
};
/**
 * The iPhone-sized viewport shares every code path with the Pixel 7 (both are Chromium here), so of the
 * phone tests it runs only what its size or iOS's habits change: the panel's layout and keyboard, the core
 * offline journey and a screen locked mid-answer, against the custom server.
 */
const IPHONE_SPECS: readonly string[] = ['panel', 'offline', 'resilience'];
/**
 * Which specs (file names without `.spec.ts`) run against which server. The phone viewports run them on the
 * custom server only: which door the panel takes (WebSocket, or HTTP on `next start`) does not depend on
 * the viewport, and the phones' layout, touch and screen-lock cases run against the custom server.
 */
const modes = {
  offline: {
    specs: ['offline', 'calendar-offline', 'screen-share', 'voice', 'privacy', 'feedback', 'prometheus'],
    port: ports.offline,
  },
  // Answers from the fake model, which a test can hold mid-stream (`held` in tests/e2e/support/test.ts).
  openai: {
    specs: ['openai', 'voice-openai', 'accessibility', 'security', 'resilience', 'panel'],
    port: ports.openai,
  },
  // `next start` alone, as a Vercel-like host runs the app: no custom server, no WebSocket.
  // The offline journeys run here too: the panel must fall back to HTTP and behave the same.
  'next-start': {
    specs: ['http-transport', 'offline', 'calendar-offline', 'privacy', 'feedback', 'prometheus'],
    port: ports.nextStart,
  },
  // The model's journeys over HTTP: streaming, stop and errors through the route handlers.
  'next-start-openai': { specs: ['openai'], port: ports.nextStartOpenai },
};
const specFiles = (specs: readonly string[]) => new RegExp(`(^|/)(${specs.join('|')})\\.spec\\.ts$`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Sized for a 2-core machine with one core taken by something else (bash .ci/run-busy): no test may
  // rely on more, and none waits on the clock for a transient state (answers are held, see support/).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Recording a trace for every test costs a fifth of the suite's time on a 2-core machine; a failure
  // still leaves its page snapshot (error-context.md). E2E_TRACE=1 records traces, kept for failures.
  use: { locale: 'es-CO', trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'off' },
  projects: Object.entries(modes).flatMap(([mode, { specs, port }]) =>
    Object.entries(viewports)
      .map(([viewport, device]) => ({
        name: `${viewport}-${mode}`,
        specs:
          viewport === 'desktop'
            ? specs
            : mode.startsWith('next-start')
              ? []
              : viewport === 'phone'
                ? specs
                : specs.filter((spec) => IPHONE_SPECS.includes(spec)),
        // A phone runs the tests whose outcome its size, touch or habits change (`PHONE` in support/viewports.ts).
        grep: viewport === 'desktop' ? undefined : PHONE_TAG,
        use: { ...device, baseURL: `http://127.0.0.1:${port}` },
      }))
      .filter((project) => project.specs.length > 0)
      .map(({ name, specs: matched, grep, use }) => ({ name, testMatch: specFiles(matched), grep, use })),
  ),
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${ports.nextStart}`,
      url: `http://127.0.0.1:${ports.nextStart}/`,
      env: { ...serverEnv, ...offlineEnv },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${ports.nextStartOpenai}`,
      url: `http://127.0.0.1:${ports.nextStartOpenai}/`,
      env: { ...serverEnv, ...openaiEnv },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs tests/fakes/openai-server-cli.ts --port ${ports.fake}`,
      port: ports.fake,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node dist/server.js',
      url: `http://127.0.0.1:${ports.offline}/`,
      env: { ...serverEnv, ...offlineEnv, PORT: String(ports.offline) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node dist/server.js',
      url: `http://127.0.0.1:${ports.openai}/`,
      env: { ...serverEnv, ...openaiEnv, PORT: String(ports.openai) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
