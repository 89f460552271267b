import type { Socket } from 'node:net';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { AssistantProvider } from '../../lib/assistant/provider';
import { startRedis, type RunningRedis } from './redis-server';
import { SseClient } from './sse-client';
import { startTestServer, type TestServer } from './test-server';
import { TestClient } from './ws-client';
import { ASSISTANT_HTTP_PATH } from '../../lib/wire';

export interface ClientOptions {
  headers?: Record<string, string>;
  /** Another loopback source (127.0.0.2…): another client address for the server. */
  localAddress?: string;
}

/**
 * For suites where each test needs its own server settings (limits under attack): one real Redis for the
 * file, a server per test, and every client a test opened closed after it, so one test's leftovers never
 * hold another's limits.
 */
export function serverPerTest(provider: AssistantProvider, baseEnv: Record<string, string> = {}) {
  let redis: RunningRedis | undefined;
  let server: TestServer | undefined;
  const clients: TestClient[] = [];
  const streams: SseClient[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.socket.terminate());
    streams.splice(0).forEach((stream) => stream.close());
    sockets.splice(0).forEach((socket) => socket.destroy());
    await server?.close();
    server = undefined;
  });

  const running = (): TestServer => {
    if (!server) throw new Error('start() the server first');
    return server;
  };

  return {
    redis: (): RunningRedis => {
      if (!redis) throw new Error('Redis starts in beforeAll');
      return redis;
    },
    /** Env for the Redis store, on keys no other test shares. */
    redisEnv: (name: string): Record<string, string> => ({
      REDIS_URL: (redis as RunningRedis).url,
      REDIS_KEY_PREFIX: `${name}:${Date.now()}:`,
    }),
    start: async (env: Record<string, string> = {}): Promise<TestServer> => {
      server = await startTestServer({ ...baseEnv, ...env }, provider);
      return server;
    },
    openWs: async ({ headers = {}, localAddress }: ClientOptions = {}) => {
      const target = running();
      const client = await TestClient.connect(target.wsUrl, {
        v2: true,
        headers: { origin: target.httpUrl, ...headers },
        localAddress,
      });
      clients.push(client);
      return client;
    },
    openSse: async ({ headers = {} }: Omit<ClientOptions, 'localAddress'> = {}) => {
      const target = running();
      const stream = await SseClient.open(`${target.httpUrl}${ASSISTANT_HTTP_PATH}`, {
        origin: target.httpUrl,
        ...headers,
      });
      streams.push(stream);
      return stream;
    },
    /** A raw socket the test opened, destroyed after it. */
    track: (socket: Socket): Socket => {
      sockets.push(socket);
      return socket;
    },
  };
}
