import { routeHandlerNotices } from './client-ip';
import { loadConfig, type AppConfig } from './config';
import { drainOnSignal, MANUAL_SIGNALS_ENV } from './drain-on-signal';
import { createHttpDoor, type HttpDoor } from './http/http-door';
import { createTranscription, type TranscriptionHandler } from './http/transcription-route';
import { createLogger } from './logger';
import { createAssistantRuntime, type AssistantRuntime } from './runtime';

interface StandaloneAssistant {
  config: AppConfig;
  runtime: AssistantRuntime;
  http: HttpDoor;
  transcribe: TranscriptionHandler;
}

const UNDRAINED_NOTICE =
  `Con next start, Next termina el proceso al recibir SIGTERM sin dejar terminar las respuestas en curso; ` +
  `inícielo con ${MANUAL_SIGNALS_ENV}=true para que el asistente las drene antes de salir.`;

// On globalThis so that development reloads of the route module do not start a second runtime.
const KEY = Symbol.for('dian-assistant.standalone-http');

/**
 * The assistant for Next route handlers when no custom server runs (`next start`, Vercel-like hosts): one
 * runtime per process, created on first use from the same validated environment as the custom server.
 */
export function standaloneAssistant(): StandaloneAssistant {
  const holder = globalThis as typeof globalThis & { [KEY]?: StandaloneAssistant };
  holder[KEY] ??= (() => {
    const config = loadConfig();
    const logger = createLogger(config.LOG_LEVEL);
    for (const notice of [...config.notices, ...routeHandlerNotices(config)])
      logger.warn('config.notice', { notice });
    const runtime = createAssistantRuntime(config, logger);
    if (process.env[MANUAL_SIGNALS_ENV] === 'true') drainOnSignal(runtime, config.SHUTDOWN_GRACE_MS, logger);
    else logger.warn('config.notice', { notice: UNDRAINED_NOTICE });
    return {
      config,
      runtime,
      http: createHttpDoor(config, runtime, logger),
      transcribe: createTranscription(config, logger, runtime),
    };
  })();
  return holder[KEY];
}
