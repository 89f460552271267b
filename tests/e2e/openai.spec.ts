import { expect, test } from '@playwright/test';
import { AssistantPage } from './pages/assistant-page';

test.describe('assistant relaying to OpenAI (fake server on loopback)', () => {
  test('streams the model answer and shows no offline label', async ({ page }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.open();
    await expect(page.getByTestId('assistant-offline-mode')).toHaveCount(0);
    const answer = await assistant.ask('[[slow]] ¿Cómo pago con el formulario 490?');
    await expect(answer).toHaveAttribute('data-state', 'streaming');
    await assistant.waitForAnswer(answer);
    await expect(answer).toContainText('Respuesta simulada lenta de OpenAI:');
    await expect(answer).toContainText('formulario 490');
  });

  test('answers a date from the deadline tool and cites its year and official sources', async ({ page }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.open();
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
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.open();
    const failed = await assistant.ask('[[fault:500]] hola');
    await assistant.waitForAnswer(failed, 'error');
    await expect(failed).toContainText('no está disponible en este momento');
    await expect(assistant.announcer).toContainText('Error:');

    const ok = await assistant.ask('¿Y ahora?');
    await assistant.waitForAnswer(ok);
    await expect(ok).toContainText('¿Y ahora?');
  });
});
