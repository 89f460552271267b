import type { RedisConnection } from '../assistant/store/redis-connection';
import type { TokenBudget } from '../assistant/token-budget';
import type { RefusalCounter } from './refusals';

/**
 * The budget's day is Colombia's calendar day (UTC−5 all year, no daylight saving): it renews at local
 * midnight, when hardly anyone asks, so "por hoy" in the refusal means the citizen's today, and a budget
 * spent in the afternoon does not come back at 19:00 in the middle of the evening's questions, as a UTC
 * day would.
 */
const COLOMBIA_OFFSET_MS = 5 * 60 * 60 * 1000;
/** A day's counter outlives its day long enough for any instance's clock to have moved on. */
const KEY_TTL_SECONDS = 2 * 24 * 60 * 60;

export function budgetDay(now: number): string {
  return new Date(now - COLOMBIA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A `TokenBudget` that also says what is left, for `/api/ready`. */
export abstract class DailyTokenBudget implements TokenBudget {
  constructor(
    readonly limit: number,
    private readonly refusals: RefusalCounter,
    protected readonly now: () => number = Date.now,
  ) {}

  async admits(): Promise<boolean> {
    const admitted = (await this.used()) < this.limit;
    if (!admitted) this.refusals.count('token_budget');
    return admitted;
  }

  async remaining(): Promise<number> {
    return Math.max(0, this.limit - (await this.used()));
  }

  abstract spend(tokens: number): Promise<void>;
  /** Tokens spent so far today. */
  protected abstract used(): Promise<number>;
}

/** This process's own budget (memory store): each instance spends up to the limit. */
export class MemoryTokenBudget extends DailyTokenBudget {
  private day = '';
  private spent = 0;

  async spend(tokens: number): Promise<void> {
    this.spent = (await this.used()) + tokens;
  }

  protected async used(): Promise<number> {
    const today = budgetDay(this.now());
    if (today !== this.day) {
      this.day = today;
      this.spent = 0;
    }
    return this.spent;
  }
}

const SPEND = `
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return total
`;

/** One budget for every instance sharing Redis: an atomic counter per day. */
export class RedisTokenBudget extends DailyTokenBudget {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keyPrefix: string,
    limit: number,
    refusals: RefusalCounter,
    now?: () => number,
  ) {
    super(limit, refusals, now);
  }

  async spend(tokens: number): Promise<void> {
    await this.redis.runScript(SPEND, [this.key()], [String(tokens), String(KEY_TTL_SECONDS)]);
  }

  protected async used(): Promise<number> {
    const key = this.key();
    return Number((await this.redis.guard(() => this.redis.client.get(key))) ?? 0);
  }

  private key(): string {
    return `${this.keyPrefix}budget:${budgetDay(this.now())}`;
  }
}
