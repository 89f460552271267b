import { expect, type Locator, type Page } from '@playwright/test';
import type { HeldQuestion } from '../support/held-answers';

/** The help page and its assistant panel, as a user drives them. */
export class AssistantPage {
  readonly launcher: Locator;
  readonly panel: Locator;
  readonly input: Locator;
  readonly send: Locator;
  readonly stop: Locator;
  readonly reset: Locator;
  readonly close: Locator;
  /** Beside the launcher while a closed panel keeps a conversation: the deliberate close of the seed. */
  readonly closeAndErase: Locator;
  /** The page's first Tab stop, "Ir al asistente virtual". */
  readonly skipLink: Locator;
  /** The page-level live region: what happened to a panel that is no longer there to say it. */
  readonly launcherAnnouncer: Locator;
  readonly offlineMode: Locator;
  /** The line under the question box (keyboard hint, privacy reminder, character count). */
  readonly composerHint: Locator;
  readonly status: Locator;
  readonly announcer: Locator;
  readonly answers: Locator;
  readonly questions: Locator;
  readonly tabs: Locator;
  readonly transcript: Locator;
  readonly newMessages: Locator;
  /** The Voz tab's push-to-talk toggle ("Hablar" / "Dejar de escuchar"). */
  readonly talk: Locator;
  readonly readAloud: Locator;
  readonly stopReading: Locator;
  readonly voiceProblem: Locator;
  readonly voiceStatus: Locator;
  readonly voiceInterim: Locator;

  constructor(readonly page: Page) {
    this.launcher = page.getByTestId('assistant-launcher');
    this.panel = page.getByRole('dialog', { name: 'Asistente Virtual DIAN' });
    this.input = page.getByRole('textbox', { name: 'Escribe tu pregunta' });
    this.send = page.getByRole('button', { name: 'Enviar' });
    this.stop = page.getByRole('button', { name: 'Detener' });
    this.reset = page.getByRole('button', { name: 'Nueva conversación' });
    this.close = page.getByRole('button', { name: 'Cerrar asistente' });
    this.closeAndErase = page.getByRole('button', { name: 'Cerrar y borrar la conversación' });
    this.skipLink = page.getByRole('link', { name: 'Ir al asistente virtual' });
    this.launcherAnnouncer = page.getByTestId('launcher-announcer');
    this.offlineMode = page.getByTestId('assistant-offline-mode');
    this.composerHint = page.getByTestId('assistant-composer-hint');
    this.status = page.getByTestId('assistant-status');
    this.announcer = page.getByTestId('assistant-announcer');
    // Hidden tab panels keep their own copy of the transcript; only the visible one counts.
    const activeTab = page.getByRole('tabpanel');
    this.answers = activeTab.getByTestId('message-assistant');
    this.questions = activeTab.getByTestId('message-user');
    this.tabs = page.getByRole('tab');
    this.transcript = activeTab.getByRole('region', { name: 'Conversación' });
    this.newMessages = activeTab.getByRole('button', { name: 'Nuevos mensajes' });
    this.talk = page.getByTestId('voice-talk');
    this.readAloud = page.getByRole('button', { name: 'Leer respuestas en voz alta' });
    this.stopReading = page.getByRole('button', { name: 'Detener lectura' });
    this.voiceProblem = page.getByTestId('voice-problem');
    this.voiceStatus = page.getByTestId('voice-status');
    this.voiceInterim = page.getByTestId('voice-interim');
  }

  /** The tabs' accessible names (a phone shows some of them shorter). */
  tabNames(): Promise<string[]> {
    return this.tabs.evaluateAll((tabs) =>
      tabs.map((tab) => tab.getAttribute('aria-label') ?? tab.textContent ?? ''),
    );
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async selectTab(name: string): Promise<Locator> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    return this.page.getByRole('tabpanel', { name, exact: true });
  }

  /** The help page loaded and the panel open, connected: where most tests start. */
  static async opened(page: Page): Promise<AssistantPage> {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await assistant.open();
    return assistant;
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

  /** Asks a question whose answer the fake model holds, and returns once its first words show. */
  async askHeld(held: HeldQuestion): Promise<{ answer: Locator; release: () => Promise<void> }> {
    const answer = await this.ask(held.question);
    await expect(answer).toHaveAttribute('data-state', 'streaming');
    await expect(answer).toContainText('Respuesta simulada');
    return { answer, release: held.release };
  }

  /** The answer's own words, without what the panel adds around them (its actions, its rating). */
  answerText(answer: Locator): Locator {
    return answer.getByTestId('answer-text');
  }

  async waitForAnswer(answer: Locator, state: 'done' | 'stopped' | 'error' = 'done'): Promise<void> {
    await expect(answer).toHaveAttribute('data-state', state, { timeout: 20_000 });
  }
}
