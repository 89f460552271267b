import type { IncomingMessage } from 'node:http';

const normalize = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/**
 * The address limits are keyed on. `X-Forwarded-For` is honoured only for the `trustedHops` proxies the
 * operator declared (TRUST_PROXY): each appends the address it saw, so the client is that many entries from
 * the right. Without trusted proxies the header is ignored, since any client can write it.
 */
/**
 * The client address from headers alone, for Next route handlers (no socket in sight). Next appends the
 * socket address to X-Forwarded-For only when the header is absent, so without trusted proxies the last
 * entry is the best available (and can be forged: put a proxy in front and set TRUST_PROXY).
 */
export function clientIpFromHeaders(headers: Headers, trustedHops: number): string {
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map(normalize).filter(Boolean);
  if (chain.length === 0) return 'unknown';
  return chain[Math.max(0, chain.length - Math.max(1, trustedHops))] as string;
}

export function clientIp(request: Pick<IncomingMessage, 'headers' | 'socket'>, trustedHops: number): string {
  const direct = normalize(request.socket.remoteAddress ?? 'unknown');
  if (trustedHops === 0) return direct;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map(normalize)
    .filter(Boolean);
  const chain = [...forwarded, direct];
  return chain[Math.max(0, chain.length - 1 - trustedHops)] as string;
}
