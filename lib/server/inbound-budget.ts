import type { RateDecision } from '../assistant/service';
import { RateLimiter, TokenBucket } from './rate-limit';

/**
 * Frames a connection may have waiting to be handled (they are handled one at a time, in order, while the
 * store answers asynchronously). Past `pauseAt` the socket is no longer read, so TCP pushes back on the
 * sender; frames already read past `closeAt` mean the sender ignores that, and the connection is closed.
 */
export const INBOUND_BACKLOG = { pauseAt: 8, closeAt: 64 } as const;

/**
 * What client frames cost, on every transport, before anything parses them: each frame (valid or not,
 * any type) and each connection opened takes one token from the client address's budget, shared by all
 * its connections in this process, so reconnecting never refills it; each frame also takes one from its
 * own connection's (a WebSocket) or session's (HTTP) budget, so one flooding tab cannot spend its
 * neighbours' share alone. Full buckets are forgotten by `sweep`.
 */
export class InboundBudget {
  private readonly perAddress: RateLimiter;
  private readonly perSession: RateLimiter;

  constructor(
    private readonly perConnectionPerMinute: number,
    perAddressPerMinute: number,
  ) {
    this.perAddress = new RateLimiter(perAddressPerMinute);
    this.perSession = new RateLimiter(perConnectionPerMinute);
  }

  /** Charges the address for one frame or one connection opened. */
  takeForAddress(address: string): RateDecision {
    return this.perAddress.take(address);
  }

  /** Whether the address could pay for one more frame, without charging it. */
  peekAddress(address: string): RateDecision {
    return this.perAddress.peek(address);
  }

  /** One HTTP client event of a session (its address was charged already). */
  takeForSession(sessionId: string): RateDecision {
    return this.perSession.take(sessionId);
  }

  /** A WebSocket's own budget; each frame charges it, then the address. */
  forConnection(address: string): ConnectionBudget {
    const own = new TokenBucket(this.perConnectionPerMinute);
    return {
      take: () => {
        const decision = own.take();
        return decision.allowed ? this.perAddress.take(address) : decision;
      },
    };
  }

  sweep(): void {
    this.perAddress.sweep();
    this.perSession.sweep();
  }
}

export interface ConnectionBudget {
  take(): RateDecision;
}
