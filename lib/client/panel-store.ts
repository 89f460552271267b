import { createStore } from 'zustand/vanilla';
import type { ClientEvent, ProviderKind, ServerEvent, Verdict } from '../protocol';
import { hiddenKindsInSpanish, maskPersonalData, type PersonalDataKind } from '../privacy/personal-data';
import { markdownToPlainText } from './plain-text';
import type { ChatMessage } from './chat-message';
import { mergeMessages, messagesFromTranscript } from './transcript';
import type { AssistantTransport, ConnectionStatus, TransportKind, TransportListener } from './transport';

/**
 * A question in which the personal-data guard found something, shown to the citizen before it goes: sent
 * masked, or taken back to edit. Only the masked text is ever sent or kept once it is decided.
 */
export interface PrivacyReview {
  /** What the citizen typed or dictated, to edit. */
  original: string;
  /** What will be sent: the placeholders instead of the personal data. */
  masked: string;
  hidden: PersonalDataKind[];
}

export interface PanelState {
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
  /** A question waiting for the citizen to send it masked or edit it. */
  review: PrivacyReview | undefined;
  open(): void;
  /**
   * Asks a question typed or dictated: sent at once when it holds no personal data, otherwise held in
   * `review` for the citizen to decide.
   */
  submit(text: string): void;
  /** Sends the reviewed question masked and forgets what was typed. */
  sendMasked(): void;
  /** Drops the review and puts the question back in the draft, as it was typed, to edit. */
  editReview(): void;
  send(text: string): void;
  /**
   * «Me sirvió» / «No me sirvió» on a complete answer; pressing the verdict the answer holds again takes it
   * back (a toggle button that stays pressed would contradict what it announces).
   */
  rate(id: string, verdict: Exclude<Verdict, 'none'>): void;
  stop(): void;
  reset(): void;
  close(): void;
  dismissNotice(): void;
  setDraft(text: string): void;
}

/** Whether closing the panel now leaves something to come back to: an exchange or a half-typed question. */
export const hasConversation = (state: Pick<PanelState, 'messages' | 'draft'>) =>
  state.messages.length > 0 || state.draft.trim() !== '';

export type PanelStore = ReturnType<typeof createPanelStore>;

const CONNECTION_LOST = 'Se perdió la conexión con el asistente. Reintentando…';
const CONNECTION_BACK = 'Conexión restablecida.';
const ANSWER_LOST = 'Esta respuesta se perdió. Vuelve a preguntar.';
/** The reset button clears the transcript silently on screen; a screen-reader user must hear it too. */
export const NEW_CONVERSATION = 'Empezaste una conversación nueva: la anterior se borró.';
/**
 * A reset or erase this tab did not ask for came from another tab or window of the same session: its screen
 * empties, and a screen-reader user must hear why.
 */
export const CLEARED_ELSEWHERE = 'La conversación se borró desde otra pestaña o ventana.';

/** What a screen reader hears when a question is held for review; the panel shows the same choice. */
export function reviewAnnouncement(review: PrivacyReview): string {
  return `Antes de enviar: tu pregunta tiene ${hiddenKindsInSpanish(review.hidden)}. Se enviará así: «${review.masked}». Elige «Enviar con datos ocultos» o «Editar mi pregunta».`;
}
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
export function createPanelStore(createTransport: (listener: TransportListener) => AssistantTransport) {
  let transport: AssistantTransport | undefined;
  let everOpened = false;
  let lossTimer: ReturnType<typeof setTimeout> | undefined;
  let lossAnnounced = false;
  // An erase that could not go out when the panel was closed: the next greeting's transcript is the
  // conversation being erased, and must not come back on screen.
  let erasePending = false;
  // Resets this tab asked for and whose echo from the server has not arrived yet: those are announced already.
  let resetsAwaitingEcho = 0;

  return createStore<PanelState>()((set, get) => {
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
        case 'connection': {
          const transcript = erasePending ? undefined : event.transcript;
          erasePending = false;
          set((state) => ({
            provider: event.provider,
            messages: transcript
              ? mergeMessages(messagesFromTranscript(transcript), state.messages)
              : state.messages,
          }));
          return;
        }
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
        case 'feedback':
          set((state) => ({
            messages: state.messages.map((message) =>
              message.role === 'assistant' && message.id === event.id
                ? { ...message, verdict: event.verdict }
                : message,
            ),
          }));
          return;
        case 'reset':
          // This tab cleared its screen when it asked; the echo must not wipe a question asked since.
          if (resetsAwaitingEcho > 0) {
            resetsAwaitingEcho -= 1;
            return;
          }
          set({ messages: [], notice: undefined });
          announce(CLEARED_ELSEWHERE);
          return;
      }
    };

    // The typed question leaves the box once it is sent; a dictated one leaves a half-typed draft alone.
    const forgetDraftOf = (question: string) => {
      if (get().draft.trim() === question) set({ draft: '' });
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
      review: undefined,
      open() {
        transport ??= createTransport({ onEvent, onStatus, onTransport: (kind) => set({ transport: kind }) });
        transport.connect();
      },
      submit(text) {
        const trimmed = text.trim();
        if (!trimmed) return;
        const masked = maskPersonalData(trimmed);
        if (masked.hidden.length === 0) {
          get().send(trimmed);
          forgetDraftOf(trimmed);
          return;
        }
        const review = { original: trimmed, masked: masked.text, hidden: masked.hidden };
        set({ review });
        announce(reviewAnnouncement(review));
      },
      sendMasked() {
        const { review } = get();
        if (!review) return;
        set({ review: undefined });
        forgetDraftOf(review.original);
        get().send(review.masked);
      },
      editReview() {
        const { review } = get();
        if (!review) return;
        set({ review: undefined, draft: review.original });
      },
      send(text) {
        // The server masks too (a v1 client has no panel); masking here keeps the typed data out of this
        // page's state whichever way a question arrives, so the transcript shows what the server keeps.
        const trimmed = maskPersonalData(text.trim()).text;
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
      rate(id, verdict) {
        const answer = get().messages.find((message) => message.role === 'assistant' && message.id === id);
        if (answer?.state !== 'done') return;
        deliver({ type: 'feedback', id, verdict: answer.verdict === verdict ? 'none' : verdict });
      },
      stop() {
        deliver({ type: 'stop' });
      },
      reset() {
        // The draft stays: someone who starts over often does so to ask what they were typing.
        set({ messages: [], notice: undefined, outbox: [], review: undefined });
        resetsAwaitingEcho += 1;
        deliver({ type: 'reset' });
        announce(NEW_CONVERSATION);
      },
      /**
       * «Cerrar y borrar»: the deliberate close, which erases the conversation on the server (its store
       * and upstream) and here, and starts a new one next time. Minimising the panel (Escape, the close
       * button) does not call this.
       */
      close() {
        // An erase that cannot go out now waits in the outbox for the next open.
        const sent = get().messages.length === 0 || transport?.send({ type: 'erase' }) === true;
        erasePending = !sent;
        // Echoes of this link die with it; a queued erase is echoed once the next link sends it.
        resetsAwaitingEcho = sent ? 0 : 1;
        transport?.close();
        transport = undefined;
        everOpened = false;
        clearTimeout(lossTimer);
        lossAnnounced = false;
        set({
          messages: [],
          notice: undefined,
          outbox: sent ? [] : [{ type: 'erase' }],
          announcement: '',
          draft: '',
          review: undefined,
        });
      },
      dismissNotice() {
        set({ notice: undefined });
      },
      setDraft(draft) {
        // A review shows the text as it was when sent: once the text changes, it no longer applies.
        set((state) => (state.review && draft !== state.draft ? { draft, review: undefined } : { draft }));
      },
    };
  });
}
