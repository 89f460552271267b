import type { IncomingHttpHeaders } from 'node:http';

/** Node's header object as Web `Headers`, repeated headers (`set-cookie`) kept as separate values. */
export function toWebHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    for (const single of Array.isArray(value) ? value : [value]) headers.append(name, single);
  }
  return headers;
}
