import { expect, test } from '@playwright/test';
import { FEEDBACK_THANKS, FEEDBACK_WITHDRAWN } from '../../lib/client/answer-feedback';
import { AssistantPage } from './pages/assistant-page';
import { installAnswerGate } from './support/answer-gate';
import { expectNoAxeViolations } from './support/axe';

const QUESTION = '¿Cuánto vale la UVT en 2026?';

test.describe('«Me sirvió» / «No me sirvió»', () => {
  test('only a complete answer can be rated; by keyboard alone it is marked, changed and taken back', async ({
    page,
  }) => {
    const gate = await installAnswerGate(page);
    const assistant = await AssistantPage.opened(page);
    await gate.hold();
    const answer = await assistant.ask(QUESTION);
    await expect(answer).toHaveAttribute('data-state', 'streaming');
    // Neither the streaming answer nor the welcome above it can be rated.
    await expect(page.getByTestId('answer-feedback')).toHaveCount(0);
    await gate.release();
    await assistant.waitForAnswer(answer);

    // The group's name says which answer it rates; a screen reader hears it when entering the group.
    const rating = answer.getByRole('group', { name: `¿Te sirvió la respuesta a «${QUESTION}»?` });
    const helpful = rating.getByRole('button', { name: 'Me sirvió', exact: true });
    const unhelpful = rating.getByRole('button', { name: 'No me sirvió', exact: true });
    await expect(helpful).toHaveAttribute('aria-pressed', 'false');
    await expect(unhelpful).toHaveAttribute('aria-pressed', 'false');
    const status = rating.getByRole('status');
    await expect(status).toHaveText('');

    // Keyboard only: Tab through the transcript (its links, any calendar button) to the first verdict.
    await assistant.transcript.focus();
    for (
      let presses = 0;
      presses < 30 && !(await helpful.evaluate((el) => el === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(helpful).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(helpful).toHaveAttribute('aria-pressed', 'true');
    await expect(status).toHaveText(FEEDBACK_THANKS);
    await expect(helpful).toBeFocused();
    await expectNoAxeViolations(page, 'with a verdict given');

    // Changing one's mind is one press; pressing the pressed verdict again takes it back.
    await page.keyboard.press('Tab');
    await expect(unhelpful).toBeFocused();
    await page.keyboard.press('Space');
    await expect(unhelpful).toHaveAttribute('aria-pressed', 'true');
    await expect(helpful).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Space');
    await expect(unhelpful).toHaveAttribute('aria-pressed', 'false');
    await expect(status).toHaveText(FEEDBACK_WITHDRAWN);
  });

  test('each answer has its own verdict, kept across a reload, and a new conversation starts with none', async ({
    page,
  }) => {
    const assistant = await AssistantPage.opened(page);
    const first = await assistant.ask(QUESTION);
    await assistant.waitForAnswer(first);
    const second = await assistant.ask('¿Quién debe declarar renta?');
    await assistant.waitForAnswer(second);

    await second.getByRole('button', { name: 'No me sirvió', exact: true }).click();
    await expect(second.getByRole('button', { name: 'No me sirvió', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(first.getByRole('button', { name: 'No me sirvió', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(first.getByRole('status')).toHaveText('');

    // The server holds the verdict: a reloaded page shows it pressed, and pressing it again takes it back.
    await page.reload();
    await assistant.open();
    const reloaded = assistant.answers.nth(1).getByRole('button', { name: 'No me sirvió', exact: true });
    await expect(reloaded).toHaveAttribute('aria-pressed', 'true');
    await expect(
      assistant.answers.first().getByRole('button', { name: 'No me sirvió', exact: true }),
    ).toHaveAttribute('aria-pressed', 'false');
    await reloaded.click();
    await expect(reloaded).toHaveAttribute('aria-pressed', 'false');
    await expect(assistant.answers.nth(1).getByRole('status')).toHaveText(FEEDBACK_WITHDRAWN);

    await assistant.reset.click();
    const fresh = await assistant.ask(QUESTION);
    await assistant.waitForAnswer(fresh);
    await expect(fresh.getByRole('button', { name: 'Me sirvió', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(fresh.getByRole('button', { name: 'No me sirvió', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
