import type { AttackId } from './catalogue';
import type { Target } from './wire';

/** Messages between the harness and an attacker process (bench/attack/attacker.ts). */

export interface AttackerStart {
  type: 'start';
  attack: AttackId;
  target: Target;
  /** Every hostile socket comes from this one address. */
  localAddress: string;
  durationMs: number;
  /** The attack stops at whichever bound comes first: its duration or this many of its actions. */
  count: number;
  /** The server's limits the attack is judged against (from its environment). */
  limits: AttackLimits;
}

export interface AttackLimits {
  ratePerAddressPerMinute: number;
  connectionsPerAddress: number;
  sessionTtlSeconds: number;
}

/** One success condition of an attack: what must hold, whether it did, and what was seen. */
export interface Check {
  name: string;
  passed: boolean;
  detail: string;
}

export interface AttackerOutcome {
  /** What the attacker did, in a few words and numbers. */
  did: string;
  checks: Check[];
}

export type FromAttacker = { type: 'done'; outcome: AttackerOutcome } | { type: 'fatal'; message: string };

/** What an attack's code gets: its bounds, and whether its time is up. */
export interface AttackContext extends Omit<AttackerStart, 'type' | 'attack'> {
  over(): boolean;
}

export type Attack = (context: AttackContext) => Promise<AttackerOutcome>;
