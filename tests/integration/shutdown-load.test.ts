import { once } from 'node:events';
import { connect as connectTcp } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { serverEventSchema, type ServerEvent } from '../../lib/protocol';
import { SHUTDOWN_CLOSE_REASON } from '../../lib/server/websocket-door';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TestClient } from '../helpers/ws-client';

const GRACE_MS = 1_500;
const DELTA_MS = 40;
/** Timers may fire a little early; the grace period must still have been waited out. */
const TIMER_SLACK_MS = 50;
const words = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index + 1} `);
/** Done about 320 ms after it starts, well within the grace period. */
const FAST = words('rápido', 8);
/** Needs 6 s, four times the grace period. */
const SLOW = words('lento', 150);

const provider = new ScriptedProvider((input) => ({
  deltas: input.startsWith('lenta') ? SLOW : FAST,
  delayMs: DELTA_MS,
}));

/**
 * fast: one short answer, finishes during the grace period. slow: one long answer, cut by the shutdown.
 * queued: a short answer with a second question waiting behind it. late: a short answer, and a second
 * question asked once the shutdown has begun.
 */
type Role = 'fast' | 'slow' | 'queued' | 'late';
const ROLES: Role[] = [
  ...Array<Role>(20).fill('fast'),
  ...Array<Role>(20).fill('slow'),
  ...Array<Role>(10).fill('queued'),
  ...Array<Role>(10).fill('late'),
];

interface Citizen {
  role: Role;
  client: TestClient;
  /** When each frame arrived, index for index with `client.frames`. */
  arrivals: number[];
}

let server: TestServer | undefined;

afterAll(async () => {
  await server?.close();
});

const HANDSHAKE_HEAD =
  'GET /ws/assistant/ HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n';

describe('graceful shutdown under load', () => {
  it('finishes what fits in the grace period, fails the rest in Spanish, then closes everyone with 1001', async () => {
    const running = await startTestServer(
      {
        SHUTDOWN_GRACE_MS: String(GRACE_MS),
        // Sixty citizens on one loopback address would otherwise meet the per-address limits.
        MAX_CONNECTIONS_PER_IP: '1000',
        RATE_LIMIT_IP_PER_MINUTE: '10000',
        RATE_LIMIT_NEW_SESSIONS_PER_MINUTE: '100000',
      },
      provider,
    );
    server = running;

    // A handshake whose headers are still arriving when the shutdown begins.
    const straggler = connectTcp(running.port, '127.0.0.1');
    await once(straggler, 'connect');
    straggler.write(HANDSHAKE_HEAD);
    const stragglerAnswer = new Promise<string>((resolve) => {
      let text = '';
      straggler.on('data', (chunk: Buffer) => (text += chunk.toString()));
      // The server destroys the socket right after answering; a reset then is expected, not a failure.
      straggler.on('error', () => undefined);
      straggler.on('close', () => resolve(text));
    });

    const citizens = await Promise.all(
      ROLES.map(async (role): Promise<Citizen> => {
        const client = await TestClient.connect(running.wsUrl, { v2: true });
        const arrivals: number[] = [];
        // The client's own listener ran first and stored the frame; the greeting may predate this one.
        client.socket.on('message', () => (arrivals[client.frames.length - 1] = Date.now()));
        return { role, client, arrivals };
      }),
    );
    await Promise.all(citizens.map(({ client }) => client.next()));
    citizens.forEach(({ role, client }, index) => {
      client.send({
        type: 'message',
        id: `q${index}`,
        message: `${role === 'slow' ? 'lenta' : 'corta'} ${index}`,
      });
      if (role === 'queued') client.send({ type: 'message', id: `q${index}-b`, message: `corta ${index}-b` });
    });
    // Everyone is mid-answer.
    await Promise.all(citizens.map(({ client }) => client.until((event) => event.type === 'delta')));
    expect(provider.active).toBe(ROLES.length);

    const startedAt = Date.now();
    const closing = running.close();
    citizens.forEach(({ role, client }, index) => {
      if (role === 'late') client.send({ type: 'message', id: `q${index}-b`, message: `corta ${index}-b` });
    });
    straggler.write('Sec-WebSocket-Protocol: dian-assistant.v2\r\n\r\n');
    await expect(TestClient.connect(running.wsUrl, { v2: true })).rejects.toThrow(/ECONNREFUSED/);

    const closes = await Promise.all(citizens.map(({ client }) => client.closed));
    await closing;
    const elapsed = Date.now() - startedAt;

    // New upgrades were refused: new connections find nothing listening, a late handshake gets 503.
    expect(await stragglerAnswer).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);

    citizens.forEach(({ role, client, arrivals }, index) => {
      const who = `${role} citizen q${index}`;
      // Every frame is a whole, valid event: nothing was cut mid-write.
      const events = client.frames.map((frame): ServerEvent => {
        const parsed = serverEventSchema.safeParse(JSON.parse(frame));
        expect(parsed.success, `${who}: ${frame}`).toBe(true);
        return parsed.data as ServerEvent;
      });
      const seqs = events.map((event) => event.seq);
      expect(seqs, who).toEqual([...new Set(seqs)].sort((a, b) => a - b));

      const ofQuestion = (id: string) =>
        events.flatMap((event, position) =>
          'id' in event && event.id === id ? [{ event, at: arrivals[position] as number }] : [],
        );
      const first = ofQuestion(`q${index}`);
      const final = first.at(-1)?.event;
      // Exactly one final event per question, and nothing after it.
      expect(
        first.filter(({ event }) => event.type !== 'delta').map(({ event }) => event),
        who,
      ).toEqual([final]);
      const streamed = first.flatMap(({ event }) => (event.type === 'delta' ? [event.delta] : [])).join('');

      if (role === 'slow') {
        expect(final, who).toEqual({
          type: 'error',
          id: `q${index}`,
          code: 'shutting_down',
          message: USER_ERRORS.shuttingDown,
          seq: final?.seq,
        });
        expect(SLOW.join('').startsWith(streamed) && streamed.length < SLOW.join('').length, who).toBe(true);
        // Cut only once the grace period was over, not before.
        expect(first.at(-1)?.at, who).toBeGreaterThanOrEqual(startedAt + GRACE_MS - TIMER_SLACK_MS);
      } else {
        expect(final, who).toEqual({
          type: 'response',
          id: `q${index}`,
          message: FAST.join(''),
          seq: final?.seq,
        });
        expect(streamed, who).toBe(FAST.join(''));
      }

      if (role === 'queued' || role === 'late') {
        // A question that had not started, or came too late, fails at once and is never half-answered.
        const second = ofQuestion(`q${index}-b`).map(({ event }) => event);
        expect(second, who).toEqual([
          {
            type: 'error',
            id: `q${index}-b`,
            code: 'shutting_down',
            message: USER_ERRORS.shuttingDown,
            seq: second[0]?.seq,
          },
        ]);
      }
      expect(closes[index], who).toEqual({ code: 1001, reason: SHUTDOWN_CLOSE_REASON });
    });

    expect(provider.active).toBe(0);
    expect(running.webSocketDoor.connectionCount).toBe(0);
    // No upper bound on the clock: a loaded machine stretches any margin. That the shutdown did not wait for
    // the long answers is proven above, each cut short with `shutting_down` before its last word.
    expect(elapsed).toBeGreaterThanOrEqual(GRACE_MS - TIMER_SLACK_MS);
  });
});
