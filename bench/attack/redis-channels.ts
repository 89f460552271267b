import { createClient } from 'redis';
import type { Check } from './attacker-protocol';

/** The Pub/Sub channels some client of `redis` listens to under the deployment's key prefix. */
export async function subscribedChannels(url: string, prefix: string): Promise<Set<string>> {
  const client = createClient({ url });
  await client.connect();
  try {
    return new Set((await client.sendCommand(['PUBSUB', 'CHANNELS', `${prefix}*`])) as string[]);
  } finally {
    client.destroy();
  }
}

/** Every channel the server listens to once its clients are gone must be one it listened to with none. */
export function leakedSubscriptions(idle: ReadonlySet<string>, after: ReadonlySet<string>): Check {
  const leaked = [...after].filter((channel) => !idle.has(channel)).length;
  return {
    name: 'no Redis subscription left without a client',
    passed: leaked === 0,
    detail: `${leaked} channel(s) still subscribed after every client left`,
  };
}
