import type { IncomingMessage } from 'node:http';

export type LimitedBody =
  | { kind: 'ok'; body: Buffer }
  | { kind: 'too-large' }
  /** The client went away or the socket failed before the body ended. */
  | { kind: 'aborted' };

/**
 * Reads a request body, holding at most `maxBytes` in memory. Past the limit it stops keeping data and
 * resolves at once, so the caller can answer 413 while the rest of the upload is discarded.
 */
export function readLimitedBody(req: IncomingMessage, maxBytes: number): Promise<LimitedBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: LimitedBody) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        // Keep the stream flowing into nothing: a paused request would stall the client before it reads the 413.
        req.resume();
        settle({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => settle({ kind: 'ok', body: Buffer.concat(chunks, size) }));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => settle({ kind: 'aborted' }));
  });
}
