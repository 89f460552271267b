import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { openFileLimit } from '../../machine';
import type { Attack } from '../attacker-protocol';
import { Tally } from '../counter';
import { CONNECT_TIMEOUT_MS, failureName, sleep } from '../wire';

/** Handshakes in flight at once: fast, without a SYN flood on loopback. */
const CONCURRENCY = 200;
/** Descriptors the attacker keeps for itself (IPC, stdio, its runtime). */
const OWN_DESCRIPTORS = 200;
/** A socket neither answered nor closed this long after its upgrade request is one the server left hanging. */
const PROMPT_MS = 3_000;

interface Upgrade {
  socket: Socket;
  sentAt: number;
  settled: boolean;
}

/**
 * Attack 3: WebSocket upgrades to `/_next/x`, a path nobody serves in production, left open. The server
 * must answer or close each promptly; one it ignores holds a descriptor until the process runs out.
 */
export const nextUpgrades: Attack = async (context) => {
  const count = Math.min(context.count, openFileLimit() - OWN_DESCRIPTORS);
  const upgrades: Upgrade[] = [];
  const outcomes = new Tally();
  let next = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      const socket = connect({
        host: context.target.host,
        port: context.target.port,
        localAddress: context.localAddress,
      });
      const upgrade: Upgrade = { socket, sentAt: 0, settled: false };
      const settle = (outcome: string) => {
        if (upgrade.settled) return;
        upgrade.settled = true;
        outcomes.add(outcome);
      };
      // A full accept queue leaves a connect pending for minutes: the attack's bounds must still hold.
      const connectTimer = setTimeout(() => {
        settle('connect timeout');
        socket.destroy();
        resolve();
      }, CONNECT_TIMEOUT_MS);
      socket.once('connect', () => {
        clearTimeout(connectTimer);
        upgrade.sentAt = performance.now();
        upgrades.push(upgrade);
        socket.write(
          `GET /_next/x HTTP/1.1\r\nHost: ${context.target.host}:${context.target.port}\r\n` +
            'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
            `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n\r\n`,
        );
        resolve();
      });
      socket.once('data', (chunk) => settle(`answered ${chunk.toString('latin1').split(' ', 2)[1] ?? '?'}`));
      socket.once('end', () => settle('closed by server'));
      socket.once('error', (error) => {
        clearTimeout(connectTimer);
        settle(failureName(error));
        resolve();
      });
    });
  const opener = async () => {
    while (!context.over() && next < count) {
      next += 1;
      await open();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, opener));
  await sleep(PROMPT_MS);
  const now = performance.now();
  const hanging = upgrades.filter((upgrade) => !upgrade.settled && now - upgrade.sentAt >= PROMPT_MS).length;
  for (const upgrade of upgrades) upgrade.socket.destroy();
  return {
    did: `${next.toLocaleString('en')} upgrades to /_next/x (of at most ${count.toLocaleString('en')}); ${outcomes}`,
    checks: [
      {
        name: 'unowned upgrades closed',
        passed: hanging === 0 && upgrades.length > 0,
        detail: `${hanging.toLocaleString('en')} of ${upgrades.length.toLocaleString('en')} upgrades neither answered nor closed after ${PROMPT_MS / 1000} s`,
      },
    ],
  };
};
