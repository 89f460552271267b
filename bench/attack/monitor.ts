import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { sampleProcess } from '../proc-stats';
import type { Target } from './wire';

/** What the harness sees of the server from outside: memory, descriptors, and whether it still answers. */

export interface Footprint {
  rssMiB: number;
  fds: number;
}

/** The server's resident memory and open descriptors now; undefined once the process is gone. */
export function footprint(pid: number): Footprint | undefined {
  try {
    return {
      rssMiB: Math.round(sampleProcess(pid).rssBytes / 1024 / 1024),
      fds: readdirSync(`/proc/${pid}/fd`).length,
    };
  } catch {
    return undefined;
  }
}

const SAMPLE_EVERY_MS = 200;

/** Samples the footprint until stopped, keeping the highest memory and descriptor counts seen. */
export class PeakWatch {
  private timer: NodeJS.Timeout | undefined;
  peak: Footprint = { rssMiB: 0, fds: 0 };
  /** The process disappeared while watched. */
  died = false;

  constructor(private readonly pid: number) {}

  start(): void {
    this.timer = setInterval(() => {
      const now = footprint(this.pid);
      if (!now) {
        this.died = true;
        return;
      }
      this.peak = { rssMiB: Math.max(this.peak.rssMiB, now.rssMiB), fds: Math.max(this.peak.fds, now.fds) };
    }, SAMPLE_EVERY_MS);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export const HEALTH_TIMEOUT_MS = 2_000;
const PROBE_EVERY_MS = 500;

/** One `GET /api/health` on a new connection (as a load balancer probes); its time in ms, or undefined. */
export function probeHealth(target: Target, localAddress: string): Promise<number | undefined> {
  const startedAt = performance.now();
  return new Promise((resolve) => {
    const probe = request({
      host: target.host,
      port: target.port,
      path: '/api/health',
      localAddress,
      agent: false,
      timeout: HEALTH_TIMEOUT_MS,
    });
    probe.on('timeout', () => probe.destroy());
    probe.on('error', () => resolve(undefined));
    probe.on('response', (response) => {
      response.resume();
      response.on('end', () =>
        resolve(response.statusCode === 200 ? Math.round(performance.now() - startedAt) : undefined),
      );
    });
    probe.end();
  });
}

/** Probes health one request at a time, every half second, until stopped; a failure is `undefined`. */
export class HealthWatch {
  readonly results: Array<number | undefined> = [];
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly target: Target,
    private readonly localAddress: string,
  ) {}

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const startedAt = performance.now();
        this.results.push(await probeHealth(this.target, this.localAddress));
        const pause = PROBE_EVERY_MS - (performance.now() - startedAt);
        if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}
