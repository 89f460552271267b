import { randomBytes } from 'node:crypto';

/** Ids and timestamps in the shapes the real API uses (`resp_<hex>`, seconds since the epoch). */

export function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
