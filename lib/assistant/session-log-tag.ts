import { createHash } from 'node:crypto';

/** A one-way tag for logs: correlates a session's lines without exposing the id its cookie carries. */
export function sessionLogTag(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}
