import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { DEFAULT_TRANSCRIPTION_MAX_BYTES, DEFAULT_TRANSCRIPTION_MAX_SECONDS } from '../transcription';

/**
 * Every environment variable the server reads, validated once at start-up. A wrong value stops the
 * server with a message that names the variable and how to fix it (see `ConfigError`).
 */
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());
const integer = (fallback: number, min: number, max: number, hint: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `debe ser un número entero (${hint})` })
      .int({ error: `debe ser un número entero (${hint})` })
      .min(min, { error: `debe ser al menos ${min} (${hint})` })
      .max(max, { error: `debe ser como máximo ${max} (${hint})` })
      .default(fallback),
  );
const booleanFlag = z.preprocess(
  blankToUndefined,
  z
    .enum(['true', 'false', '1', '0'], { error: 'debe ser "true" o "false"' })
    .transform((value) => value === 'true' || value === '1')
    .optional(),
);

const envSchema = z.object({
  NODE_ENV: z.preprocess(
    blankToUndefined,
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  HOST: z.preprocess(blankToUndefined, z.string().default('0.0.0.0')),
  PORT: integer(3000, 0, 65535, 'el puerto TCP, p. ej. 3000'),
  SESSION_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .min(32, { error: 'debe tener al menos 32 caracteres; genera uno con `openssl rand -base64 48`' })
      .optional(),
  ),
  COOKIE_SECURE: booleanFlag,
  ALLOWED_ORIGINS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (!value) return [];
        const origins: string[] = [];
        for (const item of value.split(',').map((part) => part.trim())) {
          if (!item) continue;
          try {
            const url = new URL(item);
            if (url.origin === 'null' || url.origin !== item.replace(/\/$/, ''))
              throw new Error('not an origin');
            origins.push(url.origin);
          } catch {
            ctx.addIssue({
              code: 'custom',
              message: `"${item}" no es un origen válido; usa la forma https://mi-dominio.gov.co, separados por comas`,
            });
            return z.NEVER;
          }
        }
        return origins;
      }),
  ),
  ASSISTANT_PROVIDER: z.preprocess(
    blankToUndefined,
    z.enum(['auto', 'openai', 'local'], { error: 'debe ser "auto", "openai" o "local"' }).default('auto'),
  ),
  OPENAI_API_KEY: optionalString,
  OPENAI_MODEL: z.preprocess(blankToUndefined, z.string().trim().default('gpt-5-mini')),
  OPENAI_BASE_URL: z.preprocess(
    blankToUndefined,
    z.url({ error: 'debe ser una URL completa, p. ej. https://api.openai.com/v1' }).optional(),
  ),
  OPENAI_VECTOR_STORE_ID: optionalString,
  OPENAI_ASSISTANT_ID: optionalString,
  OPENAI_TIMEOUT_MS: integer(20_000, 100, 600_000, 'espera máxima por los encabezados de OpenAI, en ms'),
  OPENAI_IDLE_TIMEOUT_MS: integer(30_000, 100, 600_000, 'silencio máximo dentro de una respuesta, en ms'),
  OPENAI_MAX_RETRIES: integer(1, 0, 5, 'reintentos del SDK ante 429/5xx'),
  /**
   * The Responses API pads every streamed delta with a random `obfuscation` field unless asked not to; off
   * by default: the answer's deltas go on to the browser unpadded anyway (README, configuration).
   */
  OPENAI_STREAM_OBFUSCATION: booleanFlag.transform((value) => value ?? false),
  OPENAI_MAX_OUTPUT_TOKENS: integer(
    4_096,
    256,
    128_000,
    'tokens máximos de una respuesta de OpenAI, razonamiento incluido',
  ),
  DAILY_TOKEN_BUDGET: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'debe ser un número entero de tokens por día (vacía = sin límite)' })
      .int({ error: 'debe ser un número entero de tokens por día (vacía = sin límite)' })
      .min(1, { error: 'debe ser al menos 1 token por día (vacía = sin límite)' })
      .optional(),
  ),
  OPENAI_TRANSCRIPTION_MODEL: z.preprocess(
    blankToUndefined,
    z.string().trim().default('gpt-4o-mini-transcribe'),
  ),
  TRANSCRIPTION_MAX_BYTES: integer(
    DEFAULT_TRANSCRIPTION_MAX_BYTES,
    1_024,
    25 * 1024 * 1024,
    'tamaño máximo de una grabación de voz, en bytes; OpenAI acepta hasta 25 MB',
  ),
  TRANSCRIPTION_MAX_SECONDS: integer(
    DEFAULT_TRANSCRIPTION_MAX_SECONDS,
    5,
    600,
    'duración máxima de una grabación de voz, en segundos',
  ),
  TRANSCRIPTION_UPLOAD_TIMEOUT_MS: integer(
    30_000,
    1_000,
    600_000,
    'tiempo máximo para recibir una grabación de voz completa, en ms',
  ),
  TRANSCRIPTION_UPLOADS_PER_IP: integer(
    4,
    1,
    1_000,
    'grabaciones de voz recibiéndose o transcribiéndose a la vez por dirección IP',
  ),
  ASSISTANT_INSTRUCTIONS_FILE: optionalString,
  GENERATION_TIMEOUT_MS: integer(120_000, 1_000, 900_000, 'duración máxima de una respuesta, en ms'),
  LOCAL_STREAM_DELAY_MS: integer(18, 0, 1_000, 'pausa entre fragmentos del modo local, en ms'),
  SESSION_TTL_SECONDS: integer(
    3_600,
    10,
    604_800,
    'inactividad tras la cual se olvida una sesión, en segundos',
  ),
  SESSION_MAX: integer(
    10_000,
    1,
    10_000_000,
    'número máximo de sesiones guardadas (en memoria, o en Redis entre todas las instancias)',
  ),
  SESSION_QUEUE_MAX: integer(5, 1, 100, 'preguntas en espera por sesión'),
  WS_HEARTBEAT_MS: integer(30_000, 100, 600_000, 'intervalo de ping a los clientes WebSocket, en ms'),
  WS_MAX_BUFFERED_BYTES: integer(
    1_048_576,
    16_384,
    67_108_864,
    'datos pendientes de envío por conexión antes de cerrarla por lenta, en bytes',
  ),
  RATE_LIMIT_SESSION_PER_MINUTE: integer(20, 1, 10_000, 'preguntas nuevas por minuto por sesión'),
  RATE_LIMIT_IP_PER_MINUTE: integer(60, 1, 100_000, 'preguntas nuevas por minuto por dirección IP'),
  RATE_LIMIT_NEW_SESSIONS_PER_MINUTE: integer(
    60,
    1,
    100_000,
    'conversaciones nuevas por minuto por dirección IP; reconectarse a una existente no cuenta',
  ),
  RATE_LIMIT_FRAMES_PER_MINUTE: integer(
    120,
    10,
    100_000,
    'mensajes de cualquier tipo por minuto por conexión WebSocket (o por sesión por HTTP)',
  ),
  RATE_LIMIT_FRAMES_IP_PER_MINUTE: integer(
    1_200,
    10,
    1_000_000,
    'mensajes y conexiones nuevas por minuto por dirección IP, sumando todas sus conexiones',
  ),
  MAX_CONNECTIONS_PER_IP: integer(20, 1, 100_000, 'conexiones abiertas a la vez por dirección IP'),
  MAX_OPEN_CONNECTIONS: integer(
    0,
    0,
    10_000_000,
    'conexiones TCP abiertas a la vez en este proceso; 0 = automático, el 75 % del límite de descriptores',
  ),
  HTTP_HEADERS_TIMEOUT_MS: integer(
    15_000,
    100,
    600_000,
    'tiempo máximo para recibir los encabezados de una solicitud, en ms',
  ),
  HTTP_REQUEST_TIMEOUT_MS: integer(
    60_000,
    100,
    3_600_000,
    'tiempo máximo para recibir una solicitud completa (encabezados y cuerpo), en ms',
  ),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: integer(
    5_000,
    100,
    600_000,
    'tiempo que una conexión inactiva se mantiene abierta entre solicitudes, en ms',
  ),
  HTTP_TIMEOUT_CHECK_MS: integer(
    1_000,
    10,
    60_000,
    'cada cuánto se revisan los dos tiempos anteriores, en ms',
  ),
  OVERLOAD_LAG_MS: integer(
    500,
    20,
    60_000,
    'retraso del bucle de eventos desde el que el servidor se declara saturado y rechaza sesiones nuevas, en ms',
  ),
  TRUST_PROXY: integer(
    0,
    0,
    10,
    'número de proxies de confianza delante del servidor (0 = ignorar X-Forwarded-For)',
  ),
  CLIENT_IP_HEADER: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,64}$/, {
        error: 'debe ser el nombre de un encabezado HTTP, p. ej. x-real-ip o cf-connecting-ip',
      })
      .transform((name) => name.toLowerCase())
      .optional(),
  ),
  REDIS_URL: z.preprocess(
    blankToUndefined,
    z
      .url({ error: 'debe ser una URL de Redis, p. ej. redis://usuario:clave@redis.interno:6379/0' })
      .refine((url) => /^rediss?:\/\//.test(url), { error: 'debe empezar por redis:// o rediss://' })
      .optional(),
  ),
  REDIS_KEY_PREFIX: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9:_-]{1,64}$/, { error: 'usa solo letras, números, ":", "_" o "-" (máx. 64)' })
      .default('dian:'),
  ),
  WEB_CONCURRENCY: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'debe ser un número entero (procesos del servidor en este puerto, p. ej. 2)' })
      .int({ error: 'debe ser un número entero (procesos del servidor en este puerto, p. ej. 2)' })
      .min(1, { error: 'debe ser al menos 1 (procesos del servidor en este puerto)' })
      .max(256, { error: 'debe ser como máximo 256 (procesos del servidor en este puerto)' })
      .optional(),
  ),
  REDIS_COMMAND_TIMEOUT_MS: integer(
    2_000,
    50,
    60_000,
    'espera máxima por una respuesta de Redis antes de dar el error al usuario, en ms',
  ),
  GENERATION_LEASE_MS: integer(
    15_000,
    500,
    300_000,
    'vigencia de la reserva de una sesión por la instancia que responde; si esa instancia muere, ' +
      'otra avisa al usuario tras este tiempo, en ms',
  ),
  SHUTDOWN_GRACE_MS: integer(5_000, 0, 120_000, 'tiempo para terminar respuestas en curso al apagar, en ms'),
  METRICS_TOKEN: z.preprocess(
    blankToUndefined,
    z
      .string()
      .min(32, { error: 'debe tener al menos 32 caracteres; genera uno con `openssl rand -hex 32`' })
      .regex(/^[\x21-\x7e]+$/, {
        error: 'usa solo caracteres ASCII visibles, sin espacios; genera uno con `openssl rand -hex 32`',
      })
      .optional(),
  ),
  METRICS_PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'debe ser un puerto TCP para las métricas, p. ej. 9464 (vacía = sin puerto propio)' })
      .int({ error: 'debe ser un puerto TCP para las métricas, p. ej. 9464 (vacía = sin puerto propio)' })
      .min(0, { error: 'debe estar entre 0 y 65535 (vacía = sin puerto propio)' })
      .max(65535, { error: 'debe estar entre 0 y 65535 (vacía = sin puerto propio)' })
      .optional(),
  ),
  METRICS_HOST: z.preprocess(blankToUndefined, z.string().trim().default('127.0.0.1')),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z
      .enum(['debug', 'info', 'warn', 'error', 'silent'], {
        error: 'debe ser debug, info, warn, error o silent',
      })
      .default('info'),
  ),
});

type Env = z.infer<typeof envSchema>;

export interface AppConfig extends Omit<
  Env,
  'SESSION_SECRET' | 'COOKIE_SECURE' | 'OPENAI_ASSISTANT_ID' | 'WEB_CONCURRENCY'
> {
  SESSION_SECRET: string;
  /** Server processes sharing the port (see lib/server/cluster.ts): 1 unless sessions live in Redis. */
  WEB_CONCURRENCY: number;
  COOKIE_SECURE: boolean;
  provider: 'openai' | 'local';
  /** Start-up notices for the operator (already in Spanish). */
  notices: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuración inválida:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const ASSISTANT_ID_NOTICE =
  'OPENAI_ASSISTANT_ID ya no se usa: OpenAI apagó la API de Assistants el 2026-08-26. Este servidor usa ' +
  'Responses + Conversations con las instrucciones del repositorio. Borra OPENAI_ASSISTANT_ID y, si tu ' +
  'asistente tenía instrucciones propias, guárdalas en un archivo y apunta ASSISTANT_INSTRUCTIONS_FILE a él; ' +
  'si usaba búsqueda en archivos, define OPENAI_VECTOR_STORE_ID.';

const DEVELOPMENT_OVERLOAD_LAG_MS = 60_000;

/** One Spanish line per invalid variable, naming it. */
function invalidEnvironment(error: z.ZodError): ConfigError {
  return new ConfigError(
    error.issues.map((issue) => `${String(issue.path[0] ?? 'entorno')}: ${issue.message}`),
  );
}

/**
 * Only what the privacy notice states (how long a conversation is kept, and where), validated like the rest:
 * the help page renders it, and must not go down with the assistant when another variable is wrong.
 */
export function loadRetentionSettings(
  source: Record<string, string | undefined> = process.env,
): Pick<AppConfig, 'SESSION_TTL_SECONDS' | 'REDIS_URL'> {
  const parsed = envSchema.pick({ SESSION_TTL_SECONDS: true, REDIS_URL: true }).safeParse(source);
  if (!parsed.success) {
    throw invalidEnvironment(parsed.error);
  }
  return parsed.data;
}

export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw invalidEnvironment(parsed.error);
  }
  const env = parsed.data;
  const problems: string[] = [];
  const notices: string[] = [];

  if (env.ASSISTANT_PROVIDER === 'openai' && !env.OPENAI_API_KEY) {
    problems.push(
      'OPENAI_API_KEY: es obligatoria con ASSISTANT_PROVIDER=openai; defínela o usa ASSISTANT_PROVIDER=auto',
    );
  }
  let secret = env.SESSION_SECRET;
  if (!secret) {
    if (env.NODE_ENV === 'production') {
      problems.push('SESSION_SECRET: es obligatoria en producción; genera una con `openssl rand -base64 48`');
    } else {
      secret = randomBytes(48).toString('base64url');
      notices.push(
        'SESSION_SECRET no está definida: se generó una temporal; las sesiones no sobreviven a un reinicio.',
      );
    }
  }
  if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
    problems.push(
      'HTTP_HEADERS_TIMEOUT_MS: no puede ser mayor que HTTP_REQUEST_TIMEOUT_MS (los encabezados son parte de la solicitud)',
    );
  }
  if (env.METRICS_PORT !== undefined && env.METRICS_PORT !== 0 && env.METRICS_PORT === env.PORT) {
    problems.push(
      'METRICS_PORT: no puede ser el mismo puerto que PORT; elige otro (p. ej. 9464) o usa METRICS_TOKEN en el puerto principal',
    );
  }
  const workers = webConcurrency(env, problems, notices);
  if (problems.length > 0) throw new ConfigError(problems);
  const { OPENAI_ASSISTANT_ID: obsoleteAssistantId, ...rest } = env;
  if (obsoleteAssistantId) notices.push(ASSISTANT_ID_NOTICE);

  const provider =
    env.ASSISTANT_PROVIDER === 'auto' ? (env.OPENAI_API_KEY ? 'openai' : 'local') : env.ASSISTANT_PROVIDER;
  if (provider === 'local') {
    notices.push(
      'Modo local: sin OPENAI_API_KEY, el asistente responde desde la base de conocimiento incluida.',
    );
  }
  return {
    ...rest,
    SESSION_SECRET: secret as string,
    COOKIE_SECURE: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
    // A development server stalls for seconds while it compiles a page: that is not load to shed.
    OVERLOAD_LAG_MS:
      env.NODE_ENV === 'development' && blankToUndefined(source.OVERLOAD_LAG_MS) === undefined
        ? DEVELOPMENT_OVERLOAD_LAG_MS
        : env.OVERLOAD_LAG_MS,
    WEB_CONCURRENCY: workers,
    provider,
    notices,
  };
}

/**
 * Processes are only interchangeable when they share sessions, rate limits and budgets: with Redis, one per
 * core by default; with the memory store (and under Next's development compiler, which one process owns),
 * exactly one.
 */
function webConcurrency(env: Env, problems: string[], notices: string[]): number {
  const cores = availableParallelism();
  if (env.WEB_CONCURRENCY !== undefined && env.WEB_CONCURRENCY > 1) {
    if (!env.REDIS_URL) {
      problems.push(
        'WEB_CONCURRENCY: más de un proceso necesita REDIS_URL (sin Redis cada proceso tendría sus propias ' +
          'sesiones y límites); define REDIS_URL o usa WEB_CONCURRENCY=1',
      );
    } else if (env.NODE_ENV === 'development') {
      problems.push(
        'WEB_CONCURRENCY: en desarrollo el servidor usa un solo proceso (el compilador de Next no se ' +
          'comparte); borra la variable o usa WEB_CONCURRENCY=1',
      );
    }
    return env.WEB_CONCURRENCY;
  }
  if (env.WEB_CONCURRENCY !== undefined) return env.WEB_CONCURRENCY;
  if (env.NODE_ENV === 'development') return 1;
  if (env.REDIS_URL) return cores;
  if (cores > 1) {
    notices.push(
      `Sin REDIS_URL el servidor usa un solo proceso de los ${cores} núcleos: las sesiones viven en su ` +
        'memoria y no se comparten entre procesos. Define REDIS_URL para atender con todos (WEB_CONCURRENCY).',
    );
  }
  return 1;
}
