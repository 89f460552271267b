import { describe, expect, it } from 'vitest';
import { INBOUND_BACKLOG } from '../../lib/server/inbound-budget';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { holdCalls } from '../helpers/hold-calls';
import { serverPerTest } from '../helpers/server-per-test';
import type { TestServer } from '../helpers/test-server';
import { TestClient, type WireEvent } from '../helpers/ws-client';
import { ASSISTANT_HTTP_PATH, SESSION_TOKEN_HEADER } from '../../lib/wire';

const provider = new ScriptedProvider((input) => ({ deltas: ['Listo: ', input], delayMs: 1 }));
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';
const FLOODER = '127.0.0.1';
const CITIZEN = '127.0.0.2';

const bench = serverPerTest(provider, { RATE_LIMIT_NEW_SESSIONS_PER_MINUTE: '10000' });
const { start } = bench;
const open = (localAddress: string) => bench.openWs({ localAddress });

async function ask(client: TestClient, id: string): Promise<WireEvent> {
  client.send({ type: 'message', id, message: 'hola' });
  return (await client.until(isFinal)).at(-1) as WireEvent;
}

/** Every frame a flooder might send: valid, invalid, binary, and the costly `reset`. */
const FLOODS: Record<string, (client: TestClient) => void> = {
  ping: (client) => client.send({ type: 'ping' }),
  stop: (client) => client.send({ type: 'stop' }),
  reset: (client) => client.send({ type: 'reset' }),
  'invalid JSON': (client) => client.sendRaw('{"type":'),
  binary: (client) => client.sendRaw(Buffer.from([1, 2, 3])),
};

/** Makes the store's `touch` (the first step of every frame but `ping`) wait until released. */
const holdTouches = (running: TestServer) => holdCalls(running.runtime.store, 'touch');

describe('inbound frames over the WebSocket', () => {
  it.each(Object.keys(FLOODS))(
    'cut a connection flooding %s frames with a Spanish error and 1008, while another client is served',
    async (kind) => {
      const running = await start({ RATE_LIMIT_FRAMES_PER_MINUTE: '30' });
      const citizen = await open(CITIZEN);
      await citizen.next();
      const flooder = await open(FLOODER);
      await flooder.next();
      for (let sent = 0; sent < 500; sent += 1) FLOODS[kind]?.(flooder);

      const refusal = (await flooder.until((event) => event.code === 'rate_limited')).at(-1);
      expect(refusal).toMatchObject({ type: 'error', code: 'rate_limited', seq: 0 });
      expect(String(refusal?.message)).toMatch(
        /^Llegaron demasiados mensajes al asistente.*Intenta de nuevo en/,
      );
      expect(await flooder.closed).toMatchObject({ code: 1008 });
      expect(running.runtime.refusals.get('frame_flood')).toBe(1);
      expect(await ask(citizen, 'vecino')).toMatchObject({ type: 'response', id: 'vecino' });
    },
  );

  it('charges the address for every connection and frame, so reconnecting does not refill it', async () => {
    await start({ RATE_LIMIT_FRAMES_PER_MINUTE: '1000', RATE_LIMIT_FRAMES_IP_PER_MINUTE: '20' });
    const first = await open(FLOODER);
    await first.next();
    for (let sent = 0; sent < 40; sent += 1) first.send({ type: 'ping' });
    expect((await first.until((event) => event.code === 'rate_limited')).at(-1)).toMatchObject({ seq: 0 });
    expect(await first.closed).toMatchObject({ code: 1008 });

    // Throttled, not banned: the next connection from that address is turned away until the budget refills.
    const again = await open(FLOODER);
    expect(await again.next()).toMatchObject({ type: 'error', code: 'rate_limited', seq: 0 });
    expect(await again.closed).toMatchObject({ code: 1008 });
    const citizen = await open(CITIZEN);
    await citizen.next();
    expect(await ask(citizen, 'otra-red')).toMatchObject({ type: 'response' });
  });

  it('stops reading a connection whose frames wait, reads again once they are handled, and loses none', async () => {
    const running = await start({ RATE_LIMIT_FRAMES_PER_MINUTE: '100000' });
    const client = await open(FLOODER);
    await client.next();
    const touches = holdTouches(running);
    client.send({ type: 'stop' });
    for (let sent = 1; sent < INBOUND_BACKLOG.pauseAt; sent += 1) client.send({ type: 'ping' });
    await expect.poll(() => running.webSocketDoor.pausedCount).toBe(1);
    // Sent while the socket is paused; Node's read buffer hands them over in one piece on resume, so a
    // polite client stays under the hard cap (the next test goes past it).
    const more = INBOUND_BACKLOG.closeAt - INBOUND_BACKLOG.pauseAt;
    for (let sent = 0; sent < more; sent += 1) client.send({ type: 'ping' });
    expect(await client.quiet(300)).toBe(true);

    touches.release();
    const pongs = await client.until(
      (() => {
        let seen = 0;
        return (event: WireEvent) =>
          event.type === 'pong' && (seen += 1) === INBOUND_BACKLOG.pauseAt - 1 + more;
      })(),
    );
    expect(pongs.every((event) => event.type === 'pong')).toBe(true);
    expect(running.webSocketDoor.pausedCount).toBe(0);
    expect(await ask(client, 'despues')).toMatchObject({ type: 'response', id: 'despues' });
  });

  it('closes a connection whose frames pile up even though its socket is no longer read', async () => {
    const running = await start({ RATE_LIMIT_FRAMES_PER_MINUTE: '100000' });
    const client = await open(FLOODER);
    await client.next();
    const touches = holdTouches(running);
    // One write: the server reads every frame of it before pausing can take effect.
    const frame = JSON.stringify({ type: 'stop' });
    const frames = Array.from({ length: INBOUND_BACKLOG.closeAt * 2 }, () => frame);
    (client.socket as unknown as { _socket: { write(data: Buffer): void } })._socket.write(
      Buffer.concat(frames.map(maskedTextFrame)),
    );
    expect((await client.until((event) => event.code === 'rate_limited')).at(-1)).toMatchObject({ seq: 0 });
    expect(await client.closed).toMatchObject({ code: 1008 });
    expect(running.runtime.refusals.get('inbound_backlog')).toBe(1);
    touches.release();
  });

  it('cuts a flood on the Redis store too, and the process keeps serving', async () => {
    const running = await start({
      ...bench.redisEnv('inbound'),
      RATE_LIMIT_FRAMES_PER_MINUTE: '30',
    });
    const citizen = await open(CITIZEN);
    await citizen.next();
    const flooder = await open(FLOODER);
    await flooder.next();
    for (let sent = 0; sent < 2_000; sent += 1) flooder.send({ type: 'stop' });
    expect(await flooder.closed).toMatchObject({ code: 1008 });
    expect((await fetch(`${running.httpUrl}/api/health`)).status).toBe(200);
    expect(await ask(citizen, 'redis')).toMatchObject({ type: 'response', id: 'redis' });
  });
});

describe('inbound events over HTTP', () => {
  const openStream = async () => String((await (await bench.openSse()).next()).data.session);
  const post = (running: TestServer, token: string, event: unknown) =>
    fetch(`${running.httpUrl}${ASSISTANT_HTTP_PATH}`, {
      method: 'POST',
      headers: { origin: running.httpUrl, 'content-type': 'application/json', [SESSION_TOKEN_HEADER]: token },
      body: JSON.stringify(event),
    });

  it('refuse a session over its budget with 429, Retry-After and a Spanish body; other sessions go on', async () => {
    const running = await start({ RATE_LIMIT_FRAMES_PER_MINUTE: '10' });
    const flooding = await openStream();
    const statuses: number[] = [];
    for (let sent = 0; sent < 11; sent += 1)
      statuses.push((await post(running, flooding, { type: 'stop' })).status);
    expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true);
    const refused = await post(running, flooding, { type: 'reset' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      type: 'error',
      code: 'rate_limited',
      seq: 0,
      message: expect.stringMatching(/^Llegaron demasiados mensajes/),
    });
    expect(running.runtime.refusals.get('frame_flood')).toBeGreaterThanOrEqual(1);
    const other = await openStream();
    expect((await post(running, other, { type: 'stop' })).status).toBe(202);
  });

  it('refuse an address over its budget before reading the body, streams included', async () => {
    const running = await start({ RATE_LIMIT_FRAMES_IP_PER_MINUTE: '10' });
    const token = await openStream();
    const statuses: number[] = [];
    // Opening the stream cost one of the ten.
    for (let sent = 0; sent < 11; sent += 1)
      statuses.push((await post(running, token, { type: 'stop' })).status);
    expect(statuses).toEqual([...Array<number>(9).fill(202), 429, 429]);
    const stream = await fetch(`${running.httpUrl}${ASSISTANT_HTTP_PATH}`, {
      headers: { origin: running.httpUrl },
    });
    expect(stream.status).toBe(429);
  });
});

/** One masked client text frame (RFC 6455 §5.2), as a browser sends it. */
function maskedTextFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  if (payload.length > 125) throw new Error('short frames only');
  const mask = Buffer.from([1, 2, 3, 4]);
  const masked = Buffer.from(payload.map((byte, index) => byte ^ (mask[index % 4] as number)));
  return Buffer.concat([Buffer.from([0x81, 0x80 | payload.length]), mask, masked]);
}
