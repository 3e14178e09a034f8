import type { Tx } from '../../platform/db/database.js';
import type { CaseLight, CaseStatusName } from '../../../contracts/cases.contract.js';
import { toShanghaiDate, type CalendarDate, type CalendarModule } from '../calendar/index.js';
import { isClockRunning } from './case-lifecycle.js';

/** Yellow from this many working days before the due date, unless configured otherwise. */
export const DEFAULT_WARNING_DAYS = 2;

/** Today and the last yellow day, both Asia/Shanghai dates; every light of a request is read against them. */
export interface LightDates {
  today: CalendarDate;
  /** The date `warningDays` working days after today: a due date up to this one is yellow. */
  yellowUntil: CalendarDate;
}

/**
 * Today's light dates from the official calendar (holidays and 调休 included): with a warning of
 * two working days, on the Friday before the Spring Festival a case due on the second working day
 * after the holiday is already yellow.
 */
export async function lightDatesOn(
  tx: Tx | undefined,
  calendar: Pick<CalendarModule, 'dueDate'>,
  at: Date,
  warningDays: number,
): Promise<LightDates> {
  const today = toShanghaiDate(at);
  const { dueDate } = await calendar.dueDate(tx, { start: today, days: warningDays });
  return { today, yellowUntil: dueDate };
}

/** Red once the due date has passed; yellow from `yellowUntil` back to the due date itself; green before. */
export function lightOf(c: { status: CaseStatusName; dueDate: string | null }, dates: LightDates): CaseLight {
  if (!isClockRunning(c.status) || !c.dueDate) return 'none';
  if (c.dueDate < dates.today) return 'red';
  if (c.dueDate <= dates.yellowUntil) return 'yellow';
  return 'green';
}

/**
 * A light as a range of due dates of running cases, so that SQL filters it on the clock index:
 * `after < due_date <= until`, either bound open. 'none' is the complement: not running, or no
 * due date.
 */
export type LightRange =
  { running: true; after: CalendarDate | null; until: CalendarDate | null } | { running: false };

export function lightRange(light: CaseLight, dates: LightDates): LightRange {
  switch (light) {
    case 'red':
      return { running: true, after: null, until: dayBefore(dates.today) };
    case 'yellow':
      return { running: true, after: dayBefore(dates.today), until: dates.yellowUntil };
    case 'green':
      return { running: true, after: dates.yellowUntil, until: null };
    case 'none':
      return { running: false };
  }
}

function dayBefore(date: CalendarDate): CalendarDate {
  const ms = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
