import type { IncomingMessage } from 'node:http';

const normalize = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/**
 * The address limits are keyed on. `X-Forwarded-For` is honoured only for the `trustedHops` proxies the
 * operator declared (TRUST_PROXY): each appends the address it saw, so the client is that many entries from
 * the right. Without trusted proxies the header is ignored, since any client can write it.
 */
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
