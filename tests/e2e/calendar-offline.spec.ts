import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AssistantPage } from './pages/assistant-page';
import { installAnswerGate } from './support/answer-gate';
import { expectNoAxeViolations } from './support/axe';

test.describe('offline assistant: the filing date in my calendar', () => {
  test('a NIT ending gets a keyboard-reachable button that downloads the date as an .ics with reminders', async ({
    page,
  }) => {
    // Before the 2026 season, so the page sees the citizen's date still ahead.
    await page.clock.setFixedTime(new Date('2026-07-01T10:00:00-05:00'));
    const gate = await installAnswerGate(page);
    const assistant = await AssistantPage.opened(page);

    await gate.hold();
    const answer = await assistant.ask('¿Cuándo declaro si mi NIT termina en 45?');
    const addToCalendar = answer.getByRole('button', {
      name: 'Agregar el 14 de septiembre de 2026 a mi calendario',
    });
    await expect(answer).toHaveAttribute('data-state', 'streaming');
    await expect(addToCalendar).toHaveCount(0);
    await gate.release();
    await assistant.waitForAnswer(answer);
    await expect(addToCalendar).toBeVisible();
    await expect(answer.getByRole('button', { name: /a mi calendario/ })).toHaveCount(1);
    await expectNoAxeViolations(page, 'with the calendar button');

    // Reached with Tab from the answer's last link, shown with the focus ring, pressed with Enter.
    await answer.getByRole('link').last().focus();
    await page.keyboard.press('Tab');
    await expect(addToCalendar).toBeFocused();
    expect(await addToCalendar.evaluate((button) => getComputedStyle(button).outlineStyle)).toBe('solid');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);

    expect(download.suggestedFilename()).toBe('plazo-renta-2026-09-14.ics');
    const ics = await readFile(await download.path(), 'utf8');
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260914');
    expect(lines).toContain('SUMMARY:Plazo declaración de renta (DIAN)');
    expect(lines.filter((line) => line === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines).toContain('TRIGGER:-P2DT15H');
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain('NIT termina en 45');
    expect(ics).toContain('https://www.dian.gov.co/Paginas/CalendarioTributario.aspx');
    await expect(addToCalendar).toBeFocused();
  });
});
