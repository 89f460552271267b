import { describe, expect, it } from 'vitest';
import { RefusalCounter } from '../../lib/server/refusals';
import { budgetDay, MemoryTokenBudget } from '../../lib/server/token-budget';

describe('daily token budget', () => {
  it("follows Colombia's calendar day (UTC−5), not UTC's", () => {
    expect(budgetDay(Date.parse('2026-12-07T04:59:59Z'))).toBe('2026-12-06');
    expect(budgetDay(Date.parse('2026-12-07T05:00:00Z'))).toBe('2026-12-07');
  });

  it('admits until the day is spent, counts each refusal and renews at Colombian midnight', async () => {
    let now = Date.parse('2026-12-06T22:00:00Z');
    const refusals = new RefusalCounter();
    const budget = new MemoryTokenBudget(100, refusals, () => now);
    await budget.spend(60);
    expect(await budget.admits()).toBe(true);
    await budget.spend(60);
    expect(await budget.admits()).toBe(false);
    expect(await budget.remaining()).toBe(0);
    expect(refusals.get('token_budget')).toBe(1);
    now = Date.parse('2026-12-07T04:59:00Z');
    expect(await budget.admits()).toBe(false);
    now = Date.parse('2026-12-07T05:00:00Z');
    expect(await budget.admits()).toBe(true);
    expect(await budget.remaining()).toBe(100);
  });
});
