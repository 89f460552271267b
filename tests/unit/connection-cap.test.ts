import { describe, expect, it } from 'vitest';
import { maxOpenConnections, softOpenFileLimit } from '../../lib/server/connection-cap';

const limits = (soft: string, hard: string) =>
  [
    'Limit                     Soft Limit           Hard Limit           Units     ',
    'Max processes             127431               127431               processes ',
    `Max open files            ${soft.padEnd(20)} ${hard.padEnd(20)} files     `,
    'Max locked memory         8388608              8388608              bytes     ',
  ].join('\n');

describe('default cap on open connections', () => {
  it('reads the soft open-file limit from /proc/self/limits', () => {
    expect(softOpenFileLimit(limits('20000', '1048576'))).toBe(20_000);
    expect(softOpenFileLimit(limits('unlimited', 'unlimited'))).toBeUndefined();
    expect(softOpenFileLimit('')).toBeUndefined();
  });

  it('leaves a quarter of the descriptors to the process, and obeys an explicit value', () => {
    expect(maxOpenConnections(0, limits('20000', '20000'))).toBe(15_000);
    expect(maxOpenConnections(0, limits('1024', '4096'))).toBe(768);
    expect(maxOpenConnections(0, '')).toBe(10_000);
    expect(maxOpenConnections(300, limits('1024', '4096'))).toBe(300);
  });
});
