/**
 * What the upstream may spend per day, shared by every answer of this process (or of every instance, when
 * the implementation keeps it in a shared store). Checked before an answer starts, so a spent budget
 * refuses new questions while answers already running finish and report what they used.
 */
export interface TokenBudget {
  /** False once the day's tokens are spent; the caller refuses the question before anything goes upstream. */
  admits(): Promise<boolean>;
  /** Adds the tokens (input + output) the upstream reported for one response. */
  spend(tokens: number): Promise<void>;
}
