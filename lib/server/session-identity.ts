import type { SessionTokens } from '../assistant/session-tokens';
import type { AppConfig } from './config';
import {
  mintSessionId,
  readCookie,
  serializeSessionCookie,
  sessionCookieName,
  signResumeToken,
  signSessionId,
  verifyResumeToken,
  verifySessionCookie,
} from './session-cookie';

type IdentityConfig = Pick<AppConfig, 'SESSION_SECRET' | 'COOKIE_SECURE'>;

export interface SessionIdentity {
  sessionId: string;
  /** Present when the browser had no valid cookie: the `Set-Cookie` value that names its new session. */
  setCookie?: string;
}

/** The session id a valid session cookie names, or undefined without one. */
export function cookieSessionId(
  cookieHeader: string | undefined,
  config: IdentityConfig,
): string | undefined {
  const cookie = readCookie(cookieHeader, sessionCookieName(config.COOKIE_SECURE));
  return verifySessionCookie(cookie, config.SESSION_SECRET);
}

/** The browser's session from its signed cookie, or a new one (with the cookie to set) when it has none. */
export function identifySession(cookieHeader: string | undefined, config: IdentityConfig): SessionIdentity {
  const known = cookieSessionId(cookieHeader, config);
  if (known) return { sessionId: known };
  const sessionId = mintSessionId();
  return {
    sessionId,
    setCookie: serializeSessionCookie(signSessionId(sessionId, config.SESSION_SECRET), config.COOKIE_SECURE),
  };
}

/** Resume tokens, signed with the server's secret (the core checks them against the live session). */
export function createSessionTokens(config: Pick<AppConfig, 'SESSION_SECRET'>): SessionTokens {
  return {
    tokenFor: (sessionId, incarnation) => signResumeToken(sessionId, incarnation, config.SESSION_SECRET),
    read: (token) => verifyResumeToken(token, config.SESSION_SECRET),
  };
}
