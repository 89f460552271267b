import type { RateDecision } from '../assistant/service';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token bucket per key: up to `perMinute` events in a burst, refilled continuously at `perMinute` a minute.
 * O(1) memory per active key; full buckets are forgotten by `sweep`, so idle keys cost nothing.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(private readonly perMinute: number) {
    this.refillPerMs = perMinute / 60_000;
  }

  take(key: string, now = Date.now()): RateDecision {
    const bucket = this.refill(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / this.refillPerMs) };
  }

  /** Drops buckets that have refilled completely; call periodically. */
  sweep(now = Date.now()): void {
    for (const [key] of this.buckets) {
      if (this.refill(key, now).tokens >= this.perMinute) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }

  private refill(key: string, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.perMinute, updatedAt: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + elapsed * this.refillPerMs);
    bucket.updatedAt = now;
    return bucket;
  }
}

/** Counts open connections per key (client IP) against a ceiling. */
export class ConnectionCounter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Returns false, counting nothing, when the key already holds `max` connections. */
  acquire(key: string): boolean {
    const count = this.counts.get(key) ?? 0;
    if (count >= this.max) return false;
    this.counts.set(key, count + 1);
    return true;
  }

  release(key: string): void {
    const count = (this.counts.get(key) ?? 0) - 1;
    if (count > 0) this.counts.set(key, count);
    else this.counts.delete(key);
  }

  get keys(): number {
    return this.counts.size;
  }
}
