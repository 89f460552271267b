import type { RateDecision, RateLimit } from '../assistant/service';
import type { RedisConnection } from '../assistant/store/redis-connection';

/** The same token bucket as `RateLimiter`, kept in Redis so every instance draws from one budget. */
const TAKE = `
local capacity = tonumber(ARGV[1])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * capacity / 60000)
local retry = 0
if tokens >= 1 then tokens = tokens - 1 else retry = math.ceil((1 - tokens) * 60000 / capacity) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], 60000)
return retry
`;

export class RedisRateLimiter implements RateLimit {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keyPrefix: string,
    private readonly perMinute: number,
  ) {}

  async take(key: string): Promise<RateDecision> {
    const retry = Number(
      await this.redis.runScript(TAKE, [`${this.keyPrefix}${key}`], [String(this.perMinute)]),
    );
    return retry === 0 ? { allowed: true } : { allowed: false, retryAfterMs: retry };
  }
}
