import { readFileSync } from 'node:fs';
import { DEFAULT_INSTRUCTIONS } from '../assistant/instructions';
import type { AssistantProvider } from '../assistant/provider';
import { LocalProvider } from '../assistant/providers/local';
import { OpenAIProvider } from '../assistant/providers/openai';
import { AssistantService } from '../assistant/service';
import { AnswerSignals } from '../assistant/answer-signals';
import { MemorySessionStore } from '../assistant/store/memory-store';
import { RedisConnection } from '../assistant/store/redis-connection';
import { RedisSessionStore } from '../assistant/store/redis-store';
import type { RunningSessionStore } from '../assistant/store/session-store';
import type { RateLimit } from '../assistant/service';
import type { UpstreamObserver } from '../assistant/providers/upstream-observer';
import { RedisRateLimiter } from './redis-rate-limit';
import { ConnectionCounter, RateLimiter } from './rate-limit';
import { InboundBudget } from './inbound-budget';
import { RefusalCounter } from './refusals';
import { createSessionTokens } from './session-identity';
import { OVERLOAD_RECOVERY_MS, startOverloadMonitor, type OverloadState } from './overload';
import { ConfigError, type AppConfig } from './config';
import { MemoryTokenBudget, RedisTokenBudget, type DailyTokenBudget } from './token-budget';
import type { Logger } from './logger';
import { createAnswerMetrics } from './metrics/answer-metrics';
import { createRuntimeMetrics, type RuntimeMetrics } from './metrics/runtime-metrics';
import { exposeAnswerSignals } from './metrics/signal-metrics';
import { exposeRuntimeState } from './metrics/state-metrics';

const SWEEP_INTERVAL_MS = 60_000;

function loadInstructions(config: AppConfig): string {
  if (!config.ASSISTANT_INSTRUCTIONS_FILE) return DEFAULT_INSTRUCTIONS;
  try {
    const text = readFileSync(config.ASSISTANT_INSTRUCTIONS_FILE, 'utf8').trim();
    if (text) return text;
  } catch {
    // Reported below with the variable's name.
  }
  throw new ConfigError([
    `ASSISTANT_INSTRUCTIONS_FILE: no se pudo leer un texto en "${config.ASSISTANT_INSTRUCTIONS_FILE}"; ` +
      'indica la ruta de un archivo de texto no vacío o borra la variable para usar las instrucciones incluidas',
  ]);
}

export function createProvider(
  config: AppConfig,
  budget?: DailyTokenBudget,
  observer?: UpstreamObserver,
): AssistantProvider {
  if (config.provider === 'local') return new LocalProvider({ chunkDelayMs: config.LOCAL_STREAM_DELAY_MS });
  return new OpenAIProvider({
    apiKey: config.OPENAI_API_KEY as string,
    model: config.OPENAI_MODEL,
    instructions: loadInstructions(config),
    baseURL: config.OPENAI_BASE_URL,
    vectorStoreId: config.OPENAI_VECTOR_STORE_ID,
    headersTimeoutMs: config.OPENAI_TIMEOUT_MS,
    idleTimeoutMs: config.OPENAI_IDLE_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
    streamObfuscation: config.OPENAI_STREAM_OBFUSCATION,
    maxOutputTokens: config.OPENAI_MAX_OUTPUT_TOKENS,
    budget,
    observer,
  });
}

export interface AssistantRuntime {
  service: AssistantService;
  store: RunningSessionStore;
  /** Open connections per client address, shared by every transport of this process. */
  connectionsPerIp: ConnectionCounter;
  /** What client frames and connections cost, per connection, session and address, in this process. */
  inbound: InboundBudget;
  /** Voice recordings per client address (shared by every instance with Redis). */
  transcriptionBudget: RateLimit;
  /** What each protective limit turned away in this process. */
  refusals: RefusalCounter;
  /** Citizens' verdicts per entry and provider, and questions the knowledge base could not answer. */
  signals: AnswerSignals;
  /** DAILY_TOKEN_BUDGET, when set (shared by every instance with Redis). */
  tokenBudget?: DailyTokenBudget;
  /** Voice recordings being received or transcribed per client address, in this process. */
  uploadsPerIp: ConnectionCounter;
  /** Whether this process's event loop lags too much to take new sessions. */
  overload: OverloadState;
  /** This runtime's Prometheus registry and the instruments the doors report to (`GET /metrics`). */
  metrics: RuntimeMetrics;
  /**
   * Refuses new questions, lets running answers finish for up to `graceMs`, then ends the rest with a
   * Spanish error: what every door's clients hear before the process goes.
   */
  drain(graceMs: number): Promise<void>;
  stop(): Promise<void>;
}

interface Backing {
  store: RunningSessionStore;
  rateLimits: { perSession: RateLimit; perClient: RateLimit; newSessionsPerClient: RateLimit };
  transcriptionBudget: RateLimit;
  tokenBudget?: DailyTokenBudget;
  /** Periodic upkeep of what lives in this process's memory. */
  sweep(): void;
  close(): Promise<void>;
}

/** With REDIS_URL: sessions and rate limits in Redis, shared by every instance. Without: this process's memory. */
function createBacking(
  config: AppConfig,
  logger: Logger,
  refusals: RefusalCounter,
  metrics: RuntimeMetrics,
): Backing {
  const budgetLimit = config.provider === 'openai' ? config.DAILY_TOKEN_BUDGET : undefined;
  const ttlMs = config.SESSION_TTL_SECONDS * 1000;
  if (config.REDIS_URL) {
    let lastErrorLog = 0;
    const redis = new RedisConnection({
      url: config.REDIS_URL,
      commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
      observeCommand: metrics.redisCommands(),
      // A Redis outage raises an error per reconnect attempt: one log line every 10 s is enough.
      onError: (error) => {
        if (Date.now() - lastErrorLog < 10_000) return;
        lastErrorLog = Date.now();
        logger.warn('redis.error', { error: error.name, message: error.message });
      },
    });
    const prefix = config.REDIS_KEY_PREFIX;
    return {
      store: new RedisSessionStore({
        connection: redis,
        keyPrefix: prefix,
        ttlMs,
        maxSessions: config.SESSION_MAX,
      }),
      rateLimits: {
        perSession: new RedisRateLimiter(redis, `${prefix}rl:s:`, config.RATE_LIMIT_SESSION_PER_MINUTE),
        perClient: new RedisRateLimiter(redis, `${prefix}rl:ip:`, config.RATE_LIMIT_IP_PER_MINUTE),
        newSessionsPerClient: new RedisRateLimiter(
          redis,
          `${prefix}rl:new:`,
          config.RATE_LIMIT_NEW_SESSIONS_PER_MINUTE,
        ),
      },
      transcriptionBudget: new RedisRateLimiter(redis, `${prefix}rl:voz:`, config.RATE_LIMIT_IP_PER_MINUTE),
      tokenBudget:
        budgetLimit === undefined ? undefined : new RedisTokenBudget(redis, prefix, budgetLimit, refusals),
      sweep: () => undefined,
      close: () => redis.close(),
    };
  }
  const store = new MemorySessionStore({ ttlMs, maxSessions: config.SESSION_MAX });
  const perSession = new RateLimiter(config.RATE_LIMIT_SESSION_PER_MINUTE);
  const perClient = new RateLimiter(config.RATE_LIMIT_IP_PER_MINUTE);
  const newSessionsPerClient = new RateLimiter(config.RATE_LIMIT_NEW_SESSIONS_PER_MINUTE);
  const transcriptionBudget = new RateLimiter(config.RATE_LIMIT_IP_PER_MINUTE);
  return {
    store,
    rateLimits: { perSession, perClient, newSessionsPerClient },
    transcriptionBudget,
    tokenBudget: budgetLimit === undefined ? undefined : new MemoryTokenBudget(budgetLimit, refusals),
    // Expired sessions are swept by the service's watchdog, which takes their conversations to delete.
    sweep: () => {
      for (const limiter of [perSession, perClient, newSessionsPerClient, transcriptionBudget]) {
        limiter.sweep();
      }
    },
    close: async () => undefined,
  };
}

/** The transport-agnostic core, wired from configuration. */
export function createAssistantRuntime(
  config: AppConfig,
  logger: Logger,
  given?: AssistantProvider,
): AssistantRuntime {
  const refusals = new RefusalCounter();
  const metrics = createRuntimeMetrics();
  const backing = createBacking(config, logger, refusals, metrics);
  exposeRuntimeState(metrics.registry, { store: backing.store, refusals });
  // Offline answers cost nothing: only the OpenAI provider draws on the token budget.
  const signals = new AnswerSignals();
  exposeAnswerSignals(metrics.registry, signals);
  const provider = given ?? createProvider(config, backing.tokenBudget, metrics.upstream);
  const overload = startOverloadMonitor({
    thresholdMs: config.OVERLOAD_LAG_MS,
    recoveryMs: OVERLOAD_RECOVERY_MS,
  });
  const service = new AssistantService({
    provider,
    store: backing.store,
    tokens: createSessionTokens(config),
    logger,
    generationTimeoutMs: config.GENERATION_TIMEOUT_MS,
    queueMax: config.SESSION_QUEUE_MAX,
    leaseMs: config.GENERATION_LEASE_MS,
    rateLimits: backing.rateLimits,
    load: overload.state,
    signals,
    observer: createAnswerMetrics(metrics.registry, provider.kind),
  });
  const inbound = new InboundBudget(
    config.RATE_LIMIT_FRAMES_PER_MINUTE,
    config.RATE_LIMIT_FRAMES_IP_PER_MINUTE,
  );
  const sweeper = setInterval(() => {
    backing.sweep();
    inbound.sweep();
  }, SWEEP_INTERVAL_MS);
  sweeper.unref();
  return {
    service,
    store: backing.store,
    connectionsPerIp: new ConnectionCounter(config.MAX_CONNECTIONS_PER_IP),
    inbound,
    transcriptionBudget: backing.transcriptionBudget,
    refusals,
    signals,
    tokenBudget: backing.tokenBudget,
    uploadsPerIp: new ConnectionCounter(config.TRANSCRIPTION_UPLOADS_PER_IP),
    overload: overload.state,
    metrics,
    drain: (graceMs) => service.shutdown(graceMs),
    stop: async () => {
      clearInterval(sweeper);
      overload.stop();
      service.close();
      await backing.close();
    },
  };
}
