import type { Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { USER_ERRORS } from '../../assistant/errors';
import type { RefusalCounter } from '../refusals';
import { rawJsonResponse } from './raw-response';

const REQUEST_TIMEOUT = rawJsonResponse(408, USER_ERRORS.requestTimeout);
const HEADERS_TOO_LARGE = rawJsonResponse(431, USER_ERRORS.badRequest);
const BAD_REQUEST = rawJsonResponse(400, USER_ERRORS.badRequest);

/**
 * Answers what Node's HTTP layer turns away before any handler runs — requests whose headers or body did
 * not arrive within HTTP_HEADERS_TIMEOUT_MS / HTTP_REQUEST_TIMEOUT_MS (a slowloris, a socket that sends
 * nothing), malformed requests, oversized headers — in Spanish, counting the timeouts among refusals.
 * Without a 'clientError' listener Node would answer them itself, in English and uncounted.
 */
export function answerClientErrors(server: Server, refusals: RefusalCounter): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    if (timedOut) refusals.count('request_timeout');
    // Node's own rule: never write into a response that has already started on this socket.
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (socket.writable && !inFlight?.headersSent && error.code !== 'ECONNRESET') {
      socket.write(
        timedOut ? REQUEST_TIMEOUT : error.code === 'HPE_HEADER_OVERFLOW' ? HEADERS_TOO_LARGE : BAD_REQUEST,
      );
    }
    socket.destroy();
  });
}
