import { hash } from 'node:crypto';

/**
 * A one-way tag for logs: correlates a session's lines without exposing the id its cookie carries. One-shot
 * `hash` (no Hash object per call): every answer logs it.
 */
export function sessionLogTag(id: string): string {
  return hash('sha256', id, 'hex').slice(0, 12);
}
