import type { RateDecision } from '../assistant/service';

/**
 * One token bucket: up to `capacity` events in a burst, refilled continuously at `capacity` a minute.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private readonly refillPerMs: number;

  constructor(
    private readonly capacity: number,
    now = Date.now(),
  ) {
    this.refillPerMs = capacity / 60_000;
    this.tokens = capacity;
    this.updatedAt = now;
  }

  take(now = Date.now()): RateDecision {
    const decision = this.peek(now);
    if (decision.allowed) this.tokens -= 1;
    return decision;
  }

  /** What `take` would decide, without taking. */
  peek(now = Date.now()): RateDecision {
    this.refill(now);
    if (this.tokens >= 1) return { allowed: true };
    return { allowed: false, retryAfterMs: Math.ceil((1 - this.tokens) / this.refillPerMs) };
  }

  /** True once the bucket has refilled completely (it then says nothing a fresh one would not). */
  isFull(now = Date.now()): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.refillPerMs);
    this.updatedAt = now;
  }
}

/**
 * Token bucket per key: up to `perMinute` events in a burst, refilled continuously at `perMinute` a minute.
 * O(1) memory per active key; full buckets are forgotten by `sweep`, so idle keys cost nothing.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly perMinute: number) {}

  take(key: string, now = Date.now()): RateDecision {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.perMinute, now);
      this.buckets.set(key, bucket);
    }
    return bucket.take(now);
  }

  /** What `take` would decide, without taking (an unknown key has a full bucket). */
  peek(key: string, now = Date.now()): RateDecision {
    return this.buckets.get(key)?.peek(now) ?? { allowed: true };
  }

  /** Drops buckets that have refilled completely; call periodically. */
  sweep(now = Date.now()): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
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
