import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { calendarDays, calendarYears } from './calendar.tables.js';

export type CalendarDayRow = typeof calendarDays.$inferSelect;
export type CalendarYearRow = typeof calendarYears.$inferSelect;

/** The dates of one year, as a range the primary key serves. */
function inYear(year: number) {
  return and(gte(calendarDays.date, `${year}-01-01`), lt(calendarDays.date, `${year + 1}-01-01`));
}

/** SQL of the working-day calendar: its exceptions and its known years. */
export function createCalendarRepository() {
  return {
    listDays: (db: Executor) =>
      db
        .select({
          date: calendarDays.date,
          kind: calendarDays.kind,
          name: calendarDays.name,
          source: calendarDays.source,
        })
        .from(calendarDays)
        .orderBy(asc(calendarDays.date)),
    listDaysOfYear: (db: Executor, year: number) =>
      db.select().from(calendarDays).where(inYear(year)).orderBy(asc(calendarDays.date)),
    listYears: (db: Executor) => db.select().from(calendarYears).orderBy(asc(calendarYears.year)),
    async findYear(db: Executor, year: number) {
      const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
      return row ?? null;
    },
    deleteDaysOfYear: (db: Executor, year: number) => db.delete(calendarDays).where(inYear(year)),
    insertDays: (db: Executor, rows: (typeof calendarDays.$inferInsert)[]) =>
      rows.length ? db.insert(calendarDays).values(rows).onConflictDoNothing() : Promise.resolve(),
    /** Adds a year unless present (seeding). */
    insertYear: (db: Executor, row: typeof calendarYears.$inferInsert) =>
      db.insert(calendarYears).values(row).onConflictDoNothing(),
    /** Records a year as confirmed by an administrator, whether or not it was known before. */
    upsertYear: (db: Executor, row: typeof calendarYears.$inferInsert) =>
      db
        .insert(calendarYears)
        .values(row)
        .onConflictDoUpdate({
          target: calendarYears.year,
          set: {
            status: row.status,
            source: row.source,
            notice: row.notice ?? null,
            confirmedBy: row.confirmedBy ?? null,
            confirmedAt: sql`now()`,
          },
        }),
  };
}

export type CalendarRepository = ReturnType<typeof createCalendarRepository>;
