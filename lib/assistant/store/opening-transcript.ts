import type { TranscriptEntry, Verdict } from '../../protocol';
import type { QueuedMessage } from './session-store';

/**
 * The conversation as a newly opened page shows it, whichever store holds it: the finished lines (each
 * answer with the verdict it holds), then each answer in progress with its text so far, then the questions
 * still waiting.
 */
export function openingTranscript(
  finished: readonly TranscriptEntry[],
  inProgress: Iterable<readonly [id: string, text: string]>,
  waiting: Iterable<QueuedMessage>,
  verdictOf: (messageId: string) => Verdict | undefined,
): TranscriptEntry[] {
  const entries = finished.map((entry) => {
    const verdict = entry.role === 'assistant' ? verdictOf(entry.id) : undefined;
    return verdict === 'helpful' || verdict === 'unhelpful' ? { ...entry, verdict } : entry;
  });
  for (const [id, text] of inProgress) entries.push({ id, role: 'assistant', text, status: 'streaming' });
  for (const { id, input } of waiting) entries.push({ id, role: 'user', text: input, status: 'queued' });
  return entries;
}
