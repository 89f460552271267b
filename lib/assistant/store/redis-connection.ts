import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import { StoreUnavailableError } from './store-errors';

export interface RedisConnectionOptions {
  url: string;
  /** A command slower than this fails the request instead of holding it (Redis overloaded or cut off). */
  commandTimeoutMs: number;
  onError?: (error: Error) => void;
  /** Operators' metrics: how each command (or script) ended and how long it took. */
  observeCommand?: (outcome: RedisCommandOutcome, seconds: number) => void;
}

/** `timeout`: no reply within `commandTimeoutMs`; `error`: Redis refused it or the connection is down. */
export type RedisCommandOutcome = 'ok' | 'error' | 'timeout';

class RedisCommandTimeout extends Error {
  constructor() {
    super('redis command timed out');
  }
}

export type RedisClient = ReturnType<typeof createClient>;

/**
 * The two connections a process keeps to Redis (commands, and broadcasts, which need their own) and the
 * one way every caller uses them: bounded in time, failing as `StoreUnavailableError`, reconnecting alone.
 */
export class RedisConnection {
  readonly client: RedisClient;
  readonly listener: RedisClient;
  /** Resolves once both connections are up (the first time). */
  readonly ready: Promise<void>;
  private readonly shas = new Map<string, string>();

  constructor(private readonly options: RedisConnectionOptions) {
    this.client = createClient({
      url: options.url,
      // Without a connection, fail at once: the citizen gets an error now, not a frozen answer.
      disableOfflineQueue: true,
      socket: {
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000),
        connectTimeout: options.commandTimeoutMs,
      },
    });
    this.listener = this.client.duplicate();
    for (const connection of [this.client, this.listener]) {
      connection.on('error', (error: Error) => options.onError?.(error));
    }
    this.ready = Promise.all([this.client.connect(), this.listener.connect()]).then(() => undefined);
    this.ready.catch(() => undefined);
  }

  /** Any Redis failure, or no reply within the command timeout, becomes one error the callers know. */
  async guard<T>(command: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      // A loop busier than the timeout runs its due timers before it reads the sockets: the reply may be
      // waiting unread. The verdict waits for this turn's reads (setImmediate runs after them), so only
      // a reply that has not come is a timeout.
      timer = setTimeout(
        () => setImmediate(() => reject(new RedisCommandTimeout())),
        this.options.commandTimeoutMs,
      );
    });
    const startedAt = performance.now();
    const observe = (outcome: RedisCommandOutcome) =>
      this.options.observeCommand?.(outcome, (performance.now() - startedAt) / 1000);
    try {
      const result = await Promise.race([this.ready.then(command), timeout]);
      observe('ok');
      return result;
    } catch (error) {
      observe(error instanceof RedisCommandTimeout ? 'timeout' : 'error');
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs a Lua script by its SHA, sending the source only when Redis does not know it yet. */
  runScript(source: string, keys: string[], args: string[]): Promise<unknown> {
    return this.guard(async () => {
      let sha = this.shas.get(source);
      if (!sha) {
        sha = createHash('sha1').update(source).digest('hex');
        this.shas.set(source, sha);
      }
      const options = { keys, arguments: args };
      try {
        return await this.client.evalSha(sha, options);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        return this.client.eval(source, options);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.client.close(), this.listener.close()]);
  }
}
