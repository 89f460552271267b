import { expect, test } from './support/test';
import { AssistantPage } from './pages/assistant-page';

test.describe('assistant relaying to OpenAI (fake server on loopback)', () => {
  test('streams the model answer and shows no offline label', async ({ page, held }) => {
    const assistant = await AssistantPage.opened(page);
    await expect(page.getByTestId('assistant-offline-mode')).toHaveCount(0);
    const { answer, release } = await assistant.askHeld(held.hold('¿Cómo pago con el formulario 490?'));
    await expect(answer).not.toContainText('formulario 490');
    await release();
    await assistant.waitForAnswer(answer);
    await expect(answer).toContainText('Respuesta simulada de OpenAI:');
    await expect(answer).toContainText('formulario 490');
  });

  test('stop keeps the partial answer, marked as stopped, and the next question is answered', async ({
    page,
    held,
  }) => {
    const assistant = await AssistantPage.opened(page);
    const { answer } = await assistant.askHeld(
      held.hold('¿Cuáles son las fechas límite para declarar renta?'),
    );
    await assistant.stop.click();
    await assistant.waitForAnswer(answer, 'stopped');
    await expect(answer).toContainText('Respuesta simulada');
    await expect(answer).toContainText('Respuesta detenida.');
    await expect(answer).not.toContainText('fechas límite');
    await expect(assistant.stop).toBeHidden();

    const next = await assistant.ask('¿Qué es la UVT?');
    await assistant.waitForAnswer(next);
    await expect(next).toContainText('¿Qué es la UVT?');
  });

  test('answers a date from the deadline tool and cites its year and official sources', async ({ page }) => {
    const assistant = await AssistantPage.opened(page);
    const answer = await assistant.ask(
      'Mi NIT termina en 45 [[tool:filing_deadline {"nit_last_two_digits":"45","filing_year":2026}]]',
    );
    await assistant.waitForAnswer(answer);
    await expect(answer).toContainText(
      'Respuesta simulada de OpenAI con los resultados de: filing_deadline.',
    );
    await expect(answer).toContainText('Plazo para declarar (Año gravable 2025 (declaración de 2026)');
    await expect(
      answer.locator('a[href="https://www.dian.gov.co/Paginas/CalendarioTributario.aspx"]'),
    ).toHaveAttribute('target', '_blank');
  });

  test('shows an upstream failure in Spanish and keeps working', async ({ page }) => {
    const assistant = await AssistantPage.opened(page);
    const failed = await assistant.ask('[[fault:500]] hola');
    await assistant.waitForAnswer(failed, 'error');
    await expect(failed).toContainText('no está disponible en este momento');
    await expect(assistant.announcer).toContainText('Error:');

    const ok = await assistant.ask('¿Y ahora?');
    await assistant.waitForAnswer(ok);
    await expect(ok).toContainText('¿Y ahora?');
  });
});
