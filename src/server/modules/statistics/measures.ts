import type { CaseMeasures } from '../../../contracts/statistics.contract.js';
import { histogramMedian, mergeHistograms } from './days-histogram.js';
import type { RollupMeasures } from './statistics.repository.js';

const COUNTS = [
  'submitted',
  'submittedOnline',
  'submittedOffSite',
  'decided',
  'granted',
  'refused',
  'notAccepted',
  'decidedSameDay',
  'withDeadline',
  'decidedOnTime',
  'rated',
  'satisfied',
] as const;

export function emptyMeasures(): RollupMeasures {
  return {
    submitted: 0,
    submittedOnline: 0,
    submittedOffSite: 0,
    decided: 0,
    granted: 0,
    refused: 0,
    notAccepted: 0,
    decidedSameDay: 0,
    withDeadline: 0,
    decidedOnTime: 0,
    daysHistogram: [],
    rated: 0,
    satisfied: 0,
  };
}

/** Adds rollup rows together: counts by sum, histograms element by element. */
export function sumMeasures(rows: Iterable<RollupMeasures>): RollupMeasures {
  const total = emptyMeasures();
  const histograms: number[][] = [];
  for (const row of rows) {
    for (const key of COUNTS) total[key] += Number(row[key]);
    histograms.push(row.daysHistogram);
  }
  total.daysHistogram = mergeHistograms(histograms);
  return total;
}

/** A share rounded to four places (0.1234 = 12.34 %), null when nothing was counted. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

/** The public figures of summed rows: the counts, the median and the shares. */
export function toCaseMeasures(m: RollupMeasures): CaseMeasures {
  return {
    submitted: m.submitted,
    submittedOnline: m.submittedOnline,
    submittedOffSite: m.submittedOffSite,
    decided: m.decided,
    granted: m.granted,
    refused: m.refused,
    notAccepted: m.notAccepted,
    decidedSameDay: m.decidedSameDay,
    withDeadline: m.withDeadline,
    decidedOnTime: m.decidedOnTime,
    medianWorkingDays: histogramMedian(m.daysHistogram),
    rated: m.rated,
    satisfied: m.satisfied,
    onlineShare: share(m.submittedOnline, m.submitted),
    offSiteShare: share(m.submittedOffSite, m.submitted),
    sameDayShare: share(m.decidedSameDay, m.decided),
    onTimeRate: share(m.decidedOnTime, m.withDeadline),
    satisfaction: share(m.satisfied, m.rated),
  };
}
