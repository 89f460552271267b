import { expect, test } from './support/test';
import { simulatedAnswer } from '../fakes/openai/behaviors';
import { AssistantPage } from './pages/assistant-page';
import { listenToAnnouncer } from './support/announcer';
import { expectNoAxeViolations } from './support/axe';
import { PHONE } from './support/viewports';

test.describe('accessibility (WCAG 2.1 AA, screen readers)', () => {
  test('axe finds nothing with the panel closed and on every tab', PHONE, async ({ page }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await expectNoAxeViolations(page, 'with the panel closed');

    await assistant.open();
    const tabNames = await assistant.tabNames();
    expect(tabNames.length).toBeGreaterThan(0);
    for (const name of tabNames) {
      await assistant.tab(name).click();
      await expect(assistant.tab(name)).toHaveAttribute('aria-selected', 'true');
      await expectNoAxeViolations(page, `on the ${name} tab`);
    }
  });

  test('axe finds nothing while an answer streams, once stopped, and after an upstream error', async ({
    page,
    held,
  }) => {
    const assistant = await AssistantPage.opened(page);
    const { answer: streaming } = await assistant.askHeld(held.hold('Explícame despacio'));
    await expect(assistant.stop).toBeVisible();
    await expectNoAxeViolations(page, 'while an answer streams');
    await assistant.stop.click();
    await assistant.waitForAnswer(streaming, 'stopped');

    const failed = await assistant.ask('Esto falla [[fault:500]]');
    await assistant.waitForAnswer(failed, 'error');
    await expectNoAxeViolations(page, 'after an upstream error');
  });

  test('the live region hears each finished answer once, as plain text, and never the tokens', async ({
    page,
    held,
  }) => {
    const assistant = await AssistantPage.opened(page);
    const heard = await listenToAnnouncer(page);
    const first = await assistant.ask('¿Qué es la UVT?');
    await assistant.waitForAnswer(first);
    const slow = held.hold('Explícame despacio');
    const { answer: streaming } = await assistant.askHeld(slow);
    // Mid-answer, the region still holds only the answer before: no token was announced.
    expect(await heard()).toEqual([simulatedAnswer('¿Qué es la UVT?')]);
    await slow.release();
    await assistant.waitForAnswer(streaming);
    const last = await assistant.ask('¿Qué es la UVT?');
    await assistant.waitForAnswer(last);
    expect(await heard()).toEqual([
      simulatedAnswer('¿Qué es la UVT?'),
      simulatedAnswer(slow.question),
      simulatedAnswer('¿Qué es la UVT?'),
    ]);
    // Streaming never moved focus away from where the reader left it.
    await expect(assistant.input).toBeFocused();
  });

  test(
    'keeps the newest message in view, unless the reader scrolled up to read',
    PHONE,
    async ({ page, held }) => {
      await page.addInitScript(() => {
        const scope = window as unknown as { scrollUpOnNextMessage: boolean };
        const NativeWebSocket = window.WebSocket;
        // Registered before the page's own handler, so the scroll and the delta share one task.
        window.WebSocket = class extends NativeWebSocket {
          constructor(...args: ConstructorParameters<typeof WebSocket>) {
            super(...args);
            this.addEventListener('message', () => {
              if (!scope.scrollUpOnNextMessage) return;
              scope.scrollUpOnNextMessage = false;
              document.querySelector('[data-testid="assistant-transcript"]')?.scrollTo({ top: 0 });
            });
          }
        };
      });
      const assistant = await AssistantPage.opened(page);
      // One long exchange (the fake echoes the question) makes the transcript scrollable before the
      // trickling answer starts; that answer keeps growing until the test releases it.
      const context = await assistant.ask(`Contexto largo. ${'Necesito leer esto con calma. '.repeat(60)}`);
      await assistant.waitForAnswer(context);
      const atEnd = () =>
        assistant.transcript.evaluate(
          (element) => element.scrollHeight - element.scrollTop - element.clientHeight < 50,
        );

      const followed = await assistant.ask(held.trickle('Tercera').question);
      await expect(followed).toHaveAttribute('data-state', 'streaming');
      await expect
        .poll(() => assistant.transcript.evaluate((element) => element.scrollHeight - element.clientHeight))
        .toBeGreaterThan(150);
      expect(await atEnd()).toBe(true);
      await expect(assistant.newMessages).toBeHidden();

      // The reader scrolls up in the same task in which a delta arrives, before the browser reports the
      // scroll (it does so at the next frame): the delta must not pull them back down. Several rounds, each
      // timed by the socket, so the outcome does not depend on how fast this machine is.
      for (let round = 0; round < 4; round += 1) {
        await page.evaluate(() => {
          (window as unknown as { scrollUpOnNextMessage: boolean }).scrollUpOnNextMessage = true;
        });
        await expect(assistant.newMessages).toBeVisible();
        expect(await assistant.transcript.evaluate((element) => element.scrollTop)).toBe(0);
        await assistant.newMessages.click();
        await expect(assistant.newMessages).toBeHidden();
        expect(await atEnd()).toBe(true);
      }
      await assistant.stop.click();
      await assistant.waitForAnswer(followed, 'stopped');
    },
  );
});
