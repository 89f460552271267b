import type { Verdict } from '../protocol';

/** One line of the panel's conversation, as the page shows it. */
export type MessageState = 'sending' | 'streaming' | 'done' | 'stopped' | 'error';

export interface ChatMessage {
  /** The protocol message id; a question and its answer share it. */
  id: string;
  role: 'user' | 'assistant';
  text: string;
  state: MessageState;
  /** The citizen's verdict on a complete answer, as the server holds it; unset until it says. */
  verdict?: Verdict;
}
