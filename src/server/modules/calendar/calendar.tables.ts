import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The exceptions to "Monday to Friday are working days" on the official calendar: statutory
 * holidays (法定节假日, including the weekend days inside a holiday period) and make-up working
 * days (调休上班). Every other date is a working day exactly when it is Monday to Friday.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    kind: text('kind', { enum: ['holiday', 'makeup_workday'] }).notNull(),
    /** e.g. 国庆节, 国庆节调休上班. */
    name: text('name').notNull(),
    source: text('source', { enum: ['chinese-days', 'admin'] }).notNull(),
    /** The staff account that entered the row; null for rows seeded from the package. */
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    check('calendar_days_kind', sql`kind in ('holiday', 'makeup_workday')`),
    check('calendar_days_source', sql`source in ('chinese-days', 'admin')`),
    // A make-up working day turns a weekend day into a working day; on a weekday it means nothing.
    check(
      'calendar_days_makeup_on_weekend',
      sql`kind <> 'makeup_workday' or extract(isodow from date) in (6, 7)`,
    ),
  ],
);

/**
 * Years whose official arrangement (the State Council's notice) is known. A deadline that runs
 * into a year not listed here is computed with Monday to Friday and flagged.
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    year: integer('year').primaryKey(),
    status: text('status', { enum: ['official'] }).notNull(),
    source: text('source', { enum: ['chinese-days', 'admin'] }).notNull(),
    /** The notice the arrangement comes from, e.g. 国务院办公厅关于2027年部分节假日安排的通知. */
    notice: text('notice'),
    /** The staff account that entered the year; null for years seeded from the package. */
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    check('calendar_years_status', sql`status in ('official')`),
    check('calendar_years_source', sql`source in ('chinese-days', 'admin')`),
    check('calendar_years_range', sql`year between 1949 and 2200`),
  ],
);
