import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { LoadSignal } from '../assistant/service';

export interface OverloadState extends LoadSignal {
  /** Worst event-loop delay of the last sampling window, in ms. */
  readonly lagMs: number;
}

export interface OverloadOptions {
  /** Lag at or above which the process declares itself overloaded. */
  thresholdMs: number;
  /**
   * How long the lag must stay below half the threshold before new work is accepted again: without this
   * hysteresis a saturated process would flap, letting a burst in every time one window looked calm.
   */
  recoveryMs: number;
}

/** Event-loop lag read once per sampling window: 500 ms notices saturation quickly and costs nothing. */
export const OVERLOAD_WINDOW_MS = 500;
export const OVERLOAD_RECOVERY_MS = 3_000;

/**
 * The overload state machine, fed one lag reading per window with the time it was taken; pure, so its
 * thresholds and hysteresis are tested without blocking anything.
 */
export class OverloadDetector implements OverloadState {
  private isOverloaded = false;
  /** When the lag first fell below half the threshold while overloaded; undefined while it is not calm. */
  private calmSince: number | undefined;
  private lastReadingAt = 0;
  private lastLagMs = 0;

  constructor(private readonly options: OverloadOptions) {}

  get overloaded(): boolean {
    return this.isOverloaded;
  }

  get lagMs(): number {
    return this.lastLagMs;
  }

  get retryAfterSeconds(): number {
    if (!this.isOverloaded) return 0;
    const calmFor = this.calmSince === undefined ? 0 : this.lastReadingAt - this.calmSince;
    return Math.max(1, Math.ceil((this.options.recoveryMs - calmFor) / 1000));
  }

  observe(lagMs: number, now: number): void {
    const { thresholdMs, recoveryMs } = this.options;
    this.lastLagMs = Math.round(lagMs);
    this.lastReadingAt = now;
    if (lagMs >= thresholdMs || (this.isOverloaded && lagMs >= thresholdMs / 2)) {
      this.isOverloaded = true;
      this.calmSince = undefined;
      return;
    }
    if (!this.isOverloaded) return;
    this.calmSince ??= now;
    if (now - this.calmSince >= recoveryMs) {
      this.isOverloaded = false;
      this.calmSince = undefined;
    }
  }
}

/** Reads and clears the worst event-loop delay seen since the previous reading, in ms. */
export interface LagSource {
  takeWorstLagMs(): number;
  close(): void;
}

const HISTOGRAM_RESOLUTION_MS = 10;

/**
 * Event-loop delay from `perf_hooks.monitorEventLoopDelay`: a native timer samples the loop every 10 ms
 * without running JavaScript per sample (a drift timer would need a JS callback that often for the same
 * resolution, adding the very load it measures), and the histogram's maximum over a window catches one
 * long block as surely as steady saturation.
 */
export function eventLoopLag(): LagSource {
  const histogram = monitorEventLoopDelay({ resolution: HISTOGRAM_RESOLUTION_MS });
  histogram.enable();
  return {
    takeWorstLagMs() {
      // Each sample is the time between two timer runs, so it includes the resolution itself.
      const worst = histogram.max / 1e6 - HISTOGRAM_RESOLUTION_MS;
      histogram.reset();
      return Math.max(0, worst);
    },
    close: () => histogram.disable(),
  };
}

export interface OverloadMonitor {
  readonly state: OverloadState;
  stop(): void;
}

/** Feeds the detector one reading per window until stopped; the timer never keeps the process alive. */
export function startOverloadMonitor(
  options: OverloadOptions,
  source: LagSource = eventLoopLag(),
  clock: () => number = Date.now,
): OverloadMonitor {
  const detector = new OverloadDetector(options);
  const timer = setInterval(() => detector.observe(source.takeWorstLagMs(), clock()), OVERLOAD_WINDOW_MS);
  timer.unref();
  return {
    state: detector,
    stop: () => {
      clearInterval(timer);
      source.close();
    },
  };
}
