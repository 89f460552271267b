import { ASSISTANT_HTTP_PATH, SESSION_TOKEN_HEADER } from '../../lib/wire';
import { Inbox } from './inbox';
import type { serverPerTest } from './server-per-test';
import type { TestServer } from './test-server';
import type { WireEvent } from './ws-client';

/** A client of one door: the events meant for it, in order, whether they came on its stream or as a reply. */
export interface DoorClient {
  hello: WireEvent;
  send(event: Record<string, unknown>): Promise<void>;
  until(predicate: (event: WireEvent) => boolean): Promise<WireEvent[]>;
}

export type DoorName = 'WebSocket' | 'SSE + POST';
export const DOOR_NAMES: DoorName[] = ['WebSocket', 'SSE + POST'];

/**
 * Opens a new session's client through either door of a running server, so that one test body can run
 * unchanged over the WebSocket and over the SSE + POST pair.
 */
export function doorClients(
  bench: ReturnType<typeof serverPerTest>,
): Record<DoorName, (running: TestServer) => Promise<DoorClient>> {
  return {
    WebSocket: async () => {
      const ws = await bench.openWs();
      const hello = await ws.next();
      return { hello, send: async (event) => ws.send(event), until: (predicate) => ws.until(predicate) };
    },
    'SSE + POST': async (running) => {
      const stream = await bench.openSse();
      const hello = (await stream.next()).data;
      const events = new Inbox<WireEvent>();
      // POSTs name the conversation by its token, which a reset renews (the page does the same).
      let token = String(hello.session);
      void (async () => {
        for (;;) {
          const next = await stream.next(60_000).catch(() => undefined);
          if (next === undefined) return;
          if (next.data.type === 'reset') token = String(next.data.session);
          events.push(next.data);
        }
      })();
      return {
        hello,
        // What the server says to this request alone (a refusal, an answer given before) is its reply.
        send: async (event) => {
          const reply = await fetch(`${running.httpUrl}${ASSISTANT_HTTP_PATH}`, {
            method: 'POST',
            headers: {
              origin: running.httpUrl,
              'content-type': 'application/json',
              [SESSION_TOKEN_HEADER]: token,
            },
            body: JSON.stringify(event),
          });
          const body = (await reply.json()) as WireEvent & { event?: WireEvent };
          if (body.type === 'error') events.push(body);
          if (body.event) events.push(body.event);
        },
        until: (predicate) => events.until(predicate),
      };
    },
  };
}
