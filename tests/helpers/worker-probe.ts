import type { IncomingMessage } from 'node:http';

/** A request sent with this header makes the worker that took it print `{"probe":…,"pid":…}`. */
export const PROBE_HEADER = 'x-probe';

export function reportProbe(req: IncomingMessage): void {
  const probe = req.headers[PROBE_HEADER];
  if (typeof probe === 'string') process.stdout.write(`${JSON.stringify({ probe, pid: process.pid })}\n`);
}
