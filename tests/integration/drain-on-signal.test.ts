import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../lib/assistant/errors';
import { drainOnSignal } from '../../lib/server/drain-on-signal';
import { silentLogger } from '../../lib/server/logger';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { serverPerTest } from '../helpers/server-per-test';
import { ASSISTANT_HTTP_PATH, SESSION_TOKEN_HEADER } from '../../lib/wire';

let finishQuick!: () => void;
const quickMayFinish = new Promise<void>((resolve) => (finishQuick = resolve));
const provider = new ScriptedProvider((input) =>
  input === 'rápida'
    ? { deltas: ['Ya ', 'está'], hold: { after: 1, until: quickMayFinish } }
    : { deltas: ['Esto ', 'no termina'], hold: { after: 1, until: new Promise<void>(() => undefined) } },
);
const bench = serverPerTest(provider);

/** Signals the test sends, and the exit code the process would have ended with. */
function fakeProcess() {
  const signals = new EventEmitter();
  let exited!: (code: number) => void;
  const exitCode = new Promise<number>((resolve) => (exited = resolve));
  return {
    control: { once: signals.once.bind(signals), exit: (code: number) => exited(code) },
    send: (signal: NodeJS.Signals) => signals.emit(signal),
    exitCode,
  };
}

describe('next start: the assistant drains on SIGTERM (NEXT_MANUAL_SIG_HANDLE=true)', () => {
  it('finishes answers within the grace period, ends the rest in Spanish on their streams, then exits 0', async () => {
    const running = await bench.start();
    const ask = async (token: string, id: string, message: string) =>
      fetch(`${running.httpUrl}${ASSISTANT_HTTP_PATH}`, {
        method: 'POST',
        headers: {
          origin: running.httpUrl,
          'content-type': 'application/json',
          [SESSION_TOKEN_HEADER]: token,
        },
        body: JSON.stringify({ type: 'message', id, message }),
      });
    const quick = await bench.openSse();
    const slow = await bench.openSse();
    const quickToken = String((await quick.next()).data.session);
    const slowToken = String((await slow.next()).data.session);
    await ask(quickToken, 'q', 'rápida');
    await ask(slowToken, 's', 'lenta');
    await quick.until((event) => event.type === 'delta');
    await slow.until((event) => event.type === 'delta');

    const { control, send, exitCode } = fakeProcess();
    drainOnSignal(running.runtime, 2_000, silentLogger, control);
    send('SIGTERM');
    // Draining: a new question is refused at once, in Spanish.
    const refused = await ask(quickToken, 'nueva', 'otra');
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ code: 'shutting_down', message: USER_ERRORS.shuttingDown });
    finishQuick();

    expect((await quick.until((event) => event.type === 'response')).at(-1)?.data).toMatchObject({
      id: 'q',
      message: 'Ya está',
    });
    expect((await slow.until((event) => event.type === 'error')).at(-1)?.data).toMatchObject({
      id: 's',
      code: 'shutting_down',
      message: USER_ERRORS.shuttingDown,
    });
    expect(await exitCode).toBe(0);
    // A second signal while draining changes nothing.
    send('SIGINT');
  });
});
