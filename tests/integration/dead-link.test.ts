import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPanelStore, type PanelState } from '../../lib/client/panel-store';
import { WebSocketTransport } from '../../lib/client/ws-transport';
import { ChaosProxy, seededRandom } from '../helpers/chaos-proxy';
import { ScriptedProvider } from '../helpers/scripted-provider';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { browserLikeSocket } from '../helpers/ws-client';

const DELTAS = Array.from({ length: 20 }, (_, index) => `parte${index + 1} `);

let server: TestServer;
let proxy: ChaosProxy;

beforeAll(async () => {
  server = await startTestServer({}, new ScriptedProvider(() => ({ deltas: DELTAS, delayMs: 60 })));
  proxy = await ChaosProxy.start({
    targetPort: server.port,
    random: seededRandom(1),
    // No random faults: the test freezes the links itself.
    plan: () => ({ kind: 'calm', direction: 'down', afterBytes: Number.POSITIVE_INFINITY }),
  });
});

afterAll(async () => {
  await proxy.close();
  await server.close();
});

function until(store: ReturnType<typeof createPanelStore>, done: (state: PanelState) => boolean) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`not reached in time: ${JSON.stringify(store.getState().messages)}`));
    }, 10_000);
    const check = (state: PanelState) => {
      if (!done(state)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const unsubscribe = store.subscribe(check);
    check(store.getState());
  });
}

describe('a connection that dies without closing, while the page stays visible', () => {
  it('is noticed while an answer is awaited: the page reconnects, resumes, and the answer ends whole, once', async () => {
    let sockets = 0;
    const store = createPanelStore(
      (listener) =>
        new WebSocketTransport({
          url: `ws://127.0.0.1:${proxy.port}/ws/assistant/`,
          listener,
          silenceBeforeProbeMs: 300,
          probeTimeoutMs: 300,
          createSocket: (url, protocol) => {
            sockets += 1;
            return browserLikeSocket(url, protocol);
          },
        }),
    );
    store.getState().open();
    await until(store, (state) => state.status === 'open');
    store.getState().send('una pregunta larga');
    const answer = () => store.getState().messages.find((message) => message.role === 'assistant');
    await until(store, () => (answer()?.text.length ?? 0) > 0);

    proxy.freeze();
    await until(store, () => answer()?.state === 'done');
    expect(answer()?.text).toBe(DELTAS.join(''));
    expect(sockets).toBe(2);
    store.getState().close();
  });
});
