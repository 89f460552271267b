import type { ClientEvent, ServerEvent } from '../protocol';

export interface LinkWatchOptions {
  /** While answers are awaited, this long without a frame makes the link suspect: it is probed. */
  silenceMs: number;
  /** This long after the probe without a frame, the link is given up. */
  probeTimeoutMs: number;
  probe: () => void;
  onDead: () => void;
}

/**
 * Notices a connection that died without closing: a phone that moved from Wi-Fi to mobile data, a NAT or
 * proxy that forgot the connection. The browser reports nothing until TCP gives up, minutes later, while
 * the citizen watches "Escribiendo…". So while questions wait for their answers, a silent link is asked
 * for a `pong`; one that stays silent is reported dead, and the transport reconnects and resumes.
 * An idle conversation is never probed: nothing is lost by noticing its dead link at the next question.
 */
export class LinkWatch {
  private readonly awaiting = new Set<string>();
  private attached = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: LinkWatchOptions) {}

  /** A session is attached on a link: watching starts (again) from now. */
  attach(): void {
    this.attached = true;
    this.arm();
  }

  /** The link is gone or replaced: no probe until the next one is attached. */
  detach(): void {
    this.attached = false;
    clearTimeout(this.timer);
  }

  sent(event: ClientEvent): void {
    if (event.type === 'message' && event.id !== undefined) this.awaiting.add(event.id);
    this.arm();
  }

  /** Any frame proves the link works; final events also end the wait for their question. */
  heard(event: ServerEvent): void {
    if ((event.type === 'response' || event.type === 'error') && event.id !== undefined) {
      this.awaiting.delete(event.id);
    }
    // A reset conversation or an expired session has no answers left to wait for.
    if (event.type === 'reset' || (event.type === 'error' && event.code === 'session_expired')) {
      this.awaiting.clear();
    }
    this.arm();
  }

  private arm(): void {
    clearTimeout(this.timer);
    if (!this.attached || this.awaiting.size === 0) return;
    this.timer = setTimeout(() => {
      this.options.probe();
      this.timer = setTimeout(() => this.options.onDead(), this.options.probeTimeoutMs);
    }, this.options.silenceMs);
  }
}
