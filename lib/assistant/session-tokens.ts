import { randomBytes } from 'node:crypto';

/**
 * How the core turns a conversation into the resume token a client holds, and back. Signing lives with the
 * server (it owns the secret); the core only checks that a genuine token still names the live conversation.
 */
export interface SessionTokens {
  tokenFor(sessionId: string, incarnation: string): string;
  /** What a genuine token names, or undefined for a forged or malformed one; says nothing of liveness. */
  read(token: string): { sessionId: string; incarnation: string } | undefined;
}

/** A new, unguessable name for one conversation of a session (creation, reset, re-creation after expiry). */
export function newIncarnation(): string {
  return randomBytes(9).toString('base64url');
}
