import type { Target } from './wire';

/** Messages between the harness and its citizen process (bench/attack/citizen.ts). */

export interface CitizenStart {
  type: 'start';
  target: Target;
  transport: 'ws' | 'sse';
  localAddress: string;
  question: string;
  /** From one question to the next (the next waits for the previous answer). */
  intervalMs: number;
  answerTimeoutMs: number;
}

export type ToCitizen = CitizenStart | { type: 'stop' };

/** One question: when it was asked (epoch ms) and how long its final answer took, or why it failed. */
export interface CitizenSample {
  askedAt: number;
  ms?: number;
  error?: string;
}

export type FromCitizen =
  | { type: 'answered'; count: number }
  | { type: 'report'; samples: CitizenSample[] }
  | { type: 'fatal'; message: string };
