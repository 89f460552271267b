import type { IncomingMessage } from 'node:http';

type Refused =
  | { kind: 'too-large' }
  /** The client went away or the connection failed before the body ended. */
  | { kind: 'aborted' };
type TimedOut = { kind: 'timed-out' };

export type LimitedBody = { kind: 'ok'; body: Buffer } | Refused;
export type UploadBody = { kind: 'ok'; body: Blob } | Refused | TimedOut;

/** Reads a small request body (e.g. one JSON event) into a Buffer, holding at most `maxBytes`. */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  const chunks: Uint8Array[] = [];
  const outcome = await readBody(request, { maxBytes }, (chunk) => chunks.push(chunk));
  return outcome.kind === 'complete' ? { kind: 'ok', body: Buffer.concat(chunks) } : outcome;
}

/**
 * Network reads are joined into pieces of this size before they are sealed into the Blob, so tiny reads
 * (a client dribbling a few bytes at a time) do not each cost an entry in it.
 */
const PIECE_BYTES = 64 * 1024;

/**
 * Reads an upload (a voice clip) into a Blob, holding it once: each piece is copied into the Blob's
 * storage as it is sealed and the network buffers are let go, so the clip is never kept both as chunks
 * and as a joined copy, and a `File` made from the Blob (the upload to OpenAI) shares that storage. An
 * upload not complete within `deadlineMs` is dropped, so a slow client cannot hold memory for long.
 */
export async function readUploadBody(
  request: Request,
  limits: { maxBytes: number; deadlineMs: number },
): Promise<UploadBody> {
  const sealed: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const seal = () => {
    sealed.push(new Blob([Buffer.concat(pending, pendingBytes)]));
    pending = [];
    pendingBytes = 0;
  };
  const outcome = await readBody(request, limits, (chunk) => {
    pending.push(chunk);
    pendingBytes += chunk.byteLength;
    if (pendingBytes >= PIECE_BYTES) seal();
  });
  if (outcome.kind !== 'complete') return outcome;
  seal();
  return { kind: 'ok', body: new Blob(sealed) };
}

type Complete = { kind: 'complete' };

/**
 * Hands each chunk of a request body to `add`, up to `maxBytes` and within `deadlineMs` when given. Past
 * either it resolves at once, so the caller can answer, and lets go of the body (`add` sees no more); the
 * rest of the upload is read into nothing, because a client still sending would otherwise stall before it
 * reads the answer.
 */
async function readBody(
  request: Request,
  limits: { maxBytes: number },
  add: (chunk: Uint8Array) => void,
): Promise<Complete | Refused>;
async function readBody(
  request: Request,
  limits: { maxBytes: number; deadlineMs: number },
  add: (chunk: Uint8Array) => void,
): Promise<Complete | Refused | TimedOut>;
async function readBody(
  request: Request,
  limits: { maxBytes: number; deadlineMs?: number },
  add: (chunk: Uint8Array) => void,
): Promise<Complete | Refused | TimedOut> {
  const reader = request.body?.getReader();
  if (!reader) return { kind: 'complete' };
  let timer: NodeJS.Timeout | undefined;
  const deadline =
    limits.deadlineMs === undefined
      ? undefined
      : new Promise<TimedOut>((resolve) => {
          timer = setTimeout(() => resolve({ kind: 'timed-out' }), limits.deadlineMs);
        });
  let size = 0;
  try {
    for (;;) {
      const next = await (deadline ? Promise.race([reader.read(), deadline]) : reader.read());
      if ('kind' in next) {
        void discardRest(reader);
        return next;
      }
      if (next.done) return { kind: 'complete' };
      size += next.value.byteLength;
      if (size > limits.maxBytes) {
        void discardRest(reader);
        return { kind: 'too-large' };
      }
      add(next.value);
    }
  } catch {
    return { kind: 'aborted' };
  } finally {
    clearTimeout(timer);
  }
}

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    while (!(await reader.read()).done);
  } catch {
    // The client gave up sending: nothing left to discard.
  }
}

/**
 * Reads a small body (one JSON event) straight from Node's request, holding at most `maxBytes`: no Web
 * `Request` or stream around it. Past the bound it resolves at once and reads the rest into nothing, so a
 * client still sending reads its answer.
 */
export function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<LimitedBody> {
  return new Promise((resolve) => {
    if (req.readableEnded) {
      resolve({ kind: 'ok', body: Buffer.alloc(0) });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: LimitedBody) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onFailure);
      req.off('close', onFailure);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        settle({ kind: 'too-large' });
        req.resume();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () =>
      settle({ kind: 'ok', body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
    const onFailure = () => settle({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onFailure);
    req.on('close', onFailure);
  });
}
