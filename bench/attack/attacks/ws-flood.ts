import type { Attack } from '../attacker-protocol';
import { Tally } from '../counter';
import { connectWebSocket, failureName, sleep, type AssistantSocket } from '../wire';

/** Valid and invalid tiny frames, alternating: the server must pay for each, parsed or not. */
const FRAMES = ['{"type":"ping"}', '{"type":"stop"}', '{not json', '[]'];
/** Enough queued to keep the socket busy without the attacker's own memory growing. */
const HIGH_WATER_BYTES = 256 * 1024;
const BATCH = 2_000;

/**
 * Attack 1: one WebSocket sending tiny frames as fast as it can; when the server closes it, reconnect and
 * go on, as a real attacker would. The server must cut it (and keep serving everyone else).
 */
export const wsFlood: Attack = async (context) => {
  let sent = 0;
  let connections = 0;
  const closes = new Tally();
  const refusals = new Tally();
  const flood = (client: AssistantSocket) =>
    new Promise<void>((resolve) => {
      void client.closed.then((code) => {
        closes.add(String(code));
        resolve();
      });
      const pump = () => {
        if (!client.open || context.over() || sent >= context.count) return resolve();
        for (let index = 0; index < BATCH && client.socket.bufferedAmount < HIGH_WATER_BYTES; index += 1) {
          client.socket.send(FRAMES[sent % FRAMES.length] as string);
          sent += 1;
        }
        setImmediate(pump);
      };
      pump();
    });
  while (!context.over() && sent < context.count) {
    let client: AssistantSocket;
    try {
      client = await connectWebSocket(context.target, {
        localAddress: context.localAddress,
        keepEvents: false,
      });
    } catch (error) {
      refusals.add(failureName(error));
      await sleep(20);
      continue;
    }
    connections += 1;
    await flood(client);
    client.close();
  }
  const cutByServer = ['1008', '1009', '1011', '1013'].reduce((sum, code) => sum + closes.get(code), 0);
  return {
    did: `${sent.toLocaleString('en')} frames on ${connections} connection(s); closes: ${closes}; refused connects: ${refusals}`,
    checks: [
      {
        name: 'flooding connection cut',
        passed: cutByServer > 0,
        detail: `server closed the flooding socket with a clear code ${cutByServer} time(s)`,
      },
    ],
  };
};
