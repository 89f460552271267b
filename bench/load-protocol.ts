import type { Transport } from './options';

/** Messages between the coordinator (bench/load.ts) and its load-generator processes (bench/load-worker.ts). */

export interface Endpoint {
  transport: Transport;
  host: string;
  port: number;
}

export type CoordinatorMessage =
  | { type: 'connect'; endpoint: Endpoint; sessions: number; firstIndex: number; sourceAddresses: string[] }
  | {
      type: 'start';
      question: string;
      thinkMs: number;
      /** First questions are spread over this long, so sessions do not ask in lockstep. */
      spreadMs: number;
    }
  | { type: 'measure' }
  | { type: 'stop'; drainTimeoutMs: number }
  | { type: 'disconnect' };

/** What one worker measured; latencies in microseconds. */
export interface WorkerReport {
  /** Per answer: (first delta arrival - question sent) - (first delta sent - request received upstream). */
  firstDeltaUs: number[];
  /**
   * The first delta's time cut in two at the fake upstream's stamps: question sent → request received
   * upstream (the target's work and waits before it asks the model), and first delta sent upstream →
   * its arrival (relaying it, as for every delta). Their sum is `firstDeltaUs`.
   */
  firstRequestUs: number[];
  firstRelayUs: number[];
  /** Per answer: final response arrival - last delta sent upstream. */
  finalUs: number[];
  /** Per delta: arrival - sent upstream. */
  deltaUs: number[];
  /** Deltas that arrived inside the measured window, and how long that window was here. */
  deltasInWindow: number;
  windowMs: number;
  answers: number;
  /** Answers asked in the window that had not finished when the drain timed out. */
  unfinished: number;
  errors: Record<string, number>;
}

export type WorkerMessage =
  | { type: 'connected'; count: number; failed: number; firstError?: string }
  /** Every session of this worker has had one answer: its upstream conversation exists, code paths are warm. */
  | { type: 'warm' }
  | { type: 'stopped'; report: WorkerReport }
  | { type: 'disconnected' }
  | { type: 'fatal'; message: string };
