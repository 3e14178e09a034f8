import { and, asc, desc, eq, lt, max, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { caseDeadlineAlerts, type AlertLight } from './case-deadline-alerts.tables.js';
import type { LightDates, LightRange } from './case-lights.js';
import { caseWorklistCounts, NO_CLOCK } from './case-worklist-counts.tables.js';
import { caseEvents, caseNumberCounters, cases, type CaseStatus } from './cases.tables.js';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

export interface ListCursor {
  submittedAt: Date;
  id: string;
}

const PAGE_SIZE = 20;

/** Where a worklist looks: the deciding department's cases, or what a hall received at its windows. */
export interface WorklistScope {
  side: 'deciding' | 'receiving';
  orgIds: string[];
  status?: CaseStatus | undefined;
  itemCode?: string | undefined;
  receivingCityCode?: string | undefined;
  cityCode?: string | undefined;
  light?: LightRange | undefined;
}

/** A keyset position: newest first by submission, or most urgent first by due date. */
export type WorklistCursor =
  { order: 'submitted'; submittedAt: Date; id: string } | { order: 'due'; dueDate: string; id: string };

/** A new deadline alert with what its notice needs. */
export interface NewDeadlineAlert {
  caseId: string;
  decidingOrgId: string;
  cityCode: string;
  caseNumber: string;
  itemCode: string;
  dueDate: string;
}

// A literal, not parameters, so the planner proves the partial clock index's predicate.
const clockRunning = sql.raw(`status in ('accepted', 'under_review')`);

function uuidList(ids: string[]) {
  return sql`${sql.param(ids)}::uuid[]`;
}

/** Per status: its cases, and how many of them are red, yellow and green. */
export type StatusCounts = Map<CaseStatus, { cases: number; red: number; yellow: number; green: number }>;

function toStatusCounts(
  rows: { status: CaseStatus; cases: number; red: number; yellow: number; green: number }[],
): StatusCounts {
  return new Map(
    rows.map((r) => [
      r.status,
      { cases: Number(r.cases), red: Number(r.red), yellow: Number(r.yellow), green: Number(r.green) },
    ]),
  );
}

/** The scope's predicates on the maintained counts, but the status: every status is counted. */
function countsFilter(scope: WorklistScope): SQL | undefined {
  const [only] = scope.orgIds;
  return and(
    scope.orgIds.length === 1 && only
      ? eq(caseWorklistCounts.decidingOrgId, only)
      : sql`${caseWorklistCounts.decidingOrgId} = any(${uuidList(scope.orgIds)})`,
    scope.itemCode ? eq(caseWorklistCounts.itemCode, scope.itemCode) : undefined,
    scope.receivingCityCode ? eq(caseWorklistCounts.receivingCityCode, scope.receivingCityCode) : undefined,
    scope.cityCode ? eq(caseWorklistCounts.cityCode, scope.cityCode) : undefined,
  );
}

/** The scope's predicates, each on a leading column of one of the worklist indexes. */
function scopeFilter(scope: WorklistScope, { withStatus = true, withLight = true } = {}): SQL | undefined {
  const column = scope.side === 'deciding' ? cases.decidingOrgId : cases.receivingOrgId;
  const [only] = scope.orgIds;
  const light = withLight ? scope.light : undefined;
  return and(
    scope.orgIds.length === 1 && only ? eq(column, only) : sql`${column} = any(${uuidList(scope.orgIds)})`,
    withStatus && scope.status ? eq(cases.status, scope.status) : undefined,
    scope.itemCode ? eq(cases.itemCode, scope.itemCode) : undefined,
    scope.receivingCityCode ? eq(cases.receivingCityCode, scope.receivingCityCode) : undefined,
    scope.cityCode ? eq(cases.cityCode, scope.cityCode) : undefined,
    light === undefined
      ? undefined
      : light.running
        ? and(
            clockRunning,
            sql`${cases.dueDate} is not null`,
            light.after ? sql`${cases.dueDate} > ${light.after}` : undefined,
            light.until ? sql`${cases.dueDate} <= ${light.until}` : undefined,
          )
        : sql`(not ${clockRunning} or ${cases.dueDate} is null)`,
  );
}

/** SQL of the case engine. Every read runs under the caller's row-level security settings. */
export function createCasesRepository() {
  function afterCursor(cursor: ListCursor | null) {
    if (!cursor) return undefined;
    return or(
      lt(cases.submittedAt, cursor.submittedAt),
      and(eq(cases.submittedAt, cursor.submittedAt), lt(cases.id, cursor.id)),
    );
  }

  return {
    pageSize: PAGE_SIZE,

    /** Hands out the next number of the city and year; the row lock serialises concurrent submissions. */
    async nextCaseSequence(db: Executor, cityCode: string, year: number): Promise<number> {
      const [row] = await db
        .insert(caseNumberCounters)
        .values({ cityCode, year, lastValue: 1 })
        .onConflictDoUpdate({
          target: [caseNumberCounters.cityCode, caseNumberCounters.year],
          set: { lastValue: sql`${caseNumberCounters.lastValue} + 1` },
        })
        .returning({ value: caseNumberCounters.lastValue });
      if (!row) throw new Error('case number counter returned no row');
      return row.value;
    },

    insertCase: (db: Executor, row: typeof cases.$inferInsert) => db.insert(cases).values(row),
    insertEvent: (db: Executor, row: typeof caseEvents.$inferInsert) => db.insert(caseEvents).values(row),

    async findCase(db: Executor, id: string, { forUpdate = false } = {}): Promise<CaseRow | null> {
      const query = db.select().from(cases).where(eq(cases.id, id));
      const [row] = forUpdate ? await query.for('update') : await query;
      return row ?? null;
    },

    listEvents: (db: Executor, caseId: string) =>
      db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(caseEvents.seq),

    async nextEventSeq(db: Executor, caseId: string): Promise<number> {
      const [row] = await db
        .select({ last: max(caseEvents.seq) })
        .from(caseEvents)
        .where(eq(caseEvents.caseId, caseId));
      return (row?.last ?? 0) + 1;
    },

    updateStatus: (
      db: Executor,
      id: string,
      change: Partial<
        Pick<
          CaseRow,
          'decisionReason' | 'acceptedAt' | 'decidedAt' | 'deliveryMethod' | 'trackingNumber' | 'dueDate'
        >
      > & { status: CaseStatus; updatedAt: Date },
    ) => db.update(cases).set(change).where(eq(cases.id, id)),

    listByApplicant: (db: Executor, applicantId: string, cursor: ListCursor | null) =>
      db
        .select()
        .from(cases)
        .where(and(eq(cases.applicantId, applicantId), afterCursor(cursor)))
        .orderBy(desc(cases.submittedAt), desc(cases.id))
        .limit(PAGE_SIZE + 1),

    /**
     * One page (plus one row, to tell whether more follow) of a worklist. Newest first on the
     * department's indexes, or by due date on the clock index; row comparisons keep the keyset an
     * index bound.
     */
    listWorklist(
      db: Executor,
      scope: WorklistScope,
      order: 'submitted' | 'due',
      cursor: WorklistCursor | null,
    ) {
      const after =
        cursor?.order === 'due'
          ? sql`(${cases.dueDate}, ${cases.id}) > (${cursor.dueDate}::date, ${cursor.id}::uuid)`
          : cursor?.order === 'submitted'
            ? sql`(${cases.submittedAt}, ${cases.id}) < (${cursor.submittedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`
            : undefined;
      return db
        .select()
        .from(cases)
        .where(and(scopeFilter(scope), after))
        .orderBy(
          ...(order === 'due'
            ? [asc(cases.dueDate), asc(cases.id)]
            : [desc(cases.submittedAt), desc(cases.id)]),
        )
        .limit(PAGE_SIZE + 1);
    },

    /**
     * A department's cases by status, and by light within each status, under the scope's other
     * filters: one pass over the maintained counts (a few rows per due date, not per case).
     */
    async countDepartment(db: Executor, scope: WorklistScope, dates: LightDates): Promise<StatusCounts> {
      const { cases: n, dueDate, status } = caseWorklistCounts;
      const running = sql`${dueDate} <> ${NO_CLOCK}::date`;
      const rows = await db
        .select({
          status,
          cases: sql<number>`sum(${n})::int`,
          red: sql<number>`coalesce(sum(${n}) filter (where ${dueDate} < ${dates.today}::date), 0)::int`,
          yellow: sql<number>`coalesce(sum(${n}) filter (where ${dueDate} >= ${dates.today}::date and ${dueDate} <= ${dates.yellowUntil}::date), 0)::int`,
          green: sql<number>`coalesce(sum(${n}) filter (where ${dueDate} > ${dates.yellowUntil}::date and ${running}), 0)::int`,
        })
        .from(caseWorklistCounts)
        .where(countsFilter(scope))
        .groupBy(status);
      return toStatusCounts(rows);
    },

    /** The same, counted on the cases themselves: for a hall, whose window cases stay modest. */
    async countCases(db: Executor, scope: WorklistScope, dates: LightDates): Promise<StatusCounts> {
      const due = cases.dueDate;
      const running = sql`${clockRunning} and ${due} is not null`;
      const rows = await db
        .select({
          status: cases.status,
          cases: sql<number>`count(*)::int`,
          red: sql<number>`(count(*) filter (where ${running} and ${due} < ${dates.today}::date))::int`,
          yellow: sql<number>`(count(*) filter (where ${running} and ${due} >= ${dates.today}::date and ${due} <= ${dates.yellowUntil}::date))::int`,
          green: sql<number>`(count(*) filter (where ${running} and ${due} > ${dates.yellowUntil}::date))::int`,
        })
        .from(cases)
        .where(scopeFilter(scope, { withStatus: false, withLight: false }))
        .groupBy(cases.status);
      return toStatusCounts(rows);
    },

    /**
     * Locks the cases, in id order, that the actor may change; the others (unseen, or not the
     * actor's to change) are simply absent. Bulk actions lock all their rows before changing any.
     */
    lockCases: (db: Executor, ids: string[]) =>
      db
        .select()
        .from(cases)
        .where(sql`${cases.id} = any(${uuidList(ids)})`)
        .orderBy(asc(cases.id))
        .for('update'),

    /** Moves the case to the department of that implementation; false when the database refused. */
    async transfer(db: Executor, caseId: string, implementationId: string, at: Date): Promise<boolean> {
      const [row] = await queryRows<{ done: boolean }>(
        db,
        sql`select transfer_case(${caseId}::uuid, ${implementationId}::uuid, ${at.toISOString()}::timestamptz) as done`,
      );
      return row?.done === true;
    },

    /**
     * Records, once each, the alerts of running cases whose due date lies in the range and that
     * this light has not yet been sent for to their department; returns only those this call
     * recorded, so two sweeps side by side never both report the same one.
     */
    async insertDeadlineAlerts(
      db: Executor,
      light: AlertLight,
      range: { after: string | null; until: string | null },
      at: Date,
      limit: number,
    ): Promise<NewDeadlineAlert[]> {
      const rows = await queryRows<{
        case_id: string;
        deciding_org_id: string;
        due_date: string;
        case_number: string;
        item_code: string;
        city_code: string;
      }>(
        db,
        sql`with inserted as (
              insert into ${caseDeadlineAlerts} (case_id, deciding_org_id, light, due_date, alerted_at)
              select c.id, c.deciding_org_id, ${light}, c.due_date, ${at.toISOString()}::timestamptz
                from ${cases} c
               where c.status in ('accepted', 'under_review')
                 and c.due_date is not null
                 ${range.after ? sql`and c.due_date > ${range.after}::date` : sql``}
                 ${range.until ? sql`and c.due_date <= ${range.until}::date` : sql``}
                 and not exists (
                   select 1 from ${caseDeadlineAlerts} a
                    where a.case_id = c.id and a.deciding_org_id = c.deciding_org_id and a.light = ${light})
               order by c.due_date, c.id
               limit ${limit}
              on conflict do nothing
              returning case_id, deciding_org_id, due_date)
            select i.case_id, i.deciding_org_id, to_char(i.due_date, 'YYYY-MM-DD') as due_date,
                   c.case_number, c.item_code, c.city_code
              from inserted i join ${cases} c on c.id = i.case_id`,
      );
      return rows.map((r) => ({
        caseId: r.case_id,
        decidingOrgId: r.deciding_org_id,
        cityCode: r.city_code,
        caseNumber: r.case_number,
        itemCode: r.item_code,
        dueDate: r.due_date,
      }));
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
