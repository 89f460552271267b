import { Counter, type Registry } from 'prom-client';

export interface TallyEntry {
  labels: Record<string, string>;
  value: number;
}

export interface TallyOptions {
  name: string;
  help: string;
  labelNames: readonly string[];
  /**
   * The running totals as another module keeps them, read at each scrape. Label values must come from a
   * fixed vocabulary chosen by the code (refusal kinds, knowledge entries), never from what a client sent.
   */
  read: () => readonly TallyEntry[];
}

/**
 * Exposes a counter another module already keeps (RefusalCounter, answer feedback, …) with one
 * registration, so nothing is counted twice: the series are rebuilt from its snapshot at each scrape.
 */
export function exposeTally(registry: Registry, { name, help, labelNames, read }: TallyOptions): void {
  new Counter({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const { labels, value } of read()) if (value > 0) this.inc(labels, value);
    },
  });
}
