import type { Page } from '@playwright/test';

/**
 * Records what the panel's live region says: one entry per change of the region alone (the panel adds a node
 * per announcement), so a repeated announcement shows twice and nothing else on the page adds entries.
 * Call it once the panel is open; the returned function reads the non-empty entries.
 */
export async function listenToAnnouncer(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="assistant-announcer"]');
    if (!region) throw new Error('the assistant panel is not open');
    const heard: string[] = [];
    Object.assign(window, { heard });
    new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter(Boolean));
}
