import { Agent, request, type IncomingMessage } from 'node:http';
import { clockMicros } from '../../tests/fakes/paced-answer';
import type { Endpoint } from '../load-protocol';
import {
  ASSISTANT_HTTP_PATH,
  CONNECT_TIMEOUT_MS,
  SESSION_HEADER,
  type EventHandler,
  type LoadConnection,
  type WireEvent,
} from './wire';

/** Questions go out on a few kept-alive sockets, as a browser's fetch would reuse its connections. */
const postAgent = new Agent({ keepAlive: true, maxSockets: 64 });

/** Splits a Server-Sent Events byte stream into the JSON of its `data:` lines. */
function readEvents(response: IncomingMessage, onData: (data: string, arrivalUs: number) => void): void {
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    const arrivalUs = clockMicros();
    buffer += chunk;
    let boundary = buffer.indexOf('\n\n');
    while (boundary >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      for (const line of block.split('\n')) {
        if (line.startsWith('data: ')) onData(line.slice(6), arrivalUs);
      }
      boundary = buffer.indexOf('\n\n');
    }
  });
}

/** GET opens the session's event stream; each question is one POST naming the session by its token. */
export function openSseConnection(
  endpoint: Endpoint,
  localAddress: string,
  onEvent: EventHandler,
): Promise<LoadConnection> {
  return new Promise((resolve, reject) => {
    const stream = request({
      host: endpoint.host,
      port: endpoint.port,
      path: ASSISTANT_HTTP_PATH,
      method: 'GET',
      localAddress,
      agent: false,
      headers: { accept: 'text/event-stream' },
      timeout: CONNECT_TIMEOUT_MS,
    });
    let session: string | undefined;
    const connection: LoadConnection = {
      ask: (id, question) => {
        const body = JSON.stringify({ type: 'message', id, message: question });
        const post = request({
          host: endpoint.host,
          port: endpoint.port,
          path: ASSISTANT_HTTP_PATH,
          method: 'POST',
          agent: postAgent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            [SESSION_HEADER]: session ?? '',
          },
        });
        post.on('response', (response) => {
          response.resume();
          if (response.statusCode !== 202) {
            onEvent({ type: 'error', id, code: `http_${response.statusCode}` }, clockMicros());
          }
        });
        post.on('error', (error) => onEvent({ type: 'error', id, code: error.name }, clockMicros()));
        post.end(body);
      },
      close: () => stream.destroy(),
    };
    stream.on('timeout', () => stream.destroy(new Error('timed out opening the event stream')));
    stream.on('error', (error) => {
      if (!session) reject(error);
    });
    stream.on('response', (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`event stream answered ${response.statusCode}`));
        return;
      }
      stream.setTimeout(0);
      readEvents(response, (data, arrivalUs) => {
        const event = JSON.parse(data) as WireEvent;
        if (!session && event.type === 'connection' && event.session) {
          session = event.session;
          resolve(connection);
          return;
        }
        onEvent(event, arrivalUs);
      });
      response.on('close', () => {
        if (!session) reject(new Error('event stream closed before the connection event'));
        else onEvent({ type: 'closed' }, clockMicros());
      });
    });
    stream.end();
  });
}
