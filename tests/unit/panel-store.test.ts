import { describe, expect, it, vi } from 'vitest';
import {
  createPanelStore,
  hasConversation,
  LOSS_ANNOUNCE_DELAY_MS,
  CLEARED_ELSEWHERE,
  NEW_CONVERSATION,
  reviewAnnouncement,
} from '../../lib/client/panel-store';
import { markdownToPlainText } from '../../lib/client/plain-text';
import type { AssistantTransport, TransportListener } from '../../lib/client/transport';
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
  const store = createPanelStore((listener) => {
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

  it('rates only a complete answer, shows the verdict the server holds, and takes it back on a second press', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send('¿Qué es la UVT?');
    const id = store.getState().messages[0]?.id as string;
    store.getState().rate(id, 'helpful');
    expect(transport().sent.filter((event) => event.type === 'feedback')).toEqual([]);
    transport().listener.onEvent({ type: 'response', id, message: 'La UVT es…', seq: 2 });

    store.getState().rate(id, 'helpful');
    expect(transport().sent.at(-1)).toEqual({ type: 'feedback', id, verdict: 'helpful' });
    // Pressed only once the server says it holds the verdict.
    expect(store.getState().messages[1]?.verdict).toBeUndefined();
    transport().listener.onEvent({ type: 'feedback', id, verdict: 'helpful', seq: 3 });
    expect(store.getState().messages[1]?.verdict).toBe('helpful');

    store.getState().rate(id, 'unhelpful');
    expect(transport().sent.at(-1)).toEqual({ type: 'feedback', id, verdict: 'unhelpful' });
    store.getState().rate(id, 'helpful');
    expect(transport().sent.at(-1)).toEqual({ type: 'feedback', id, verdict: 'none' });
    // The question itself never carries a verdict.
    expect(store.getState().messages[0]?.verdict).toBeUndefined();
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
    expect(store.getState().announcementCount).toBe(1);
  });

  it('announces the same answer text twice when it arrives twice', () => {
    const { store, transport } = setup();
    transport().open();
    for (const seq of [2, 3]) {
      store.getState().send('hola');
      const id = store.getState().messages.at(-1)?.id as string;
      transport().listener.onEvent({ type: 'response', id, message: 'Igual', seq });
    }
    expect(store.getState().announcement).toBe('Igual');
    expect(store.getState().announcementCount).toBe(2);
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

  it('announces a lasting connection loss and its recovery, but not a quick reconnect', () => {
    vi.useFakeTimers();
    try {
      const { store, transport } = setup();
      transport().open();
      const before = store.getState().announcementCount;
      transport().listener.onStatus('reconnecting');
      vi.advanceTimersByTime(LOSS_ANNOUNCE_DELAY_MS - 1);
      transport().listener.onStatus('open');
      vi.runAllTimers();
      expect(store.getState().announcementCount).toBe(before);

      transport().listener.onStatus('reconnecting');
      vi.advanceTimersByTime(LOSS_ANNOUNCE_DELAY_MS);
      expect(store.getState().announcement).toMatch(/Se perdió la conexión/);
      transport().listener.onStatus('open');
      expect(store.getState().announcement).toBe('Conexión restablecida.');
      expect(store.getState().announcementCount).toBe(before + 2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('after a reconnect, re-sends questions still waiting for an answer, with their ids', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send('¿sigue ahí?');
    const id = store.getState().messages[0]?.id as string;
    transport().listener.onStatus('reconnecting');
    transport().listener.onStatus('open');
    expect(transport().sent).toEqual([
      { type: 'message', id, message: '¿sigue ahí?' },
      { type: 'message', id, message: '¿sigue ahí?' },
    ]);
    transport().listener.onEvent({ type: 'response', id, message: 'Sí.', seq: 5 });
    transport().listener.onStatus('reconnecting');
    transport().listener.onStatus('open');
    expect(transport().sent).toHaveLength(2);
  });

  it('fails the answers a forgotten session can no longer give', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send('hola');
    transport().listener.onEvent({
      type: 'error',
      code: 'session_expired',
      message: 'Tu sesión anterior ya no existe.',
      seq: 1,
    });
    expect(store.getState().messages[1]).toMatchObject({ state: 'error', text: /perdió/ });
    expect(store.getState().notice).toBe('Tu sesión anterior ya no existe.');
  });

  it('shows the conversation the server kept, e.g. after a page reload', () => {
    const { store, transport } = setup();
    transport().listener.onEvent({
      type: 'connection',
      message: 'Conectado al asistente virtual DIAN',
      provider: 'openai',
      seq: 9,
      transcript: [
        { id: 'a', role: 'user', text: 'uno' },
        { id: 'a', role: 'assistant', text: 'Respuesta uno', verdict: 'helpful' },
        { id: 'b', role: 'user', text: 'dos' },
        { id: 'b', role: 'assistant', text: 'Respu', status: 'streaming' },
        { id: 'c', role: 'user', text: 'tres', status: 'queued' },
      ],
    });
    expect(
      store
        .getState()
        .messages.map(({ id, role, state, verdict }) => `${role}:${id}:${state}:${verdict ?? '-'}`),
    ).toEqual([
      'user:a:done:-',
      'assistant:a:done:helpful',
      'user:b:done:-',
      'assistant:b:streaming:-',
      'user:c:done:-',
      'assistant:c:sending:-',
    ]);
    transport().listener.onEvent({ type: 'delta', id: 'b', delta: 'esta', seq: 10 });
    expect(store.getState().messages[3]?.text).toBe('Respuesta');
  });

  it('reset clears the transcript, tells the server and the screen reader, and keeps the draft', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send('hola');
    store.getState().setDraft('y otra cosa');
    const count = store.getState().announcementCount;
    store.getState().reset();
    expect(store.getState().messages).toEqual([]);
    expect(transport().sent.at(-1)).toEqual({ type: 'reset' });
    expect(store.getState()).toMatchObject({
      announcement: NEW_CONVERSATION,
      announcementCount: count + 1,
      draft: 'y otra cosa',
    });
  });

  it('keeps a question asked right after its own reset when the reset echoes back', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send('hola');
    store.getState().reset();
    store.getState().send('¿Qué es la UVT?');
    transport().listener.onEvent({
      type: 'reset',
      message: 'Conversación reiniciada',
      session: 't2',
      seq: 3,
    });
    expect(store.getState().messages.map((message) => `${message.role}:${message.text}`)).toEqual([
      'user:¿Qué es la UVT?',
      'assistant:',
    ]);
  });

  it('tells the screen reader when another tab erased or restarted the conversation, not when this one did', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send('hola');
    store.getState().reset();
    const afterOwnReset = store.getState().announcementCount;
    transport().listener.onEvent({
      type: 'reset',
      message: 'Conversación reiniciada',
      session: 't2',
      seq: 3,
    });
    expect(store.getState()).toMatchObject({
      announcement: NEW_CONVERSATION,
      announcementCount: afterOwnReset,
    });

    store.getState().send('otra');
    transport().listener.onEvent({ type: 'reset', message: 'Conversación borrada', seq: 5 });
    expect(store.getState()).toMatchObject({
      messages: [],
      announcement: CLEARED_ELSEWHERE,
      announcementCount: afterOwnReset + 1,
    });
  });

  it('counts an exchange or a half-typed question as a conversation to come back to', () => {
    const { store, transport } = setup();
    transport().open();
    expect(hasConversation(store.getState())).toBe(false);
    store.getState().setDraft('   ');
    expect(hasConversation(store.getState())).toBe(false);
    store.getState().setDraft('¿Cuándo');
    expect(hasConversation(store.getState())).toBe(true);
    store.getState().setDraft('');
    store.getState().send('hola');
    expect(hasConversation(store.getState())).toBe(true);
  });

  it('«Cerrar y borrar» erases the conversation, now or on the next open, and drops the draft', () => {
    const { store, transport, transports } = setup();
    transport().open();
    store.getState().send('hola');
    store.getState().setDraft('a medio escribir');
    store.getState().close();
    expect(transports[0]?.sent.at(-1)).toEqual({ type: 'erase' });
    expect(store.getState().messages).toEqual([]);
    expect(store.getState().draft).toBe('');

    store.getState().open();
    store.getState().send('otra');
    transport().connected = false;
    store.getState().close();
    expect(store.getState().outbox).toEqual([{ type: 'erase' }]);
  });

  it('an erase sent on the next open keeps the erased conversation off the screen', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send('hola');
    transport().connected = false;
    store.getState().close();

    store.getState().open();
    transport().connected = true;
    transport().listener.onEvent({
      type: 'connection',
      message: 'Conectado al asistente virtual DIAN',
      seq: 9,
      provider: 'local',
      transcript: [{ id: 'a', role: 'user', text: 'hola' }],
    });
    transport().listener.onStatus('open');
    expect(transport().sent).toEqual([{ type: 'erase' }]);
    expect(store.getState().messages).toEqual([]);
  });
});

describe('assistant store: personal data', () => {
  const TYPED = 'Mi cédula es 1.020.304.050, ¿tengo que declarar renta?';
  const MASKED = 'Mi cédula es [cédula oculta], ¿tengo que declarar renta?';

  it('holds a question with personal data for review, and sends nothing until the citizen decides', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().setDraft(TYPED);
    store.getState().submit(TYPED);
    expect(store.getState().review).toEqual({ original: TYPED, masked: MASKED, hidden: ['cedula'] });
    expect(store.getState().announcement).toBe(reviewAnnouncement(store.getState().review!));
    expect(store.getState().announcement).toContain('tu número de cédula');
    expect(transport().sent).toEqual([]);
    expect(store.getState().messages).toEqual([]);
  });

  it('sends it masked: nothing of what was typed stays in the state or goes out', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().setDraft(TYPED);
    store.getState().submit(TYPED);
    store.getState().sendMasked();
    expect(transport().sent).toMatchObject([{ type: 'message', message: MASKED }]);
    expect(store.getState().messages[0]).toMatchObject({ role: 'user', text: MASKED });
    expect(store.getState().review).toBeUndefined();
    expect(store.getState().draft).toBe('');
    expect(JSON.stringify(store.getState())).not.toMatch(/1\.?020\.?304\.?050/);
  });

  it('takes it back to edit: the draft holds what was typed, nothing is sent', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().submit(TYPED);
    store.getState().editReview();
    expect(store.getState().review).toBeUndefined();
    expect(store.getState().draft).toBe(TYPED);
    expect(transport().sent).toEqual([]);
  });

  it('sends a question without personal data at once, and clears the draft', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().setDraft('¿Cuándo vence la declaración de renta?');
    store.getState().submit('¿Cuándo vence la declaración de renta?');
    expect(store.getState().review).toBeUndefined();
    expect(store.getState().draft).toBe('');
    expect(transport().sent).toMatchObject([
      { type: 'message', message: '¿Cuándo vence la declaración de renta?' },
    ]);
  });

  it('masks whatever reaches send directly, so the page never keeps its own unmasked copy', () => {
    const { store, transport } = setup();
    transport().open();
    store.getState().send(TYPED);
    expect(transport().sent).toMatchObject([{ type: 'message', message: MASKED }]);
    expect(store.getState().messages[0]?.text).toBe(MASKED);
  });
});

describe('markdownToPlainText', () => {
  it('keeps what a listener needs and drops markup', () => {
    expect(
      markdownToPlainText('## Título\n\n- **Uno** y _dos_\n- [Fuente](https://dian.gov.co)\n\n`código`'),
    ).toBe('Título\nUno y dos\nFuente\ncódigo');
  });
});
