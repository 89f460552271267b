import { createStore } from 'zustand/vanilla';
import type { ClientEvent, ProviderKind, ServerEvent } from '../protocol';
import { markdownToPlainText } from './plain-text';
import type { AssistantTransport, ConnectionStatus, TransportListener } from './ws-transport';

export type MessageState = 'sending' | 'streaming' | 'done' | 'stopped' | 'error';

export interface ChatMessage {
  /** The protocol message id; a question and its answer share it. */
  id: string;
  role: 'user' | 'assistant';
  text: string;
  state: MessageState;
}

export interface AssistantState {
  status: ConnectionStatus;
  provider: ProviderKind | undefined;
  messages: ChatMessage[];
  /** A problem not tied to one answer (e.g. a rejected frame), shown above the composer. */
  notice: string | undefined;
  /** Text for the polite live region: each final answer once, errors, connection changes. */
  announcement: string;
  /** Client events waiting for the socket to open, sent in order once it does. */
  outbox: ClientEvent[];
  open(): void;
  send(text: string): void;
  stop(): void;
  reset(): void;
  close(): void;
  dismissNotice(): void;
}

export type AssistantStore = ReturnType<typeof createAssistantStore>;

const CONNECTION_LOST = 'Se perdió la conexión con el asistente. Reintentando…';
const CONNECTION_BACK = 'Conexión restablecida.';

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export const isGenerating = (messages: readonly ChatMessage[]) =>
  messages.some(
    (message) =>
      message.role === 'assistant' && (message.state === 'sending' || message.state === 'streaming'),
  );

/**
 * The assistant panel's state and actions. Created per provider instance (never a module singleton) so
 * that tests and several roots on one page stay independent.
 */
export function createAssistantStore(createTransport: (listener: TransportListener) => AssistantTransport) {
  let transport: AssistantTransport | undefined;

  return createStore<AssistantState>()((set, get) => {
    const updateAnswer = (id: string, change: (message: ChatMessage) => ChatMessage) =>
      set((state) => {
        const exists = state.messages.some((message) => message.role === 'assistant' && message.id === id);
        const messages = exists
          ? state.messages
          : [...state.messages, { id, role: 'assistant' as const, text: '', state: 'streaming' as const }];
        return {
          messages: messages.map((message) =>
            message.role === 'assistant' && message.id === id ? change(message) : message,
          ),
        };
      });

    const deliver = (event: ClientEvent) => {
      if (transport?.send(event)) return;
      set((state) => ({ outbox: [...state.outbox, event] }));
      transport?.connect();
    };

    const onEvent = (event: ServerEvent) => {
      switch (event.type) {
        case 'connection':
          set({ provider: event.provider });
          return;
        case 'delta':
          updateAnswer(event.id, (message) => ({
            ...message,
            text: message.text + event.delta,
            state: 'streaming',
          }));
          return;
        case 'response':
          updateAnswer(event.id, (message) => ({
            ...message,
            text: event.message,
            state: event.stopped ? 'stopped' : 'done',
          }));
          set({
            announcement: event.stopped
              ? `Respuesta detenida. ${markdownToPlainText(event.message)}`
              : markdownToPlainText(event.message),
          });
          return;
        case 'error':
          if (event.id !== undefined) {
            updateAnswer(event.id, (message) => ({ ...message, text: event.message, state: 'error' }));
          } else {
            set({ notice: event.message });
          }
          set({ announcement: `Error: ${event.message}` });
          return;
        case 'reset':
          set({ messages: [], notice: undefined });
          return;
      }
    };

    const onStatus = (status: ConnectionStatus) => {
      const previous = get().status;
      set({ status });
      if (status === 'reconnecting' && previous === 'open') set({ announcement: CONNECTION_LOST });
      if (status === 'open') {
        if (previous === 'reconnecting') set({ announcement: CONNECTION_BACK });
        const queued = get().outbox;
        set({ outbox: [] });
        queued.forEach(deliver);
      }
    };

    return {
      status: 'idle',
      provider: undefined,
      messages: [],
      notice: undefined,
      announcement: '',
      outbox: [],
      open() {
        transport ??= createTransport({ onEvent, onStatus });
        transport.connect();
      },
      send(text) {
        const trimmed = text.trim();
        if (!trimmed) return;
        const id = newId();
        set((state) => ({
          notice: undefined,
          messages: [
            ...state.messages,
            { id, role: 'user', text: trimmed, state: 'done' },
            { id, role: 'assistant', text: '', state: 'sending' },
          ],
        }));
        deliver({ type: 'message', id, message: trimmed });
      },
      stop() {
        deliver({ type: 'stop' });
      },
      reset() {
        set({ messages: [], notice: undefined, outbox: [] });
        deliver({ type: 'reset' });
      },
      /** Closing the panel starts a new conversation next time, as in the seed. */
      close() {
        // A reset that cannot go out now waits in the outbox for the next open.
        const sent = get().messages.length === 0 || transport?.send({ type: 'reset' }) === true;
        transport?.close();
        transport = undefined;
        set({ messages: [], notice: undefined, outbox: sent ? [] : [{ type: 'reset' }], announcement: '' });
      },
      dismissNotice() {
        set({ notice: undefined });
      },
    };
  });
}
