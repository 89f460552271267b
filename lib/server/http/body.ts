export type LimitedBody =
  | { kind: 'ok'; body: Buffer }
  | { kind: 'too-large' }
  /** The client went away or the connection failed before the body ended. */
  | { kind: 'aborted' };

/**
 * Reads a request body, holding at most `maxBytes` in memory. Past the limit it stops keeping data and
 * resolves at once, so the caller can answer 413; the rest of the upload is read into nothing, because a
 * client still sending would otherwise stall before it reads the answer.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  const reader = request.body?.getReader();
  if (!reader) return { kind: 'ok', body: Buffer.alloc(0) };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { kind: 'ok', body: Buffer.concat(chunks, size) };
      size += value.byteLength;
      if (size > maxBytes) {
        chunks.length = 0;
        void discardRest(reader);
        return { kind: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { kind: 'aborted' };
  }
}

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    while (!(await reader.read()).done);
  } catch {
    // The client gave up sending: nothing left to discard.
  }
}
