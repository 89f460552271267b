import { Gauge, type Registry } from 'prom-client';

export type Transport = 'websocket' | 'sse';

/** Told by each door when a client connection opens and closes (once per connection). */
export interface ConnectionMetrics {
  opened(transport: Transport): void;
  closed(transport: Transport): void;
}

export function createConnectionMetrics(registry: Registry): ConnectionMetrics {
  const open = new Gauge({
    name: 'assistant_open_connections',
    help: 'Assistant connections open in this instance, by transport (websocket, sse).',
    labelNames: ['transport'],
    registers: [registry],
  });
  for (const transport of ['websocket', 'sse'] as const) open.set({ transport }, 0);
  return {
    opened: (transport) => open.inc({ transport }),
    closed: (transport) => open.dec({ transport }),
  };
}
