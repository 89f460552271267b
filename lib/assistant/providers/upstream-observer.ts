import OpenAI from 'openai';

/** Which upstream call an observation is about. */
export type UpstreamOperation = 'responses' | 'conversations';

/**
 * How one upstream request ended, from a small fixed vocabulary: a status class (`2xx`, `4xx`, `5xx`), `429`
 * on its own (the upstream's rate limit matters to operators), or `timeout`, `connection`, `aborted`.
 */
export type UpstreamOutcome = '2xx' | '4xx' | '429' | '5xx' | 'timeout' | 'connection' | 'aborted';

/** What the OpenAI provider reports per upstream request and per response, never per delta. */
export interface UpstreamObserver {
  request(operation: UpstreamOperation, outcome: UpstreamOutcome, seconds: number): void;
  tokens(input: number, output: number): void;
}

export function outcomeOfStatus(status: number): UpstreamOutcome {
  if (status === 429) return '429';
  if (status >= 500) return '5xx';
  if (status >= 400) return '4xx';
  return '2xx';
}

/** The outcome an SDK (or SDK-shaped) error stands for. */
export function outcomeOfError(error: unknown): UpstreamOutcome {
  if (error instanceof OpenAI.APIUserAbortError) return 'aborted';
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (error instanceof OpenAI.APIError && typeof error.status === 'number')
    return outcomeOfStatus(error.status);
  return 'connection';
}

/** Times `call` and reports how it ended; the result or error passes through unchanged. */
export async function observed<T>(
  observer: UpstreamObserver | undefined,
  operation: UpstreamOperation,
  call: () => Promise<T>,
): Promise<T> {
  if (!observer) return call();
  const startedAt = performance.now();
  const seconds = () => (performance.now() - startedAt) / 1000;
  try {
    const result = await call();
    observer.request(operation, '2xx', seconds());
    return result;
  } catch (error) {
    observer.request(operation, outcomeOfError(error), seconds());
    throw error;
  }
}
