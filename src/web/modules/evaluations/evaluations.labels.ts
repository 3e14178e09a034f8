import type { IndicatorKey, RectificationStatus } from '../../../contracts/evaluations.contract.js';
import { indicatorKeys } from '../../../contracts/evaluations.contract.js';

/** The grades as offered: best first, as people read a scale from left to right. */
export const GRADE_ORDER = [5, 4, 3, 2, 1] as const;
export type Grade = (typeof GRADE_ORDER)[number];

export const INDICATORS: readonly IndicatorKey[] = indicatorKeys;

export const gradeKey = (grade: number) => String(grade) as '1' | '2' | '3' | '4' | '5';

/** Colours help; the words carry the meaning. */
export const GRADE_COLORS: Record<string, string> = {
  '5': 'success',
  '4': 'success',
  '3': 'processing',
  '2': 'warning',
  '1': 'error',
};

export const STATUS_COLORS: Record<RectificationStatus, string> = {
  open: 'warning',
  responded: 'processing',
  closed: 'default',
  appealed: 'purple',
  appeal_upheld: 'default',
  appeal_rejected: 'warning',
};
