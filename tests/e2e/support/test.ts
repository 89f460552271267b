import { test as base } from '@playwright/test';
import { HeldAnswers } from './held-answers';

/** Playwright's `test` with the suite's fixtures: `held` questions, released when the test ends. */
export const test = base.extend<{ held: HeldAnswers }>({
  held: async ({ request }, provide, testInfo) => {
    const held = new HeldAnswers(request, testInfo);
    await provide(held);
    await held.releaseAll();
  },
});

export { expect } from '@playwright/test';
