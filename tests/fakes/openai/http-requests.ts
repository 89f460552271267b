import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** Reading what a client sent: its bearer key and its body's bytes. */

export function bearerKey(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '');
  return match?.[1]?.trim();
}

export function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => chunks.push(chunk);
    // Listeners removed once settled: left on a request the fake holds open, they would keep the body
    // alive (through the settled promise they resolve), and memory tests would count it.
    const settle = (body: Buffer | undefined) => {
      req.off('data', onData).off('end', onEnd).off('error', onFailure).off('close', onFailure);
      chunks.length = 0;
      resolve(body);
    };
    const onEnd = () => settle(Buffer.concat(chunks));
    // A client that hangs up mid-body never emits 'end'.
    const onFailure = () => settle(undefined);
    req.on('data', onData).on('end', onEnd).on('error', onFailure).on('close', onFailure);
  });
}
