import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the production build (`npm run build` first): one server in offline mode,
 * one relaying to the fake OpenAI server. System Chromium by default (CHROMIUM_PATH overrides); on a
 * laptop without it, Playwright's own Chromium is used.
 */
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const ports = {
  offline: Number(process.env.E2E_OFFLINE_PORT ?? 3311),
  openai: Number(process.env.E2E_OPENAI_PORT ?? 3312),
  fake: Number(process.env.E2E_FAKE_OPENAI_PORT ?? 4311),
};
const serverEnv = {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  SESSION_SECRET: 'e2e-secret-that-is-long-enough-to-sign-cookies',
  COOKIE_SECURE: 'false',
  LOG_LEVEL: 'warn',
  NEXT_TELEMETRY_DISABLED: '1',
};
const launchOptions = {
  executablePath: chromium,
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};
const phone = { ...devices['Pixel 7'], launchOptions };
const desktop = { ...devices['Desktop Chrome'], launchOptions };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: { locale: 'es-CO', trace: 'retain-on-failure' },
  projects: [
    {
      name: 'desktop-offline',
      testMatch: /offline\.spec\.ts/,
      use: { ...desktop, baseURL: `http://127.0.0.1:${ports.offline}` },
    },
    {
      name: 'phone-offline',
      testMatch: /offline\.spec\.ts/,
      use: { ...phone, baseURL: `http://127.0.0.1:${ports.offline}` },
    },
    {
      name: 'desktop-openai',
      testMatch: /openai\.spec\.ts/,
      use: { ...desktop, baseURL: `http://127.0.0.1:${ports.openai}` },
    },
    {
      name: 'phone-openai',
      testMatch: /openai\.spec\.ts/,
      use: { ...phone, baseURL: `http://127.0.0.1:${ports.openai}` },
    },
  ],
  webServer: [
    {
      command: `node node_modules/tsx/dist/cli.mjs tests/fakes/openai-server-cli.ts --port ${ports.fake}`,
      port: ports.fake,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node dist/server.js',
      url: `http://127.0.0.1:${ports.offline}/`,
      env: { ...serverEnv, PORT: String(ports.offline), OPENAI_API_KEY: '', LOCAL_STREAM_DELAY_MS: '25' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node dist/server.js',
      url: `http://127.0.0.1:${ports.openai}/`,
      env: {
        ...serverEnv,
        PORT: String(ports.openai),
        OPENAI_API_KEY: 'sk-test-fake',
        OPENAI_BASE_URL: `http://127.0.0.1:${ports.fake}/v1`,
        OPENAI_MAX_RETRIES: '0',
        OPENAI_TIMEOUT_MS: '3000',
        OPENAI_IDLE_TIMEOUT_MS: '3000',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
