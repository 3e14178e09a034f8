/**
 * Working days on the official Chinese calendar, counted in Asia/Shanghai.
 *
 * Counting rule (行政许可法 第八十二条: time limits in working days, statutory holidays excluded;
 * 民法典 第二百零一条: the first day of a period is not counted): the day of acceptance does not
 * count, whatever kind of day it is; day 1 is the next working day, and the deadline of N working
 * days is the N-th working day after the day of acceptance. A deadline of 0 working days (即办)
 * falls on the day of acceptance itself. Working days inside a pause (e.g. while a supplement,
 * 补正, is awaited) do not count, so a pause extends the deadline by the working days it covers.
 */

/** A calendar date in Asia/Shanghai, 'YYYY-MM-DD'. */
export type CalendarDate = string;
/** A calendar date, or an instant that is read as the Asia/Shanghai date it falls on. */
export type DateInput = CalendarDate | Date;

export type CalendarDayKind = 'holiday' | 'makeup_workday';

export interface CalendarException {
  kind: CalendarDayKind;
  name: string;
}

/** The official calendar: its exceptions to Monday–Friday, and the years whose arrangement is known. */
export interface WorkingDayCalendar {
  /** Keyed by day number (days since 1970-01-01), so that walking the days formats no strings. */
  exceptions: ReadonlyMap<number, CalendarException>;
  knownYears: ReadonlySet<number>;
  lastKnownYear: number | null;
}

/** A pause of the clock over the calendar dates [from, to): `from` does not count, `to` counts again. */
export interface Pause {
  from: DateInput;
  to: DateInput;
}

export interface SkippedDay {
  date: CalendarDate;
  reason: 'weekend' | 'holiday';
  /** The holiday's name; null for an ordinary weekend day. */
  name: string | null;
}

export interface AppliedPause {
  from: CalendarDate;
  to: CalendarDate;
  /** Working days of the pause that would otherwise have counted towards the deadline. */
  workingDays: number;
}

/** Whether the computation relied on a year whose official arrangement is not known. */
export interface CalendarCoverage {
  beyondKnownCalendar: boolean;
  lastKnownYear: number | null;
  /** Years the computation needed but the calendar does not know; Monday–Friday was assumed there. */
  unknownYears: number[];
}

export interface WorkingDayComputation extends CalendarCoverage {
  start: CalendarDate;
  days: number;
  dueDate: CalendarDate;
  /** Every weekend day and holiday between the start and the due date, in order. */
  skipped: SkippedDay[];
  /** Make-up working days (调休上班) that counted towards the deadline. */
  makeupWorkdays: { date: CalendarDate; name: string }[];
  /** The pauses, sorted and merged where they overlap, with the working days each took out. */
  pauses: AppliedPause[];
}

const DAY_MS = 86_400_000;
// China has kept UTC+8 without daylight saving time since 1991; a fixed offset keeps this pure and
// independent of the server's TZ setting and ICU data.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** About four years of working days; far beyond any statutory or promised time limit. */
const MAX_DAYS = 1000;

/** Days since 1970-01-01 of a valid 'YYYY-MM-DD'; throws RangeError for anything else (e.g. 2027-02-30). */
export function dayNumber(date: CalendarDate): number {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (
      year >= 1900 &&
      back.getUTCFullYear() === year &&
      back.getUTCMonth() === month - 1 &&
      back.getUTCDate() === day
    )
      return ms / DAY_MS;
  }
  throw new RangeError(`not a calendar date: ${date}`);
}

/** The 'YYYY-MM-DD' of a day number. */
export function dateOfDayNumber(n: number): CalendarDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The Asia/Shanghai calendar date of an instant, or the date itself (validated) when given one. */
export function toShanghaiDate(input: DateInput): CalendarDate {
  if (typeof input === 'string') {
    dayNumber(input);
    return input;
  }
  const ms = input.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid date');
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: CalendarDate): number {
  return weekdayOf(dayNumber(date)) || 7;
}

function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** Builds the calendar from its stored exceptions and known years. */
export function buildCalendar({
  days,
  years,
}: {
  days: Iterable<{ date: CalendarDate; kind: CalendarDayKind; name: string }>;
  years: Iterable<number>;
}): WorkingDayCalendar {
  const exceptions = new Map<number, CalendarException>();
  for (const day of days) exceptions.set(dayNumber(day.date), { kind: day.kind, name: day.name });
  const knownYears = new Set(years);
  return {
    exceptions,
    knownYears,
    lastKnownYear: knownYears.size ? Math.max(...knownYears) : null,
  };
}

interface DayInfo {
  working: boolean;
  reason: 'workday' | 'makeup_workday' | 'weekend' | 'holiday';
  name: string | null;
}

const WEEKEND: DayInfo = { working: false, reason: 'weekend', name: null };
const WORKDAY: DayInfo = { working: true, reason: 'workday', name: null };

function describeDay(n: number, calendar: WorkingDayCalendar): DayInfo {
  const exception = calendar.exceptions.get(n);
  if (exception?.kind === 'holiday') return { working: false, reason: 'holiday', name: exception.name };
  if (exception?.kind === 'makeup_workday')
    return { working: true, reason: 'makeup_workday', name: exception.name };
  const weekday = weekdayOf(n);
  return weekday === 0 || weekday === 6 ? WEEKEND : WORKDAY;
}

/**
 * Whether the date (an instant is read in Asia/Shanghai) is a working day. In a year the calendar
 * does not know this is Monday to Friday; use `addWorkingDays`/`workingDaysBetween` to learn so.
 */
export function isWorkingDay(date: DateInput, calendar: WorkingDayCalendar): boolean {
  return describeDay(dayNumber(toShanghaiDate(date)), calendar).working;
}

function coverage(firstDay: number, lastDay: number, calendar: WorkingDayCalendar): CalendarCoverage {
  const unknownYears: number[] = [];
  if (firstDay <= lastDay) {
    const [first, last] = [yearOf(dateOfDayNumber(firstDay)), yearOf(dateOfDayNumber(lastDay))];
    for (let year = first; year <= last; year += 1)
      if (!calendar.knownYears.has(year)) unknownYears.push(year);
  }
  return {
    beyondKnownCalendar: unknownYears.length > 0,
    lastKnownYear: calendar.lastKnownYear,
    unknownYears,
  };
}

interface PauseRange {
  from: number;
  to: number;
}

/** Sorts the pauses and merges those that overlap or touch, so no day is taken out twice. */
function normalisePauses(pauses: readonly Pause[]): PauseRange[] {
  const ranges = pauses
    .map((p) => ({ from: dayNumber(toShanghaiDate(p.from)), to: dayNumber(toShanghaiDate(p.to)) }))
    .map((r) => {
      if (r.to < r.from) throw new RangeError('a pause ends before it starts');
      return r;
    })
    .filter((r) => r.to > r.from)
    .sort((a, b) => a.from - b.from);
  const merged: PauseRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

function pauseIndexOf(n: number, pauses: PauseRange[]): number {
  return pauses.findIndex((p) => n >= p.from && n < p.to);
}

/** The due date N working days after the start, with how it was reached; see the counting rule above. */
export function addWorkingDays({
  start,
  days,
  pauses = [],
  calendar,
}: {
  start: DateInput;
  days: number;
  pauses?: readonly Pause[];
  calendar: WorkingDayCalendar;
}): WorkingDayComputation {
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS)
    throw new RangeError(`days must be a whole number from 0 to ${MAX_DAYS}`);
  const startDate = toShanghaiDate(start);
  const startDay = dayNumber(startDate);
  const ranges = normalisePauses(pauses);
  const pausedWorkingDays = ranges.map(() => 0);
  const skipped: SkippedDay[] = [];
  const makeupWorkdays: { date: CalendarDate; name: string }[] = [];

  let n = startDay;
  for (let counted = 0; counted < days;) {
    n += 1;
    const info = describeDay(n, calendar);
    if (!info.working) {
      skipped.push({
        date: dateOfDayNumber(n),
        reason: info.reason as SkippedDay['reason'],
        name: info.name,
      });
      continue;
    }
    const pause = pauseIndexOf(n, ranges);
    if (pause >= 0) {
      pausedWorkingDays[pause] = (pausedWorkingDays[pause] ?? 0) + 1;
      continue;
    }
    counted += 1;
    if (info.reason === 'makeup_workday')
      makeupWorkdays.push({ date: dateOfDayNumber(n), name: info.name ?? '' });
  }

  return {
    start: startDate,
    days,
    dueDate: dateOfDayNumber(n),
    skipped,
    makeupWorkdays,
    pauses: ranges.map((r, i) => ({
      from: dateOfDayNumber(r.from),
      to: dateOfDayNumber(r.to),
      workingDays: pausedWorkingDays[i] ?? 0,
    })),
    ...coverage(startDay + 1, n, calendar),
  };
}

/**
 * Working days counted from `from` to `to` by the same rule: those in (from, to], less the paused
 * ones. Negative when `to` is before `from` (e.g. the working days a case is overdue).
 */
export function workingDaysBetween({
  from,
  to,
  pauses = [],
  calendar,
}: {
  from: DateInput;
  to: DateInput;
  pauses?: readonly Pause[];
  calendar: WorkingDayCalendar;
}): CalendarCoverage & { workingDays: number } {
  const [a, b] = [dayNumber(toShanghaiDate(from)), dayNumber(toShanghaiDate(to))];
  const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  const ranges = normalisePauses(pauses);
  let count = 0;
  for (let n = low + 1; n <= high; n += 1) {
    if (describeDay(n, calendar).working && pauseIndexOf(n, ranges) < 0) count += 1;
  }
  return { workingDays: count === 0 ? 0 : sign * count, ...coverage(low + 1, high, calendar) };
}
