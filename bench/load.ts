import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { CoordinatorMessage, Endpoint, WorkerMessage, WorkerReport } from './load-protocol';

type Reply<T extends WorkerMessage['type']> = Extract<WorkerMessage, { type: T }>;

/** One forked load-generator process and the replies it owes. */
class Worker {
  private readonly waiting = new Map<
    string,
    { resolve: (message: WorkerMessage) => void; reject: (error: Error) => void }
  >();
  private failure: Error | undefined;
  readonly exited: Promise<void>;

  constructor(readonly child: ChildProcess) {
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'fatal') return this.fail(new Error(`load worker failed: ${message.message}`));
      this.waiting.get(message.type)?.resolve(message);
      this.waiting.delete(message.type);
    });
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        this.fail(new Error(`load worker exited with ${code}`));
        resolve();
      }),
    );
  }

  send(message: CoordinatorMessage): void {
    this.child.send(message);
  }

  expect<T extends WorkerMessage['type']>(type: T): Promise<Reply<T>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.set(type, { resolve: (message) => resolve(message as Reply<T>), reject });
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}

export interface ConnectOutcome {
  connected: number;
  failed: number;
  firstError?: string;
}

/**
 * The coordinator's handle on its load-generator processes: splits the sessions between them and merges
 * what they measured.
 */
export class LoadGenerator {
  private constructor(private readonly workers: Worker[]) {}

  static start(count: number): LoadGenerator {
    const script = path.join(__dirname, 'load-worker.ts');
    return new LoadGenerator(
      Array.from(
        { length: count },
        () =>
          new Worker(
            fork(script, [], {
              execArgv: ['--import', 'tsx'],
              stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
            }),
          ),
      ),
    );
  }

  get pids(): number[] {
    return this.workers.map((worker) => worker.child.pid ?? -1);
  }

  async connect(endpoint: Endpoint, sessions: number, sourceAddresses: string[]): Promise<ConnectOutcome> {
    const share = Math.ceil(sessions / this.workers.length);
    const replies = await Promise.all(
      this.workers.map((worker, index) => {
        const firstIndex = index * share;
        const reply = worker.expect('connected');
        worker.send({
          type: 'connect',
          endpoint,
          sessions: Math.max(0, Math.min(share, sessions - firstIndex)),
          firstIndex,
          sourceAddresses,
        });
        return reply;
      }),
    );
    return {
      connected: replies.reduce((sum, reply) => sum + reply.count, 0),
      failed: replies.reduce((sum, reply) => sum + reply.failed, 0),
      firstError: replies.find((reply) => reply.firstError)?.firstError,
    };
  }

  /** Starts the sessions; resolves once every one had an answer, or after `warmupTimeoutMs` regardless. */
  async start(
    question: string,
    thinkMs: number,
    spreadMs: number,
    warmupTimeoutMs: number,
  ): Promise<boolean> {
    const warm = Promise.all(
      this.workers.map((worker) => {
        const reply = worker.expect('warm');
        worker.send({ type: 'start', question, thinkMs, spreadMs });
        return reply;
      }),
    ).then(() => true);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>(
      (resolve) => (timer = setTimeout(() => resolve(false), warmupTimeoutMs)),
    );
    const warmed = await Promise.race([warm, timeout]);
    clearTimeout(timer);
    return warmed;
  }

  measure(): void {
    for (const worker of this.workers) worker.send({ type: 'measure' });
  }

  /** Ends the window, lets measured answers finish, and merges the workers' reports. */
  async stop(drainTimeoutMs: number): Promise<{ report: WorkerReport; deltasPerSecond: number }> {
    const reports = await Promise.all(
      this.workers.map((worker) => {
        const reply = worker.expect('stopped');
        worker.send({ type: 'stop', drainTimeoutMs });
        return reply.then((message) => message.report);
      }),
    );
    const errors: Record<string, number> = {};
    for (const report of reports) {
      for (const [code, count] of Object.entries(report.errors)) errors[code] = (errors[code] ?? 0) + count;
    }
    return {
      report: {
        firstDeltaUs: reports.flatMap((report) => report.firstDeltaUs),
        firstRequestUs: reports.flatMap((report) => report.firstRequestUs),
        firstRelayUs: reports.flatMap((report) => report.firstRelayUs),
        finalUs: reports.flatMap((report) => report.finalUs),
        deltaUs: reports.flatMap((report) => report.deltaUs),
        deltasInWindow: reports.reduce((sum, report) => sum + report.deltasInWindow, 0),
        windowMs: Math.max(...reports.map((report) => report.windowMs)),
        answers: reports.reduce((sum, report) => sum + report.answers, 0),
        unfinished: reports.reduce((sum, report) => sum + report.unfinished, 0),
        errors,
      },
      deltasPerSecond: reports.reduce(
        (sum, report) => sum + (report.windowMs > 0 ? (report.deltasInWindow * 1000) / report.windowMs : 0),
        0,
      ),
    };
  }

  /** Closes every client, then ends the worker processes. */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (worker) => {
        if (worker.child.connected) {
          const done = worker.expect('disconnected').catch(() => undefined);
          worker.send({ type: 'disconnect' });
          await done;
          worker.child.disconnect();
        }
        await worker.exited;
      }),
    );
  }
}
