import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Over HTTPS the cookie carries the `__Host-` prefix: browsers then only accept it with `Secure`, `Path=/`
 * and no `Domain`, so a sibling subdomain cannot plant or overwrite it.
 */
export const SESSION_COOKIE = 'dian_sid';
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}
/** Long enough to outlive the session TTL; the server forgets the session itself on its own schedule. */
const COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;

/** 128 bits of randomness, URL-safe. */
export function mintSessionId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The cookie and the resume token sign the same id under different purposes, so a token read by page
 * script can never be replayed as the HttpOnly cookie (nor the other way round).
 */
type Purpose = 'cookie' | 'resume';

function signature(id: string, secret: string, purpose: Purpose): string {
  const signed = purpose === 'cookie' ? id : `resume:${id}`;
  return createHmac('sha256', secret).update(signed).digest('base64url');
}

function sign(id: string, secret: string, purpose: Purpose): string {
  return `${id}.${signature(id, secret, purpose)}`;
}

function verify(value: string | undefined, secret: string, purpose: Purpose): string | undefined {
  if (!value) return undefined;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const id = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signature(id, secret, purpose));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}

export function signSessionId(id: string, secret: string): string {
  return sign(id, secret, 'cookie');
}

/** Returns the session id when the cookie value carries a valid signature, otherwise undefined. */
export function verifySessionCookie(value: string | undefined, secret: string): string | undefined {
  return verify(value, secret, 'cookie');
}

/**
 * The opaque token a v2 client sends back in `resume` (and in X-Assistant-Session over HTTP): it names one
 * conversation of the session (its incarnation), so it stops working when that conversation ends.
 */
export function signResumeToken(id: string, incarnation: string, secret: string): string {
  return sign(`${id}.${incarnation}`, secret, 'resume');
}

export function verifyResumeToken(
  token: string,
  secret: string,
): { sessionId: string; incarnation: string } | undefined {
  const signed = verify(token, secret, 'resume');
  const dot = signed?.indexOf('.') ?? -1;
  if (signed === undefined || dot <= 0) return undefined;
  return { sessionId: signed.slice(0, dot), incarnation: signed.slice(dot + 1) };
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function serializeSessionCookie(value: string, secure: boolean): string {
  const attributes = [
    `${sessionCookieName(secure)}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${COOKIE_MAX_AGE_SECONDS}`,
  ];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}
