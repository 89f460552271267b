import { describe, expect, it } from 'vitest';
import { unknownTypeError } from '../../lib/protocol';
import { doorClients, DOOR_NAMES } from '../helpers/door-clients';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { serverPerTest } from '../helpers/server-per-test';
import type { WireEvent } from '../helpers/ws-client';

/**
 * One contract, every door: what a client event does is decided once in the core (`runSessionCommand`), so
 * each case below runs unchanged over the WebSocket and over the SSE + POST pair. A door that handled an
 * event by itself would fail here on one side only.
 */
const WORDS = ['Uno ', 'dos ', 'tres'];
const provider = new ScriptedProvider((input) =>
  input === 'detenible'
    ? { deltas: WORDS, hold: { after: 2, until: new Promise<void>(() => undefined) } }
    : { deltas: ['Sobre ', input], delayMs: 1 },
);
const bench = serverPerTest(provider);
const isFinal = (event: WireEvent) => event.type === 'response' || event.type === 'error';
const finalFor = (id: string) => (event: WireEvent) => isFinal(event) && event.id === id;

const doors = doorClients(bench);

describe.each(DOOR_NAMES)('over %s', (door) => {
  const open = async (env: Record<string, string> = {}) => doors[door](await bench.start(env));

  it('answers a question on the session, and gives an answered id back to the asker once', async () => {
    const client = await open();
    await client.send({ type: 'message', id: 'q1', message: 'la renta' });
    const answer = (await client.until(finalFor('q1'))).at(-1);
    expect(answer).toMatchObject({ type: 'response', id: 'q1', message: 'Sobre la renta' });
    const calls = provider.calls.length;

    await client.send({ type: 'message', id: 'q1', message: 'la renta' });
    expect((await client.until(finalFor('q1'))).at(-1)).toEqual(answer);
    expect(provider.calls.length).toBe(calls);
  });

  it('stops an answer mid-way, keeping the words so far', async () => {
    const client = await open();
    await client.send({ type: 'message', id: 'largo', message: 'detenible' });
    await client.until((event) => event.delta === 'dos ');
    await client.send({ type: 'stop' });
    expect((await client.until(finalFor('largo'))).at(-1)).toMatchObject({
      type: 'response',
      stopped: true,
      message: 'Uno dos ',
    });
  });

  it('resets the conversation under a new token', async () => {
    const client = await open();
    await client.send({ type: 'reset' });
    const reset = (await client.until((event) => event.type === 'reset')).at(-1);
    expect(reset?.session).toEqual(expect.any(String));
    expect(reset?.session).not.toBe(client.hello.session);
    await client.send({ type: 'message', id: 'nueva', message: 'otra vez' });
    expect((await client.until(finalFor('nueva'))).at(-1)).toMatchObject({ type: 'response' });
  });

  it('refuses a question over the rate limit in Spanish, naming it', async () => {
    const client = await open({ RATE_LIMIT_SESSION_PER_MINUTE: '1' });
    await client.send({ type: 'message', id: 'primera', message: 'hola' });
    await client.until(finalFor('primera'));
    await client.send({ type: 'message', id: 'segunda', message: 'hola' });
    const refused = (await client.until(finalFor('segunda'))).at(-1);
    expect(refused).toMatchObject({ type: 'error', id: 'segunda', code: 'rate_limited' });
    expect(String(refused?.message)).toMatch(/preguntas/i);
  });

  it('answers an unknown event with a Spanish error and keeps serving', async () => {
    const client = await open();
    await client.send({ type: 'adivina' });
    expect((await client.until(isFinal)).at(-1)).toMatchObject({
      type: 'error',
      code: 'bad_request',
      message: unknownTypeError('adivina', 2),
    });
    await client.send({ type: 'message', id: 'luego', message: 'sigue' });
    expect((await client.until(finalFor('luego'))).at(-1)).toMatchObject({ type: 'response' });
  });
});
