import type { FirstLoadResult, LighthouseResult } from './frontend';
import type { MachineInfo } from './machine';
import type { BenchOptions } from './options';
import type { IdleResult, LoadResult } from './scenarios';

/** Everything one `npm run bench` measured: written as bench/results/latest.json. */
export interface BenchResults {
  machine: MachineInfo;
  settings: {
    sizes: number[];
    transports: BenchOptions['BENCH_TRANSPORTS'];
    targets: BenchOptions['BENCH_TARGETS'];
    pace: BenchOptions['BENCH_PACE'];
    thinkMs: number;
    measureMs: number;
    workers: number;
    idleClients: number;
  };
  durationSeconds: number;
  load: LoadResult[];
  idle: IdleResult[];
  frontend?: {
    firstLoad?: FirstLoadResult;
    lighthouse?: LighthouseResult;
    /** Why a front-end measurement is missing, in the run's own words. */
    errors: string[];
  };
  budgets: BudgetVerdict[];
}

export interface BudgetVerdict {
  budget: string;
  measured: string;
  /** `inconclusive`: measured while other processes kept the relays from a CPU (see BUSY_WAIT_MS_PER_S). */
  verdict: 'met' | 'missed' | 'inconclusive' | 'not measured';
}
