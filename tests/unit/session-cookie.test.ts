import { describe, expect, it } from 'vitest';
import { isOriginAllowed } from '../../lib/server/origin';
import {
  mintSessionId,
  readCookie,
  serializeSessionCookie,
  signResumeToken,
  signSessionId,
  verifyResumeToken,
  verifySessionCookie,
} from '../../lib/server/session-cookie';

const secret = 'a-secret-long-enough-for-the-tests-0123456789';

describe('session cookie', () => {
  it('mints 128-bit random ids', () => {
    const ids = new Set(Array.from({ length: 1_000 }, mintSessionId));
    expect(ids.size).toBe(1_000);
    expect(Buffer.from(mintSessionId(), 'base64url')).toHaveLength(16);
  });

  it('verifies its own signature and rejects tampering or another secret', () => {
    const id = mintSessionId();
    const value = signSessionId(id, secret);
    expect(verifySessionCookie(value, secret)).toBe(id);
    expect(verifySessionCookie(value, `${secret}x`)).toBeUndefined();
    expect(verifySessionCookie(`${mintSessionId()}.${value.split('.')[1]}`, secret)).toBeUndefined();
    expect(verifySessionCookie(id, secret)).toBeUndefined();
    expect(verifySessionCookie(`${value}x`, secret)).toBeUndefined();
    expect(verifySessionCookie(undefined, secret)).toBeUndefined();
  });

  it('signs resume tokens under another purpose, so a token is never a valid cookie', () => {
    const id = mintSessionId();
    const token = signResumeToken(id, 'encarnacion', secret);
    expect(verifyResumeToken(token, secret)).toEqual({ sessionId: id, incarnation: 'encarnacion' });
    expect(verifySessionCookie(token, secret)).toBeUndefined();
    expect(verifyResumeToken(signSessionId(id, secret), secret)).toBeUndefined();
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyResumeToken(tampered, secret)).toBeUndefined();
  });

  it('is httpOnly, SameSite=Lax, and Secure with the __Host- prefix when asked', () => {
    const plain = serializeSessionCookie('v', false);
    expect(plain).toMatch(/^dian_sid=v; /);
    expect(plain).toContain('HttpOnly');
    expect(plain).toContain('SameSite=Lax');
    expect(plain).toContain('Path=/');
    expect(plain).not.toContain('Secure');
    const secure = serializeSessionCookie('v', true);
    // Browsers accept a __Host- cookie only with Secure, Path=/ and no Domain: no subdomain can plant one.
    expect(secure).toMatch(/^__Host-dian_sid=v; Path=\/; /);
    expect(secure).toContain('; Secure');
    expect(secure).not.toMatch(/Domain=/i);
  });

  it('reads one cookie out of a header', () => {
    expect(readCookie('a=1; dian_sid=abc.def; b=2', 'dian_sid')).toBe('abc.def');
    expect(readCookie('a=1', 'dian_sid')).toBeUndefined();
    expect(readCookie('dian_sid=%E0%A4%A', 'dian_sid')).toBeUndefined();
  });
});

describe('isOriginAllowed', () => {
  it('allows the same origin by default and refuses others', () => {
    expect(isOriginAllowed('http://localhost:3000', 'localhost:3000', [])).toBe(true);
    expect(isOriginAllowed('https://evil.example', 'localhost:3000', [])).toBe(false);
    expect(isOriginAllowed('null', 'localhost:3000', [])).toBe(false);
    expect(isOriginAllowed('http://localhost:3000', undefined, [])).toBe(false);
  });

  it('lets non-browser clients (no Origin) through', () => {
    expect(isOriginAllowed(undefined, 'localhost:3000', [])).toBe(true);
  });

  it('uses only the allow-list when one is configured', () => {
    const list = ['https://renta.example.gov.co'];
    expect(isOriginAllowed('https://renta.example.gov.co', 'internal:3000', list)).toBe(true);
    expect(isOriginAllowed('http://internal:3000', 'internal:3000', list)).toBe(false);
  });
});
