import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { AssistantPage } from './pages/assistant-page';
import { contrastRatio, decodePng } from './support/pixels';
import { PHONE } from './support/viewports';

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

async function tabUntilFocused(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with Tab in ${maxPresses} presses`);
}

test.describe('assistant panel: keyboard, layout and motion', () => {
  test('works with the keyboard alone, tablist included', async ({ page, held }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    await tabUntilFocused(page, assistant.launcher);
    await page.keyboard.press('Enter');
    await expect(assistant.panel).toBeVisible();
    await expect(assistant.input).toBeFocused();

    const names = await assistant.tabNames();
    await tabUntilFocused(page, assistant.tab('Chat'));
    await expect(assistant.tab('Chat')).toHaveAttribute('aria-selected', 'true');
    await expect(assistant.tab('Chat')).toHaveAttribute('tabindex', '0');
    for (const name of names.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await expect(assistant.tab(name)).toBeFocused();
      await expect(assistant.tab(name)).toHaveAttribute('aria-selected', 'true');
      await expect(assistant.tab('Chat')).toHaveAttribute('tabindex', '-1');
    }
    // Wraps around, and Home/End jump to the ends.
    await page.keyboard.press('ArrowRight');
    await expect(assistant.tab('Chat')).toBeFocused();
    await page.keyboard.press('End');
    await expect(assistant.tab(names.at(-1) as string)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(assistant.tab('Chat')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toHaveAccessibleName('Chat');

    await tabUntilFocused(page, assistant.input);
    await page.keyboard.type(held.hold('¿Cuáles son las fechas límite para declarar renta?').question);
    await page.keyboard.press('Enter');
    const answer = assistant.answers.last();
    await expect(answer).toHaveAttribute('data-state', 'streaming');
    await expect(assistant.input).toBeFocused();
    await tabUntilFocused(page, assistant.stop);
    await page.keyboard.press('Enter');
    await assistant.waitForAnswer(answer, 'stopped');
    await expect(assistant.input).toBeFocused();

    await tabUntilFocused(page, assistant.reset);
    await page.keyboard.press('Enter');
    await expect(assistant.answers).toHaveCount(0);
    await expect(assistant.reset).toBeFocused();

    await tabUntilFocused(page, assistant.close);
    await page.keyboard.press('Enter');
    await expect(assistant.panel).toBeHidden();
    expect(await focusedTestId(page)).toBe('assistant-launcher');
  });

  test("the launcher's focus ring stands out at 3:1 or more over the page and over the navy footer", async ({
    page,
    context,
  }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    const ends = { page: 0, footer: Number.MAX_SAFE_INTEGER } as const;
    // A strip from the launcher's left edge outwards, across its vertical middle: where the ring is drawn.
    const STRIP_PX = 12;
    const strip = async (top: number) => {
      await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);
      const box = (await assistant.launcher.boundingBox()) as { x: number; y: number; height: number };
      const clip = { x: box.x - STRIP_PX, y: box.y + box.height / 2 - 2, width: STRIP_PX, height: 4 };
      return decodePng(context, await page.screenshot({ clip, animations: 'disabled' }));
    };
    const unfocused = { page: await strip(ends.page), footer: await strip(ends.footer) };
    await tabUntilFocused(page, assistant.launcher, 80);
    await expect(assistant.launcher).toHaveCSS('outline-style', 'solid');
    for (const where of ['page', 'footer'] as const) {
      const before = unfocused[where];
      const after = await strip(ends[where]);
      // Columns (one device pixel wide) whose focused colour differs from the unfocused one by 3:1 or more.
      let standingOut = 0;
      for (let x = 0; x < after.width; x += 1) {
        const ratios = Array.from({ length: after.height }, (_, y) =>
          contrastRatio(after.at(x, y), before.at(x, y)),
        ).sort((a, b) => a - b);
        if ((ratios[Math.floor(ratios.length / 2)] ?? 1) >= 3) standingOut += 1;
      }
      const scale = after.width / STRIP_PX;
      expect(standingOut / scale, `CSS pixels of ring at 3:1 over the ${where}`).toBeGreaterThanOrEqual(2);
    }
  });

  test('loads the assistant code on the first open only, saying so while it downloads', async ({ page }) => {
    const assistant = new AssistantPage(page);
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await assistant.goto();
    await page.waitForLoadState('networkidle');
    expect(sockets).toEqual([]);

    // Hold every script fetched from now on, so the loading state shows however fast the machine is.
    const fetched: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/chunks/**', async (route) => {
      fetched.push(route.request().url());
      await held;
      await route.continue();
    });
    await assistant.launcher.click();
    await expect(page.getByRole('status').filter({ hasText: 'Cargando el asistente…' })).toBeVisible();
    // The status shows on the click, before the chunk's request reaches the route: wait for the request.
    await expect.poll(() => fetched.length).toBeGreaterThan(0);
    release();
    await expect(assistant.panel).toBeVisible();
    await expect(page.getByTestId('assistant-loading')).toHaveCount(0);
    await expect(assistant.status).toHaveAttribute('data-status', 'open');
    expect(sockets).toHaveLength(1);

    const loaded = fetched.length;
    await assistant.close.click();
    await expect(assistant.panel).toBeHidden();
    await assistant.open();
    expect(fetched).toHaveLength(loaded);
  });

  test(
    'on a phone, a full-height sheet with 44 px targets and no sideways scroll at 320 px',
    PHONE,
    async ({ page, isMobile }) => {
      test.skip(!isMobile, 'the phone sheet is checked on the phone viewports; desktop has its own test');
      await page.setViewportSize({ width: 320, height: 640 });
      const assistant = await AssistantPage.opened(page);
      const answer = await assistant.ask('¿Cómo pago mi declaración con el formulario 490?');
      await assistant.waitForAnswer(answer);

      const box = await assistant.panel.boundingBox();
      expect(box).toMatchObject({ x: 0, y: 0, width: 320, height: 640 });
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - window.innerWidth,
        panel: (() => {
          const panel = document.querySelector('[data-testid="assistant-panel"]') as HTMLElement;
          return panel.scrollWidth - panel.clientWidth;
        })(),
      }));
      expect(overflow).toEqual({ page: 0, panel: 0 });

      for (const target of await assistant.panel.locator('button:visible, textarea:visible').all()) {
        const size = await target.boundingBox();
        const name = await target.evaluate(
          (element) => element.textContent || element.getAttribute('aria-label'),
        );
        expect(size?.height, `${name} height`).toBeGreaterThanOrEqual(44);
        expect(size?.width, `${name} width`).toBeGreaterThanOrEqual(44);
      }
    },
  );

  test(
    'on a phone, the page behind the sheet takes no focus until the sheet closes',
    PHONE,
    async ({ page, isMobile }) => {
      test.skip(!isMobile, 'on a desktop the panel is non-modal and the page stays usable beside it');
      const assistant = await AssistantPage.opened(page);
      await expect(page.locator('main')).toHaveAttribute('inert', '');
      for (let press = 0; press < 25; press += 1) {
        await page.keyboard.press('Tab');
        const outside = await page.evaluate(() => {
          const active = document.activeElement;
          const panel = document.querySelector('[data-testid="assistant-panel"]');
          return active !== null && active !== document.body && !panel?.contains(active);
        });
        expect(outside, `Tab press ${press + 1} left the sheet`).toBe(false);
      }
      await assistant.close.click();
      await expect(page.locator('main')).not.toHaveAttribute('inert', '');
      await expect(assistant.launcher).toBeFocused();
    },
  );

  test(
    'on a phone, the composer stays in view when the on-screen keyboard takes half the screen',
    PHONE,
    async ({ page, isMobile }) => {
      test.skip(!isMobile, 'only phones have an on-screen keyboard');
      const assistant = await AssistantPage.opened(page);
      await assistant.input.click();
      const size = page.viewportSize() as { width: number; height: number };
      // Chromium resizes the visual viewport like Android does when its keyboard opens.
      await page.setViewportSize({ width: size.width, height: Math.round(size.height / 2) });
      await expect(assistant.input).toBeInViewport({ ratio: 1 });
      await expect(assistant.send).toBeInViewport({ ratio: 1 });
      const panel = await assistant.panel.boundingBox();
      expect(panel?.height).toBeLessThanOrEqual(Math.round(size.height / 2));
    },
  );

  test('on a desktop, a panel anchored to the bottom-right corner', async ({ page }) => {
    const assistant = await AssistantPage.opened(page);
    const viewport = page.viewportSize() as { width: number; height: number };
    const box = (await assistant.panel.boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    expect(box.width).toBeLessThan(viewport.width / 2);
    expect(viewport.width - (box.x + box.width)).toBeLessThanOrEqual(24);
    expect(viewport.height - (box.y + box.height)).toBeLessThanOrEqual(24);
  });

  test('honours prefers-reduced-motion', async ({ page }) => {
    const assistant = new AssistantPage(page);
    await assistant.goto();
    const scrollBehavior = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await scrollBehavior()).toBe('smooth');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await scrollBehavior()).toBe('auto');
  });
});
