import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { AppConfig } from './config';

/**
 * The key per-address limits count under. One model for both servers:
 * - `CLIENT_IP_HEADER` names a header the operator's platform or proxy overwrites on every request
 *   (x-real-ip, cf-connecting-ip, x-vercel-forwarded-for, fly-client-ip…); it is the only source a client
 *   cannot forge, so it wins wherever it holds a valid address.
 * - The custom server also has the socket, and reads X-Forwarded-For only for the `TRUST_PROXY` proxies the
 *   operator declared (each appends the address it saw, so the client is that many entries from the right).
 * - Route handlers under `next start` have no socket: without that header they get no address at all.
 */
export type ClientIpConfig = Pick<AppConfig, 'CLIENT_IP_HEADER' | 'TRUST_PROXY'>;

/** Prefix of the key of a request whose address nobody vouches for (see `clientIpFromHeaders`). */
export const UNATTRIBUTED_PREFIX = 'unattributed:';

const IPV6_GROUPS = 8;

/** Eight 16-bit groups of a valid IPv6 address (zone id already removed). */
function ipv6Groups(address: string): number[] {
  let text = address;
  // An embedded IPv4 tail (`::ffff:1.2.3.4`) stands for the last two groups.
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  return [...left, ...Array<number>(IPV6_GROUPS - left.length - right.length).fill(0), ...right];
}

/**
 * The limit key of one address, or undefined when the text is not an address. IPv4 stays as written
 * (only dotted decimal is valid); IPv4-mapped IPv6 becomes its IPv4; any other IPv6 address becomes its
 * /64 prefix in one spelling, because a subscriber usually owns a whole /64 and would otherwise get a
 * fresh allowance per address.
 */
export function addressKey(text: string): string | undefined {
  const address = text.trim().replace(/%.*$/, '');
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return undefined;
  const groups = ipv6Groups(address.toLowerCase());
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The nearest entry of a header value: a platform header holds one address, an appended list ends with it. */
function headerAddress(value: string | string[] | null | undefined): string | undefined {
  const text = Array.isArray(value) ? value.join(',') : value;
  if (!text) return undefined;
  return addressKey(text.split(',').at(-1) ?? '');
}

/**
 * For Next route handlers (no socket in sight). Only the operator's named header is believed: anything
 * else in a request is the client's word. Without it, each request is keyed on its own, so per-address
 * limits neither grant a forger fresh allowances (he already has one per request) nor let him spend
 * someone else's by writing their address; per-session and per-process limits still bound him.
 */
export function clientIpFromHeaders(headers: Headers, config: ClientIpConfig): string {
  const named = config.CLIENT_IP_HEADER ? headerAddress(headers.get(config.CLIENT_IP_HEADER)) : undefined;
  return named ?? `${UNATTRIBUTED_PREFIX}${randomUUID()}`;
}

/** For the custom server: the named header, else the declared proxies' X-Forwarded-For, else the socket. */
export function clientIp(
  request: Pick<IncomingMessage, 'headers' | 'socket'>,
  config: ClientIpConfig,
): string {
  const direct = addressKey(request.socket.remoteAddress ?? '') ?? 'unknown';
  if (config.CLIENT_IP_HEADER) {
    const named = headerAddress(request.headers[config.CLIENT_IP_HEADER]);
    if (named) return named;
  }
  if (config.TRUST_PROXY === 0) return direct;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').filter(Boolean);
  const chain = [...forwarded, direct];
  return addressKey(chain[Math.max(0, chain.length - 1 - config.TRUST_PROXY)] ?? '') ?? direct;
}

export const CLIENT_IP_HEADER_NOTICE =
  'CLIENT_IP_HEADER no está definida: sin un encabezado que tu plataforma sobrescriba, los límites por ' +
  'dirección IP no se aplican (cada solicitud cuenta por separado) y solo rigen los límites por sesión y ' +
  'por proceso. Defínela según tu plataforma: x-vercel-forwarded-for (Vercel), cf-connecting-ip ' +
  '(Cloudflare), x-real-ip (nginx con proxy_set_header X-Real-IP $remote_addr), fly-client-ip (Fly.io).';

/**
 * Start-up notices that concern route handlers only (`next start`): the custom server always has the
 * socket address to fall back on. Development keeps quiet, since there the missing header is expected.
 */
export function routeHandlerNotices(config: Pick<AppConfig, 'NODE_ENV' | 'CLIENT_IP_HEADER'>): string[] {
  return config.NODE_ENV === 'production' && !config.CLIENT_IP_HEADER ? [CLIENT_IP_HEADER_NOTICE] : [];
}
