import { roundToThousand } from './money';
import { OFFICIAL_SOURCES, type OfficialSource } from './sources';
import { requireUvt, uvtToPesos } from './uvt';
import { MINIMUM_PENALTY_UVT } from './late-filing-penalty';

/**
 * The penalty for correcting a return upwards (art. 644 ET, as Ley 1819 de 2016 left it): a share of the
 * higher amount to pay (or the lower balance in favour) between the correction and the return before it.
 * None when the correction is filed before the deadline; 10 % after the deadline and before a DIAN summons
 * to correct (emplazamiento para corregir, art. 685) or an inspection order; 20 % after that summons and
 * before the requerimiento especial. When the first return was itself filed late, 5 % more for each month or
 * fraction between the deadline and that filing, the total never above 100 % of the difference. Never below
 * the 10 UVT minimum of art. 639 when a penalty is due. The article was read only in third-party copies.
 */

export type CorrectionTiming = 'before_deadline' | 'voluntary' | 'after_summons';
export const CORRECTION_TIMINGS: readonly CorrectionTiming[] = [
  'before_deadline',
  'voluntary',
  'after_summons',
];

const RATE_BY_TIMING: Readonly<Record<CorrectionTiming, number>> = {
  before_deadline: 0,
  voluntary: 10,
  after_summons: 20,
};
const LATE_INITIAL_RATE_PER_MONTH = 5;

export interface CorrectionPenaltyInput {
  /** Year the correction is filed: picks the UVT of the minimum. */
  year: number;
  /** Higher amount to pay, or lower balance in favour, that the correction brings, in pesos. */
  difference: number;
  timing: CorrectionTiming;
  /** Months or fractions of a month the first return was late; 0 or null when it was on time. */
  initialMonthsLate?: number | null;
}

export interface CorrectionPenalty {
  year: number;
  difference: number;
  timing: CorrectionTiming;
  /** Percentage of the difference, the late-filing months included, before the 100 % cap. */
  rate: number;
  initialMonthsLate: number;
  computed: number;
  capped: boolean;
  minimum: number;
  minimumApplied: boolean;
  /** What to pay, approximated to the nearest thousand (art. 577 ET); 0 before the deadline. */
  penalty: number;
  sources: OfficialSource[];
  confirmed: false;
}

export function correctionPenalty(input: CorrectionPenaltyInput): CorrectionPenalty {
  const uvt = requireUvt(input.year);
  const initialMonthsLate = Math.max(0, Math.ceil(input.initialMonthsLate ?? 0));
  const base = RATE_BY_TIMING[input.timing];
  const rate = base === 0 ? 0 : base + LATE_INITIAL_RATE_PER_MONTH * initialMonthsLate;
  const computed = (input.difference * rate) / 100;
  const capped = computed > input.difference;
  const afterCap = Math.min(computed, input.difference);
  const minimum = uvtToPesos(MINIMUM_PENALTY_UVT, input.year).rounded;
  const due = rate > 0 && input.difference > 0;
  const minimumApplied = due && afterCap < minimum;
  return {
    year: input.year,
    difference: input.difference,
    timing: input.timing,
    rate,
    initialMonthsLate,
    computed,
    capped,
    minimum,
    minimumApplied,
    penalty: due ? roundToThousand(Math.max(afterCap, minimum)) : 0,
    sources: [OFFICIAL_SOURCES.estatuto, uvt.source],
    confirmed: false,
  };
}
