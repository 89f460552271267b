import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  parseServerFrame,
  reconnectDelay,
  type ConnectionStatus,
  type TransportListener,
} from '../../lib/client/transport';
import { WebSocketTransport } from '../../lib/client/ws-transport';
import type { ServerEvent } from '../../lib/protocol';

class FakeSocket {
  readyState = 0;
  readonly sent: unknown[] = [];
  closedWith: number | undefined;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {}

  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code: number) {
    this.closedWith = code;
    this.readyState = 3;
  }
  /** The server greets the connection (the socket opened). */
  greet(seq: number, session = 'token-1') {
    this.readyState = 1;
    this.receive({
      type: 'connection',
      message: 'Conectado al asistente virtual DIAN',
      provider: 'local',
      seq,
      session,
    });
  }
  receive(event: Record<string, unknown>) {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
  /** The network drops the connection. */
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
}

class FakeDocument extends EventTarget {
  visibilityState = 'visible';
  setVisibility(state: 'visible' | 'hidden') {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

/** `hooks` lets a test act inside the listener's callbacks, as the HTTP fallback does. */
function setup(options: { connectTimeoutMs?: number } = {}) {
  const sockets: FakeSocket[] = [];
  const events: ServerEvent[] = [];
  const statuses: ConnectionStatus[] = [];
  const hooks: Partial<Pick<TransportListener, 'onStatus' | 'onUnreachable'>> = {};
  const window = new EventTarget();
  const document = new FakeDocument();
  const transport = new WebSocketTransport({
    url: 'ws://test/ws/assistant/',
    ...options,
    listener: {
      onEvent: (event) => events.push(event),
      onStatus: (status) => {
        statuses.push(status);
        hooks.onStatus?.(status);
      },
      onUnreachable: () => hooks.onUnreachable?.(),
    },
    createSocket: (url, protocol) => {
      const socket = new FakeSocket(url, protocol);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    page: { window, document, now: () => Date.now() },
  });
  return {
    transport,
    sockets,
    events,
    statuses,
    hooks,
    window,
    document,
    last: () => sockets.at(-1) as FakeSocket,
  };
}

const pageShow = (persisted: boolean) => Object.assign(new Event('pageshow'), { persisted });

beforeEach(() => {
  vi.useFakeTimers();
  // Full jitter picks the middle of the window, so delays are exact.
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('WebSocketTransport', () => {
  it('speaks protocol v2 and reports open only once the server greets it', () => {
    const { transport, last, statuses } = setup();
    transport.connect();
    expect(last().protocol).toBe('dian-assistant.v2');
    expect(statuses).toEqual(['connecting']);
    expect(transport.send({ type: 'stop' })).toBe(false);
    last().greet(1);
    expect(statuses).toEqual(['connecting', 'open']);
    expect(transport.send({ type: 'stop' })).toBe(true);
  });

  it('reconnects with exponential backoff and resumes after the last seq it handled', () => {
    const { transport, sockets, last, events } = setup();
    transport.connect();
    last().greet(1);
    last().receive({ type: 'delta', id: 'a', delta: 'Ho', seq: 2 });
    last().drop();

    vi.advanceTimersByTime(249);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    last().drop();
    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);

    last().greet(7, 'token-for-a-new-socket');
    expect(last().sent[0]).toEqual({ type: 'resume', session: 'token-1', after: 2 });
    // The replay overlaps what already arrived: seq 2 is dropped, the rest handled once, in order.
    last().receive({ type: 'delta', id: 'a', delta: 'Ho', seq: 2 });
    last().receive({ type: 'delta', id: 'a', delta: 'la', seq: 3 });
    last().receive({ type: 'response', id: 'a', message: 'Hola', seq: 4 });
    last().receive({ type: 'response', id: 'a', message: 'Hola', seq: 4 });
    expect(events.filter((event) => event.type !== 'connection').map((event) => event.seq)).toEqual([
      2, 3, 4,
    ]);
  });

  it('pings a socket that goes silent while an answer is awaited, and replaces it when no pong comes', () => {
    const { transport, sockets, last, events } = setup();
    transport.connect();
    last().greet(1);
    // Nothing awaited: an idle conversation is never probed.
    vi.advanceTimersByTime(60_000);
    expect(last().sent).toEqual([]);

    transport.send({ type: 'message', id: 'q1', message: 'hola' });
    last().receive({ type: 'delta', id: 'q1', delta: 'Ho', seq: 2 });
    vi.advanceTimersByTime(2_999);
    expect(last().sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(last().sent.at(-1)).toEqual({ type: 'ping' });
    // The pong proves the link: it is not shown, and the wait starts over.
    last().receive({ type: 'pong', seq: 0 });
    expect(events.map((event) => event.type)).toEqual(['connection', 'delta']);
    vi.advanceTimersByTime(3_000);
    expect(last().sent.at(-1)).toEqual({ type: 'ping' });
    expect(last().sent).toHaveLength(3);

    // No pong: the silent socket is presumed dead and replaced at once, without waiting for a backoff.
    vi.advanceTimersByTime(2_999);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets[0]?.closedWith).toBe(4000);
    expect(sockets).toHaveLength(2);
    last().greet(5);
    expect(last().sent[0]).toEqual({ type: 'resume', session: 'token-1', after: 2 });
  });

  it('stops probing once every awaited answer has its final event, or the conversation was reset', () => {
    const { transport, last } = setup();
    transport.connect();
    last().greet(1);
    transport.send({ type: 'message', id: 'q1', message: 'hola' });
    transport.send({ type: 'message', id: 'q2', message: 'otra' });
    last().receive({ type: 'response', id: 'q1', message: 'Hola', seq: 2 });
    vi.advanceTimersByTime(5_000);
    expect(last().sent.at(-1)).toEqual({ type: 'ping' });
    last().receive({ type: 'error', id: 'q2', code: 'upstream_failed', message: 'Falló.', seq: 3 });
    const sentBefore = last().sent.length;
    vi.advanceTimersByTime(60_000);
    expect(last().sent).toHaveLength(sentBefore);

    transport.send({ type: 'message', id: 'q3', message: 'y esta' });
    last().receive({ type: 'reset', message: 'Conversación reiniciada.', seq: 4 });
    vi.advanceTimersByTime(60_000);
    expect(last().sent.at(-1)).toEqual({ type: 'message', id: 'q3', message: 'y esta' });
  });

  it('caps the backoff at 15 s (half of it with this jitter)', () => {
    const { transport, sockets, last } = setup();
    transport.connect();
    for (let attempt = 0; attempt < 8; attempt += 1) {
      last().drop();
      vi.advanceTimersByTime(7_500);
    }
    expect(sockets).toHaveLength(9);
    last().drop();
    vi.advanceTimersByTime(7_499);
    expect(sockets).toHaveLength(9);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(10);
  });

  it('continues in the new session when the old one expired', () => {
    const { transport, last, events } = setup();
    transport.connect();
    last().greet(40);
    last().drop();
    vi.advanceTimersByTime(250);
    last().greet(1, 'token-2');
    expect(last().sent[0]).toEqual({ type: 'resume', session: 'token-1', after: 40 });
    last().receive({ type: 'error', code: 'session_expired', message: 'expiró', seq: 2 });
    last().receive({ type: 'response', id: 'b', message: 'Nueva', seq: 3 });
    expect(events.map((event) => event.type)).toEqual(['connection', 'connection', 'error', 'response']);
    last().drop();
    vi.advanceTimersByTime(250);
    last().greet(4, 'token-2');
    expect(last().sent[0]).toEqual({ type: 'resume', session: 'token-2', after: 3 });
  });

  it('resumes a reset conversation with the token its reset announced', () => {
    const { transport, last } = setup();
    transport.connect();
    last().greet(1);
    last().receive({ type: 'reset', message: 'Conversación reiniciada', session: 'token-2', seq: 2 });
    last().drop();
    vi.advanceTimersByTime(250);
    last().greet(3, 'token-2');
    expect(last().sent[0]).toEqual({ type: 'resume', session: 'token-2', after: 2 });
  });

  it('gives up on a socket that is never greeted and tries again', () => {
    const { transport, sockets, last } = setup();
    transport.connect();
    const silent = last();
    vi.advanceTimersByTime(9_999);
    expect(silent.closedWith).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(silent.closedWith).toBe(4000);
    vi.advanceTimersByTime(250);
    expect(sockets).toHaveLength(2);
  });

  it('releases the socket on pagehide and resumes at once when the page is shown from the bfcache', () => {
    const { transport, sockets, last, window } = setup();
    transport.connect();
    last().greet(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(last().closedWith).toBe(1000);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    window.dispatchEvent(pageShow(true));
    expect(sockets).toHaveLength(2);
    last().greet(5);
    expect(last().sent[0]).toEqual({ type: 'resume', session: 'token-1', after: 1 });
  });

  it('replaces a socket presumed dead after the screen was locked, but not after a glance away', () => {
    const { transport, sockets, last, document } = setup();
    transport.connect();
    last().greet(1);
    document.setVisibility('hidden');
    vi.advanceTimersByTime(1_000);
    document.setVisibility('visible');
    expect(sockets).toHaveLength(1);

    document.setVisibility('hidden');
    vi.advanceTimersByTime(60_000);
    document.setVisibility('visible');
    expect(sockets).toHaveLength(2);
    expect(sockets[0]?.closedWith).toBe(4000);
  });

  it('reconnects at once when the network comes back instead of waiting out the backoff', () => {
    const { transport, sockets, last, window } = setup();
    transport.connect();
    last().greet(1);
    for (let drop = 0; drop < 4; drop += 1) {
      last().drop();
      vi.advanceTimersByTime(15_000);
    }
    last().drop();
    const before = sockets.length;
    window.dispatchEvent(new Event('online'));
    expect(sockets).toHaveLength(before + 1);
  });

  it('says it lost the connection as soon as the device goes offline, and waits for the network to retry', () => {
    const { transport, sockets, last, window, statuses } = setup();
    transport.connect();
    last().greet(1);
    window.dispatchEvent(new Event('offline'));
    expect(statuses.at(-1)).toBe('reconnecting');
    expect(sockets[0]?.closedWith).toBe(4000);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);

    window.dispatchEvent(new Event('online'));
    expect(sockets).toHaveLength(2);
    last().greet(2);
    expect(statuses.at(-1)).toBe('open');
  });

  it('does not blame the door for a first socket that failed while the device was offline', () => {
    const { transport, sockets, hooks, window } = setup();
    const unreachable: number[] = [];
    hooks.onUnreachable = () => unreachable.push(sockets.length);
    transport.connect();
    window.dispatchEvent(new Event('offline'));
    transport.connect();
    sockets.at(-1)?.drop();
    expect(unreachable).toEqual([]);
    transport.close();
  });

  it('leaves no timer or listener behind once closed', () => {
    const { transport, sockets, last, window, document, statuses } = setup();
    transport.connect();
    last().greet(1);
    last().drop();
    transport.close();
    expect(statuses.at(-1)).toBe('closed');
    expect(vi.getTimerCount()).toBe(0);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(pageShow(true));
    document.setVisibility('hidden');
    document.setVisibility('visible');
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('says the door is unreachable only while no socket was ever greeted, before it retries', () => {
    const { transport, sockets, statuses, hooks } = setup({ connectTimeoutMs: 5_000 });
    const unreachable: ConnectionStatus[][] = [];
    hooks.onUnreachable = () => unreachable.push([...statuses]);
    transport.connect();
    sockets[0]?.drop();
    expect(unreachable).toEqual([['connecting']]);
    vi.advanceTimersByTime(60_000);
    // The retry hangs until its connect timer gives up on it: unreachable again.
    expect(unreachable.length).toBeGreaterThanOrEqual(2);
    const before = unreachable.length;
    transport.close();
    transport.connect();
    sockets.at(-1)?.greet(1);
    sockets.at(-1)?.drop();
    expect(unreachable).toHaveLength(before);
    expect(statuses.at(-1)).toBe('reconnecting');
  });

  it('stays closed when its listener closes it on hearing it will reconnect', () => {
    const { transport, sockets, hooks } = setup();
    hooks.onStatus = (status) => {
      if (status === 'reconnecting') transport.close();
    };
    transport.connect();
    sockets[0]?.drop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });
});

describe('parseServerFrame and reconnectDelay', () => {
  it('ignores frames that are not a valid server event', () => {
    expect(parseServerFrame('no es json')).toBeUndefined();
    expect(parseServerFrame(new Uint8Array([1, 2]))).toBeUndefined();
    expect(parseServerFrame('{"type":"hack","seq":1}')).toBeUndefined();
    expect(parseServerFrame('{"type":"reset","message":"Conversación reiniciada","seq":3}')).toEqual({
      type: 'reset',
      message: 'Conversación reiniciada',
      seq: 3,
    });
  });

  it('waits a jittered, doubling, capped time', () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    expect([0, 1, 2, 10].map((attempt) => reconnectDelay(attempt))).toEqual([500, 1_000, 2_000, 15_000]);
  });
});
