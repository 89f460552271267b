import { z } from 'zod';
import { blankToUndefined, flag, integer, list, parseOptions } from '../options';
import { ATTACK_IDS } from './catalogue';

/**
 * Every knob of `npm run attack`, read from the environment and validated once (see docs/reliability.md,
 * "Attacks against the production build").
 */

const attackSchema = z.object({
  /** Which attacks to run, by id (see catalogue.ts), e.g. `ws-flood,old-token`. */
  ATTACK_ONLY: list(
    ATTACK_IDS.join(','),
    z.enum(ATTACK_IDS, { error: `attacks are ${ATTACK_IDS.join(', ')}` }),
    'which attacks to run',
  ),
  ATTACK_STORES: list(
    'memory,redis',
    z.enum(['memory', 'redis'], { error: 'stores are "memory" and "redis"' }),
    'which session stores to attack, where an attack runs on both',
  ),
  /** Multiplies every attack's duration (and the count bound with it): 0.25 for a quick look. */
  ATTACK_DURATION_SCALE: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a number (duration multiplier, e.g. 0.5)' })
      .min(0.1, { error: 'must be at least 0.1' })
      .max(5, { error: 'must be at most 5' })
      .default(1),
  ),
  /** The open-file limit the server under attack runs with: a production host's, not the harness's own. */
  ATTACK_SERVER_NOFILE: integer(4_096, 256, 1_048_576, 'open-file limit of the server under attack'),
  /** Writes the results table into docs/reliability.md between its attack markers. */
  ATTACK_UPDATE_DOCS: flag(false),
  ATTACK_OUTPUT_DIR: z.preprocess(blankToUndefined, z.string().default('bench/results')),
});

export type AttackOptions = z.infer<typeof attackSchema>;
export type StoreKind = AttackOptions['ATTACK_STORES'][number];

export function loadAttackOptions(source: Record<string, string | undefined> = process.env): AttackOptions {
  return parseOptions(attackSchema, source, 'attack');
}
