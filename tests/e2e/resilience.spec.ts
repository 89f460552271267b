import type { Page, WebSocketRoute } from '@playwright/test';
import { simulatedAnswer } from '../fakes/openai/behaviors';
import { expect, test } from './support/test';
import { AssistantPage } from './pages/assistant-page';
import { listenToAnnouncer } from './support/announcer';
import { PHONE } from './support/viewports';

/** The client presumes a socket dead after the page was hidden this long (WebSocketTransport default). */
const STALE_AFTER_HIDDEN_MS = 5_000;

async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((next) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => next });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/**
 * Relays the assistant socket through Playwright so a test can make it die silently, the way iOS kills
 * sockets when the screen locks (no close event, no more frames either way), or refuse every new socket
 * the way a phone without signal does.
 */
async function relaySockets(page: Page) {
  const relays: Array<{ route: WebSocketRoute; dead: boolean }> = [];
  let offline = false;
  await page.routeWebSocket(/\/ws\/assistant\//, async (route) => {
    if (offline) {
      await route.close({ code: 4000, reason: 'sin red' });
      return;
    }
    const relay = { route, dead: false };
    relays.push(relay);
    const server = route.connectToServer();
    route.onMessage((message) => {
      if (!relay.dead) server.send(message);
    });
    server.onMessage((message) => {
      if (!relay.dead) route.send(message);
    });
  });
  return {
    killSilently: () => relays.forEach((relay) => (relay.dead = true)),
    async goOffline() {
      offline = true;
      await Promise.all(relays.map((relay) => relay.route.close({ code: 4000, reason: 'sin red' })));
    },
    goOnline: () => {
      offline = false;
    },
    count: () => relays.length,
  };
}

test.describe('resilience on a flaky phone', () => {
  test(
    'locking the screen mid-answer and coming back shows the whole answer, once',
    PHONE,
    async ({ page, isMobile, held }) => {
      test.skip(!isMobile, 'screen locking is a phone scenario; the desktop runs the reload test below');
      const sockets = await relaySockets(page);
      const assistant = await AssistantPage.opened(page);
      const heard = await listenToAnnouncer(page);
      const slow = held.hold('Explícame despacio');
      const { answer, release } = await assistant.askHeld(slow);

      await setVisibility(page, 'hidden');
      sockets.killSilently();
      // The rest of the answer is produced while the screen is locked and reaches no one.
      await release();
      // The client judges staleness by how long the page really stayed hidden, so real time must pass: a lower
      // bound, which a loaded machine only lengthens (nothing is caught mid-way; the answer is held above).
      await page.waitForTimeout(STALE_AFTER_HIDDEN_MS + 500);
      await setVisibility(page, 'visible');

      await assistant.waitForAnswer(answer);
      await expect(assistant.answerText(answer)).toHaveText(simulatedAnswer(slow.question));
      await expect(assistant.answers).toHaveCount(1);
      expect(sockets.count()).toBeGreaterThanOrEqual(2);
      expect((await heard()).filter((text) => text.startsWith('Respuesta simulada'))).toHaveLength(1);
    },
  );

  test('a question typed while offline is sent once, when the network is back', PHONE, async ({ page }) => {
    const sockets = await relaySockets(page);
    const assistant = await AssistantPage.opened(page);
    await sockets.goOffline();
    await expect(assistant.status).toHaveAttribute('data-status', 'reconnecting');
    const answer = await assistant.ask('¿Me oyes sin red?');
    await expect(answer).toHaveAttribute('data-state', 'sending');
    sockets.goOnline();
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await assistant.waitForAnswer(answer);
    await expect(assistant.answerText(answer)).toHaveText(simulatedAnswer('¿Me oyes sin red?'));
    await expect(assistant.answers).toHaveCount(1);
  });

  test('a reload in the middle of an answer restores the conversation and the answer finishes', async ({
    page,
    held,
  }) => {
    const assistant = await AssistantPage.opened(page);
    const first = await assistant.ask('Primera pregunta');
    await assistant.waitForAnswer(first);
    const { question, release } = held.hold('Segunda, despacio');
    const second = await assistant.ask(question);
    await expect(second).toHaveAttribute('data-state', 'streaming');

    await page.reload();
    await assistant.open();
    await expect(assistant.questions).toHaveText([/Primera pregunta/, /Segunda, despacio/]);
    await expect(assistant.answers.first()).toContainText('Respuesta simulada de OpenAI: Primera pregunta');
    await expect(assistant.answers.nth(1)).toHaveAttribute('data-state', 'streaming');
    await release();
    await assistant.waitForAnswer(assistant.answers.nth(1));
    await expect(assistant.answerText(assistant.answers.nth(1))).toHaveText(simulatedAnswer(question));
    await expect(assistant.answers).toHaveCount(2);
  });

  test('behind a proxy that refuses WebSocket upgrades the panel answers over HTTP, and the tab stops knocking', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const Native = window.WebSocket;
      const attempts = { count: 0 };
      Object.assign(window, { socketAttempts: attempts });
      // Every socket knocks on a path the server refuses (404 to the upgrade), as such a proxy would.
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          attempts.count += 1;
          super(new URL('/ws/sin-puerta/', url), protocols);
        }
      };
    });
    const socketAttempts = () =>
      page.evaluate(() => (window as unknown as { socketAttempts: { count: number } }).socketAttempts.count);
    const assistant = await AssistantPage.opened(page);
    await expect(assistant.status).toHaveAttribute('data-transport', 'http');
    expect(await socketAttempts()).toBe(1);
    const answer = await assistant.ask('¿Qué es la UVT?');
    await assistant.waitForAnswer(answer);

    // A reload keeps what the tab learnt: the panel goes straight to HTTP.
    await page.reload();
    await assistant.open();
    await expect(assistant.status).toHaveAttribute('data-transport', 'http');
    expect(await socketAttempts()).toBe(0);
  });
});
