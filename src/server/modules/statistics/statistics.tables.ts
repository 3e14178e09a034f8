import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * One row per case: what the statistics count of it, computed once when the case changes
 * (working days need the calendar and the 补正 pauses, which SQL alone does not know). It is the
 * bridge from a changed case to the months it is counted in, before and after the change, so a
 * month is recounted whole and a case never counts twice. Owner-only: no personal data, but no
 * reader needs it either.
 */
export const caseStatsCases = pgTable(
  'case_stats_cases',
  {
    caseId: uuid('case_id').primaryKey(),
    /** The deciding city. */
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    receivingCityCode: varchar('receiving_city_code', { length: 6 }).notNull(),
    decidingOrgId: uuid('deciding_org_id').notNull(),
    itemCode: varchar('item_code', { length: 40 }).notNull(),
    channel: text('channel', { enum: ['online', 'window'] }).notNull(),
    /** First day of the Asia/Shanghai month of submission. */
    submittedMonth: date('submitted_month', { mode: 'string' }).notNull(),
    /** First day of the month of the decision; null while undecided. */
    decidedMonth: date('decided_month', { mode: 'string' }),
    outcome: text('outcome', { enum: ['granted', 'refused', 'not_accepted'] }),
    /** Decided on the Asia/Shanghai day of submission. */
    sameDay: boolean('same_day').notNull().default(false),
    /** Decided by the due date; null when the case was decided without one (never accepted) or is undecided. */
    onTime: boolean('on_time'),
    /** Working days from acceptance to decision, 补正 pauses excluded; null unless accepted and decided. */
    workingDays: integer('working_days'),
    /** First day of the month of the case's rating that counts; null when none. */
    ratedMonth: date('rated_month', { mode: 'string' }),
    /** Grade 4 or 5 (满意, 非常满意). */
    satisfied: boolean('satisfied'),
  },
  (t) => [
    index('case_stats_cases_submitted_month_idx').on(t.submittedMonth),
    index('case_stats_cases_decided_month_idx').on(t.decidedMonth),
    index('case_stats_cases_rated_month_idx').on(t.ratedMonth),
  ],
);

/**
 * The measures every rollup row carries. A case adds to the submitted-side counts in its month of
 * submission, to the decided-side counts in its month of decision, and to the rating counts in the
 * month it was rated.
 */
const measures = {
  submitted: integer('submitted').notNull().default(0),
  submittedOnline: integer('submitted_online').notNull().default(0),
  submittedOffSite: integer('submitted_off_site').notNull().default(0),
  decided: integer('decided').notNull().default(0),
  granted: integer('granted').notNull().default(0),
  refused: integer('refused').notNull().default(0),
  notAccepted: integer('not_accepted').notNull().default(0),
  decidedSameDay: integer('decided_same_day').notNull().default(0),
  withDeadline: integer('with_deadline').notNull().default(0),
  decidedOnTime: integer('decided_on_time').notNull().default(0),
  /**
   * Decided accepted cases by working days to decision: element i counts i working days, the last
   * element 60 or more; trailing zeros are left off. Histograms add up element by element, so the
   * median over any rows is exact up to 59 working days.
   */
  daysHistogram: integer('days_histogram')
    .array()
    .notNull()
    .default(sql`'{}'::integer[]`),
  rated: integer('rated').notNull().default(0),
  satisfied: integer('satisfied').notNull().default(0),
};

/** Per month, deciding city, receiving city and channel: the overview and the city pairs. */
export const caseStatsMonthly = pgTable(
  'case_stats_monthly',
  {
    month: date('month', { mode: 'string' }).notNull(),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    receivingCityCode: varchar('receiving_city_code', { length: 6 }).notNull(),
    channel: text('channel', { enum: ['online', 'window'] }).notNull(),
    ...measures,
  },
  (t) => [primaryKey({ columns: [t.month, t.cityCode, t.receivingCityCode, t.channel] })],
);

/** Per month, deciding city, department and item: declared against achieved, and the departments. */
export const caseStatsItemMonthly = pgTable(
  'case_stats_item_monthly',
  {
    month: date('month', { mode: 'string' }).notNull(),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    decidingOrgId: uuid('deciding_org_id').notNull(),
    itemCode: varchar('item_code', { length: 40 }).notNull(),
    ...measures,
  },
  (t) => [primaryKey({ columns: [t.month, t.cityCode, t.decidingOrgId, t.itemCode] })],
);

/** Where the refresh got to: the newest change it has counted, of cases and of ratings. */
export const caseStatsState = pgTable(
  'case_stats_state',
  {
    id: smallint('id').primaryKey(),
    casesWatermark: timestamp('cases_watermark', { withTimezone: true }),
    ratingsWatermark: timestamp('ratings_watermark', { withTimezone: true }),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }),
  },
  (t) => [check('case_stats_state_single_row', sql`${t.id} = 1`)],
);

/** Months whose rollup rows must be recounted; written with the facts, cleared when recounted. */
export const caseStatsDirtyMonths = pgTable('case_stats_dirty_months', {
  month: date('month', { mode: 'string' }).primaryKey(),
});

/**
 * Open 差评 per department as of the last refresh, so the public figures are read without
 * reaching the ratings themselves (which only staff may read).
 */
export const caseStatsOpenComplaints = pgTable(
  'case_stats_open_complaints',
  {
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    orgId: uuid('org_id').notNull(),
    open: integer('open').notNull(),
    /** Open past their due date. */
    overdue: integer('overdue').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cityCode, t.orgId] })],
);

/**
 * Ratings of window visits (现场评价, no case): they count towards a city's, a department's and a
 * channel's satisfaction, though no item or city pair.
 */
export const caseStatsVisitRatings = pgTable(
  'case_stats_visit_ratings',
  {
    month: date('month', { mode: 'string' }).notNull(),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    orgId: uuid('org_id').notNull(),
    channel: text('channel', { enum: ['online', 'window'] }).notNull(),
    rated: integer('rated').notNull().default(0),
    satisfied: integer('satisfied').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.month, t.cityCode, t.orgId, t.channel] })],
);
