import { createStore } from 'zustand/vanilla';
import type { ClientEvent, ProviderKind, ServerEvent } from '../protocol';
import { markdownToPlainText } from './plain-text';
import { mergeMessages, messagesFromTranscript } from './transcript';
import type { AssistantTransport, ConnectionStatus, TransportKind, TransportListener } from './transport';

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
  /** Which door the client uses (WebSocket, or HTTP where WebSockets do not work). */
  transport: TransportKind | undefined;
  provider: ProviderKind | undefined;
  messages: ChatMessage[];
  /** A problem not tied to one answer (e.g. a rejected frame), shown above the composer. */
  notice: string | undefined;
  /** Text for the polite live region: each final answer once, errors, connection changes. */
  announcement: string;
  /** Bumped with every announcement, so the same text twice in a row is still announced twice. */
  announcementCount: number;
  /** Client events waiting for the socket to open, sent in order once it does. */
  outbox: ClientEvent[];
  /**
   * The question being typed. Kept here, not in the composer, so that minimising the panel (which unmounts
   * the composer) loses nothing.
   */
  draft: string;
  open(): void;
  send(text: string): void;
  stop(): void;
  reset(): void;
  close(): void;
  dismissNotice(): void;
  setDraft(text: string): void;
}

/** Whether closing the panel now leaves something to come back to: an exchange or a half-typed question. */
export const hasConversation = (state: Pick<AssistantState, 'messages' | 'draft'>) =>
  state.messages.length > 0 || state.draft.trim() !== '';

export type AssistantStore = ReturnType<typeof createAssistantStore>;

const CONNECTION_LOST = 'Se perdió la conexión con el asistente. Reintentando…';
const CONNECTION_BACK = 'Conexión restablecida.';
const ANSWER_LOST = 'Esta respuesta se perdió. Vuelve a preguntar.';
/** The reset button clears the transcript silently on screen; a screen-reader user must hear it too. */
export const NEW_CONVERSATION = 'Empezaste una conversación nueva: la anterior se borró.';
/**
 * A reconnect that succeeds within this time (e.g. on returning to the tab) is not worth interrupting a
 * screen-reader user for.
 */
export const LOSS_ANNOUNCE_DELAY_MS = 3_000;

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
  let everOpened = false;
  let lossTimer: ReturnType<typeof setTimeout> | undefined;
  let lossAnnounced = false;

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

    const announce = (announcement: string) =>
      set((state) => ({ announcement, announcementCount: state.announcementCount + 1 }));

    const deliver = (event: ClientEvent) => {
      if (transport?.send(event)) return;
      set((state) => ({ outbox: [...state.outbox, event] }));
      transport?.connect();
    };

    const onEvent = (event: ServerEvent) => {
      switch (event.type) {
        case 'connection':
          set((state) => ({
            provider: event.provider,
            messages: event.transcript
              ? mergeMessages(messagesFromTranscript(event.transcript), state.messages)
              : state.messages,
          }));
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
          announce(
            event.stopped
              ? `Respuesta detenida. ${markdownToPlainText(event.message)}`
              : markdownToPlainText(event.message),
          );
          return;
        case 'error':
          if (event.id !== undefined) {
            updateAnswer(event.id, (message) => ({ ...message, text: event.message, state: 'error' }));
          } else {
            set({ notice: event.message });
          }
          if (event.code === 'session_expired') failPendingAnswers();
          announce(`Error: ${event.message}`);
          return;
        case 'reset':
          set({ messages: [], notice: undefined });
          return;
      }
    };

    const failPendingAnswers = () =>
      set((state) => ({
        messages: state.messages.map((message) =>
          message.role === 'assistant' && (message.state === 'sending' || message.state === 'streaming')
            ? { ...message, text: message.text || ANSWER_LOST, state: 'error' }
            : message,
        ),
      }));

    /**
     * Questions sent on a socket that died may never have arrived. Sending them again with the same id is
     * safe: the server answers an id once, and the transport drops events it already handled.
     */
    const resendUnanswered = () => {
      const { messages, outbox } = get();
      const queuedIds = new Set(outbox.map((event) => (event.type === 'message' ? event.id : undefined)));
      for (const answer of messages) {
        if (answer.role !== 'assistant' || answer.state !== 'sending' || queuedIds.has(answer.id)) continue;
        const question = messages.find((message) => message.role === 'user' && message.id === answer.id);
        if (question) deliver({ type: 'message', id: answer.id, message: question.text });
      }
    };

    const onStatus = (status: ConnectionStatus) => {
      const previous = get().status;
      set({ status });
      if (status === 'reconnecting' && previous === 'open') {
        clearTimeout(lossTimer);
        lossTimer = setTimeout(() => {
          lossAnnounced = true;
          announce(CONNECTION_LOST);
        }, LOSS_ANNOUNCE_DELAY_MS);
      }
      if (status !== 'open') return;
      clearTimeout(lossTimer);
      if (lossAnnounced) announce(CONNECTION_BACK);
      lossAnnounced = false;
      if (everOpened) resendUnanswered();
      everOpened = true;
      const queued = get().outbox;
      set({ outbox: [] });
      queued.forEach(deliver);
    };

    return {
      status: 'idle',
      transport: undefined,
      provider: undefined,
      messages: [],
      notice: undefined,
      announcement: '',
      announcementCount: 0,
      outbox: [],
      draft: '',
      open() {
        transport ??= createTransport({ onEvent, onStatus, onTransport: (kind) => set({ transport: kind }) });
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
        // The draft stays: someone who starts over often does so to ask what they were typing.
        set({ messages: [], notice: undefined, outbox: [] });
        deliver({ type: 'reset' });
        announce(NEW_CONVERSATION);
      },
      /**
       * «Cerrar y borrar»: the deliberate close, which starts a new conversation next time, as in the seed.
       * Minimising the panel (Escape, the close button) does not call this.
       */
      close() {
        // A reset that cannot go out now waits in the outbox for the next open.
        const sent = get().messages.length === 0 || transport?.send({ type: 'reset' }) === true;
        transport?.close();
        transport = undefined;
        everOpened = false;
        clearTimeout(lossTimer);
        lossAnnounced = false;
        set({
          messages: [],
          notice: undefined,
          outbox: sent ? [] : [{ type: 'reset' }],
          announcement: '',
          draft: '',
        });
      },
      dismissNotice() {
        set({ notice: undefined });
      },
      setDraft(draft) {
        set({ draft });
      },
    };
  });
}
