import { date, integer, pgTable, primaryKey, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { caseStatuses } from './cases.tables.js';

/** The due_date of a counter row whose cases have no running clock. */
export const NO_CLOCK = 'infinity';

/**
 * How many cases each department holds, by item, receiving city, status and, while the clock
 * runs, due date: the worklist's counts by status and by deadline light without counting a
 * department's cases on every request (under row-level security that costs microseconds per
 * case). Kept by a trigger on cases (migration 0013), so every writer keeps it right; due_date is
 * 'infinity' for cases whose clock does not run; city_code follows the department.
 */
export const caseWorklistCounts = pgTable(
  'case_worklist_counts',
  {
    decidingOrgId: uuid('deciding_org_id').notNull(),
    itemCode: varchar('item_code', { length: 40 }).notNull(),
    receivingCityCode: varchar('receiving_city_code', { length: 6 }).notNull(),
    status: text('status', { enum: caseStatuses }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    cases: integer('cases').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'case_worklist_counts_pk',
      columns: [t.decidingOrgId, t.itemCode, t.receivingCityCode, t.status, t.dueDate],
    }),
  ],
);
