import type { AttackId } from './catalogue';
import type { Attack, AttackerStart, FromAttacker } from './attacker-protocol';
import { anonymousSessions } from './attacks/anonymous-sessions';
import { forgedForwarded } from './attacks/forged-forwarded';
import { nextUpgrades } from './attacks/next-upgrades';
import { oldToken } from './attacks/old-token';
import { resetFlood } from './attacks/reset-flood';
import { slowUploads } from './attacks/slow-uploads';
import { sseSetupResets } from './attacks/sse-setup-resets';
import { wsFlood } from './attacks/ws-flood';

/** An attacker process: runs one attack within its bounds and reports what it did and what held. */

const ATTACKS: Record<AttackId, Attack> = {
  'ws-flood': wsFlood,
  'reset-flood': resetFlood,
  'next-upgrades': nextUpgrades,
  'anonymous-sessions': anonymousSessions,
  'slow-uploads': slowUploads,
  'sse-setup-resets': sseSetupResets,
  'forged-forwarded': forgedForwarded,
  'old-token': oldToken,
};

const send = (message: FromAttacker) => process.send?.(message);

process.once('message', (start: AttackerStart) => {
  const deadline = performance.now() + start.durationMs;
  const { target, localAddress, durationMs, count, limits } = start;
  const over = () => performance.now() >= deadline;
  ATTACKS[start.attack]({ target, localAddress, durationMs, count, limits, over }).then(
    (outcome) => {
      send({ type: 'done', outcome });
      process.disconnect?.();
    },
    (error: unknown) =>
      send({
        type: 'fatal',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
