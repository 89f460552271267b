import { clientIpFromHeaders } from '@/lib/server/client-ip';
import { standaloneAssistant } from '@/lib/server/standalone-http';

/*
 * Voice transcription when Next serves the app alone (`next start`, Vercel-like hosts). Under the custom
 * server the same path is answered before Next, by the same handler (lib/server/app-server.ts).
 */
export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  const { transcribe, config } = standaloneAssistant();
  return transcribe(request, clientIpFromHeaders(request.headers, config));
}
