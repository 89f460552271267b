import { describe, expect, it } from 'vitest';
import {
  addressKey,
  clientIp,
  CLIENT_IP_HEADER_NOTICE,
  clientIpFromHeaders,
  routeHandlerNotices,
  UNATTRIBUTED_PREFIX,
  type ClientIpConfig,
} from '../../lib/server/client-ip';

const config = (overrides: Partial<ClientIpConfig> = {}): ClientIpConfig => ({
  TRUST_PROXY: 0,
  ...overrides,
});

describe('addressKey', () => {
  it('keeps IPv4 and maps IPv4-mapped IPv6 (both spellings) to it', () => {
    expect(addressKey(' 203.0.113.7 ')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::FFFF:cb00:7107')).toBe('203.0.113.7');
    expect(addressKey('0:0:0:0:0:ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 by /64, whatever the spelling or zone id', () => {
    const key = '2001:db8:85a3:42::/64';
    for (const spelling of [
      '2001:db8:85a3:42::1',
      '2001:0DB8:85A3:0042:0000:0000:0000:0001',
      '2001:db8:85a3:42:ffff:1:2:3',
      '2001:db8:85a3:42::1%eth0',
      '2001:db8:85a3:42:0:0:10.0.0.1',
    ]) {
      expect(addressKey(spelling)).toBe(key);
    }
    expect(addressKey('2001:db8:85a3:43::1')).toBe('2001:db8:85a3:43::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('refuses what is not an address', () => {
    for (const text of [
      '',
      'unknown',
      '1.2.3',
      '1.2.3.256',
      '203.0.113.7:443',
      '[::1]',
      '::g',
      'x'.repeat(100),
    ]) {
      expect(addressKey(text)).toBeUndefined();
    }
  });
});

describe('clientIpFromHeaders (route handlers under next start)', () => {
  it('believes only the header the operator named, as the platform wrote it', () => {
    const headers = new Headers({ 'x-real-ip': '198.51.100.4', 'x-forwarded-for': '1.2.3.4' });
    expect(clientIpFromHeaders(headers, config({ CLIENT_IP_HEADER: 'x-real-ip' }))).toBe('198.51.100.4');
    const list = new Headers({ 'x-forwarded-for': '1.2.3.4, 198.51.100.4' });
    expect(clientIpFromHeaders(list, config({ CLIENT_IP_HEADER: 'x-forwarded-for' }))).toBe('198.51.100.4');
  });

  it('gives every request its own key without a trusted header, however the client dresses it up', () => {
    const forged = new Headers({ 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '127.0.0.1' });
    const keys = [
      clientIpFromHeaders(forged, config({ TRUST_PROXY: 1 })),
      clientIpFromHeaders(forged, config({ TRUST_PROXY: 1 })),
      clientIpFromHeaders(
        new Headers({ 'cf-connecting-ip': 'not-an-ip' }),
        config({ CLIENT_IP_HEADER: 'cf-connecting-ip' }),
      ),
    ];
    for (const key of keys) expect(key.startsWith(UNATTRIBUTED_PREFIX)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('clientIp (custom server)', () => {
  const request = (remoteAddress: string, headers: Record<string, string> = {}) => ({
    socket: { remoteAddress } as never,
    headers,
  });

  it('ignores X-Forwarded-For unless a proxy is trusted, since any client can write it', () => {
    expect(clientIp(request('10.0.0.5', { 'x-forwarded-for': '1.2.3.4' }), config())).toBe('10.0.0.5');
    expect(clientIp(request('::ffff:10.0.0.5'), config())).toBe('10.0.0.5');
  });

  it('takes the address the trusted proxies saw, not one the client prepended', () => {
    const hops = (n: number) => config({ TRUST_PROXY: n });
    expect(clientIp(request('10.0.0.5', { 'x-forwarded-for': '1.2.3.4' }), hops(1))).toBe('1.2.3.4');
    expect(clientIp(request('10.0.0.5', { 'x-forwarded-for': 'spoofed, 1.2.3.4' }), hops(1))).toBe('1.2.3.4');
    expect(clientIp(request('10.0.0.5', { 'x-forwarded-for': 'x, 1.2.3.4, 10.0.0.9' }), hops(2))).toBe(
      '1.2.3.4',
    );
    expect(clientIp(request('10.0.0.5'), hops(1))).toBe('10.0.0.5');
    expect(clientIp(request('10.0.0.5', { 'x-forwarded-for': 'garbage' }), hops(1))).toBe('10.0.0.5');
    expect(clientIp(request('10.0.0.5', { 'x-forwarded-for': '2001:db8::7' }), hops(1))).toBe(
      '2001:db8:0:0::/64',
    );
  });

  it('prefers the named header when present and valid, else falls back to the socket', () => {
    const named = config({ CLIENT_IP_HEADER: 'cf-connecting-ip', TRUST_PROXY: 1 });
    const headers = { 'cf-connecting-ip': '198.51.100.4', 'x-forwarded-for': '1.2.3.4' };
    expect(clientIp(request('10.0.0.5', headers), named)).toBe('198.51.100.4');
    expect(
      clientIp(
        request('10.0.0.5', { 'cf-connecting-ip': 'nope' }),
        config({ CLIENT_IP_HEADER: 'cf-connecting-ip' }),
      ),
    ).toBe('10.0.0.5');
  });
});

describe('routeHandlerNotices', () => {
  it('asks a production operator under next start to name the header, and only then', () => {
    expect(routeHandlerNotices({ NODE_ENV: 'production' })).toEqual([CLIENT_IP_HEADER_NOTICE]);
    expect(routeHandlerNotices({ NODE_ENV: 'production', CLIENT_IP_HEADER: 'x-real-ip' })).toEqual([]);
    expect(routeHandlerNotices({ NODE_ENV: 'development' })).toEqual([]);
  });
});
