import type { WireEvent } from './ws-client';

export interface SseEvent {
  id?: string;
  data: WireEvent;
}

/**
 * Reads a Server-Sent Events response the way a browser's EventSource would, so tests can await events
 * in order and check their `id` lines.
 */
export class SseClient {
  readonly events: SseEvent[] = [];
  readonly response: Response;
  private cursor = 0;
  private buffer = '';
  private waiters: Array<() => void> = [];
  private ended = false;

  private constructor(
    response: Response,
    private readonly aborter: AbortController,
  ) {
    this.response = response;
    void this.pump();
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const aborter = new AbortController();
    const response = await fetch(url, { headers, signal: aborter.signal });
    return new SseClient(response, aborter);
  }

  async next(timeoutMs = 5_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    while (this.cursor >= this.events.length) {
      if (this.ended) throw new Error('stream ended while waiting for an event');
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.events[this.cursor++] as SseEvent;
  }

  async until(predicate: (event: WireEvent) => boolean, timeoutMs = 10_000): Promise<SseEvent[]> {
    const seen: SseEvent[] = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const event = await this.next(Math.max(1, deadline - Date.now()));
      seen.push(event);
      if (predicate(event.data)) return seen;
    }
  }

  close(): void {
    this.aborter.abort();
  }

  private async pump(): Promise<void> {
    const reader = this.response.body?.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = (await reader?.read()) ?? { done: true, value: undefined };
        if (done) break;
        this.buffer += decoder.decode(value, { stream: true });
        this.parse();
      }
    } catch {
      // Aborted by close().
    }
    this.ended = true;
    this.waiters.splice(0).forEach((wake) => wake());
  }

  private parse(): void {
    let boundary = this.buffer.indexOf('\n\n');
    while (boundary >= 0) {
      const block = this.buffer.slice(0, boundary);
      this.buffer = this.buffer.slice(boundary + 2);
      const fields = new Map<string, string>();
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
      }
      const data = fields.get('data');
      if (data !== undefined) this.events.push({ id: fields.get('id'), data: JSON.parse(data) as WireEvent });
      boundary = this.buffer.indexOf('\n\n');
    }
    this.waiters.splice(0).forEach((wake) => wake());
  }
}
