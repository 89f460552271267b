import type { ProviderKind, Verdict } from '../protocol';

/** Where a final answer came from: what a citizen's verdict on it is counted against. */
export interface AnswerOrigin {
  provider: ProviderKind;
  /** A knowledge entry id, an offline answer kind, or `modelo`: fixed sets, so a bounded metric label. */
  entry: string;
}

export type GivenVerdict = Exclude<Verdict, 'none'>;

export interface VerdictTally extends AnswerOrigin {
  verdict: GivenVerdict;
  count: number;
}

export interface UnansweredTally {
  provider: ProviderKind;
  count: number;
}

export interface AnswerSignalsSnapshot {
  /** Verdicts given, a change counting one for its new verdict. Never decreases (a Prometheus counter). */
  verdicts: VerdictTally[];
  /**
   * Verdicts taken back, by a change to the other one or a withdrawal. Never decreases either: the
   * verdicts answers hold now are `verdicts − withdrawn`, label set by label set.
   */
  withdrawn: VerdictTally[];
  /** Questions the knowledge base had nothing for (see `AnswerSource.unanswered`). Never decreases. */
  unanswered: UnansweredTally[];
}

/**
 * What citizens tell operators, counted in this process: verdicts per entry and provider, and questions the
 * base could not answer. Numbers only: no question, answer or session is kept here. Counts are events, so
 * each series only grows and several instances add up; the runtime owns one and metrics read `snapshot()`.
 */
export class AnswerSignals {
  private readonly given = new Map<string, VerdictTally>();
  private readonly takenBack = new Map<string, VerdictTally>();
  private readonly gaps = new Map<ProviderKind, number>();

  /** A session's verdict on an answer went from `previous` to `next` (either may be `none`). */
  verdictChanged(origin: AnswerOrigin, previous: Verdict, next: Verdict): void {
    if (previous !== 'none') bump(this.takenBack, origin, previous);
    if (next !== 'none') bump(this.given, origin, next);
  }

  /** A question was answered without an entry because the base has none for it. */
  unanswered(provider: ProviderKind): void {
    this.gaps.set(provider, (this.gaps.get(provider) ?? 0) + 1);
  }

  snapshot(): AnswerSignalsSnapshot {
    return {
      verdicts: [...this.given.values()].map((tally) => ({ ...tally })),
      withdrawn: [...this.takenBack.values()].map((tally) => ({ ...tally })),
      unanswered: [...this.gaps].map(([provider, count]) => ({ provider, count })),
    };
  }
}

function bump(tallies: Map<string, VerdictTally>, origin: AnswerOrigin, verdict: GivenVerdict): void {
  const key = JSON.stringify([origin.provider, origin.entry, verdict]);
  const tally = tallies.get(key);
  if (tally) tally.count += 1;
  else tallies.set(key, { provider: origin.provider, entry: origin.entry, verdict, count: 1 });
}
