import type { Language } from '../../i18n/index.js';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Calendar dates ('YYYY-MM-DD') are already Beijing dates: they are read and shown in UTC so the
// browser's own zone cannot shift them by a day.
const englishDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const englishWeekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short' });
const CHINESE_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

function parts(date: string): { year: number; month: number; day: number; utc: Date } | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { year, month, day, utc: new Date(Date.UTC(year, month - 1, day)) };
}

/** A calendar date as people read it: 2026年3月12日, or 12 Mar 2026; anything else as sent. */
export function formatCalendarDate(date: string, language: Language): string {
  const p = parts(date);
  if (!p) return date;
  return language === 'en' ? englishDate.format(p.utc) : `${p.year}年${p.month}月${p.day}日`;
}

/** The same with the day of the week: 2026年3月12日（星期四）, or Thu 12 Mar 2026. */
export function formatCalendarDateWithWeekday(date: string, language: Language): string {
  const p = parts(date);
  if (!p) return date;
  return language === 'en'
    ? `${englishWeekday.format(p.utc)} ${englishDate.format(p.utc)}`
    : `${formatCalendarDate(date, language)}（${CHINESE_WEEKDAYS[p.utc.getUTCDay()]}）`;
}

/** The day after a calendar date, 'YYYY-MM-DD'. */
function nextDay(date: string): string {
  const p = parts(date);
  if (!p) return date;
  return new Date(p.utc.getTime() + 86_400_000).toISOString().slice(0, 10);
}

export interface DateRun<T> {
  from: string;
  to: string;
  days: number;
  first: T;
}

/**
 * Consecutive dates that belong together (the same holiday, one weekend) as runs, in order:
 * 2026-10-01 … 2026-10-08 国庆节 becomes one run of 8 days.
 */
export function dateRuns<T extends { date: string }>(
  entries: readonly T[],
  sameGroup: (a: T, b: T) => boolean,
): DateRun<T>[] {
  const runs: DateRun<T>[] = [];
  for (const entry of entries) {
    const last = runs.at(-1);
    if (last && nextDay(last.to) === entry.date && sameGroup(last.first, entry)) {
      last.to = entry.date;
      last.days += 1;
    } else {
      runs.push({ from: entry.date, to: entry.date, days: 1, first: entry });
    }
  }
  return runs;
}
