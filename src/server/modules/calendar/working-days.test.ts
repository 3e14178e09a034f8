import { afterEach, describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from './chinese-days.seed.js';
import {
  addWorkingDays,
  buildCalendar,
  dateOfDayNumber,
  dayNumber,
  isWorkingDay,
  isoWeekday,
  toShanghaiDate,
  workingDaysBetween,
  type Pause,
  type WorkingDayCalendar,
} from './working-days.js';

const packageYears = chineseDaysCalendar();
/** The calendar exactly as seeded from chinese-days 1.5.7 (2004–2026). */
const official = buildCalendar({ days: [...packageYears.values()].flat(), years: packageYears.keys() });
/** The same, once an administrator has entered 2027's New Year holiday. */
const with2027 = buildCalendar({
  days: [...[...packageYears.values()].flat(), { date: '2027-01-01', kind: 'holiday', name: '元旦' }],
  years: [...packageYears.keys(), 2027],
});

const due = (start: string | Date, days: number, pauses: Pause[] = [], calendar = official) =>
  addWorkingDays({ start, days, pauses, calendar }).dueDate;

describe('the chinese-days data', () => {
  it('covers 2004 to 2026, every year', () => {
    expect([...packageYears.keys()]).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('has the 2026 National Day arrangement of the State Council notice', () => {
    const days2026 = packageYears.get(2026) ?? [];
    const around = days2026.filter((d) => d.date >= '2026-09-15' && d.date <= '2026-10-15');
    expect(around.map((d) => `${d.date} ${d.kind} ${d.name}`)).toEqual([
      '2026-09-20 makeup_workday 国庆节调休上班',
      '2026-09-25 holiday 中秋节',
      '2026-09-26 holiday 中秋节',
      '2026-09-27 holiday 中秋节',
      ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2026-10-0${d} holiday 国庆节`),
      '2026-10-10 makeup_workday 国庆节调休上班',
    ]);
  });

  it('has the 2026 Spring Festival: 2/15–2/23 off, Saturdays 2/14 and 2/28 worked', () => {
    const spring = (packageYears.get(2026) ?? []).filter((d) => d.name.startsWith('春节'));
    expect(spring.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(
      Array.from({ length: 9 }, (_, i) => `2026-02-${String(15 + i)}`),
    );
    expect(spring.filter((d) => d.kind === 'makeup_workday').map((d) => d.date)).toEqual([
      '2026-02-14',
      '2026-02-28',
    ]);
  });

  it('puts every make-up working day on a Saturday or Sunday, and never on a holiday', () => {
    const all = [...packageYears.values()].flat();
    const makeup = all.filter((d) => d.kind === 'makeup_workday');
    expect(makeup.length).toBeGreaterThan(100);
    expect(makeup.filter((d) => isoWeekday(d.date) < 6)).toEqual([]);
    expect(new Set(all.map((d) => d.date)).size).toBe(all.length);
  });
});

describe('calendar dates', () => {
  it.each([
    ['2026-09-30', 20_726],
    ['1970-01-01', 0],
    ['2028-02-29', 21_243],
  ])('numbers %s as day %i since 1970', (date, n) => {
    expect(dayNumber(date)).toBe(n);
    expect(dateOfDayNumber(n)).toBe(date);
  });

  it.each(['2027-02-30', '2027-02-29', '2026-13-01', '2026-9-1', '2026-09-30T00:00:00Z', '', '1899-12-31'])(
    'refuses %j',
    (date) => {
      expect(() => dayNumber(date)).toThrow(RangeError);
    },
  );

  it.each([
    ['2026-09-29T23:30:00Z', '2026-09-30'],
    ['2026-09-30T15:59:59.999Z', '2026-09-30'],
    ['2026-09-30T16:00:00Z', '2026-10-01'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2026-09-30T08:00:00+08:00', '2026-09-30'],
  ])('reads the instant %s as %s in Shanghai', (instant, date) => {
    expect(toShanghaiDate(new Date(instant))).toBe(date);
  });

  describe('whatever the server’s time zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    it.each(['Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC'])('gives the same dates in %s', (zone) => {
      process.env.TZ = zone;
      expect(toShanghaiDate(new Date('2026-10-08T16:30:00Z'))).toBe('2026-10-09');
      expect(due(new Date('2026-10-08T16:30:00Z'), 1)).toBe('2026-10-10');
      expect(due(new Date('2026-10-08T15:30:00Z'), 1)).toBe('2026-10-09');
    });
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-09-18', true, 'an ordinary Friday'],
    ['2026-09-19', false, 'an ordinary Saturday'],
    ['2026-09-20', true, 'Sunday, worked for National Day'],
    ['2026-09-25', false, 'Friday, Mid-Autumn Festival'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-03', false, 'Saturday inside the National Day holiday'],
    ['2026-10-07', false, 'Wednesday, last day of the holiday'],
    ['2026-10-08', true, 'Thursday after the holiday'],
    ['2026-10-10', true, 'Saturday, worked for National Day'],
    ['2026-10-11', false, 'Sunday after'],
    ['2026-02-14', true, 'Saturday, worked for Spring Festival'],
    ['2026-02-23', false, 'Monday, last day of Spring Festival'],
    ['2026-01-02', false, 'Friday, New Year'],
    ['2026-01-04', true, 'Sunday, worked for New Year'],
    ['2027-01-01', true, 'Friday of an unknown year: Monday–Friday assumed'],
  ])('%s is %s (%s)', (date, working) => {
    expect(isWorkingDay(date, official)).toBe(working);
  });

  it('knows 2027-01-01 is a holiday once 2027 is entered', () => {
    expect(isWorkingDay('2027-01-01', with2027)).toBe(false);
  });

  it('reads an instant in Shanghai: 23:30 UTC on Friday 2026-10-09 is the make-up Saturday', () => {
    expect(isWorkingDay(new Date('2026-10-09T23:30:00Z'), official)).toBe(true);
    expect(isWorkingDay(new Date('2026-10-10T23:30:00Z'), official)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // [why, start, days, due]
    [
      'accepted the day before National Day: 10/8, 10/9, Saturday 10/10, 10/12, 10/13',
      '2026-09-30',
      5,
      '2026-10-13',
    ],
    ['accepted on National Day itself: the same days', '2026-10-01', 5, '2026-10-13'],
    ['accepted inside the holiday (online, Saturday 10/3): day 1 is 10/8', '2026-10-03', 1, '2026-10-08'],
    ['accepted on the last holiday: day 1 is 10/8', '2026-10-07', 1, '2026-10-08'],
    ['accepted on Friday 10/9: day 1 is the make-up Saturday', '2026-10-09', 1, '2026-10-10'],
    ['accepted on the make-up Saturday: the Sunday after is off', '2026-10-10', 1, '2026-10-12'],
    ['accepted on the make-up Saturday, 3 days', '2026-10-10', 3, '2026-10-14'],
    ['accepted on Friday 9/18: day 1 is the make-up Sunday 9/20', '2026-09-18', 3, '2026-09-22'],
    ['accepted on the make-up Sunday 9/20', '2026-09-20', 1, '2026-09-21'],
    ['accepted before Mid-Autumn and National Day: 9/28–9/30, 10/8, 10/9', '2026-09-24', 5, '2026-10-09'],
    ['20 working days across both holidays', '2026-09-15', 20, '2026-10-19'],
    ['accepted on an ordinary Friday: day 1 is Monday', '2026-06-05', 1, '2026-06-08'],
    ['accepted on an ordinary Friday, 5 days', '2026-06-05', 5, '2026-06-12'],
    ['accepted on a Saturday: day 1 is Monday', '2026-06-06', 1, '2026-06-08'],
    ['before Spring Festival: day 1 is the make-up Saturday 2/14', '2026-02-13', 1, '2026-02-14'],
    ['before Spring Festival: day 2 is 2/24, after nine days off', '2026-02-13', 2, '2026-02-24'],
    ['across Spring Festival and the make-up Saturday 2/28', '2026-02-13', 10, '2026-03-05'],
    ['inside Spring Festival', '2026-02-18', 1, '2026-02-24'],
    ['Labour Day 2026: 5/1–5/5 off, Saturday 5/9 worked', '2026-04-30', 4, '2026-05-09'],
    ['0 days (即办): the day of acceptance', '2026-06-05', 0, '2026-06-05'],
    ['0 days on a holiday: still that day', '2026-10-01', 0, '2026-10-01'],
  ])('%s', (_why, start, days, expected) => {
    expect(due(start, days)).toBe(expected);
  });

  it('shows its work for the National Day case', () => {
    const result = addWorkingDays({ start: '2026-09-30', days: 5, calendar: official });
    expect(result).toEqual({
      start: '2026-09-30',
      days: 5,
      dueDate: '2026-10-13',
      skipped: [
        ...[1, 2, 3, 4, 5, 6, 7].map((d) => ({ date: `2026-10-0${d}`, reason: 'holiday', name: '国庆节' })),
        { date: '2026-10-11', reason: 'weekend', name: null },
      ],
      makeupWorkdays: [{ date: '2026-10-10', name: '国庆节调休上班' }],
      pauses: [],
      beyondKnownCalendar: false,
      lastKnownYear: 2026,
      unknownYears: [],
    });
  });

  it('counts from the Shanghai date of an instant: 23:30 UTC on Thursday 10/8 is Friday 10/9', () => {
    const result = addWorkingDays({ start: new Date('2026-10-08T23:30:00Z'), days: 1, calendar: official });
    expect(result).toMatchObject({ start: '2026-10-09', dueDate: '2026-10-10' });
  });

  describe('pauses', () => {
    it.each([
      ['no pause', [], '2026-06-08', [] as number[]],
      [
        '补正 from Wednesday 6/3 until 6/10: five working days later',
        [['2026-06-03', '2026-06-10']],
        '2026-06-15',
        [5],
      ],
      [
        'overlapping pauses count once',
        [
          ['2026-06-04', '2026-06-10'],
          ['2026-06-03', '2026-06-05'],
        ],
        '2026-06-15',
        [5],
      ],
      ['a pause over a weekend only changes nothing', [['2026-06-06', '2026-06-08']], '2026-06-08', [0]],
      ['an empty pause changes nothing', [['2026-06-03', '2026-06-03']], '2026-06-08', []],
      ['a pause before the start changes nothing', [['2026-05-20', '2026-06-01']], '2026-06-08', [0]],
      ['a pause after the due date changes nothing', [['2026-06-09', '2026-06-20']], '2026-06-08', [0]],
      ['a pause running past the due date', [['2026-06-08', '2026-06-12']], '2026-06-12', [4]],
    ])('%s', (_why, pauses, expected, covered) => {
      const result = addWorkingDays({
        start: '2026-06-01',
        days: 5,
        pauses: pauses.map(([from, to]) => ({ from: from as string, to: to as string })),
        calendar: official,
      });
      expect(result.dueDate).toBe(expected);
      expect(result.pauses.map((p) => p.workingDays)).toEqual(covered);
    });

    it('counts only the working days of a pause that spans National Day', () => {
      const result = addWorkingDays({
        start: '2026-09-28',
        days: 3,
        pauses: [{ from: '2026-09-29', to: '2026-10-09' }],
        calendar: official,
      });
      expect(result.dueDate).toBe('2026-10-12');
      expect(result.pauses).toEqual([{ from: '2026-09-29', to: '2026-10-09', workingDays: 3 }]);
      expect(result.makeupWorkdays).toEqual([{ date: '2026-10-10', name: '国庆节调休上班' }]);
    });

    it('reads instants of a pause in Shanghai', () => {
      const result = addWorkingDays({
        start: '2026-06-01',
        days: 5,
        pauses: [{ from: new Date('2026-06-02T16:05:00Z'), to: new Date('2026-06-09T16:30:00Z') }],
        calendar: official,
      });
      expect(result.pauses).toEqual([{ from: '2026-06-03', to: '2026-06-10', workingDays: 5 }]);
    });

    it('refuses a pause that ends before it starts', () => {
      expect(() => due('2026-06-01', 5, [{ from: '2026-06-10', to: '2026-06-03' }])).toThrow(RangeError);
    });
  });

  describe('past the last year the calendar knows', () => {
    it('flags a deadline that runs into 2027 and still counts Monday–Friday there', () => {
      const result = addWorkingDays({ start: '2026-12-24', days: 10, calendar: official });
      expect(result).toMatchObject({
        dueDate: '2027-01-07',
        beyondKnownCalendar: true,
        lastKnownYear: 2026,
        unknownYears: [2027],
      });
    });

    it('does not flag one that ends on 2026-12-31', () => {
      expect(addWorkingDays({ start: '2026-12-24', days: 5, calendar: official })).toMatchObject({
        dueDate: '2026-12-31',
        beyondKnownCalendar: false,
      });
    });

    it('stops flagging once 2027 is entered, and uses its holidays', () => {
      expect(addWorkingDays({ start: '2026-12-24', days: 10, calendar: with2027 })).toMatchObject({
        dueDate: '2027-01-08',
        beyondKnownCalendar: false,
        lastKnownYear: 2027,
        unknownYears: [],
      });
    });

    it('flags a start before the first known year too', () => {
      expect(addWorkingDays({ start: '2003-12-30', days: 5, calendar: official })).toMatchObject({
        beyondKnownCalendar: true,
        unknownYears: [2003],
      });
    });

    it('flags everything on an empty calendar', () => {
      const empty = buildCalendar({ days: [], years: [] });
      expect(addWorkingDays({ start: '2026-09-30', days: 5, calendar: empty })).toMatchObject({
        dueDate: '2026-10-07',
        beyondKnownCalendar: true,
        lastKnownYear: null,
        unknownYears: [2026],
      });
    });
  });

  it.each([-1, 1.5, Number.NaN, 1001])('refuses %s days', (days) => {
    expect(() => due('2026-06-01', days)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  const between = (from: string, to: string, pauses: Pause[] = []) =>
    workingDaysBetween({ from, to, pauses, calendar: official }).workingDays;

  it.each([
    ['2026-09-30', '2026-10-13', 5],
    ['2026-10-13', '2026-09-30', -5],
    ['2026-09-30', '2026-10-07', 0],
    ['2026-09-30', '2026-09-30', 0],
    ['2026-02-13', '2026-03-05', 10],
    // 261 weekdays less the 13 days of statutory holidays (13 since the 2025 reform); 调休 nets out.
    ['2025-12-31', '2026-12-31', 248],
    ['2024-12-31', '2025-12-31', 248],
    ['2023-12-31', '2024-12-31', 251],
  ])('from %s to %s is %i', (from, to, expected) => {
    expect(between(from, to)).toBe(expected);
  });

  it('leaves paused working days out', () => {
    expect(between('2026-06-01', '2026-06-15', [{ from: '2026-06-03', to: '2026-06-10' }])).toBe(5);
  });

  it('flags a span into an unknown year', () => {
    expect(workingDaysBetween({ from: '2026-12-30', to: '2027-01-05', calendar: official })).toEqual({
      workingDays: 4,
      beyondKnownCalendar: true,
      lastKnownYear: 2026,
      unknownYears: [2027],
    });
  });
});

/** A small deterministic generator, so a failure can be replayed. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('properties, on 2 000 generated cases from 2004 to 2026', () => {
  const random = mulberry32(20_261_001);
  const int = (max: number) => Math.floor(random() * (max + 1));
  const first = dayNumber('2004-01-01');
  const span = dayNumber('2026-06-30') - first;
  const cases = Array.from({ length: 2000 }, () => {
    const start = dateOfDayNumber(first + int(span));
    const pauses: Pause[] = Array.from({ length: int(2) }, () => {
      const from = dayNumber(start) + int(30) - 5;
      return { from: dateOfDayNumber(from), to: dateOfDayNumber(from + int(20)) };
    });
    return { start, n: int(40), m: int(40), pauses };
  });
  const calendar: WorkingDayCalendar = official;

  it('adding N then M working days is adding N + M', () => {
    for (const { start, n, m, pauses } of cases) {
      const once = addWorkingDays({ start, days: n + m, pauses, calendar }).dueDate;
      const middle = addWorkingDays({ start, days: n, pauses, calendar }).dueDate;
      expect(addWorkingDays({ start: middle, days: m, pauses, calendar }).dueDate, start).toBe(once);
    }
  });

  it('lands on a working day outside every pause when days > 0, and counts back to N', () => {
    for (const { start, n, pauses } of cases) {
      if (n === 0) continue;
      const result = addWorkingDays({ start, days: n, pauses, calendar });
      expect(isWorkingDay(result.dueDate, calendar), start).toBe(true);
      expect(
        result.pauses.every((p) => result.dueDate < p.from || result.dueDate >= p.to),
        start,
      ).toBe(true);
      expect(workingDaysBetween({ from: start, to: result.dueDate, pauses, calendar }).workingDays).toBe(n);
      expect(result.beyondKnownCalendar).toBe(false);
    }
  });

  it('accounts for every day between start and due date exactly once', () => {
    for (const { start, n, pauses } of cases) {
      const result = addWorkingDays({ start, days: n, pauses, calendar });
      const elapsed = dayNumber(result.dueDate) - dayNumber(start);
      const paused = result.pauses.reduce((sum, p) => sum + p.workingDays, 0);
      expect(result.skipped.length + paused + n, start).toBe(elapsed);
    }
  });
});
