import { Inbox } from './inbox';
import type { WireEvent } from './ws-client';
import { EVENT_WAIT_MS, SEQUENCE_WAIT_MS } from './waits';

export interface SseEvent {
  id?: string;
  data: WireEvent;
}

/**
 * Reads a Server-Sent Events response the way a browser's EventSource would, so tests can await events
 * in order and check their `id` lines.
 */
export class SseClient {
  readonly response: Response;
  private readonly inbox = new Inbox<SseEvent>();
  /**
   * Text received since the last complete block, in pieces: a 20 MB event arrives in hundreds of chunks,
   * and searching one growing string for its end at each chunk made reading it quadratic.
   */
  private pending: string[] = [];

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

  next(timeoutMs = EVENT_WAIT_MS): Promise<SseEvent> {
    return this.inbox.next(timeoutMs);
  }

  until(predicate: (event: WireEvent) => boolean, timeoutMs = SEQUENCE_WAIT_MS): Promise<SseEvent[]> {
    return this.inbox.until((event) => predicate(event.data), timeoutMs);
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
        this.receive(decoder.decode(value, { stream: true }));
      }
    } catch {
      // Aborted by close().
    }
    this.inbox.end('stream ended while waiting for an event');
  }

  private receive(text: string): void {
    const previous = this.pending.at(-1) ?? '';
    // A boundary may straddle two chunks.
    if (!`${previous.slice(-1)}${text}`.includes('\n\n')) {
      this.pending.push(text);
      return;
    }
    const blocks = (this.pending.join('') + text).split('\n\n');
    const rest = blocks.pop() ?? '';
    this.pending = rest ? [rest] : [];
    for (const block of blocks) this.parseBlock(block);
  }

  private parseBlock(block: string): void {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
    }
    const data = fields.get('data');
    if (data !== undefined) this.inbox.push({ id: fields.get('id'), data: JSON.parse(data) as WireEvent });
  }
}
