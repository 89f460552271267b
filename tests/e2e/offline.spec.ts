import { expect, test } from '@playwright/test';
import { AssistantPage } from './pages/assistant-page';
import { installAnswerGate } from './support/answer-gate';

test.describe('offline assistant (no API key)', () => {
  test('opens, streams a sourced answer, resets and closes', async ({ page }) => {
    const gate = await installAnswerGate(page);
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-CO');
    await assistant.open();
    await expect(assistant.input).toBeFocused();
    await expect(page.getByTestId('assistant-offline-mode')).toBeVisible();

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

    const second = await assistant.ask('¿Cuánto vale la UVT en 2026?');
    await assistant.waitForAnswer(second);
    await assistant.close.click();
    await expect(assistant.panel).toBeHidden();
    await expect(assistant.launcher).toBeFocused();

    await assistant.launcher.click();
    await expect(assistant.panel).toBeVisible();
    await expect(assistant.answers).toHaveCount(0);
  });

  test('computes with the exact tools, cites the year and sources, and shows the disclaimer once', async ({
    page,
  }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.open();
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

  test('Escape closes the panel and returns focus to the launcher', async ({ page }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.launcher.focus();
    await page.keyboard.press('Enter');
    await expect(assistant.input).toBeFocused();
    await page.keyboard.type('hola');
    await page.keyboard.press('Enter');
    await assistant.waitForAnswer(assistant.answers.first());
    await page.keyboard.press('Escape');
    await expect(assistant.panel).toBeHidden();
    await expect(assistant.launcher).toBeFocused();
  });

  test('the status says the connection is lost as soon as the phone goes offline, and recovers with it', async ({
    page,
    context,
  }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.open();
    // Nothing is awaited: no probe runs, so only the device's own report can tell the panel.
    await context.setOffline(true);
    await expect(assistant.status).toHaveAttribute('data-status', 'reconnecting');
    await expect(assistant.status).toContainText('Sin conexión');
    await context.setOffline(false);
    await expect(assistant.status).toHaveAttribute('data-status', 'open');
    const answer = await assistant.ask('¿Qué es la UVT?');
    await assistant.waitForAnswer(answer);
  });

  test('a long answer opens at its first line, and the rest is one button away', async ({ page }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.open();
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

  test('every tab shows the latest answer, also the one that was hidden while it arrived', async ({
    page,
  }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.open();
    await assistant.waitForAnswer(await assistant.ask('¿Qué deducciones puedo tener?'));
    const latest = await assistant.ask('Gané 80 millones en 2025, ¿tengo que declarar?');
    await assistant.waitForAnswer(latest);
    await expect(latest.getByText('Sí debes declarar')).toBeInViewport();

    await assistant.selectTab('Voz');
    await expect(assistant.answers.last().getByText('Sí debes declarar')).toBeInViewport();
    await assistant.selectTab('Chat');
    await expect(assistant.answers.last().getByText('Sí debes declarar')).toBeInViewport();
  });

  test('on a phone the header keeps to two short lines and its details open on demand', async ({
    page,
    isMobile,
  }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.open();
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
  });
});
