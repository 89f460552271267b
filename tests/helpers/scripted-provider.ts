import { abortableDelay } from '../../lib/assistant/abortable-delay';
import type { AssistantProvider, ReplyRequest } from '../../lib/assistant/provider';

export type Script = {
  deltas: string[];
  delayMs?: number;
  failWith?: Error;
  /**
   * Holds the answer after its first `after` deltas until the test resolves `until` (or the reply is
   * aborted): a test that stops or resets mid-answer then never races the pace of the deltas.
   */
  hold?: { after: number; until: Promise<void> };
};

/** Rejects with the signal's reason as soon as it aborts; otherwise settles with `promise`. */
function abortable(promise: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

/**
 * An in-process provider for unit tests: answers from a per-input script, records calls and the highest
 * number of replies it ever had in flight at once.
 */
export class ScriptedProvider implements AssistantProvider {
  readonly kind = 'local' as const;
  readonly calls: ReplyRequest[] = [];
  readonly created: string[] = [];
  readonly deleted: string[] = [];
  active = 0;
  maxActive = 0;
  private counter = 0;

  constructor(private readonly script: (input: string) => Script) {}

  async createConversation(): Promise<string> {
    this.counter += 1;
    const id = `conv_${this.counter}`;
    this.created.push(id);
    return id;
  }

  async deleteConversation(id: string): Promise<void> {
    this.deleted.push(id);
  }

  async *streamReply(request: ReplyRequest): AsyncIterable<string> {
    this.calls.push(request);
    this.active += 1;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      const { deltas, delayMs = 5, failWith, hold } = this.script(request.input);
      for (const [index, delta] of deltas.entries()) {
        if (index === hold?.after) await abortable(hold.until, request.signal);
        await abortableDelay(delayMs, request.signal);
        yield delta;
      }
      if (failWith) throw failWith;
    } finally {
      this.active -= 1;
    }
  }
}
