import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { caseEvaluations, rectificationTasks, type RectificationStatusValue } from './evaluations.tables.js';

export type EvaluationRow = typeof caseEvaluations.$inferSelect;
export type TaskRow = typeof rectificationTasks.$inferSelect;
export type TaskChange = Partial<
  Omit<TaskRow, 'id' | 'evaluationId' | 'orgId' | 'cityCode' | 'createdAt'>
> & {
  status: RectificationStatusValue;
  updatedAt: Date;
};

export interface ListCursor {
  createdAt: Date;
  id: string;
}

const PAGE_SIZE = 20;

/** PostgreSQL's unique_violation, as both drivers report it through Drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  const candidates = [error, (error as { cause?: unknown } | null)?.cause];
  return candidates.some((e) => (e as { code?: string } | null)?.code === '23505');
}

/** SQL of ratings and rectification tasks; every read runs under the caller's row-level security. */
export function createEvaluationsRepository() {
  return {
    pageSize: PAGE_SIZE,

    insertEvaluation: (db: Executor, row: typeof caseEvaluations.$inferInsert) =>
      db.insert(caseEvaluations).values(row),
    insertTask: (db: Executor, row: typeof rectificationTasks.$inferInsert) =>
      db.insert(rectificationTasks).values(row),

    async findEvaluation(db: Executor, id: string): Promise<EvaluationRow | null> {
      const [row] = await db.select().from(caseEvaluations).where(eq(caseEvaluations.id, id));
      return row ?? null;
    },

    async findEvaluationOfCase(db: Executor, caseId: string): Promise<EvaluationRow | null> {
      const [row] = await db.select().from(caseEvaluations).where(eq(caseEvaluations.caseId, caseId));
      return row ?? null;
    },

    async findVisitEvaluation(
      db: Executor,
      visit: { raterId: string; orgId: string; window: string; date: string },
    ): Promise<EvaluationRow | null> {
      const [row] = await db
        .select()
        .from(caseEvaluations)
        .where(
          and(
            sql`${caseEvaluations.caseId} is null`,
            eq(caseEvaluations.raterId, visit.raterId),
            eq(caseEvaluations.visitOrgId, visit.orgId),
            eq(caseEvaluations.visitWindow, visit.window),
            eq(caseEvaluations.visitDate, visit.date),
          ),
        );
      return row ?? null;
    },

    excludeEvaluation: (db: Executor, id: string) =>
      db.update(caseEvaluations).set({ excluded: true }).where(eq(caseEvaluations.id, id)),

    /** The rater's own ratings, newest first, keyset-paged on (created_at, id). */
    listByRater: (db: Executor, raterId: string, after: ListCursor | null) =>
      db
        .select()
        .from(caseEvaluations)
        .where(
          and(
            eq(caseEvaluations.raterId, raterId),
            after
              ? or(
                  lt(caseEvaluations.createdAt, after.createdAt),
                  and(eq(caseEvaluations.createdAt, after.createdAt), lt(caseEvaluations.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(caseEvaluations.createdAt), desc(caseEvaluations.id))
        .limit(PAGE_SIZE + 1),

    async findTask(db: Executor, id: string, { forUpdate = false } = {}): Promise<TaskRow | null> {
      const query = db.select().from(rectificationTasks).where(eq(rectificationTasks.id, id));
      const [row] = forUpdate ? await query.for('update') : await query;
      return row ?? null;
    },

    async findTaskOfEvaluation(db: Executor, evaluationId: string): Promise<TaskRow | null> {
      const [row] = await db
        .select()
        .from(rectificationTasks)
        .where(eq(rectificationTasks.evaluationId, evaluationId));
      return row ?? null;
    },

    updateTask: (db: Executor, id: string, change: TaskChange) =>
      db.update(rectificationTasks).set(change).where(eq(rectificationTasks.id, id)),

    /**
     * The tasks the caller may see (row-level security decides whose), with their ratings; newest
     * first, keyset-paged on (created_at, id). The department's list narrows to its organisations.
     */
    listTasks: (
      db: Executor,
      filter: { orgIds?: string[]; status?: RectificationStatusValue; after: ListCursor | null },
    ) =>
      db
        .select({ task: rectificationTasks, evaluation: caseEvaluations })
        .from(rectificationTasks)
        .innerJoin(caseEvaluations, eq(caseEvaluations.id, rectificationTasks.evaluationId))
        .where(
          and(
            filter.orgIds
              ? sql`${rectificationTasks.orgId} = any(${sql.param(filter.orgIds)}::uuid[])`
              : undefined,
            filter.status ? eq(rectificationTasks.status, filter.status) : undefined,
            filter.after
              ? or(
                  lt(rectificationTasks.createdAt, filter.after.createdAt),
                  and(
                    eq(rectificationTasks.createdAt, filter.after.createdAt),
                    lt(rectificationTasks.id, filter.after.id),
                  ),
                )
              : undefined,
          ),
        )
        .orderBy(desc(rectificationTasks.createdAt), desc(rectificationTasks.id))
        .limit(PAGE_SIZE + 1),

    /** A demo rating is loaded once; its presence marks the seed as done. */
    async hasAnyEvaluation(db: Executor): Promise<boolean> {
      const [row] = await db.select({ id: caseEvaluations.id }).from(caseEvaluations).limit(1);
      return Boolean(row);
    },
  };
}

export type EvaluationsRepository = ReturnType<typeof createEvaluationsRepository>;
