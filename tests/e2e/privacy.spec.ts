import { expect, test, type Page } from '@playwright/test';
import { AssistantPage } from './pages/assistant-page';
import { expectNoAxeViolations } from './support/axe';
import { installSpeech } from './support/speech-fakes';
import { PHONE } from './support/viewports';

const TYPED = 'Mi cédula es 1.020.304.050, ¿tengo que declarar renta?';
const MASKED = 'Mi cédula es [cédula oculta], ¿tengo que declarar renta?';
const DIGITS = /1\.?020\.?304\.?050/;

/** Everything the page keeps for the tab: its sessionStorage, as text. */
const tabStorage = (page: Page) => page.evaluate(() => JSON.stringify({ ...window.sessionStorage }));

function review(page: Page) {
  const box = page.getByRole('tabpanel', { name: 'Chat', exact: true }).getByTestId('privacy-review');
  return {
    box,
    text: box.getByTestId('privacy-review-text'),
    sendMasked: box.getByRole('button', { name: 'Enviar con datos ocultos' }),
    edit: box.getByRole('button', { name: 'Editar mi pregunta' }),
  };
}

test.describe('personal data in the panel', () => {
  test('shows what will be hidden before sending, announced; «Editar» gives the text back in the box', async ({
    page,
  }) => {
    const assistant = await AssistantPage.opened(page);
    await assistant.input.fill(TYPED);
    await assistant.input.press('Enter');

    const held = review(page);
    await expect(held.box).toBeVisible();
    await expect(held.box).toContainText('ocultaremos tu número de cédula');
    await expect(held.text).toHaveText(MASKED);
    await expect(held.text.locator('mark')).toHaveText('[cédula oculta]');
    await expect(assistant.announcer).toContainText(`Antes de enviar: tu pregunta tiene tu número de cédula`);
    await expect(assistant.announcer).toContainText(MASKED);
    await expect(held.sendMasked).toBeFocused();
    // Nothing went yet.
    await expect(assistant.questions).toHaveCount(0);

    await page.keyboard.press('Tab');
    await expect(held.edit).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(held.box).toHaveCount(0);
    await expect(assistant.input).toBeFocused();
    await expect(assistant.input).toHaveValue(TYPED);
    await expect(assistant.questions).toHaveCount(0);
  });

  test('«Enviar con datos ocultos» sends the masked question: the transcript shows it, after a reload too', async ({
    page,
  }) => {
    const assistant = await AssistantPage.opened(page);
    await assistant.input.fill(TYPED);
    await assistant.send.click();
    await review(page).sendMasked.press('Enter');

    await expect(assistant.questions.last()).toContainText(MASKED);
    await expect(assistant.input).toHaveValue('');
    await assistant.waitForAnswer(assistant.answers.last());
    expect(await assistant.panel.innerText()).not.toMatch(DIGITS);
    expect(await tabStorage(page)).not.toMatch(DIGITS);

    await page.reload();
    await expect(assistant.launcher).toBeVisible();
    await assistant.open();
    await expect(assistant.questions.last()).toContainText(MASKED);
    expect(await assistant.panel.innerText()).not.toMatch(DIGITS);
  });

  test('a dictated question goes through the same review; editing it opens the Chat tab with its text', async ({
    page,
  }) => {
    await installSpeech(page, { permission: 'granted', recognitionScripts: [[{ final: TYPED }]] });
    const assistant = await AssistantPage.opened(page);
    const voice = await assistant.selectTab('Voz');
    await assistant.talk.click();

    const box = voice.getByTestId('privacy-review');
    await expect(box).toBeVisible();
    await expect(box.getByTestId('privacy-review-text')).toHaveText(MASKED);
    await expect(assistant.questions).toHaveCount(0);
    await box.getByRole('button', { name: 'Editar mi pregunta' }).click();
    await expect(assistant.tab('Chat')).toHaveAttribute('aria-selected', 'true');
    await expect(assistant.input).toHaveValue(TYPED);
    await expect(assistant.input).toBeFocused();
  });

  test('the review and the privacy notice fit a 375 px phone', PHONE, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    const assistant = await AssistantPage.opened(page);
    await assistant.input.fill(`${TYPED} Mi correo es ana.maria.perez@correo-ejemplo.com.co`);
    await assistant.send.click();
    const held = review(page);
    for (const part of [held.box, held.sendMasked, held.edit]) {
      const box = await part.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    }
    await held.edit.click();

    await page.getByRole('button', { name: 'Aviso de privacidad' }).click();
    const notice = page.getByRole('dialog', { name: 'Aviso de privacidad' });
    await expect(notice).toBeVisible();
    expect(await notice.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await expect(notice.getByRole('button', { name: 'Borrar mi conversación' })).toBeInViewport();
  });
});

test.describe('Aviso de privacidad', () => {
  test('is reachable by keyboard, says what is kept for how long, goes back with Escape; axe clean', async ({
    page,
  }) => {
    const assistant = await AssistantPage.opened(page);
    await expect(assistant.input).toBeFocused();
    // The Send button is disabled while the box is empty: the notice's button comes next.
    await page.keyboard.press('Tab');
    const opener = page.getByRole('button', { name: 'Aviso de privacidad' });
    await expect(opener).toBeFocused();
    await page.keyboard.press('Enter');

    const notice = page.getByRole('dialog', { name: 'Aviso de privacidad' });
    await expect(notice.getByRole('heading', { name: 'Aviso de privacidad' })).toBeFocused();
    // SESSION_TTL_SECONDS is not set for the e2e servers: its default, 3600 s, in words.
    await expect(notice.getByTestId('privacy-notice-retention')).toContainText(
      'hasta 1 hora sin actividad después de cerrarla',
    );
    await expect(notice).toContainText('Ley 1581 de 2012');
    await expect(notice).toContainText('no guardan el texto de tus preguntas');
    await expect(notice).toContainText('no es el portal oficial de la DIAN');
    // Offline mode: nothing goes to OpenAI, and the notice says so.
    await expect(notice).toContainText('no se envían a ningún servicio externo');
    await expectNoAxeViolations(page, 'with the privacy notice open');

    await page.keyboard.press('Escape');
    await expect(notice).toHaveCount(0);
    await expect(assistant.panel).toBeVisible();
    await expect(opener).toBeFocused();
  });

  test('«Borrar mi conversación» erases the panel, the tab storage and the server copy', async ({ page }) => {
    const assistant = await AssistantPage.opened(page);
    const answer = await assistant.ask('¿Qué es la UVT?');
    await assistant.waitForAnswer(answer);
    await assistant.input.fill('una pregunta a medio escribir');

    await page.getByRole('button', { name: 'Aviso de privacidad' }).click();
    await page.getByRole('button', { name: 'Borrar mi conversación' }).click();
    await expect(assistant.panel).toHaveCount(0);
    await expect(assistant.launcherAnnouncer).toHaveText('Conversación borrada. El asistente está cerrado.');
    await expect(assistant.launcher).toBeFocused();
    await expect(assistant.launcher).not.toContainText('Conversación en curso');
    expect(await tabStorage(page)).not.toMatch(/UVT|medio escribir/);

    await assistant.open();
    await expect(assistant.questions).toHaveCount(0);
    await expect(assistant.input).toHaveValue('');
    // Not only this page's copy: a reload finds nothing on the server either.
    await page.reload();
    await assistant.open();
    // Once an answer came, the greeting (and any transcript it carried) was handled long before.
    await assistant.waitForAnswer(await assistant.ask('¿Quién debe declarar renta?'));
    await expect(assistant.questions).toHaveCount(1);
  });
});
