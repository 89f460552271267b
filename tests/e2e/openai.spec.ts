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

  test('renders hostile markdown inert', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const beacons: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('beacon.example')) beacons.push(request.url());
    });
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.open();
    const answer = await assistant.ask(
      '[clic](javascript:alert(1)) [datos](data:text/html,<script>alert(1)</script>) <img src=x onerror=alert(1)> ' +
        '![rastreo](https://beacon.example/pixel.png) <script>alert(1)</script> [bien](https://www.dian.gov.co)',
    );
    await assistant.waitForAnswer(answer);
    await expect(answer.locator('a')).toHaveCount(1);
    await expect(answer.locator('a')).toHaveAttribute('href', 'https://www.dian.gov.co');
    await expect(answer.locator('img, script')).toHaveCount(0);
    await expect(answer.locator('[onerror]')).toHaveCount(0);
    expect(dialogs).toBe(0);
    expect(beacons).toEqual([]);
  });
});
