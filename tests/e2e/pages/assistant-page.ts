import { expect, type Locator, type Page } from '@playwright/test';

/** The help page and its assistant panel, as a user drives them. */
export class AssistantPage {
  readonly launcher: Locator;
  readonly panel: Locator;
  readonly input: Locator;
  readonly send: Locator;
  readonly stop: Locator;
  readonly reset: Locator;
  readonly close: Locator;
  readonly status: Locator;
  readonly announcer: Locator;
  readonly answers: Locator;
  readonly questions: Locator;

  constructor(readonly page: Page) {
    this.launcher = page.getByTestId('assistant-launcher');
    this.panel = page.getByRole('dialog', { name: 'Asistente Virtual DIAN' });
    this.input = page.getByRole('textbox', { name: 'Escribe tu pregunta' });
    this.send = page.getByRole('button', { name: 'Enviar' });
    this.stop = page.getByRole('button', { name: 'Detener' });
    this.reset = page.getByRole('button', { name: 'Nueva conversación' });
    this.close = page.getByRole('button', { name: 'Cerrar asistente' });
    this.status = page.getByTestId('assistant-status');
    this.announcer = page.getByTestId('assistant-announcer');
    // Hidden tab panels keep their own copy of the transcript; only the visible one counts.
    const activeTab = page.getByRole('tabpanel');
    this.answers = activeTab.getByTestId('message-assistant');
    this.questions = activeTab.getByTestId('message-user');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.launcher).toBeVisible();
  }

  async open(): Promise<void> {
    await this.launcher.click();
    await expect(this.panel).toBeVisible();
    await expect(this.status).toHaveAttribute('data-status', 'open');
  }

  async ask(question: string): Promise<Locator> {
    const count = await this.answers.count();
    await this.input.fill(question);
    await this.send.click();
    return this.answers.nth(count);
  }

  async waitForAnswer(answer: Locator, state: 'done' | 'stopped' | 'error' = 'done'): Promise<void> {
    await expect(answer).toHaveAttribute('data-state', state, { timeout: 20_000 });
  }
}
