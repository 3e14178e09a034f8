import { and, desc, eq, lt, max, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { caseEvents, caseNumberCounters, cases, type CaseStatus } from './cases.tables.js';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

export interface ListCursor {
  submittedAt: Date;
  id: string;
}

const PAGE_SIZE = 20;

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

    /** A department's worklist, newest first, keyset-paged on (submitted_at, id). */
    listForDepartments: (
      db: Executor,
      orgIds: string[],
      status: CaseStatus | undefined,
      cursor: ListCursor | null,
    ) =>
      db
        .select()
        .from(cases)
        .where(
          and(
            sql`${cases.decidingOrgId} = any(${sql.param(orgIds)}::uuid[])`,
            status ? eq(cases.status, status) : undefined,
            afterCursor(cursor),
          ),
        )
        .orderBy(desc(cases.submittedAt), desc(cases.id))
        .limit(PAGE_SIZE + 1),

    /** What the clerk's halls received at their windows, newest first, keyset-paged like the worklist. */
    listForReceivingHalls: (
      db: Executor,
      orgIds: string[],
      status: CaseStatus | undefined,
      cursor: ListCursor | null,
    ) =>
      db
        .select()
        .from(cases)
        .where(
          and(
            sql`${cases.receivingOrgId} = any(${sql.param(orgIds)}::uuid[])`,
            status ? eq(cases.status, status) : undefined,
            afterCursor(cursor),
          ),
        )
        .orderBy(desc(cases.submittedAt), desc(cases.id))
        .limit(PAGE_SIZE + 1),
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
