import { readFileSync } from 'node:fs';
import { DEFAULT_INSTRUCTIONS } from '../assistant/instructions';
import type { AssistantProvider } from '../assistant/provider';
import { LocalProvider } from '../assistant/providers/local';
import { OpenAIProvider } from '../assistant/providers/openai';
import { AssistantService } from '../assistant/service';
import { MemorySessionStore } from '../assistant/session-store';
import { ConnectionCounter, RateLimiter } from './rate-limit';
import { ConfigError, type AppConfig } from './config';
import type { Logger } from './logger';

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

export function createProvider(config: AppConfig): AssistantProvider {
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
  });
}

export interface AssistantRuntime {
  service: AssistantService;
  store: MemorySessionStore;
  /** Open connections per client address, shared by every transport. */
  connectionsPerIp: ConnectionCounter;
  stop(): void;
}

/** The transport-agnostic core, wired from configuration. */
export function createAssistantRuntime(
  config: AppConfig,
  logger: Logger,
  provider = createProvider(config),
): AssistantRuntime {
  const store = new MemorySessionStore({
    ttlMs: config.SESSION_TTL_SECONDS * 1000,
    maxSessions: config.SESSION_MAX,
    // The store drops sessions only after start-up, by which time `service` exists.
    onDrop: (session) => service.discard(session),
  });
  const rateLimits = {
    perSession: new RateLimiter(config.RATE_LIMIT_SESSION_PER_MINUTE),
    perClient: new RateLimiter(config.RATE_LIMIT_IP_PER_MINUTE),
  };
  const service = new AssistantService({
    provider,
    store,
    logger,
    generationTimeoutMs: config.GENERATION_TIMEOUT_MS,
    queueMax: config.SESSION_QUEUE_MAX,
    rateLimits,
  });
  const sweeper = setInterval(() => {
    store.sweep();
    rateLimits.perSession.sweep();
    rateLimits.perClient.sweep();
  }, SWEEP_INTERVAL_MS);
  sweeper.unref();
  return {
    service,
    store,
    connectionsPerIp: new ConnectionCounter(config.MAX_CONNECTIONS_PER_IP),
    stop: () => clearInterval(sweeper),
  };
}
