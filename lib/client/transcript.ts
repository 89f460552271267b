import type { TranscriptEntry } from '../protocol';
import type { ChatMessage } from './chat-message';

const key = (message: Pick<ChatMessage, 'id' | 'role'>) => `${message.role}:${message.id}`;

/**
 * The server's record of a conversation as chat messages: each question followed by its answer, and a
 * question whose answer has not started yet followed by the "Escribiendo…" indicator.
 */
export function messagesFromTranscript(entries: readonly TranscriptEntry[]): ChatMessage[] {
  const answers = new Map(
    entries.filter((entry) => entry.role === 'assistant').map((entry) => [entry.id, entry]),
  );
  const messages: ChatMessage[] = [];
  const placed = new Set<string>();
  for (const entry of entries) {
    if (entry.role === 'assistant') {
      // Its question was trimmed from the server's bounded transcript; show the answer on its own.
      if (!placed.has(entry.id)) messages.push(toAnswer(entry));
      continue;
    }
    messages.push({ id: entry.id, role: 'user', text: entry.text, state: 'done' });
    const answer = answers.get(entry.id);
    messages.push(
      answer ? toAnswer(answer) : { id: entry.id, role: 'assistant', text: '', state: 'sending' },
    );
    placed.add(entry.id);
  }
  return messages;
}

function toAnswer(entry: TranscriptEntry): ChatMessage {
  const state =
    entry.status === 'stopped' || entry.status === 'error' || entry.status === 'streaming'
      ? entry.status
      : 'done';
  return {
    id: entry.id,
    role: 'assistant',
    text: entry.text,
    state,
    ...(entry.verdict ? { verdict: entry.verdict } : {}),
  };
}

/** The server's lines the page does not have yet, then the page's own (which may be newer). */
export function mergeMessages(
  fromServer: readonly ChatMessage[],
  local: readonly ChatMessage[],
): ChatMessage[] {
  const known = new Set(local.map(key));
  return [...fromServer.filter((message) => !known.has(key(message))), ...local];
}
