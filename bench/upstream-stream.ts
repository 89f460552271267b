import { Agent, request } from 'node:http';

/**
 * The least a relay can do to stream an answer from an OpenAI-compatible Responses endpoint: one POST,
 * a line splitter, and JSON.parse of each event. The baseline relay's only upstream code.
 */

export interface UpstreamConfig {
  baseURL: string;
  apiKey: string;
}

export interface AnswerSink {
  delta(text: string): void;
  done(text: string): void;
  /** `reason` is short and machine-readable (an errno code or `http_<status>`): it becomes an error code. */
  fail(reason: string): void;
}

/**
 * Kept-alive connections, as the OpenAI SDK's (undici) pool keeps its own: with no cap on idle sockets,
 * thousands of concurrent answers do not close and reopen connections (and exhaust ephemeral ports).
 */
const agent = new Agent({ keepAlive: true, maxFreeSockets: Number.POSITIVE_INFINITY });

export function streamAnswer(upstream: UpstreamConfig, input: string, sink: AnswerSink): void {
  const url = new URL(`${upstream.baseURL}/responses`);
  // Without the random `obfuscation` padding of every delta, as the assistant asks by default: the floor
  // reads no more than it must.
  const body = JSON.stringify({
    model: 'gpt-5-mini',
    input,
    stream: true,
    stream_options: { include_obfuscation: false },
  });
  const req = request({
    hostname: url.hostname,
    port: url.port,
    path: url.pathname,
    method: 'POST',
    agent,
    headers: {
      authorization: `Bearer ${upstream.apiKey}`,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    },
  });
  req.on('error', (error: NodeJS.ErrnoException) => sink.fail(error.code ?? error.name));
  req.on('response', (response) => {
    if (response.statusCode !== 200) {
      response.resume();
      sink.fail(`http_${response.statusCode}`);
      return;
    }
    let buffer = '';
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      buffer += chunk;
      let boundary = buffer.indexOf('\n\n');
      while (boundary >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        boundary = buffer.indexOf('\n\n');
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (!data) continue;
        const event = JSON.parse(data.slice(6)) as { type: string; delta?: string };
        if (event.type === 'response.output_text.delta' && event.delta) {
          text += event.delta;
          sink.delta(event.delta);
        } else if (event.type === 'response.completed') {
          sink.done(text);
        }
      }
    });
  });
  req.end(body);
}
