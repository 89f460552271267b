import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import { ASSISTANT_HTTP_PATH, ASSISTANT_WS_PATH, SESSION_HEADER } from './clients/wire';
import { streamAnswer, type UpstreamConfig } from './upstream-stream';

/**
 * The floor every figure is compared with: a bare relay on the same paths and wire format as the assistant
 * (so the same load clients drive it), relaying to the same upstream, with no sessions, validation, limits,
 * logging or framework. Whatever the assistant costs above this is what its features cost.
 */

const env = z
  .object({
    BASELINE_UPSTREAM_URL: z.url({ error: 'must be the upstream base URL, e.g. http://127.0.0.1:4010/v1' }),
    BASELINE_API_KEY: z.string().min(1, { error: 'must be the upstream API key' }),
    BASELINE_HOST: z.string().default('127.0.0.1'),
    BASELINE_PORT: z.coerce.number().int().min(0).max(65_535).default(0),
  })
  .safeParse(process.env);
if (!env.success) {
  process.stderr.write(
    `baseline-relay: ${env.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join('; ')}\n`,
  );
  process.exit(2);
}
const upstream: UpstreamConfig = {
  baseURL: env.data.BASELINE_UPSTREAM_URL,
  apiKey: env.data.BASELINE_API_KEY,
};

interface Question {
  id: string;
  message: string;
}

/** Relays one question's answer as protocol v2 `delta` events and a final `response`. */
function relay(question: Question, deliver: (frame: string) => void): void {
  const { id } = question;
  streamAnswer(upstream, question.message, {
    delta: (delta) => deliver(JSON.stringify({ type: 'delta', id, delta })),
    done: (message) => deliver(JSON.stringify({ type: 'response', id, message })),
    fail: (reason) => deliver(JSON.stringify({ type: 'error', id, code: `upstream_${reason}` })),
  });
}

const streams = new Map<string, ServerResponse>();
let nextStream = 0;

function openStream(req: IncomingMessage, res: ServerResponse): void {
  const session = String((nextStream += 1));
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.write(`data: ${JSON.stringify({ type: 'connection', session })}\n\n`);
  streams.set(session, res);
  req.on('close', () => streams.delete(session));
}

function receive(req: IncomingMessage, res: ServerResponse): void {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    const stream = streams.get(String(req.headers[SESSION_HEADER]));
    if (!stream) {
      res.writeHead(401).end();
      return;
    }
    res.writeHead(202).end();
    relay(JSON.parse(body) as Question, (frame) => stream.write(`data: ${frame}\n\n`));
  });
}

const server = createServer((req, res) => {
  if (req.url !== ASSISTANT_HTTP_PATH) return void res.writeHead(404).end();
  if (req.method === 'GET') return openStream(req, res);
  if (req.method === 'POST') return receive(req, res);
  res.writeHead(405).end();
});

const wss = new WebSocketServer({ server, path: ASSISTANT_WS_PATH, perMessageDeflate: false });
wss.on('connection', (ws) => {
  ws.send(JSON.stringify({ type: 'connection', session: 'baseline' }));
  ws.on('message', (data) => relay(JSON.parse(data.toString()) as Question, (frame) => ws.send(frame)));
});

server.listen(env.data.BASELINE_PORT, env.data.BASELINE_HOST, () => {
  process.stdout.write(`baseline-relay listening on ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
