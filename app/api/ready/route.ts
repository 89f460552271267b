import { createHealthChecks } from '@/lib/server/http/health';
import { standaloneAssistant } from '@/lib/server/standalone-http';

// Under the custom server this path is answered before Next (lib/server/app-server.ts).
export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  const { config, runtime } = standaloneAssistant();
  return createHealthChecks(config, runtime).ready();
}
