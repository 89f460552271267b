import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tabDoorMemory, type DoorMemory } from '../../lib/client/door-memory';
import { FallbackTransport } from '../../lib/client/fallback-transport';
import { HttpTransport, type EventSourceLike } from '../../lib/client/http-transport';
import type { AssistantTransport, ConnectionStatus, TransportListener } from '../../lib/client/transport';
import type { ServerEvent } from '../../lib/protocol';

class FakeEventSource implements EventSourceLike {
  readyState = 0;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(event: Record<string, unknown>) {
    this.readyState = 1;
    this.onmessage?.({ data: JSON.stringify(event) });
  }
  greet(seq: number, session = 'token-1') {
    this.emit({
      type: 'connection',
      message: 'Conectado al asistente virtual DIAN',
      provider: 'local',
      seq,
      session,
    });
  }
  fail(gaveUp: boolean) {
    this.readyState = gaveUp ? 2 : 0;
    this.onerror?.();
  }
}

function setup(
  fetchImpl: typeof fetch = vi.fn(async () => new Response('{"ok":true}', { status: 202 })),
  page?: { window: EventTarget; document: EventTarget & { visibilityState: string } },
) {
  const sources: FakeEventSource[] = [];
  const events: ServerEvent[] = [];
  const statuses: ConnectionStatus[] = [];
  const transport = new HttpTransport({
    listener: { onEvent: (event) => events.push(event), onStatus: (status) => statuses.push(status) },
    createEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
    fetch: fetchImpl,
    page,
  });
  return { transport, sources, events, statuses, last: () => sources.at(-1) as FakeEventSource, fetchImpl };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('HttpTransport', () => {
  it('opens the event stream, reports open when greeted, and POSTs events with the session token', async () => {
    const { transport, last, statuses, fetchImpl } = setup();
    transport.connect();
    expect(last().url).toBe('/api/assistant');
    expect(transport.send({ type: 'stop' })).toBe(false);
    last().greet(1);
    expect(statuses).toEqual(['connecting', 'open']);
    expect(transport.send({ type: 'message', id: 'a', message: 'hola' })).toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith('/api/assistant', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-assistant-session': 'token-1' },
      body: JSON.stringify({ type: 'message', id: 'a', message: 'hola' }),
      signal: expect.any(AbortSignal),
    });
  });

  it("acts with the token of the conversation it follows: a resumed stream's greeting, then a reset's", async () => {
    const { transport, last, fetchImpl } = setup();
    const tokenSent = () =>
      (vi.mocked(fetchImpl).mock.calls.at(-1)?.[1]?.headers as Record<string, string>)['x-assistant-session'];
    transport.connect();
    last().greet(1);
    last().fail(false);
    last().greet(3, 'token-2');
    transport.send({ type: 'stop' });
    expect(tokenSent()).toBe('token-2');
    last().emit({ type: 'reset', message: 'Conversación reiniciada', session: 'token-3', seq: 4 });
    transport.send({ type: 'stop' });
    await vi.runAllTimersAsync();
    expect(tokenSent()).toBe('token-3');
  });

  it('sends one POST at a time, in order: a question typed right after a reset never overtakes it', async () => {
    const replies: Array<() => void> = [];
    const fetchImpl = vi.fn<typeof fetch>(
      () =>
        new Promise<Response>((resolve) => {
          replies.push(() => resolve(new Response('{"ok":true}', { status: 202 })));
        }),
    );
    const { transport, last } = setup(fetchImpl);
    const sentTypes = () => fetchImpl.mock.calls.map((call) => JSON.parse(String(call[1]?.body)).type);
    transport.connect();
    last().greet(1);
    expect(transport.send({ type: 'reset' })).toBe(true);
    expect(transport.send({ type: 'message', id: 'a', message: 'hola' })).toBe(true);
    expect(transport.send({ type: 'stop' })).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sentTypes()).toEqual(['reset']);
    replies[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(sentTypes()).toEqual(['reset', 'message']);
    replies[1]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(sentTypes()).toEqual(['reset', 'message', 'stop']);
    replies[2]?.();
    await vi.advanceTimersByTimeAsync(0);
    transport.send({ type: 'stop' });
    expect(sentTypes()).toHaveLength(4);
  });

  it('does not send what was queued behind a POST that failed: the stream reopens and the store re-sends', async () => {
    let fail: (error: Error) => void = () => undefined;
    const fetchImpl = vi.fn(
      () =>
        new Promise<Response>((_resolve, reject) => {
          fail = reject;
        }),
    );
    const { transport, last, statuses } = setup(fetchImpl);
    transport.connect();
    last().greet(1);
    transport.send({ type: 'message', id: 'a', message: 'hola' });
    transport.send({ type: 'message', id: 'b', message: 'chao' });
    fail(new TypeError('offline'));
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('reconnecting');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('gives up a POST nobody answers, so the ones after it are not held behind it for good', async () => {
    const fetchImpl = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('timeout', 'AbortError')));
        }),
    );
    const { transport, last, statuses, sources } = setup(fetchImpl);
    transport.connect();
    last().greet(1);
    transport.send({ type: 'message', id: 'a', message: 'hola' });
    transport.send({ type: 'stop' });
    await vi.advanceTimersByTimeAsync(14_999);
    expect(statuses.at(-1)).toBe('open');
    await vi.advanceTimersByTimeAsync(1);
    expect(statuses.at(-1)).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(250);
    expect(sources).toHaveLength(2);
    last().greet(2);
    expect(transport.send({ type: 'message', id: 'a', message: 'hola' })).toBe(true);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('delivers an error or a repeated answer that comes back in the POST reply', async () => {
    const reply = { type: 'error', code: 'rate_limited', message: 'Espera', seq: 5 };
    const { transport, last, events } = setup(
      vi.fn(async () => new Response(JSON.stringify(reply), { status: 429 })),
    );
    transport.connect();
    last().greet(1);
    transport.send({ type: 'message', id: 'a', message: 'hola' });
    await vi.runAllTimersAsync();
    expect(events.at(-1)).toEqual(reply);
  });

  it('says it lost the connection as soon as the device goes offline, and resumes only once it is back', () => {
    const window = new EventTarget();
    const { transport, sources, last, statuses } = setup(undefined, {
      window,
      document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
    });
    transport.connect();
    last().greet(4);
    window.dispatchEvent(new Event('offline'));
    expect(statuses.at(-1)).toBe('reconnecting');
    expect(sources[0]?.closed).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(sources).toHaveLength(1);

    window.dispatchEvent(new Event('online'));
    expect(last().url).toBe('/api/assistant?after=4');
    transport.close();
  });

  it('reopens the stream when the server no longer knows the session', async () => {
    const { transport, sources, last } = setup(
      vi.fn(
        async () =>
          new Response('{"type":"error","code":"session_expired","message":"x","seq":0}', { status: 401 }),
      ),
    );
    transport.connect();
    last().greet(1);
    transport.send({ type: 'message', id: 'a', message: 'hola' });
    await vi.advanceTimersByTimeAsync(250);
    expect(sources).toHaveLength(2);
    expect(last().url).toBe('/api/assistant?after=1');
  });

  it('shows a refusal that arrives after newer stream events (it is not subject to the seq dedupe)', async () => {
    const refusal = { type: 'error', code: 'bad_request', message: 'Evento inválido', seq: 0 };
    const { transport, last, events } = setup(
      vi.fn(async () => new Response(JSON.stringify(refusal), { status: 403 })),
    );
    transport.connect();
    last().greet(7);
    transport.send({ type: 'stop' });
    await vi.runAllTimersAsync();
    expect(events.at(-1)).toEqual(refusal);
  });

  it('lets EventSource retry by itself, and dedupes what the resumed stream replays', () => {
    const { transport, sources, last, events, statuses } = setup();
    transport.connect();
    last().greet(1);
    last().emit({ type: 'delta', id: 'a', delta: 'Ho', seq: 2 });
    last().fail(false);
    expect(statuses.at(-1)).toBe('reconnecting');
    expect(sources).toHaveLength(1);
    last().greet(3);
    last().emit({ type: 'delta', id: 'a', delta: 'Ho', seq: 2 });
    last().emit({ type: 'response', id: 'a', message: 'Hola', seq: 4 });
    expect(events.filter((event) => event.type !== 'connection').map((event) => event.seq)).toEqual([2, 4]);
  });

  it('reopens with the resume point in the URL when the stream gave up, with backoff', () => {
    const { transport, sources, last } = setup();
    transport.connect();
    last().greet(1);
    last().emit({ type: 'response', id: 'a', message: 'Hola', seq: 6 });
    last().fail(true);
    vi.advanceTimersByTime(249);
    expect(sources).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(last().url).toBe('/api/assistant?after=6');
  });

  it('reconnects when a POST fails on the network, so the store can re-send it', async () => {
    const { transport, sources, last, statuses } = setup(
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    transport.connect();
    last().greet(1);
    transport.send({ type: 'message', id: 'a', message: 'hola' });
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('reconnecting');
    expect(sources[0]?.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(250);
    expect(sources).toHaveLength(2);
  });

  it('leaves nothing running once closed', () => {
    const { transport, last, statuses } = setup();
    transport.connect();
    last().greet(1);
    last().fail(true);
    transport.close();
    expect(statuses.at(-1)).toBe('closed');
    expect(vi.getTimerCount()).toBe(0);
    expect(last().closed).toBe(true);
  });
});

class FakeTransport implements AssistantTransport {
  connects = 0;
  closed = false;
  readonly sent: unknown[] = [];
  constructor(readonly listener: TransportListener) {}
  connect() {
    this.connects += 1;
  }
  send(event: unknown) {
    this.sent.push(event);
    return true;
  }
  close() {
    this.closed = true;
    this.listener.onStatus('closed');
  }
}

function fallbackSetup(mode: 'auto' | 'http' = 'auto', memory?: DoorMemory) {
  const statuses: ConnectionStatus[] = [];
  const kinds: string[] = [];
  const made: { ws?: FakeTransport; http?: FakeTransport } = {};
  const transport = new FallbackTransport({
    mode,
    memory,
    listener: {
      onEvent: () => undefined,
      onStatus: (status) => statuses.push(status),
      onTransport: (kind) => kinds.push(kind),
    },
    createWebSocket: (listener) => (made.ws = new FakeTransport(listener)),
    createHttp: (listener) => (made.http = new FakeTransport(listener)),
  });
  return { transport, statuses, kinds, made };
}

describe('FallbackTransport', () => {
  it('falls back to HTTP for good when the first WebSocket never opens', () => {
    const { transport, statuses, kinds, made } = fallbackSetup();
    transport.connect();
    made.ws?.listener.onStatus('connecting');
    made.ws?.listener.onUnreachable?.();
    expect(made.ws?.closed).toBe(true);
    expect(made.http?.connects).toBe(1);
    expect(kinds).toEqual(['websocket', 'http']);
    expect(statuses).toEqual(['connecting']);
    transport.send({ type: 'stop' });
    expect(made.http?.sent).toEqual([{ type: 'stop' }]);
  });

  it('stays on the WebSocket while it only reconnects', () => {
    const { transport, made, statuses } = fallbackSetup();
    transport.connect();
    made.ws?.listener.onStatus('open');
    made.ws?.listener.onStatus('reconnecting');
    expect(made.http).toBeUndefined();
    expect(statuses).toEqual(['open', 'reconnecting']);
  });

  it('sends the next panels of a tab straight to HTTP once a socket never opened in it', () => {
    const memory = tabDoorMemory(() => new MemoryStorage());
    const first = fallbackSetup('auto', memory);
    first.transport.connect();
    first.made.ws?.listener.onUnreachable?.();

    const second = fallbackSetup('auto', memory);
    second.transport.connect();
    expect(second.made.ws).toBeUndefined();
    expect(second.kinds).toEqual(['http']);
  });

  it('keeps trying the WebSocket in a tab where it only had to reconnect', () => {
    const memory = tabDoorMemory(() => new MemoryStorage());
    const first = fallbackSetup('auto', memory);
    first.transport.connect();
    first.made.ws?.listener.onStatus('reconnecting');

    const second = fallbackSetup('auto', memory);
    second.transport.connect();
    expect(second.kinds).toEqual(['websocket']);
  });

  it('goes straight to HTTP where configured', () => {
    const { transport, made, kinds } = fallbackSetup('http');
    transport.connect();
    expect(made.ws).toBeUndefined();
    expect(made.http?.connects).toBe(1);
    expect(kinds).toEqual(['http']);
  });
});

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem'> {
  private readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('tabDoorMemory', () => {
  it('survives a reload of the tab through sessionStorage', () => {
    const storage = new MemoryStorage();
    tabDoorMemory(() => storage).rememberWebSocketFailed();
    expect(tabDoorMemory(() => storage).webSocketFailed()).toBe(true);
    expect(tabDoorMemory(() => new MemoryStorage()).webSocketFailed()).toBe(false);
  });

  it('still learns within the page when storage is refused', () => {
    const memory = tabDoorMemory(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(memory.webSocketFailed()).toBe(false);
    memory.rememberWebSocketFailed();
    expect(memory.webSocketFailed()).toBe(true);
  });
});
