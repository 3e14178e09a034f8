import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import type { Actor } from '../../platform/actor.js';
import { createCalendarRepository } from './calendar.repository.js';
import { createCalendarService, type CalendarService } from './calendar.service.js';
import { calendarDays, calendarYears } from './calendar.tables.js';

const staff = (role: 'system_admin' | 'coordination_office'): Actor => ({
  userId: randomUUID(),
  kind: 'staff',
  roles: [role],
  cityCode: null,
  orgIds: [],
  displayName: role,
});
const citizen: Actor = {
  userId: randomUUID(),
  kind: 'citizen',
  roles: [],
  cityCode: null,
  orgIds: [],
  displayName: '张丽华',
};

describe.each(databaseKinds())('the working-day calendar on %s', (kind) => {
  let test: TestDatabase;
  let service: CalendarService;
  let firstSeed: number[][];

  const allRows = async () => ({
    days: await test.database.db.select().from(calendarDays).orderBy(asc(calendarDays.date)),
    years: await test.database.db.select().from(calendarYears).orderBy(asc(calendarYears.year)),
  });

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    service = createCalendarService({ database: test.database, repository: createCalendarRepository() });
    // Two processes starting together both seed; on PostgreSQL these run at the same time.
    const other = createCalendarService({ database: test.database, repository: createCalendarRepository() });
    firstSeed = await Promise.all([service.seedCalendar(), other.seedCalendar()]);
  });
  afterAll(() => test.dispose());

  it('seeds 2004–2026 from chinese-days: 619 holidays and 150 make-up working days', async () => {
    const seededYears = [...new Set(firstSeed.flat())].sort((a, b) => a - b);
    expect(seededYears).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    const { days, years } = await allRows();
    expect(years.map((y) => `${y.year} ${y.source} ${y.status}`)).toEqual(
      seededYears.map((y) => `${y} chinese-days official`),
    );
    expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(619);
    expect(days.filter((d) => d.kind === 'makeup_workday')).toHaveLength(150);
    expect(days.find((d) => d.date === '2026-10-10')).toMatchObject({
      kind: 'makeup_workday',
      name: '国庆节调休上班',
      source: 'chinese-days',
      updatedBy: null,
    });
  });

  it('changes nothing when seeded again', async () => {
    const before = await allRows();
    expect(await service.seedCalendar()).toEqual([]);
    expect(await allRows()).toEqual(before);
  });

  it('computes a due date inside the caller’s transaction', async () => {
    const result = await test.database.withActor(citizen, (tx) =>
      service.dueDate(tx, {
        start: new Date('2026-09-29T23:30:00Z'),
        days: 5,
        pauses: [{ from: '2026-10-09', to: '2026-10-12' }],
      }),
    );
    expect(result).toMatchObject({
      start: '2026-09-30',
      dueDate: '2026-10-15',
      pauses: [{ from: '2026-10-09', to: '2026-10-12', workingDays: 2 }],
      beyondKnownCalendar: false,
    });
    const between = await test.database.withActor(null, (tx) =>
      service.workingDaysBetween(tx, { from: '2026-10-15', to: '2026-09-30' }),
    );
    expect(between.workingDays).toBe(-7);
  });

  it('lets only the keepers of the calendar write to it, also below the service', async () => {
    await expect(
      test.database.withActor(citizen, (tx) =>
        tx
          .insert(calendarDays)
          .values({ date: '2027-01-01', kind: 'holiday', name: '元旦', source: 'admin' }),
      ),
    ).rejects.toThrow();
    const deleted = await test.database.withActor(citizen, (tx) =>
      tx.delete(calendarDays).where(eq(calendarDays.date, '2026-10-01')).returning(),
    );
    expect(deleted).toEqual([]);
    await expect(
      service.enterYear({
        actor: citizen,
        year: 2027,
        arrangement: { days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] },
      }),
    ).rejects.toMatchObject({ code: 'auth.forbidden', status: 403 });
  });

  it('refuses a make-up working day on a weekday, in the database too', async () => {
    await expect(
      test.database.withSystem((tx) =>
        tx
          .insert(calendarDays)
          .values({ date: '2027-01-06', kind: 'makeup_workday', name: '测试', source: 'admin' }),
      ),
    ).rejects.toThrow();
  });

  it('stops flagging 2027 deadlines as soon as an administrator enters 2027, and keeps it through seeding', async () => {
    const input = { start: '2026-12-24', days: 10 };
    expect(await service.dueDate(undefined, input)).toMatchObject({
      dueDate: '2027-01-07',
      beyondKnownCalendar: true,
      lastKnownYear: 2026,
      unknownYears: [2027],
    });
    const admin = staff('system_admin');
    const view = await service.enterYear({
      actor: admin,
      year: 2027,
      arrangement: {
        notice: '测试用安排（非官方）',
        days: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-02', kind: 'holiday', name: '元旦' },
          { date: '2027-01-03', kind: 'holiday', name: '元旦' },
        ],
      },
    });
    expect(view).toMatchObject({ year: 2027, source: 'admin', holidays: 3, makeupWorkdays: 0 });
    // No TTL to wait for: the change invalidates this process's copy.
    expect(await service.dueDate(undefined, input)).toMatchObject({
      dueDate: '2027-01-08',
      beyondKnownCalendar: false,
      lastKnownYear: 2027,
    });

    expect(await service.seedCalendar()).toEqual([]);
    const { days, years } = await allRows();
    expect(years.at(-1)).toMatchObject({ year: 2027, source: 'admin', confirmedBy: admin.userId });
    expect(days.filter((d) => d.date >= '2027')).toHaveLength(3);
    expect(days.filter((d) => d.date >= '2027').every((d) => d.updatedBy === admin.userId)).toBe(true);
  });

  it('replaces the whole year when the arrangement is entered again', async () => {
    const office = staff('coordination_office');
    await service.enterYear({
      actor: office,
      year: 2027,
      arrangement: {
        days: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-02-20', kind: 'makeup_workday', name: '春节调休上班' },
        ],
      },
    });
    const year = await service.getYear(2027);
    expect(year.days.map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2027-01-01 holiday',
      '2027-02-20 makeup_workday',
    ]);
    expect(year.notice).toBeNull();
    const list = await service.listYears();
    expect(list.lastKnownYear).toBe(2027);
    expect(list.items.find((y) => y.year === 2026)).toMatchObject({ holidays: 33, makeupWorkdays: 6 });
  });
});
