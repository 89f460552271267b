import type { ServerEvent, UnsequencedEvent } from '../../protocol';
import type { EventListener, Subscription } from './session-store';

export interface LogSubscriberSource {
  eventsAfter(after: number): Promise<ServerEvent[]>;
  stamp(): Promise<number>;
  onClose(subscriber: LogSubscriber): void;
}

const RETRY_AFTER_FAILURE_MS = 1_000;

/**
 * Delivers one session's events to one listener in seq order, each once, with no gaps. The log is the
 * truth; live events (broadcast after they are logged) only say "something new". Whenever delivery may have
 * a gap (start, a broadcast channel that reconnected, a local event numbered between two live ones) the
 * subscriber reads the log, holding live events back meanwhile.
 */
export class LogSubscriber implements Subscription {
  private delivered: number;
  private held: boolean;
  private closed = false;
  private buffered: Array<{ event: ServerEvent; previous: number }> = [];
  /** Serialises catch-ups and local sends, so their deliveries never interleave. */
  private chain: Promise<void> = Promise.resolve();
  private syncing = 0;
  private retry: NodeJS.Timeout | undefined;
  private lastReadFailed = false;

  constructor(
    private readonly source: LogSubscriberSource,
    after: number,
    private readonly listener: EventListener,
    held: boolean,
  ) {
    this.delivered = after;
    this.held = held;
    if (!held) this.startCatchUp();
  }

  /**
   * A live event from the broadcast, with the seq of the event logged just before it: if this subscriber
   * has not delivered that one, a broadcast was lost (a reconnect) and the log fills the gap first.
   */
  push(event: ServerEvent, previous: number): void {
    if (this.closed) return;
    // The common case, one live event right after the last delivered: no buffering, sorting or copying.
    if (!this.held && this.syncing === 0 && this.buffered.length === 0 && previous <= this.delivered) {
      this.deliver(event);
      return;
    }
    this.buffered.push({ event, previous });
    if (!this.held && this.syncing === 0) this.flush();
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    this.startCatchUp();
  }

  /** Reads what the log holds after the last delivered seq; also the repair after a broadcast gap. */
  catchUp(): Promise<void> {
    return this.serialise(async () => {
      this.deliverAll(await this.readLog());
    });
  }

  sendLocal(event: UnsequencedEvent): Promise<ServerEvent> {
    let stamped: ServerEvent | undefined;
    return this.serialise(async () => {
      const seq = await this.source.stamp();
      stamped = { ...event, seq } as ServerEvent;
      // Everything numbered before `seq` is already in the log: deliver it first.
      const earlier = (await this.readLog()).filter((logged) => logged.seq < seq);
      this.deliverAll(earlier);
      if (!this.closed) {
        this.delivered = Math.max(this.delivered, seq);
        this.listener(stamped);
      }
    }).then(() => stamped as ServerEvent);
  }

  /** An event outside the log (seq 0): delivered in turn, not counted as delivered. */
  notify(event: ServerEvent): void {
    this.serialise(async () => {
      if (!this.closed) this.listener(event);
    }).catch(() => undefined);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.retry);
    this.buffered = [];
    this.source.onClose(this);
  }

  /**
   * A catch-up nobody awaits: if the store cannot be read now, the next broadcast finds the gap and
   * tries again, so the failure is only recorded, never thrown into the void.
   */
  private startCatchUp(): void {
    this.catchUp().catch(() => undefined);
  }

  private async readLog(): Promise<ServerEvent[]> {
    try {
      const events = await this.source.eventsAfter(this.delivered);
      this.lastReadFailed = false;
      return events;
    } catch (error) {
      this.lastReadFailed = true;
      throw error;
    }
  }

  private serialise(step: () => Promise<void>): Promise<void> {
    this.syncing += 1;
    const run = this.chain.then(step).finally(() => {
      this.syncing -= 1;
      if (this.syncing === 0 && !this.held) this.flush();
    });
    // A failed catch-up (store unreachable) must not block later ones; the caller sees the failure.
    this.chain = run.catch(() => undefined);
    return run;
  }

  private flush(): void {
    const pending = this.buffered.sort((a, b) => a.event.seq - b.event.seq);
    this.buffered = [];
    for (const [index, { event, previous }] of pending.entries()) {
      if (previous > this.delivered) {
        // Missed something: keep the rest for after the log has been read. The pushed event is in the log
        // already, so each read gets at least that far; a store that cannot be read is retried later.
        this.buffered = pending.slice(index);
        if (this.retry === undefined) {
          this.retry = setTimeout(
            () => {
              this.retry = undefined;
              this.startCatchUp();
            },
            this.lastReadFailed ? RETRY_AFTER_FAILURE_MS : 0,
          );
        }
        return;
      }
      this.deliver(event);
    }
  }

  private deliverAll(events: ServerEvent[]): void {
    for (const event of events) this.deliver(event);
  }

  private deliver(event: ServerEvent): void {
    if (this.closed || event.seq <= this.delivered) return;
    this.delivered = event.seq;
    this.listener(event);
  }
}
