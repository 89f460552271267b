import { startServer, type RunningServer } from '../../lib/server/app-server';
import { loadConfig, type AppConfig } from '../../lib/server/config';
import type { AssistantProvider } from '../../lib/assistant/provider';
import { silentLogger, type Logger } from '../../lib/server/logger';
import { createAssistantRuntime } from '../../lib/server/runtime';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hmac-signing';

export interface TestServer extends RunningServer {
  config: AppConfig;
  httpUrl: string;
  wsUrl: string;
}

/**
 * The real assistant server (both doors + core) on an ephemeral loopback port; `provider` replaces the one
 * the configuration would pick (e.g. a scripted provider with exact timing); `logger` lets a test read
 * what the server logs.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  provider?: AssistantProvider,
  logger: Logger = silentLogger,
): Promise<TestServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SESSION_SECRET: TEST_SECRET,
    LOG_LEVEL: 'silent',
    LOCAL_STREAM_DELAY_MS: '0',
    OPENAI_MAX_RETRIES: '0',
    SHUTDOWN_GRACE_MS: '2000',
    // A shared test machine stalls now and then; tests about overload set their own threshold.
    OVERLOAD_LAG_MS: '60000',
    ...env,
  });
  const running = await startServer({
    config,
    logger,
    runtime: provider && createAssistantRuntime(config, logger, provider),
  });
  return {
    ...running,
    config,
    httpUrl: `http://127.0.0.1:${running.port}`,
    wsUrl: `ws://127.0.0.1:${running.port}/ws/assistant/`,
  };
}
