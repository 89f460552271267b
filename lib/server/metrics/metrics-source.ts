import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { z } from 'zod';

export interface MetricsText {
  text: string;
  contentType: string;
}

/** Where `GET /metrics` reads its text: this process's registry, or the sum of every worker's. */
export type MetricsSource = () => Promise<MetricsText>;

const REQUEST = 'dian-assistant:metrics-request';
const REPLY = 'dian-assistant:metrics-reply';
/** prom-client gives up on a silent worker after 5 s; the primary's reply comes within that. */
const REPLY_TIMEOUT_MS = 10_000;

const requestSchema = z.object({ type: z.literal(REQUEST), id: z.number().int().nonnegative() });
const replySchema = z.union([
  z.object({ type: z.literal(REPLY), id: z.number().int(), text: z.string(), contentType: z.string() }),
  z.object({ type: z.literal(REPLY), id: z.number().int(), error: z.string() }),
]);

/**
 * The source for this process. A `WEB_CONCURRENCY` worker shares the port with the others, so a scrape
 * reaches whichever worker the primary picks: it answers with the primary's sum of every worker's registry
 * (prom-client's AggregatorRegistry), so each scrape describes the whole instance.
 */
export function metricsSource(registry: Registry): MetricsSource {
  if (!cluster.isWorker)
    return async () => ({ text: await registry.metrics(), contentType: registry.contentType });
  // The constructor adds prom-client's listener that answers the primary's collection requests.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
  return askPrimary;
}

const pending = new Map<number, { resolve: (text: MetricsText) => void; reject: (error: Error) => void }>();
let nextRequest = 0;
let listening = false;

function askPrimary(): Promise<MetricsText> {
  if (!listening) {
    listening = true;
    process.on('message', (message) => {
      const reply = replySchema.safeParse(message);
      if (!reply.success) return;
      const waiter = pending.get(reply.data.id);
      pending.delete(reply.data.id);
      if ('error' in reply.data) waiter?.reject(new Error(reply.data.error));
      else waiter?.resolve({ text: reply.data.text, contentType: reply.data.contentType });
    });
  }
  const id = (nextRequest += 1);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error('the primary did not answer'));
    }, REPLY_TIMEOUT_MS);
    pending.set(id, {
      resolve: (text) => {
        clearTimeout(timer);
        resolve(text);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    process.send?.({ type: REQUEST, id });
  });
}

/** The primary's side: sums every worker's registry for the worker that was scraped. */
export function answerWorkersForMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message) => {
    const request = requestSchema.safeParse(message);
    if (!request.success) return;
    const { id } = request.data;
    const reply = (body: object) => {
      if (worker.isConnected()) worker.send({ type: REPLY, id, ...body });
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ text, contentType: aggregator.contentType }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
