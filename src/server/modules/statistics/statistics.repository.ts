import { inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor, type Tx } from '../../platform/db/database.js';
import {
  SATISFIED_FROM_GRADE,
  type CaseEventForStatistics,
  type CaseFact,
  type CaseForStatistics,
  type RatingForStatistics,
} from './case-facts.js';
import { HISTOGRAM_CAP } from './days-histogram.js';
import { caseStatsCases, caseStatsDirtyMonths, caseStatsState } from './statistics.tables.js';

/** A position in the (updated_at, id) order of changes; `at` is an ISO instant with microseconds. */
export interface ChangeCursor {
  at: string;
  id: string;
}

export interface RollupMeasures {
  submitted: number;
  submittedOnline: number;
  submittedOffSite: number;
  decided: number;
  granted: number;
  refused: number;
  notAccepted: number;
  decidedSameDay: number;
  withDeadline: number;
  decidedOnTime: number;
  daysHistogram: number[];
  rated: number;
  satisfied: number;
}

export interface MonthlyRow extends RollupMeasures {
  month: string;
  cityCode: string;
  receivingCityCode: string;
  channel: 'online' | 'window';
}

export interface ItemCityRow extends RollupMeasures {
  itemCode: string;
  cityCode: string;
}

export interface DepartmentRow extends RollupMeasures {
  decidingOrgId: string;
  cityCode: string;
}

/**
 * A 差评's rectification is open until the department closes it or the office upholds its appeal
 * (the rating is then left out); a rejected appeal sends it back to the department.
 */
export const openComplaintStatuses = ['open', 'responded', 'appealed', 'appeal_rejected'] as const;

const REFRESH_LOCK = sql`hashtext('tongcheng.statistics.refresh')`;

/** An instant as text that keeps its microseconds, so a cursor compares exactly. */
const isoInstant = (column: SQL) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const epochMs = (column: SQL) => sql`(extract(epoch from ${column}) * 1000)::float8`;

const toDate = (ms: number | null) => (ms === null ? null : new Date(Number(ms)));

/** The measure columns summed over rows, histogram included, in the shape RollupMeasures reads. */
const summedMeasures = sql.raw(
  [
    ['submitted', 'submitted'],
    ['submitted_online', 'submittedOnline'],
    ['submitted_off_site', 'submittedOffSite'],
    ['decided', 'decided'],
    ['granted', 'granted'],
    ['refused', 'refused'],
    ['not_accepted', 'notAccepted'],
    ['decided_same_day', 'decidedSameDay'],
    ['with_deadline', 'withDeadline'],
    ['decided_on_time', 'decidedOnTime'],
    ['rated', 'rated'],
    ['satisfied', 'satisfied'],
  ]
    .map(([column, alias]) => `sum(r.${column})::int as "${alias}"`)
    .join(', '),
);

/**
 * The measures of one month's rollup rows, counted from the facts: each fact adds to the
 * submitted side in its month of submission ('s'), the decided side in its month of decision
 * ('d'), the ratings in its month of rating ('r'). The histogram's last element is the largest
 * bucket present, so the array has no trailing zeros.
 */
function countedMeasures(): SQL {
  const buckets = Array.from(
    { length: HISTOGRAM_CAP + 1 },
    // least() skips nulls, so a decision without working days (never accepted) is kept out first.
    (_, b) =>
      `count(*) filter (where side = 'd' and working_days is not null and least(working_days, ${HISTOGRAM_CAP}) = ${b})::int`,
  ).join(', ');
  return sql.raw(`
    count(*) filter (where side = 's')::int,
    count(*) filter (where side = 's' and channel = 'online')::int,
    count(*) filter (where side = 's' and receiving_city_code <> city_code)::int,
    count(*) filter (where side = 'd')::int,
    count(*) filter (where side = 'd' and outcome = 'granted')::int,
    count(*) filter (where side = 'd' and outcome = 'refused')::int,
    count(*) filter (where side = 'd' and outcome = 'not_accepted')::int,
    count(*) filter (where side = 'd' and same_day)::int,
    count(*) filter (where side = 'd' and on_time is not null)::int,
    count(*) filter (where side = 'd' and on_time)::int,
    (array[${buckets}])[1:coalesce(max(least(working_days, ${HISTOGRAM_CAP})) filter (where side = 'd' and working_days is not null) + 1, 0)],
    count(*) filter (where side = 'r')::int,
    count(*) filter (where side = 'r' and satisfied)::int`);
}

const MEASURE_COLUMNS = sql.raw(
  'submitted, submitted_online, submitted_off_site, decided, granted, refused, not_accepted, ' +
    'decided_same_day, with_deadline, decided_on_time, days_histogram, rated, satisfied',
);

/** The facts counted in a month, once per side they count on. */
function factsOfMonth(month: string): SQL {
  return sql`(
    select 's' as side, f.* from case_stats_cases f where f.submitted_month = ${month}::date
    union all
    select 'd', f.* from case_stats_cases f where f.decided_month = ${month}::date
    union all
    select 'r', f.* from case_stats_cases f where f.rated_month = ${month}::date
  ) f`;
}

/** The first day of the Asia/Shanghai month of a rating (China keeps UTC+8 all year). */
const ratingMonth = sql.raw(`to_char(e.created_at at time zone 'UTC' + interval '8 hours', 'YYYY-MM-01')`);

/** The instant an Asia/Shanghai month ('YYYY-MM-01') begins. */
export function monthStart(month: string): Date {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return new Date(Date.UTC(year, m - 1, 1) - 8 * 3_600_000);
}

/** A month range as the first days of its months. */
const monthRange = (from: string, to: string) =>
  sql`r.month between ${`${from}-01`}::date and ${`${to}-01`}::date`;

/** SQL of the statistics: the refresh as the owner, the reading as anyone (the rollups are public). */
export function createStatisticsRepository() {
  return {
    /** True when this transaction holds the refresh lock; `wait` queues behind a running refresh. */
    async lockRefresh(tx: Tx, wait: boolean): Promise<boolean> {
      if (wait) {
        await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
        return true;
      }
      const [row] = await queryRows<{ locked: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(${REFRESH_LOCK}) as locked`,
      );
      return row?.locked === true;
    },

    async readState(tx: Executor) {
      const [row] = await queryRows<{
        cases: string | null;
        ratings: string | null;
        refreshed: string | null;
      }>(
        tx,
        sql`select ${isoInstant(sql`cases_watermark`)} as cases, ${isoInstant(sql`ratings_watermark`)} as ratings,
                   ${isoInstant(sql`refreshed_at`)} as refreshed
              from case_stats_state where id = 1`,
      );
      return {
        casesWatermark: row?.cases ?? null,
        ratingsWatermark: row?.ratings ?? null,
        refreshedAt: row?.refreshed ?? null,
      };
    },

    async saveState(
      tx: Tx,
      state: { casesWatermark?: string | null; ratingsWatermark?: string | null; refreshedAt?: Date },
    ) {
      await tx.insert(caseStatsState).values({ id: 1 }).onConflictDoNothing({ target: caseStatsState.id });
      const set: Partial<typeof caseStatsState.$inferInsert> = {};
      if (state.casesWatermark !== undefined)
        set.casesWatermark = state.casesWatermark === null ? null : new Date(state.casesWatermark);
      if (state.ratingsWatermark !== undefined)
        set.ratingsWatermark = state.ratingsWatermark === null ? null : new Date(state.ratingsWatermark);
      if (state.refreshedAt) set.refreshedAt = state.refreshedAt;
      if (Object.keys(set).length)
        await tx
          .update(caseStatsState)
          .set(set)
          .where(sql`${caseStatsState.id} = 1`);
    },

    /**
     * The next cases changed after the cursor, in (updated_at, id) order; the index
     * cases_updated_at_idx serves it. Reads the case engine's table as the owner: the statistics
     * are a read model of it.
     */
    async changedCases(tx: Tx, after: ChangeCursor, limit: number) {
      const rows = await queryRows<{
        id: string;
        city_code: string;
        receiving_city_code: string;
        deciding_org_id: string;
        item_code: string;
        channel: 'online' | 'window';
        status: string;
        submitted_ms: number;
        accepted_ms: number | null;
        decided_ms: number | null;
        due_date: string | null;
        updated: string;
      }>(
        tx,
        sql`select id, city_code, receiving_city_code, deciding_org_id, item_code, channel, status,
                   ${epochMs(sql`submitted_at`)} as submitted_ms, ${epochMs(sql`accepted_at`)} as accepted_ms,
                   ${epochMs(sql`decided_at`)} as decided_ms, to_char(due_date, 'YYYY-MM-DD') as due_date,
                   ${isoInstant(sql`updated_at`)} as updated
              from cases
             where (updated_at, id) > (${after.at}::timestamptz, ${after.id}::uuid)
             order by updated_at, id
             limit ${limit}`,
      );
      return rows.map((r) => ({
        cursor: { at: r.updated, id: r.id },
        row: {
          id: r.id,
          cityCode: r.city_code,
          receivingCityCode: r.receiving_city_code,
          decidingOrgId: r.deciding_org_id,
          itemCode: r.item_code,
          channel: r.channel,
          status: r.status,
          submittedAt: new Date(Number(r.submitted_ms)),
          acceptedAt: toDate(r.accepted_ms),
          decidedAt: toDate(r.decided_ms),
          dueDate: r.due_date,
        } satisfies CaseForStatistics,
      }));
    },

    /** The cases by id, for those whose rating changed. */
    async casesById(tx: Tx, ids: string[]): Promise<CaseForStatistics[]> {
      if (!ids.length) return [];
      const rows = await queryRows<{
        id: string;
        city_code: string;
        receiving_city_code: string;
        deciding_org_id: string;
        item_code: string;
        channel: 'online' | 'window';
        status: string;
        submitted_ms: number;
        accepted_ms: number | null;
        decided_ms: number | null;
        due_date: string | null;
      }>(
        tx,
        sql`select id, city_code, receiving_city_code, deciding_org_id, item_code, channel, status,
                   ${epochMs(sql`submitted_at`)} as submitted_ms, ${epochMs(sql`accepted_at`)} as accepted_ms,
                   ${epochMs(sql`decided_at`)} as decided_ms, to_char(due_date, 'YYYY-MM-DD') as due_date
              from cases where id = any(${sql.param(ids)}::uuid[])`,
      );
      return rows.map((r) => ({
        id: r.id,
        cityCode: r.city_code,
        receivingCityCode: r.receiving_city_code,
        decidingOrgId: r.deciding_org_id,
        itemCode: r.item_code,
        channel: r.channel,
        status: r.status,
        submittedAt: new Date(Number(r.submitted_ms)),
        acceptedAt: toDate(r.accepted_ms),
        decidedAt: toDate(r.decided_ms),
        dueDate: r.due_date,
      }));
    },

    /** The events that bear on the statistics (decisions, 补正 and its ends), per case in order. */
    async eventsOf(tx: Tx, caseIds: string[]): Promise<Map<string, CaseEventForStatistics[]>> {
      const byCase = new Map<string, CaseEventForStatistics[]>();
      if (!caseIds.length) return byCase;
      const rows = await queryRows<{
        case_id: string;
        type: string;
        from_status: string | null;
        to_status: string;
        created_ms: number;
      }>(
        tx,
        sql`select case_id, type, from_status, to_status, ${epochMs(sql`created_at`)} as created_ms
              from case_events
             where case_id = any(${sql.param(caseIds)}::uuid[])
               and (type in ('request_supplement', 'supplement', 'withdraw')
                    or to_status in ('granted', 'refused', 'not_accepted'))
             order by case_id, seq`,
      );
      for (const r of rows) {
        const list = byCase.get(r.case_id) ?? [];
        if (!list.length) byCase.set(r.case_id, list);
        list.push({
          type: r.type,
          fromStatus: r.from_status,
          toStatus: r.to_status,
          createdAt: new Date(Number(r.created_ms)),
        });
      }
      return byCase;
    },

    /** The cases' ratings (好差评); a case is rated at most once. */
    async ratingsOf(tx: Tx, caseIds: string[]): Promise<Map<string, RatingForStatistics>> {
      if (!caseIds.length) return new Map();
      const rows = await queryRows<{ case_id: string; grade: number; excluded: boolean; created_ms: number }>(
        tx,
        sql`select case_id, grade::int as grade, excluded, ${epochMs(sql`created_at`)} as created_ms
              from case_evaluations where case_id = any(${sql.param(caseIds)}::uuid[])`,
      );
      return new Map(
        rows.map((r) => [
          r.case_id,
          { grade: Number(r.grade), excluded: r.excluded, createdAt: new Date(Number(r.created_ms)) },
        ]),
      );
    },

    /**
     * Ratings that changed after the cursor: given, or their 差评's rectification moved (an upheld
     * appeal is what excludes a rating), in (changed, id) order, with the case rated (null for a
     * window visit) and the month the rating counts in. A rating may come twice.
     */
    async ratingChanges(tx: Tx, after: ChangeCursor, limit: number) {
      const rows = await queryRows<{ id: string; case_id: string | null; month: string; changed: string }>(
        tx,
        sql`select id, case_id, month, ${isoInstant(sql`changed`)} as changed from (
              select e.id, e.case_id, e.created_at as changed, ${ratingMonth} as month
                from case_evaluations e
               where (e.created_at, e.id) > (${after.at}::timestamptz, ${after.id}::uuid)
              union all
              select e.id, e.case_id, t.updated_at, ${ratingMonth}
                from rectification_tasks t join case_evaluations e on e.id = t.evaluation_id
               where (t.updated_at, e.id) > (${after.at}::timestamptz, ${after.id}::uuid)
            ) c
            order by c.changed, c.id
            limit ${limit}`,
      );
      return rows.map((r) => ({ caseId: r.case_id, month: r.month, cursor: { at: r.changed, id: r.id } }));
    },

    /** Recounts the open 差评 of every department and city as of `today` (Asia/Shanghai). */
    async recountOpenComplaints(tx: Tx, today: string): Promise<void> {
      await tx.execute(sql`delete from case_stats_open_complaints`);
      await tx.execute(sql`
        insert into case_stats_open_complaints (city_code, org_id, open, overdue)
        select city_code, org_id, count(*)::int, count(*) filter (where due_date < ${today}::date)::int
          from rectification_tasks
         where status in (${sql.join(
           openComplaintStatuses.map((s) => sql`${s}`),
           sql`, `,
         )})
         group by city_code, org_id`);
    },

    /** Open 差评 per department as the refresh last counted them (public: counts only). */
    openComplaintCounts: (tx: Tx) =>
      queryRows<{ cityCode: string; orgId: string; open: number; overdue: number }>(
        tx,
        sql`select city_code as "cityCode", org_id as "orgId", open, overdue from case_stats_open_complaints`,
      ),

    /**
     * Open 差评 per department now, read under the caller's row-level security: a city
     * administrator's transaction sees their city's tasks only.
     */
    liveOpenComplaints: (tx: Tx, today: string) =>
      queryRows<{ cityCode: string; orgId: string; open: number; overdue: number }>(
        tx,
        sql`select city_code as "cityCode", org_id as "orgId", count(*)::int as open,
                   count(*) filter (where due_date < ${today}::date)::int as overdue
              from rectification_tasks
             where status in (${sql.join(
               openComplaintStatuses.map((s) => sql`${s}`),
               sql`, `,
             )})
             group by city_code, org_id`,
      ),

    async factsOf(tx: Tx, caseIds: string[]): Promise<Map<string, CaseFact>> {
      if (!caseIds.length) return new Map();
      const rows = await tx.select().from(caseStatsCases).where(inArray(caseStatsCases.caseId, caseIds));
      return new Map(rows.map((r) => [r.caseId, r as CaseFact]));
    },

    async upsertFacts(tx: Tx, facts: CaseFact[]): Promise<void> {
      if (!facts.length) return;
      const excluded = (column: string) => sql.raw(`excluded.${column}`);
      await tx
        .insert(caseStatsCases)
        .values(facts)
        .onConflictDoUpdate({
          target: caseStatsCases.caseId,
          set: {
            cityCode: excluded('city_code'),
            receivingCityCode: excluded('receiving_city_code'),
            decidingOrgId: excluded('deciding_org_id'),
            itemCode: excluded('item_code'),
            channel: excluded('channel'),
            submittedMonth: excluded('submitted_month'),
            decidedMonth: excluded('decided_month'),
            outcome: excluded('outcome'),
            sameDay: excluded('same_day'),
            onTime: excluded('on_time'),
            workingDays: excluded('working_days'),
            ratedMonth: excluded('rated_month'),
            satisfied: excluded('satisfied'),
          },
        });
    },

    async markDirty(tx: Tx, months: Iterable<string>): Promise<void> {
      const values = [...new Set(months)].map((month) => ({ month }));
      if (values.length) await tx.insert(caseStatsDirtyMonths).values(values).onConflictDoNothing();
    },

    /** Every month some fact counts in: for a rebuild. */
    async markAllMonthsDirty(tx: Tx): Promise<void> {
      await tx.execute(sql`insert into case_stats_dirty_months (month)
        select submitted_month from case_stats_cases
        union select decided_month from case_stats_cases where decided_month is not null
        union select rated_month from case_stats_cases where rated_month is not null
        union select month from case_stats_visit_ratings
        on conflict do nothing`);
    },

    async nextDirtyMonth(tx: Tx): Promise<string | null> {
      const [row] = await queryRows<{ month: string }>(
        tx,
        sql`select to_char(month, 'YYYY-MM-DD') as month from case_stats_dirty_months order by month limit 1`,
      );
      return row?.month ?? null;
    },

    /** Recounts one month of both rollups from the facts and clears it from the dirty list. */
    async recountMonth(tx: Tx, month: string): Promise<void> {
      await tx.execute(sql`delete from case_stats_monthly where month = ${month}::date`);
      await tx.execute(sql`
        insert into case_stats_monthly (month, city_code, receiving_city_code, channel, ${MEASURE_COLUMNS})
        select ${month}::date, city_code, receiving_city_code, channel, ${countedMeasures()}
          from ${factsOfMonth(month)}
         group by city_code, receiving_city_code, channel`);
      await tx.execute(sql`delete from case_stats_item_monthly where month = ${month}::date`);
      await tx.execute(sql`
        insert into case_stats_item_monthly (month, city_code, deciding_org_id, item_code, ${MEASURE_COLUMNS})
        select ${month}::date, city_code, deciding_org_id, item_code, ${countedMeasures()}
          from ${factsOfMonth(month)}
         group by city_code, deciding_org_id, item_code`);
      await tx.execute(sql`delete from case_stats_visit_ratings where month = ${month}::date`);
      const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
      const next = `${m === 12 ? year + 1 : year}-${String((m % 12) + 1).padStart(2, '0')}-01`;
      await tx.execute(sql`
        insert into case_stats_visit_ratings (month, city_code, org_id, channel, rated, satisfied)
        select ${month}::date, city_code, org_id, channel, count(*)::int,
               count(*) filter (where grade >= ${SATISFIED_FROM_GRADE})::int
          from case_evaluations
         where case_id is null and not excluded
           and created_at >= ${monthStart(month).toISOString()}::timestamptz
           and created_at < ${monthStart(next).toISOString()}::timestamptz
         group by city_code, org_id, channel`);
      await tx.execute(sql`delete from case_stats_dirty_months where month = ${month}::date`);
    },

    /** The small rollup over a period: at most 60 months × 16 pairs × 2 channels rows. */
    async monthlyRows(tx: Tx, period: { from: string; to: string }): Promise<MonthlyRow[]> {
      const rows = await queryRows<MonthlyRow>(
        tx,
        sql`select to_char(r.month, 'YYYY-MM') as month, r.city_code as "cityCode",
                   r.receiving_city_code as "receivingCityCode", r.channel,
                   r.submitted, r.submitted_online as "submittedOnline", r.submitted_off_site as "submittedOffSite",
                   r.decided, r.granted, r.refused, r.not_accepted as "notAccepted",
                   r.decided_same_day as "decidedSameDay", r.with_deadline as "withDeadline",
                   r.decided_on_time as "decidedOnTime", r.days_histogram as "daysHistogram",
                   r.rated, r.satisfied
              from case_stats_monthly r
             where ${monthRange(period.from, period.to)}`,
      );
      return rows;
    },

    /** Window-visit ratings over the period, per department and channel. */
    visitRatingRows: (tx: Tx, period: { from: string; to: string }) =>
      queryRows<{
        cityCode: string;
        orgId: string;
        channel: 'online' | 'window';
        rated: number;
        satisfied: number;
      }>(
        tx,
        sql`select r.city_code as "cityCode", r.org_id as "orgId", r.channel,
                   sum(r.rated)::int as rated, sum(r.satisfied)::int as satisfied
              from case_stats_visit_ratings r
             where ${monthRange(period.from, period.to)}
             group by r.city_code, r.org_id, r.channel`,
      ),

    /** The item rollup summed per item and city over the period, histograms added element-wise. */
    itemCityRows: (tx: Tx, period: { from: string; to: string }, cityCode: string | null) =>
      groupedItemRollup<ItemCityRow>(tx, period, cityCode, [
        ['item_code', 'itemCode'],
        ['city_code', 'cityCode'],
      ]),

    /** The item rollup summed per department over the period. */
    departmentRows: (tx: Tx, period: { from: string; to: string }, cityCode: string | null) =>
      groupedItemRollup<DepartmentRow>(tx, period, cityCode, [
        ['deciding_org_id', 'decidingOrgId'],
        ['city_code', 'cityCode'],
      ]),
  };
}

async function groupedItemRollup<T>(
  tx: Tx,
  period: { from: string; to: string },
  cityCode: string | null,
  keys: [column: string, alias: string][],
): Promise<T[]> {
  const keyList = sql.raw(keys.map(([c]) => `r.${c}`).join(', '));
  const keyAliases = sql.raw(keys.map(([c, a]) => `s.${c} as "${a}"`).join(', '));
  const keyJoin = sql.raw(keys.map(([c]) => `h.${c} = s.${c}`).join(' and '));
  const hKeys = sql.raw(keys.map(([c]) => `h.${c}`).join(', '));
  const cityFilter = cityCode ? sql`and r.city_code = ${cityCode}` : sql``;
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`with r as (
          select * from case_stats_item_monthly r where ${monthRange(period.from, period.to)} ${cityFilter}
        ),
        s as (select ${keyList}, ${summedMeasures} from r group by ${keyList}),
        h as (
          select ${keyList}, u.i, sum(u.v)::int as v
            from r cross join lateral unnest(r.days_histogram) with ordinality as u(v, i)
           group by ${keyList}, u.i
        ),
        hs as (select ${hKeys}, array_agg(h.v order by h.i) as days from h group by ${hKeys})
        select ${keyAliases}, s."submitted", s."submittedOnline", s."submittedOffSite", s."decided",
               s."granted", s."refused", s."notAccepted", s."decidedSameDay", s."withDeadline",
               s."decidedOnTime", s."rated", s."satisfied",
               coalesce(h.days, '{}'::int[]) as "daysHistogram"
          from s left join hs h on ${keyJoin}`,
  );
  return rows as T[];
}

export type StatisticsRepository = ReturnType<typeof createStatisticsRepository>;
