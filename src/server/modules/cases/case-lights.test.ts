import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.js';
import { createCalendarModule, type CalendarModule } from '../calendar/index.js';
import { lightDatesOn, lightOf, lightRange, type LightDates } from './case-lights.js';

/** 08:30 in Shanghai on that date. */
const morningOf = (date: string) => new Date(`${date}T00:30:00Z`);

describe('deadline lights on the official calendar', () => {
  let test: TestDatabase;
  let calendar: CalendarModule;
  beforeAll(async () => {
    test = await createTestDatabase('pglite');
    calendar = createCalendarModule({ database: test.database });
    await calendar.seedCalendar();
  });
  afterAll(() => test.dispose());

  const datesOn = (date: string | Date, days = 2) =>
    lightDatesOn(undefined, calendar, typeof date === 'string' ? morningOf(date) : date, days);

  it('turns yellow two working days ahead, counting the 调休 Saturday and skipping the Spring Festival', async () => {
    // Friday 13 February 2026: Saturday the 14th is a make-up working day, the 15th–23rd are off.
    expect(await datesOn('2026-02-13')).toEqual({ today: '2026-02-13', yellowUntil: '2026-02-24' });
    // The Saturday itself is a working day: the first after it is the 24th.
    expect(await datesOn('2026-02-14')).toEqual({ today: '2026-02-14', yellowUntil: '2026-02-25' });
  });

  it('looks across the National Day week and its make-up Saturday', async () => {
    // Wednesday 30 September 2026: 1–7 October are off; the 8th and 9th are the next working days.
    expect((await datesOn('2026-09-30')).yellowUntil).toBe('2026-10-09');
    // Friday 9 October: Saturday the 10th is a make-up working day, Sunday is not.
    expect((await datesOn('2026-10-09')).yellowUntil).toBe('2026-10-12');
  });

  it('counts from the next working day on a weekend, and takes the configured number of days', async () => {
    expect((await datesOn('2026-03-07')).yellowUntil).toBe('2026-03-10');
    expect((await datesOn('2026-02-13', 5)).yellowUntil).toBe('2026-02-27');
    expect((await datesOn('2026-02-13', 0)).yellowUntil).toBe('2026-02-13');
  });

  it('reads today in Asia/Shanghai, not in the server’s zone', async () => {
    // 16:30 UTC on the 12th is half past midnight on the 13th in Shanghai.
    expect((await datesOn(new Date('2026-02-12T16:30:00Z'))).today).toBe('2026-02-13');
    expect((await datesOn(new Date('2026-02-12T15:59:00Z'))).today).toBe('2026-02-12');
  });

  it('lights a case before the Spring Festival by its due date', async () => {
    const dates = await datesOn('2026-02-13');
    const light = (dueDate: string | null, status = 'under_review' as const) =>
      lightOf({ status, dueDate }, dates);
    expect(light('2026-02-12')).toBe('red');
    expect(light('2026-02-13')).toBe('yellow');
    expect(light('2026-02-24')).toBe('yellow');
    expect(light('2026-02-25')).toBe('green');
    expect(light(null)).toBe('none');
  });
});

describe('lights and their ranges', () => {
  const dates: LightDates = { today: '2026-03-02', yellowUntil: '2026-03-04' };

  it('are none whenever the clock does not run', () => {
    for (const status of ['submitted', 'supplement_requested', 'granted', 'closed', 'withdrawn'] as const)
      expect(lightOf({ status, dueDate: '2026-02-01' }, dates)).toBe('none');
    expect(lightOf({ status: 'accepted', dueDate: '2026-02-01' }, dates)).toBe('red');
  });

  it('turn each light into a due-date range that agrees with lightOf', () => {
    expect(lightRange('red', dates)).toEqual({ running: true, after: null, until: '2026-03-01' });
    expect(lightRange('yellow', dates)).toEqual({ running: true, after: '2026-03-01', until: '2026-03-04' });
    expect(lightRange('green', dates)).toEqual({ running: true, after: '2026-03-04', until: null });
    expect(lightRange('none', dates)).toEqual({ running: false });
    for (let day = 1; day <= 31; day += 1) {
      const dueDate = `2026-03-${String(day).padStart(2, '0')}`;
      const light = lightOf({ status: 'accepted', dueDate }, dates);
      const range = lightRange(light, dates);
      expect(range.running).toBe(true);
      if (!range.running) continue;
      expect(range.after === null || dueDate > range.after).toBe(true);
      expect(range.until === null || dueDate <= range.until).toBe(true);
    }
    // Across a month end too.
    expect(lightRange('red', { today: '2026-03-01', yellowUntil: '2026-03-03' })).toMatchObject({
      until: '2026-02-28',
    });
  });
});
