import { expect, test } from '@playwright/test';
import { formatPesos } from '../../lib/tax/money';
import { requireUvt } from '../../lib/tax/uvt';
import { AssistantPage } from './pages/assistant-page';
import { installAnswerGate } from './support/answer-gate';
import { PHONE } from './support/viewports';

const OFFLINE_LABEL = 'Respuestas ya escritas de esta guía, sin inteligencia artificial';

test.describe('offline assistant (no API key)', () => {
  test('opens, streams a sourced answer, resets and closes', PHONE, async ({ page }) => {
    const gate = await installAnswerGate(page);
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-CO');
    await assistant.open();
    await expect(assistant.input).toBeFocused();
    await expect(assistant.offlineMode).toHaveText(`· ${OFFLINE_LABEL}`);

    await gate.hold();
    const answer = await assistant.ask('¿Quién tiene que usar el formulario 210?');
    await expect(assistant.questions.last()).toHaveText(/formulario 210/);
    await expect(answer).toHaveAttribute('data-state', 'streaming');
    await expect(assistant.stop).toBeVisible();
    await gate.release();
    await assistant.waitForAnswer(answer);
    await expect(answer).toContainText('210');
    const source = answer.locator('a[href^="https://"]').first();
    await expect(source).toHaveAttribute('target', '_blank');
    await expect(source).toHaveAttribute('rel', /noopener/);
    await expect(source).toHaveAttribute('href', /dian\.gov\.co/);
    await expect(assistant.announcer).toContainText('210');

    await assistant.reset.click();
    await expect(assistant.answers).toHaveCount(0);
    await expect(assistant.questions).toHaveCount(0);
    await expect(assistant.announcer).toHaveText('Empezaste una conversación nueva: la anterior se borró.');

    const second = await assistant.ask('¿Cuánto vale la UVT en 2026?');
    await assistant.waitForAnswer(second);
    await assistant.close.click();
    await expect(assistant.panel).toBeHidden();
    await expect(assistant.launcher).toBeFocused();

    // Closing only hides the panel: the conversation is there when it opens again.
    await assistant.launcher.click();
    await expect(assistant.panel).toBeVisible();
    await expect(assistant.answers).toHaveCount(1);
  });

  test('Escape and the close button keep the conversation and the half-typed question; «Cerrar y borrar» ends it', async ({
    page,
  }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await expect(assistant.closeAndErase).toHaveCount(0);
    await assistant.open();
    const answer = await assistant.ask('¿Qué es la UVT?');
    await assistant.waitForAnswer(answer);
    await assistant.input.fill('¿Y si mi NIT termina en');

    // A reflex press of Escape loses nothing, and the launcher says a conversation is waiting.
    await page.keyboard.press('Escape');
    await expect(assistant.panel).toBeHidden();
    await expect(assistant.launcher).toBeFocused();
    await expect(assistant.launcher).toContainText('Conversación en curso');
    await expect(assistant.launcherAnnouncer).toHaveText(
      'Asistente minimizado. Tu conversación sigue abierta; para borrarla, usa «Cerrar y borrar».',
    );
    await expect(assistant.closeAndErase).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(assistant.panel).toBeVisible();
    await expect(assistant.answers).toHaveCount(1);
    await expect(assistant.input).toHaveValue('¿Y si mi NIT termina en');

    await assistant.close.click();
    await expect(assistant.panel).toBeHidden();
    await assistant.launcher.click();
    await expect(assistant.input).toHaveValue('¿Y si mi NIT termina en');
    await expect(assistant.answers).toHaveCount(1);

    // The deliberate close keeps the seed's rule: the conversation is erased, here and on the server.
    await page.keyboard.press('Escape');
    await assistant.closeAndErase.click();
    await expect(assistant.closeAndErase).toHaveCount(0);
    await expect(assistant.launcher).toBeFocused();
    await expect(assistant.launcher).not.toContainText('Conversación en curso');
    await expect(assistant.launcherAnnouncer).toHaveText('Conversación borrada. El asistente está cerrado.');
    await assistant.launcher.click();
    await expect(assistant.panel).toBeVisible();
    await expect(assistant.answers).toHaveCount(0);
    await expect(assistant.input).toHaveValue('');
    await page.reload();
    await assistant.open();
    await expect(assistant.questions).toHaveCount(0);
  });

  test(
    'the first Tab stop is a skip link that opens the assistant, or goes back into it',
    PHONE,
    async ({ page, isMobile }) => {
      const assistant = new AssistantPage(page);
      await assistant.goto();
      await page.keyboard.press('Tab');
      await expect(assistant.skipLink).toBeFocused();
      // Visible once focused, at a full touch-target height.
      expect((await assistant.skipLink.boundingBox())?.height).toBeGreaterThanOrEqual(44);
      await expect(assistant.skipLink).toBeInViewport({ ratio: 1 });
      await page.keyboard.press('Enter');
      await expect(assistant.panel).toBeVisible();
      await expect(assistant.input).toBeFocused();

      await page.keyboard.press('Escape');
      await expect(assistant.panel).toBeHidden();
      await assistant.skipLink.focus();
      await page.keyboard.press('Enter');
      await expect(assistant.input).toBeFocused();
      // A desktop leaves the page usable beside the open panel: from there the link goes back into it.
      if (isMobile) return;
      await assistant.skipLink.focus();
      await page.keyboard.press('Enter');
      await expect(assistant.panel).toBeVisible();
      await expect(assistant.input).toBeFocused();
    },
  );

  test(
    'the launcher draws its icon without any emoji font, and the Enter hint shows only with a keyboard',
    PHONE,
    async ({ page, isMobile }) => {
      const assistant = new AssistantPage(page);
      await assistant.goto();
      await expect(assistant.launcher.locator('svg[aria-hidden="true"]')).toBeVisible();
      // Emoji need a font the phone may lack (an empty box): the launcher's text is letters only.
      expect(await assistant.launcher.textContent()).toMatch(/^[\p{L}\s]+$/u);
      await expect(assistant.launcher).toHaveAccessibleName('Asistente virtual');

      await assistant.open();
      await expect(assistant.composerHint).toContainText('No compartas contraseñas ni números de documento.');
      const enterHint = assistant.composerHint.getByText('Enter envía; Shift+Enter agrega una línea.');
      if (isMobile) await expect(enterHint).toBeHidden();
      else await expect(enterHint).toBeVisible();
    },
  );

  test("«¿Qué es la UVT?» gives this year's value and the one used for the return filed this year", async ({
    page,
  }) => {
    const assistant = await AssistantPage.opened(page);
    const answer = await assistant.ask('¿Qué es la UVT?');
    await assistant.waitForAnswer(answer);
    await expect(answer).toContainText(formatPesos(requireUvt(2026).value));
    await expect(answer).toContainText(
      `La declaración de renta que se presenta en 2026 (año gravable 2025) usa la UVT de 2025: ${formatPesos(requireUvt(2025).value)}`,
    );
  });

  test('serves the favicon and names it in the page', async ({ page, request }) => {
    const icon = await request.get('/favicon.ico');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    await page.goto('/');
    await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  });

  test('computes with the exact tools, cites the year and sources, and shows the disclaimer once', async ({
    page,
  }) => {
    const assistant = await AssistantPage.opened(page);
    const disclaimer = 'no son un concepto oficial ni una decisión vinculante de la DIAN';
    await expect(assistant.transcript.getByText(disclaimer)).toHaveCount(1);

    const answer = await assistant.ask('Gané 80 millones en 2025, ¿tengo que declarar?');
    await assistant.waitForAnswer(answer);
    await expect(answer).toContainText('Sí debes declarar');
    await expect(answer).toContainText('Aplica a: Año gravable 2025 (declaración de 2026)');
    await expect(answer.locator('a[href^="https://normograma.dian.gov.co/"]').first()).toBeVisible();

    const deadline = await assistant.ask('¿Cuándo declaro si mi NIT termina en 45?');
    await assistant.waitForAnswer(deadline);
    await expect(deadline).toContainText('lunes 14 de septiembre de 2026');
    await expect(assistant.transcript.getByText(disclaimer)).toHaveCount(1);
  });

  test(
    'the status says the connection is lost as soon as the phone goes offline, and recovers with it',
    PHONE,
    async ({ page, context }) => {
      const assistant = await AssistantPage.opened(page);
      // Nothing is awaited: no probe runs, so only the device's own report can tell the panel.
      await context.setOffline(true);
      await expect(assistant.status).toHaveAttribute('data-status', 'reconnecting');
      await expect(assistant.status).toContainText('Sin conexión');
      await context.setOffline(false);
      await expect(assistant.status).toHaveAttribute('data-status', 'open');
      const answer = await assistant.ask('¿Qué es la UVT?');
      await assistant.waitForAnswer(answer);
    },
  );

  test('a long answer opens at its first line, and the rest is one button away', PHONE, async ({ page }) => {
    const assistant = await AssistantPage.opened(page);
    const answer = await assistant.ask(
      '¿Cuándo declaro si mi NIT termina en 45? Muéstrame la tabla completa',
    );
    await assistant.waitForAnswer(answer);
    // Only meaningful while the answer is taller than the view: said here, so a shorter answer fails loudly.
    const answerHeight = await answer.evaluate((element) => element.getBoundingClientRect().height);
    expect(answerHeight).toBeGreaterThan(
      await assistant.transcript.evaluate((element) => element.clientHeight),
    );

    await expect(answer.getByText('Tu plazo es el')).toBeInViewport();
    await assistant.newMessages.click();
    await expect(assistant.newMessages).toBeHidden();
    await expect(answer.getByText('Tu plazo es el')).not.toBeInViewport();
  });

  test(
    'every tab shows the latest answer, also the one that was hidden while it arrived',
    PHONE,
    async ({ page }) => {
      const assistant = await AssistantPage.opened(page);
      await assistant.waitForAnswer(await assistant.ask('¿Qué deducciones puedo tener?'));
      const latest = await assistant.ask('Gané 80 millones en 2025, ¿tengo que declarar?');
      await assistant.waitForAnswer(latest);
      await expect(latest.getByText('Sí debes declarar')).toBeInViewport();

      await assistant.selectTab('Voz');
      await expect(assistant.answers.last().getByText('Sí debes declarar')).toBeInViewport();
      await assistant.selectTab('Chat');
      await expect(assistant.answers.last().getByText('Sí debes declarar')).toBeInViewport();
    },
  );

  test(
    'on a phone the header keeps to two short lines and its details open on demand',
    PHONE,
    async ({ page, isMobile }) => {
      const assistant = await AssistantPage.opened(page);
      const statusLine = assistant.status.locator('p');
      const details = page.getByTestId('assistant-status-details');
      const truncated = () => statusLine.evaluate((element) => element.scrollWidth > element.clientWidth);
      if (!isMobile) {
        await expect(details).toBeHidden();
        expect(await truncated()).toBe(false);
        return;
      }
      // Measured against the phones: title, status and tabs took ~145 px before.
      const height = (locator: typeof statusLine) =>
        locator.evaluate((element) => element.getBoundingClientRect().height);
      expect(await height(assistant.panel.locator('header'))).toBeLessThan(90);
      expect(await height(page.getByRole('tablist'))).toBeLessThan(50);
      const screenTab = assistant.tab('Compartir pantalla');
      await expect(screenTab.getByText('Pantalla', { exact: true })).toBeVisible();
      await expect(screenTab.getByText('Compartir pantalla', { exact: true })).toBeHidden();
      expect(await truncated()).toBe(true);

      await details.click();
      await expect(details).toHaveAttribute('aria-expanded', 'true');
      expect(await truncated()).toBe(false);
      await expect(page.getByTestId('assistant-offline-mode')).toBeInViewport({ ratio: 1 });
    },
  );
});
