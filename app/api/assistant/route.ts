import { clientIpFromHeaders } from '@/lib/server/client-ip';
import { toWebResponse, webDoorRequest } from '@/lib/server/http/door-adapters';
import { standaloneAssistant } from '@/lib/server/standalone-http';

/*
 * The HTTP/SSE transport when Next serves the app alone (`next start`, Vercel-like hosts). Under the
 * custom server the same path is answered before Next, by the same handlers (lib/server/app-server.ts).
 */
export const dynamic = 'force-dynamic';
// An event stream stays open while answers stream; hosts cut it at this many seconds and the client resumes.
export const maxDuration = 300;

export async function GET(request: Request): Promise<Response> {
  const { http, config } = standaloneAssistant();
  return toWebResponse(
    await http.stream(webDoorRequest(request), clientIpFromHeaders(request.headers, config)),
  );
}

export async function POST(request: Request): Promise<Response> {
  const { http, config } = standaloneAssistant();
  return toWebResponse(
    await http.send(webDoorRequest(request), clientIpFromHeaders(request.headers, config)),
  );
}
