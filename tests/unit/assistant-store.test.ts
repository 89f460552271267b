import { describe, expect, it } from 'vitest';
import { createAssistantStore } from '../../lib/client/assistant-store';
import { markdownToPlainText } from '../../lib/client/plain-text';
import type { AssistantTransport, TransportListener } from '../../lib/client/ws-transport';
import type { ClientEvent } from '../../lib/protocol';

class FakeTransport implements AssistantTransport {
  readonly sent: ClientEvent[] = [];
  connected = false;
  connects = 0;
  constructor(readonly listener: TransportListener) {}
  connect() {
    this.connects += 1;
  }
  send(event: ClientEvent) {
    if (!this.connected) return false;
    this.sent.push(event);
    return true;
  }
  close() {
    this.connected = false;
  }
  open() {
    this.connected = true;
    this.listener.onStatus('open');
    this.listener.onEvent({
      type: 'connection',
      message: 'Conectado al asistente virtual DIAN',
      seq: 1,
      provider: 'local',
    });
  }
}

function setup() {
  const transports: FakeTransport[] = [];
  const store = createAssistantStore((listener) => {
    const transport = new FakeTransport(listener);
    transports.push(transport);
    return transport;
  });
  store.getState().open();
  return { store, transport: () => transports.at(-1) as FakeTransport, transports };
}

describe('assistant store', () => {
  it('queues messages typed before the socket opens and sends them once, in order', () => {
    const { store, transport } = setup();
    store.getState().send('primera');
    store.getState().send('segunda');
    expect(transport().sent).toEqual([]);
    transport().open();
    expect(transport().sent.map((event) => event.type === 'message' && event.message)).toEqual([
      'primera',
      'segunda',
    ]);
    expect(store.getState().outbox).toEqual([]);
    expect(store.getState().provider).toBe('local');
  });

  it('streams deltas into the answer and announces only the final text, once', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send('hola');
    const id = store.getState().messages[0]?.id as string;
    transport().listener.onEvent({ type: 'delta', id, delta: 'Ho', seq: 2 });
    expect(store.getState().announcement).toBe('');
    transport().listener.onEvent({ type: 'delta', id, delta: 'la', seq: 3 });
    expect(store.getState().messages[1]).toMatchObject({
      role: 'assistant',
      text: 'Hola',
      state: 'streaming',
    });
    transport().listener.onEvent({
      type: 'response',
      id,
      message: 'Hola, **ver** [DIAN](https://www.dian.gov.co)',
      seq: 4,
    });
    expect(store.getState().messages[1]).toMatchObject({ state: 'done' });
    expect(store.getState().announcement).toBe('Hola, ver DIAN');
  });

  it('marks the failed answer and announces the error', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send('hola');
    const id = store.getState().messages[0]?.id as string;
    transport().listener.onEvent({
      type: 'error',
      id,
      code: 'upstream_unavailable',
      message: 'No disponible.',
      seq: 2,
    });
    expect(store.getState().messages[1]).toMatchObject({ state: 'error', text: 'No disponible.' });
    expect(store.getState().announcement).toBe('Error: No disponible.');
  });

  it('shows errors not tied to a message as a notice', () => {
    const { store, transport } = setup();
    transport().open();
    transport().listener.onEvent({ type: 'error', code: 'bad_request', message: 'Mal.', seq: 2 });
    expect(store.getState().notice).toBe('Mal.');
  });

  it('announces connection loss and recovery', () => {
    const { store, transport } = setup();
    transport().open();
    transport().listener.onStatus('reconnecting');
    expect(store.getState().announcement).toMatch(/Se perdió la conexión/);
    transport().listener.onStatus('open');
    expect(store.getState().announcement).toBe('Conexión restablecida.');
  });

  it('reset clears the transcript and tells the server', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send('hola');
    store.getState().reset();
    expect(store.getState().messages).toEqual([]);
    expect(transport().sent.at(-1)).toEqual({ type: 'reset' });
  });

  it('closing the panel resets the conversation, now or on the next open', () => {
    const { store, transport, transports } = setup();
    transport().open();
    store.getState().send('hola');
    store.getState().close();
    expect(transports[0]?.sent.at(-1)).toEqual({ type: 'reset' });
    expect(store.getState().messages).toEqual([]);

    store.getState().open();
    store.getState().send('otra');
    transport().connected = false;
    store.getState().close();
    expect(store.getState().outbox).toEqual([{ type: 'reset' }]);
  });
});

describe('markdownToPlainText', () => {
  it('keeps what a listener needs and drops markup', () => {
    expect(
      markdownToPlainText('## Título\n\n- **Uno** y _dos_\n- [Fuente](https://dian.gov.co)\n\n`código`'),
    ).toBe('Título\nUno y dos\nFuente\ncódigo');
  });
});
