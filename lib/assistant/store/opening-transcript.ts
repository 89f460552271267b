import type { TranscriptEntry } from '../../protocol';
import type { QueuedMessage } from './session-store';

/**
 * The conversation as a newly opened page shows it, whichever store holds it: the finished lines, then each
 * answer in progress with its text so far, then the questions still waiting.
 */
export function openingTranscript(
  finished: readonly TranscriptEntry[],
  inProgress: Iterable<readonly [id: string, text: string]>,
  waiting: Iterable<QueuedMessage>,
): TranscriptEntry[] {
  const entries = [...finished];
  for (const [id, text] of inProgress) entries.push({ id, role: 'assistant', text, status: 'streaming' });
  for (const { id, input } of waiting) entries.push({ id, role: 'user', text: input, status: 'queued' });
  return entries;
}
