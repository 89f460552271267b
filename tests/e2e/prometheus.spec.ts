import { expect, test } from '@playwright/test';
import { METRICS_PATH } from '../../lib/server/metrics/endpoint';
import { AssistantPage } from './pages/assistant-page';
import { E2E_METRICS_TOKEN } from './support/ports';
import { SCRAPE_JOB, startPrometheus, type RunningPrometheus } from './support/prometheus';

/** The server's own value of a counter, read straight from its endpoint: other specs share this server. */
async function counterNow(baseURL: string, name: string): Promise<number> {
  const response = await fetch(`${baseURL}${METRICS_PATH}`, {
    headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` },
  });
  expect(response.status).toBe(200);
  const line = (await response.text()).split('\n').find((text) => text.startsWith(`${name}{`));
  return Number(line?.split(' ').at(-1) ?? 0);
}

test.describe('a real Prometheus scrapes the production build', () => {
  let prometheus: RunningPrometheus | undefined;

  test.afterEach(async () => {
    await prometheus?.stop();
    prometheus = undefined;
  });

  test('reads back answers, latencies, connections and process metrics through its HTTP API', async ({
    page,
    baseURL,
  }) => {
    const server = baseURL as string;
    const answeredBefore = await counterNow(server, 'assistant_questions_answered_total');
    const firstWordsBefore = await counterNow(server, 'assistant_first_delta_seconds_count');
    prometheus = await startPrometheus(new URL(server).host, E2E_METRICS_TOKEN);
    const job = `job="${SCRAPE_JOB}"`;
    await expect.poll(() => prometheus?.query(`up{${job}}`)).toBe(1);

    const assistant = await AssistantPage.opened(page);
    for (const question of ['¿Quién debe declarar renta en 2026?', '¿Qué es la UVT?']) {
      await assistant.waitForAnswer(await assistant.ask(question));
    }

    await expect
      .poll(() => prometheus?.query(`assistant_questions_answered_total{${job}}`))
      .toBeGreaterThanOrEqual(answeredBefore + 2);
    await expect
      .poll(() => prometheus?.query(`assistant_first_delta_seconds_count{${job}}`))
      .toBeGreaterThanOrEqual(firstWordsBefore + 2);
    // The panel's connection stays open while the page does, on whichever transport this server offers.
    await expect
      .poll(() => prometheus?.query(`sum(assistant_open_connections{${job}})`))
      .toBeGreaterThanOrEqual(1);
    await expect.poll(() => prometheus?.query(`process_resident_memory_bytes{${job}}`)).toBeGreaterThan(0);
    await expect.poll(() => prometheus?.query(`count(nodejs_eventloop_lag_seconds{${job}})`)).toBe(1);
  });
});
