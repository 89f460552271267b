import { describe, expect, it } from 'vitest';
import { correctionPenalty } from '../../lib/tax/correction-penalty';
import { runTaxTool } from '../../lib/tax/tools';
import { calculationFor } from '../../lib/knowledge/calculations';

describe('correctionPenalty (art. 644 ET)', () => {
  it('is 10 % of the higher amount to pay after the deadline and before a summons', () => {
    expect(correctionPenalty({ year: 2026, difference: 20_000_000, timing: 'voluntary' })).toMatchObject({
      rate: 10,
      penalty: 2_000_000,
      minimumApplied: false,
      confirmed: false,
    });
  });

  it('doubles after the summons to correct', () => {
    expect(correctionPenalty({ year: 2026, difference: 20_000_000, timing: 'after_summons' }).penalty).toBe(
      4_000_000,
    );
  });

  it('is nothing before the deadline', () => {
    expect(
      correctionPenalty({ year: 2026, difference: 20_000_000, timing: 'before_deadline' }),
    ).toMatchObject({
      rate: 0,
      penalty: 0,
      minimumApplied: false,
    });
  });

  it('adds 5 % a month when the first return was late, never above the difference', () => {
    expect(
      correctionPenalty({ year: 2026, difference: 20_000_000, timing: 'voluntary', initialMonthsLate: 3 }),
    ).toMatchObject({ rate: 25, penalty: 5_000_000 });
    expect(
      correctionPenalty({
        year: 2026,
        difference: 20_000_000,
        timing: 'after_summons',
        initialMonthsLate: 30,
      }),
    ).toMatchObject({ capped: true, penalty: 20_000_000 });
  });

  it('never goes below the 10 UVT minimum when a penalty is due', () => {
    // 10 % of $1.000.000 is $100.000; 10 UVT of 2026 is $524.000.
    expect(correctionPenalty({ year: 2026, difference: 1_000_000, timing: 'voluntary' })).toMatchObject({
      minimumApplied: true,
      penalty: 524_000,
    });
  });

  it('is offered as a tool with a Spanish summary that says the rule is unconfirmed', () => {
    const result = runTaxTool('correction_penalty', {
      year: 2025,
      difference: 9_000_000,
      timing: 'voluntary',
      initial_months_late: null,
    });
    expect(result).toMatchObject({ ok: true, confirmed: false });
    if (result.ok) {
      expect(result.summary).toContain('$900.000');
      expect(result.summary).toContain('no confirmado');
    }
    expect(runTaxTool('correction_penalty', { year: 2025, difference: 1, timing: 'later' })).toMatchObject({
      ok: false,
    });
  });
});

describe('correction questions', () => {
  it('reads the difference, and the summons as the timing', () => {
    const calculation = calculationFor(
      'me emplazaron para corregir y el valor a pagar paso de 4 millones a 10 millones, que sancion pago?',
    );
    expect(calculation).toMatchObject({ tool: 'correction_penalty', entryId: 'correcciones' });
    expect(calculation?.result).toMatchObject({
      ok: true,
      data: { timing: 'after_summons', penalty: 1_200_000 },
    });
  });

  it('reads a correction before the deadline as free', () => {
    const calculation = calculationFor(
      'voy a corregir antes del vencimiento, me toca pagar 3 millones mas, cuanto es la sancion?',
    );
    expect(calculation?.result).toMatchObject({ ok: true, data: { penalty: 0 } });
  });
});
