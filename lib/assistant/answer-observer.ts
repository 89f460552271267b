import type { ErrorCode } from '../protocol';

/**
 * What the core reports about questions and answers, for operators' metrics: once per question and per
 * answer, never per delta. The server side turns it into Prometheus series (lib/server/metrics/).
 */
export interface AnswerObserver {
  /** A new question entered its session's queue. */
  queued(): void;
  /** A question was refused before it was queued (rate limit, full queue, shutdown, expired session). */
  rejected(code: ErrorCode): void;
  /** The provider's first words arrived, this long after the answer started. */
  firstDelta(seconds: number): void;
  /** An answer was written in full, this long after it started. */
  answered(seconds: number): void;
  /** The citizen's «Detener» ended an answer; what was written stands. */
  stopped(): void;
  /** An answer ended with an error event (or could not be recorded: `store_unavailable`). */
  failed(code: ErrorCode): void;
}
