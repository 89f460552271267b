import type { MachineInfo } from '../machine';
import type { Check } from './attacker-protocol';
import type { AttackId, AttackSpec, Store } from './catalogue';
import type { Footprint } from './monitor';

/** Everything one `npm run attack` measured: written as bench/results/attack-latest.json. */

export interface HealthSummary {
  probes: number;
  failures: number;
  p50Ms?: number;
  maxMs?: number;
}

export interface CitizenSummary {
  /** Median time to the final answer before the attack, on the same server, in ms. */
  unattackedMs?: number;
  /** Median and worst time to the final answer for questions asked during the attack. */
  attackedMs?: number;
  attackedMaxMs?: number;
  answered: number;
  /** Failed questions during the attack, by reason. */
  errors: Record<string, number>;
}

export interface RowMeasurements {
  attack: AttackId;
  title: string;
  store: Store;
  host: AttackSpec['host'];
  /** The open-file limit the server ran with. */
  nofile: number;
  durationMs: number;
  before?: Footprint;
  peak?: Footprint;
  after?: Footprint;
  /** The server process was gone before the end of the measurement. */
  serverDied: boolean;
  health: HealthSummary;
  citizen: CitizenSummary;
  did: string;
  /** The attack's own success conditions, from the attacker and from the harness's checks afterwards. */
  checks: Check[];
}

export interface Goal {
  name: string;
  passed: boolean;
  detail: string;
}

export interface RowResult extends RowMeasurements {
  goals: Goal[];
  holds: boolean;
}

export interface AttackResults {
  machine: MachineInfo;
  settings: {
    durationScale: number;
    serverNofile: number;
    addresses: Record<'attacker' | 'citizen' | 'health' | 'victim', string>;
  };
  durationSeconds: number;
  rows: RowResult[];
}
