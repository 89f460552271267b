import { STATUS_CODES } from 'node:http';

/**
 * A complete HTTP/1.1 answer written straight to a socket that no request handler owns (refused before
 * or outside HTTP parsing): a short Spanish JSON body, and the connection is closed after it.
 */
export function rawJsonResponse(status: number, error: string, headers: Record<string, string> = {}): string {
  const body = JSON.stringify({ error });
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
