import { Gauge, type Registry } from 'prom-client';
import type { RunningSessionStore } from '../../assistant/store/session-store';
import type { RefusalCounter } from '../refusals';
import { exposeTally } from './tally';

/** The refusal kind both doors count when they cut a slow reader (websocket-door.ts, http-door.ts). */
const SLOW_READER = 'slow_reader';

export interface RuntimeState {
  store: Pick<RunningSessionStore, 'localSessions'>;
  refusals: RefusalCounter;
}

/** What the runtime already tracks, read at each scrape rather than counted a second time. */
export function exposeRuntimeState(registry: Registry, { store, refusals }: RuntimeState): void {
  new Gauge({
    name: 'assistant_sessions',
    help: 'Sessions this instance holds (memory store: all of them; Redis: those with a client connected here).',
    registers: [registry],
    collect() {
      this.set(store.localSessions().length);
    },
  });
  exposeTally(registry, {
    name: 'assistant_refusals_total',
    help: 'What each protective limit (rate limits, abuse guards, caps) turned away, by kind.',
    labelNames: ['kind'],
    read: () => Object.entries(refusals.snapshot()).map(([kind, value]) => ({ labels: { kind }, value })),
  });
  exposeTally(registry, {
    name: 'assistant_slow_readers_cut_total',
    help: 'Connections closed because their client did not read what was sent (WS_MAX_BUFFERED_BYTES).',
    labelNames: [],
    read: () => [{ labels: {}, value: refusals.get(SLOW_READER) }],
  });
}
