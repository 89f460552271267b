import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/** A PRNG in [0, 1) that replays the same sequence for the same seed (mulberry32). */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed from `CHAOS_SEED` when set (to replay a failure), otherwise a fresh one. */
export function chaosSeed(): number {
  const fromEnv = process.env.CHAOS_SEED;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const seed = Number(fromEnv);
    if (!Number.isSafeInteger(seed) || seed < 0)
      throw new Error(`CHAOS_SEED must be an integer ≥ 0: ${fromEnv}`);
    return seed >>> 0;
  }
  return Math.floor(Math.random() * 4_294_967_296);
}

export const randomInt = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

/** `up` is client → server, `down` is server → client. */
export type Direction = 'up' | 'down';

export type Fault =
  /** Nothing goes wrong for `afterBytes`; then the next fault is drawn. */
  | { kind: 'calm'; direction: Direction; afterBytes: number }
  /** Both sockets destroyed, as when a phone loses its network. */
  | { kind: 'drop'; direction: Direction; afterBytes: number }
  /** Nothing is forwarded either way for `ms`; then the link carries on or is dropped. */
  | { kind: 'stall'; direction: Direction; afterBytes: number; ms: number; then: 'resume' | 'drop' }
  /** `end()` in one direction only: that peer sees EOF, the other direction keeps flowing. */
  | { kind: 'half-close'; direction: Direction; afterBytes: number };

export interface FaultPlanOptions {
  /** Share of draws that are a calm stretch rather than a fault. */
  calmRate: number;
  /** Upper bounds of the random byte offset at which a fault strikes, per direction. */
  maxBytes: Record<Direction, number>;
  stallMs: [number, number];
}

/** Draws the next fault for a link; byte offsets are counted from the link's current position. */
export function faultPlan(options: FaultPlanOptions): (random: Random) => Fault {
  return (random) => {
    if (random() < options.calmRate) {
      return { kind: 'calm', direction: 'down', afterBytes: randomInt(random, 0, options.maxBytes.down) };
    }
    // Most bytes flow down (answers), so that is where a random cut usually lands in real life too.
    const direction: Direction = random() < 0.7 ? 'down' : 'up';
    const afterBytes = randomInt(random, 0, options.maxBytes[direction]);
    const pick = random();
    if (pick < 0.35) return { kind: 'drop', direction, afterBytes };
    if (pick < 0.7) {
      const ms = randomInt(random, options.stallMs[0], options.stallMs[1]);
      return { kind: 'stall', direction, afterBytes, ms, then: random() < 0.5 ? 'resume' : 'drop' };
    }
    return { kind: 'half-close', direction, afterBytes };
  };
}

export interface ChaosStats {
  links: number;
  calms: number;
  drops: number;
  stalls: number;
  stallsResumed: number;
  halfCloses: number;
}

interface ChaosProxyOptions {
  targetPort: number;
  random: Random;
  plan: (random: Random) => Fault;
}

/**
 * A loopback TCP proxy that injects network faults at byte offsets drawn from a seeded PRNG. Faults cut
 * anywhere: inside the HTTP upgrade, inside a WebSocket frame, between frames.
 */
export class ChaosProxy {
  readonly stats: ChaosStats = { links: 0, calms: 0, drops: 0, stalls: 0, stallsResumed: 0, halfCloses: 0 };
  private readonly links = new Set<Link>();

  private constructor(
    private readonly server: Server,
    private readonly options: ChaosProxyOptions,
  ) {
    server.on('connection', (client) => this.accept(client));
  }

  static async start(options: ChaosProxyOptions): Promise<ChaosProxy> {
    const server = createServer({ allowHalfOpen: true });
    const proxy = new ChaosProxy(server, options);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /**
   * Every open link stops carrying bytes, both ways, and never closes: a path that died silently (a phone
   * that changed networks, a NAT that forgot the connection). New links work normally.
   */
  freeze(): void {
    for (const link of this.links) link.freeze();
  }

  async close(): Promise<void> {
    for (const link of this.links) link.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    this.stats.links += 1;
    const upstream = connect({ port: this.options.targetPort, host: '127.0.0.1', allowHalfOpen: true });
    const link = new Link(
      client,
      upstream,
      () => this.options.plan(this.options.random),
      this.stats,
      () => this.links.delete(link),
    );
    this.links.add(link);
  }
}

type Chunk = Buffer | 'eof';

/** What a link waits for once its fault struck and until a resumed stall draws the next one. */
const QUIET: Fault = { kind: 'calm', direction: 'down', afterBytes: Number.POSITIVE_INFINITY };

/** One proxied connection: two sockets, byte counters per direction and the fault waiting to strike. */
class Link {
  private readonly forwarded: Record<Direction, number> = { up: 0, down: 0 };
  /** After a half-close, what still arrives in that direction has nowhere to go. */
  private readonly discarding: Record<Direction, boolean> = { up: false, down: false };
  private stalled = false;
  /** What arrived during a stall, in order, so that a resumed link delivers it as a slow network would. */
  private readonly held: Array<[Direction, Chunk]> = [];
  private fault: Fault;
  private faultAt: Record<Direction, number> = { up: 0, down: 0 };
  private destroyed = false;

  constructor(
    private readonly client: Socket,
    private readonly upstream: Socket,
    private readonly draw: () => Fault,
    private readonly stats: ChaosStats,
    private readonly onGone: () => void,
  ) {
    this.fault = this.arm();
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    this.wire(client, 'up');
    this.wire(upstream, 'down');
  }

  freeze(): void {
    this.fault = QUIET;
    this.stalled = true;
    this.discarding.up = true;
    this.discarding.down = true;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.held.length = 0;
    this.client.destroy();
    this.upstream.destroy();
    this.onGone();
  }

  private wire(source: Socket, direction: Direction): void {
    source.on('data', (chunk: Buffer) => this.forward(direction, chunk));
    source.on('end', () => this.forward(direction, 'eof'));
    // A reset or a full close on either side ends the link, as it would for a real middlebox.
    source.on('error', () => this.destroy());
    source.on('close', () => this.destroy());
  }

  private target(direction: Direction): Socket {
    return direction === 'up' ? this.upstream : this.client;
  }

  private arm(): Fault {
    const fault = this.draw();
    this.faultAt = { up: this.forwarded.up, down: this.forwarded.down };
    return fault;
  }

  private forward(direction: Direction, chunk: Chunk): void {
    if (this.destroyed || this.discarding[direction]) return;
    if (this.stalled) {
      this.held.push([direction, chunk]);
      return;
    }
    if (chunk === 'eof') {
      this.target(direction).end();
      return;
    }
    const fault = this.fault;
    if (fault.direction === direction) {
      const remaining = this.faultAt[direction] + fault.afterBytes - this.forwarded[direction];
      if (remaining < chunk.length) {
        this.write(direction, chunk.subarray(0, Math.max(0, remaining)));
        this.strike(fault);
        this.forward(direction, chunk.subarray(Math.max(0, remaining)));
        return;
      }
    }
    this.write(direction, chunk);
  }

  private write(direction: Direction, chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.forwarded[direction] += chunk.length;
    this.target(direction).write(chunk);
  }

  private strike(fault: Fault): void {
    switch (fault.kind) {
      case 'calm':
        this.stats.calms += 1;
        this.fault = this.arm();
        return;
      case 'drop':
        this.stats.drops += 1;
        this.destroy();
        return;
      case 'half-close':
        this.fault = QUIET;
        this.stats.halfCloses += 1;
        this.discarding[fault.direction] = true;
        this.target(fault.direction).end();
        return;
      case 'stall':
        this.fault = QUIET;
        this.stats.stalls += 1;
        this.stalled = true;
        setTimeout(() => this.endStall(fault.then), fault.ms);
        return;
    }
  }

  private endStall(then: 'resume' | 'drop'): void {
    if (this.destroyed) return;
    if (then === 'drop') {
      this.stats.drops += 1;
      this.destroy();
      return;
    }
    this.stats.stallsResumed += 1;
    this.stalled = false;
    this.fault = this.arm();
    for (const [direction, chunk] of this.held.splice(0)) this.forward(direction, chunk);
  }
}
