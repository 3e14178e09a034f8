import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { accessRecords } from './access-records.tables.js';

export type AccessRecordRow = typeof accessRecords.$inferSelect;
export type NewAccessRecord = typeof accessRecords.$inferInsert;

export interface AccessRecordCursor {
  accessedAt: Date;
  id: string;
}

export interface AccessRecordFilter {
  subjectId?: string | undefined;
  caseId?: string | undefined;
  accessorId?: string | undefined;
}

const PAGE_SIZE = 20;

/** SQL of the data tracker. Reads run under the reader's row-level security settings. */
export function createAccessRecordsRepository() {
  return {
    pageSize: PAGE_SIZE,

    /**
     * Appends one record; a record whose dedupe key is taken already is skipped. No RETURNING:
     * staff may insert but not read. ON CONFLICT names no target on purpose: with a target,
     * PostgreSQL checks the SELECT policy too and refuses staff; the only other unique key is
     * the fresh id.
     */
    async append(db: Executor, row: NewAccessRecord): Promise<void> {
      const insert = db.insert(accessRecords).values(row);
      await (row.dedupeKey ? insert.onConflictDoNothing() : insert);
    },

    /** Newest first, keyset-paged on (accessed_at, id); one row more than a page tells whether more follow. */
    list: (db: Executor, filter: AccessRecordFilter, after: AccessRecordCursor | null) =>
      db
        .select()
        .from(accessRecords)
        .where(
          and(
            filter.subjectId ? eq(accessRecords.subjectId, filter.subjectId) : undefined,
            filter.caseId ? eq(accessRecords.caseId, filter.caseId) : undefined,
            filter.accessorId ? eq(accessRecords.accessorId, filter.accessorId) : undefined,
            after
              ? or(
                  lt(accessRecords.accessedAt, after.accessedAt),
                  and(eq(accessRecords.accessedAt, after.accessedAt), lt(accessRecords.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(accessRecords.accessedAt), desc(accessRecords.id))
        .limit(PAGE_SIZE + 1),
  };
}

export type AccessRecordsRepository = ReturnType<typeof createAccessRecordsRepository>;
