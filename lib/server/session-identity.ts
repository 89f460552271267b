import type { SessionTokens } from '../assistant/client-channel';
import type { SessionStore } from '../assistant/store/session-store';
import type { AppConfig } from './config';
import {
  mintSessionId,
  readCookie,
  SESSION_COOKIE,
  serializeSessionCookie,
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

/** The browser's session from its signed cookie, or a new one (with the cookie to set) when it has none. */
export function identifySession(cookieHeader: string | undefined, config: IdentityConfig): SessionIdentity {
  const known = verifySessionCookie(readCookie(cookieHeader, SESSION_COOKIE), config.SESSION_SECRET);
  if (known) return { sessionId: known };
  const sessionId = mintSessionId();
  return {
    sessionId,
    setCookie: serializeSessionCookie(signSessionId(sessionId, config.SESSION_SECRET), config.COOKIE_SECURE),
  };
}

/** Resume tokens for every transport: signed here, resolved against the live sessions of `store`. */
export function createSessionTokens(config: IdentityConfig, store: SessionStore): SessionTokens {
  return {
    tokenFor: (sessionId) => signResumeToken(sessionId, config.SESSION_SECRET),
    sessionFor: async (token) => {
      const id = verifyResumeToken(token, config.SESSION_SECRET);
      if (id === undefined) return undefined;
      return (await store.lastSeq(id)) === undefined ? undefined : id;
    },
  };
}
