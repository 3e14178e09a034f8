import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarDate, CalendarDayKind } from './working-days.js';

export interface SeedCalendarDay {
  date: CalendarDate;
  kind: CalendarDayKind;
  name: string;
}

/** The package's short names, as the State Council's notices write them. */
const officialNames: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/** "National Day,国庆节,3" → 国庆节. */
function holidayName(value: string): string {
  const chinese = value.split(',')[1]?.trim();
  if (!chinese) throw new Error(`chinese-days has an entry without a Chinese name: ${value}`);
  return officialNames[chinese] ?? chinese;
}

/**
 * Every official holiday and make-up working day that chinese-days knows, by year. Read from the
 * package's data (`holidays`: days off; `workdays`: make-up working days), never typed by hand;
 * the package covers a year completely or not at all (2004–2026 in 1.5.7).
 */
export function chineseDaysCalendar(): Map<number, SeedCalendarDay[]> {
  const data = packageData as { holidays: Record<string, string>; workdays: Record<string, string> };
  const years = new Map<number, SeedCalendarDay[]>();
  const add = (day: SeedCalendarDay) => {
    const year = Number(day.date.slice(0, 4));
    const list = years.get(year) ?? [];
    list.push(day);
    years.set(year, list);
  };
  for (const [date, value] of Object.entries(data.holidays)) {
    add({ date, kind: 'holiday', name: holidayName(value) });
  }
  for (const [date, value] of Object.entries(data.workdays)) {
    add({ date, kind: 'makeup_workday', name: `${holidayName(value)}调休上班` });
  }
  for (const list of years.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return new Map([...years].sort(([a], [b]) => a - b));
}
