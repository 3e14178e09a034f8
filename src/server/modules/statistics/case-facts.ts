import { toShanghaiDate, type Pause } from '../calendar/index.js';
// The 补正 pause rule lives with the case engine; the statistics count time by the same rule.
import { supplementPauses } from '../cases/index.js';

export const decisionOutcomes = ['granted', 'refused', 'not_accepted'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/** The columns of a case the statistics read. */
export interface CaseForStatistics {
  id: string;
  cityCode: string;
  receivingCityCode: string;
  decidingOrgId: string;
  itemCode: string;
  channel: 'online' | 'window';
  status: string;
  submittedAt: Date;
  acceptedAt: Date | null;
  decidedAt: Date | null;
  dueDate: string | null;
}

export interface CaseEventForStatistics {
  type: string;
  fromStatus: string | null;
  toStatus: string;
  createdAt: Date;
}

/** The case's rating (好差评), if it has one. */
export interface RatingForStatistics {
  grade: number;
  excluded: boolean;
  createdAt: Date;
}

/** What the statistics count of one case; the row of case_stats_cases. */
export interface CaseFact {
  caseId: string;
  cityCode: string;
  receivingCityCode: string;
  decidingOrgId: string;
  itemCode: string;
  channel: 'online' | 'window';
  submittedMonth: string;
  decidedMonth: string | null;
  outcome: DecisionOutcome | null;
  sameDay: boolean;
  onTime: boolean | null;
  workingDays: number | null;
  ratedMonth: string | null;
  satisfied: boolean | null;
}

/** The span the decision's clock ran: from acceptance to decision, less the 补正 pauses. */
export interface DecisionClock {
  from: Date;
  to: Date;
  pauses: Pause[];
}

/** The first day of the Asia/Shanghai month the instant falls in, 'YYYY-MM-01'. */
export function monthOf(at: Date): string {
  return `${toShanghaiDate(at).slice(0, 7)}-01`;
}

const isOutcome = (status: string): status is DecisionOutcome =>
  (decisionOutcomes as readonly string[]).includes(status);

/** Grades 4 and 5 (满意, 非常满意) count as satisfied. */
export const SATISFIED_FROM_GRADE = 4;

/**
 * The clock of a decided, accepted case; null otherwise. Time to decision runs on the deadline's
 * own clock: working days from acceptance to decision, the acceptance day not counted, 补正
 * pauses taken out (the pause rule is the case engine's).
 */
export function decisionClock(
  c: Pick<CaseForStatistics, 'acceptedAt' | 'decidedAt'>,
  events: readonly CaseEventForStatistics[],
): DecisionClock | null {
  if (!c.decidedAt || !c.acceptedAt) return null;
  const { pauses } = supplementPauses([...events], c.decidedAt);
  return { from: c.acceptedAt, to: c.decidedAt, pauses };
}

/**
 * The facts of one case. `events` are the case's history in order (only decisions and the 补正
 * requests, supplies and withdrawals matter); `workingDays` is the calendar's count over its
 * decision clock, null when it has none.
 */
export function caseFact(
  c: CaseForStatistics,
  events: readonly CaseEventForStatistics[],
  rating: RatingForStatistics | null,
  workingDays: number | null,
): CaseFact {
  const decidedAt = c.decidedAt;
  const decision = decidedAt ? events.findLast((e) => isOutcome(e.toStatus)) : undefined;
  const outcome = decidedAt
    ? ((decision?.toStatus as DecisionOutcome | undefined) ?? (isOutcome(c.status) ? c.status : null))
    : null;
  const counts = rating !== null && !rating.excluded;
  return {
    caseId: c.id,
    cityCode: c.cityCode,
    receivingCityCode: c.receivingCityCode,
    decidingOrgId: c.decidingOrgId,
    itemCode: c.itemCode,
    channel: c.channel,
    submittedMonth: monthOf(c.submittedAt),
    decidedMonth: decidedAt ? monthOf(decidedAt) : null,
    outcome,
    sameDay: decidedAt !== null && toShanghaiDate(decidedAt) === toShanghaiDate(c.submittedAt),
    onTime: decidedAt && c.dueDate ? toShanghaiDate(decidedAt) <= c.dueDate : null,
    workingDays: decidedAt && c.acceptedAt && workingDays !== null ? Math.max(0, workingDays) : null,
    ratedMonth: counts ? monthOf(rating.createdAt) : null,
    satisfied: counts ? rating.grade >= SATISFIED_FROM_GRADE : null,
  };
}

/** Whether two facts count the same; a fact that did not change leaves its months alone. */
export function sameFact(a: CaseFact, b: CaseFact): boolean {
  return (Object.keys(a) as (keyof CaseFact)[]).every((key) => a[key] === b[key]);
}

/** The months a fact is counted in. */
export function monthsOf(fact: CaseFact): string[] {
  return [fact.submittedMonth, fact.decidedMonth, fact.ratedMonth].filter((m): m is string => m !== null);
}
