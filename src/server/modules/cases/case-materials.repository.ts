import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { caseMaterials, type CaseMaterialRow } from './case-materials.tables.js';

/** SQL of case materials; every read runs under the caller's row-level security settings. */
export function createCaseMaterialsRepository() {
  return {
    insert: (db: Executor, rows: (typeof caseMaterials.$inferInsert)[]) =>
      rows.length === 0
        ? Promise.resolve()
        : db
            .insert(caseMaterials)
            .values(rows)
            .then(() => undefined),

    listForCase: (db: Executor, caseId: string) =>
      db
        .select()
        .from(caseMaterials)
        .where(eq(caseMaterials.caseId, caseId))
        .orderBy(asc(caseMaterials.eventSeq), asc(caseMaterials.createdAt), asc(caseMaterials.id)),

    async find(db: Executor, caseId: string, id: string): Promise<CaseMaterialRow | null> {
      const [row] = await db
        .select()
        .from(caseMaterials)
        .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.id, id)));
      return row ?? null;
    },

    async totalBytes(db: Executor, caseId: string): Promise<number> {
      const [row] = await queryRows<{ total: number }>(
        db,
        sql`select coalesce(sum(size_bytes), 0)::float8 as total from case_materials where case_id = ${caseId}`,
      );
      return Number(row?.total ?? 0);
    },
  };
}

export type CaseMaterialsRepository = ReturnType<typeof createCaseMaterialsRepository>;
