import { describe, expect, it } from 'vitest';
import {
  OVERLOAD_WINDOW_MS,
  OverloadDetector,
  startOverloadMonitor,
  type LagSource,
} from '../../lib/server/overload';

const THRESHOLD = 200;
const RECOVERY = 3_000;

/** Feeds one reading per window, as the monitor does, starting at `from`; returns the time after the last. */
function feed(detector: OverloadDetector, lags: number[], from: number): number {
  let now = from;
  for (const lag of lags) {
    now += OVERLOAD_WINDOW_MS;
    detector.observe(lag, now);
  }
  return now;
}

describe('OverloadDetector', () => {
  it('stays calm below the threshold and reports the last lag', () => {
    const detector = new OverloadDetector({ thresholdMs: THRESHOLD, recoveryMs: RECOVERY });
    feed(detector, [0, 50, 199.4], 0);
    expect(detector).toMatchObject({ overloaded: false, lagMs: 199, retryAfterSeconds: 0 });
  });

  it('turns overloaded on one window at the threshold, with a Retry-After covering the recovery', () => {
    const detector = new OverloadDetector({ thresholdMs: THRESHOLD, recoveryMs: RECOVERY });
    feed(detector, [10, THRESHOLD], 0);
    expect(detector).toMatchObject({ overloaded: true, lagMs: THRESHOLD, retryAfterSeconds: 3 });
  });

  it('recovers only after the lag stayed below half the threshold for the whole recovery time', () => {
    const detector = new OverloadDetector({ thresholdMs: THRESHOLD, recoveryMs: RECOVERY });
    let now = feed(detector, [1_500], 0);
    // The first calm reading starts the recovery clock; Retry-After counts down with it.
    now = feed(detector, [20], now);
    now = feed(detector, [20, 20], now);
    expect(detector).toMatchObject({ overloaded: true, retryAfterSeconds: 2 });
    now = feed(detector, [20, 20, 20], now);
    expect(detector.overloaded).toBe(true);
    feed(detector, [20], now);
    expect(detector).toMatchObject({ overloaded: false, retryAfterSeconds: 0 });
  });

  it('does not flap: a lag between half the threshold and the threshold holds the overload', () => {
    const detector = new OverloadDetector({ thresholdMs: THRESHOLD, recoveryMs: RECOVERY });
    let now = feed(detector, [THRESHOLD], 0);
    // Calm, then merely uneasy, again and again: each uneasy window restarts the recovery.
    for (let round = 0; round < 10; round += 1) {
      now = feed(detector, [20, 20, 20, 20, THRESHOLD / 2], now);
      expect(detector.overloaded).toBe(true);
    }
    // Uneasy lags never turn a calm process overloaded.
    const calm = new OverloadDetector({ thresholdMs: THRESHOLD, recoveryMs: RECOVERY });
    feed(calm, [THRESHOLD / 2, THRESHOLD - 1, THRESHOLD / 2], 0);
    expect(calm.overloaded).toBe(false);
  });
});

describe('startOverloadMonitor', () => {
  it('reads the lag source once per window with the injected clock, and stops it', async () => {
    const readings = [900, 0];
    let closed = false;
    const source: LagSource = {
      takeWorstLagMs: () => readings.shift() ?? 0,
      close: () => {
        closed = true;
      },
    };
    const monitor = startOverloadMonitor({ thresholdMs: THRESHOLD, recoveryMs: RECOVERY }, source, () => 0);
    await expect.poll(() => monitor.state.lagMs, { timeout: 10_000 }).toBe(900);
    expect(monitor.state.overloaded).toBe(true);
    monitor.stop();
    expect(closed).toBe(true);
  });
});
