import { createHash } from 'node:crypto';
import { INDEX } from './bm25-index';

/**
 * A digest of the index's vocabulary. `real-words.json` records the one it was built against: a new entry
 * brings words a real Spanish word may now collide with, and the list is only right for the vocabulary it saw.
 */
export function vocabularyFingerprint(): string {
  const terms = [...INDEX.documentFrequency.keys()].sort();
  return createHash('sha256').update(terms.join('\n')).digest('hex').slice(0, 16);
}
