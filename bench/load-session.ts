import { clockMicros, readStamps } from '../tests/fakes/paced-answer';
import type { LoadConnection, WireEvent } from './clients/wire';
import type { WorkerReport } from './load-protocol';

/** Where the run is: samples count only for questions asked while measuring. */
export type Phase = 'idle' | 'warmup' | 'measure' | 'drain';

/** Shared by every session of one worker: the phase and the samples gathered so far. */
export class LoadRecorder {
  phase: Phase = 'idle';
  readonly report: WorkerReport = {
    firstDeltaUs: [],
    firstRequestUs: [],
    firstRelayUs: [],
    finalUs: [],
    deltaUs: [],
    deltasInWindow: 0,
    windowMs: 0,
    answers: 0,
    unfinished: 0,
    errors: {},
  };

  countError(code: string): void {
    this.report.errors[code] = (this.report.errors[code] ?? 0) + 1;
  }
}

interface PendingAnswer {
  id: string;
  sentAtUs: number;
  measured: boolean;
  sawFirstDelta: boolean;
}

/**
 * One simulated citizen: asks, reads the streamed answer, pauses `thinkMs`, asks again, for as long as the
 * run lasts. It computes latencies from the fake upstream's stamps (see tests/fakes/paced-answer.ts).
 */
export class LoadSession {
  private pending: PendingAnswer | undefined;
  private asked = 0;
  private settled = 0;
  private timer: NodeJS.Timeout | undefined;
  private plan: { question: string; thinkMs: number } | undefined;
  connection: LoadConnection | undefined;

  constructor(
    private readonly name: string,
    private readonly recorder: LoadRecorder,
  ) {}

  /** Answers (or failures) received, warm-up included. */
  get answered(): number {
    return this.settled;
  }

  /** Whether an answer asked while measuring is still missing. */
  get waitingForMeasured(): boolean {
    return this.pending?.measured === true;
  }

  start(question: string, thinkMs: number, delayMs: number): void {
    this.plan = { question, thinkMs };
    this.timer = setTimeout(() => this.ask(), delayMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.plan = undefined;
  }

  handle(event: WireEvent, arrivalUs: number): void {
    const { recorder, pending } = this;
    switch (event.type) {
      case 'delta': {
        if (!pending || event.id !== pending.id) return;
        const stamps = readStamps(event.delta ?? '');
        if (recorder.phase === 'measure') recorder.report.deltasInWindow += stamps.length;
        if (!pending.measured) return;
        for (const stamp of stamps) {
          recorder.report.deltaUs.push(arrivalUs - stamp.sentAtUs);
          if (stamp.index === 0 && !pending.sawFirstDelta) {
            pending.sawFirstDelta = true;
            const upstreamUs = stamp.sentAtUs - stamp.receivedAtUs;
            recorder.report.firstDeltaUs.push(arrivalUs - pending.sentAtUs - upstreamUs);
            recorder.report.firstRequestUs.push(stamp.receivedAtUs - pending.sentAtUs);
            recorder.report.firstRelayUs.push(arrivalUs - stamp.sentAtUs);
          }
        }
        return;
      }
      case 'response': {
        if (!pending || event.id !== pending.id) return;
        if (pending.measured) {
          const stamps = readStamps(event.message ?? '');
          if (stamps.length > 0) {
            recorder.report.finalUs.push(arrivalUs - Math.max(...stamps.map((stamp) => stamp.sentAtUs)));
          }
          recorder.report.answers += 1;
        }
        this.settle();
        return;
      }
      case 'error': {
        recorder.countError(event.code ?? 'unknown');
        if (pending && (event.id === undefined || event.id === pending.id)) this.settle();
        return;
      }
      case 'closed':
        recorder.countError(`closed_${event.code ?? 'stream'}`);
        this.connection = undefined;
        this.pending = undefined;
        this.stop();
        return;
      default:
        return;
    }
  }

  private ask(): void {
    this.timer = undefined;
    const { phase } = this.recorder;
    if (!this.plan || !this.connection || (phase !== 'warmup' && phase !== 'measure')) return;
    this.asked += 1;
    this.pending = {
      id: `${this.name}-${this.asked}`,
      sentAtUs: clockMicros(),
      measured: phase === 'measure',
      sawFirstDelta: false,
    };
    this.connection.ask(this.pending.id, this.plan.question);
  }

  private settle(): void {
    this.settled += 1;
    this.pending = undefined;
    if (this.plan) this.timer = setTimeout(() => this.ask(), this.plan.thinkMs);
  }
}
