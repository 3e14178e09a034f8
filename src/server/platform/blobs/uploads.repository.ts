import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { uploads, type UploadRow } from './uploads.tables.js';

/** 'blob' in ASCII: the first key of the two-key advisory locks taken per stored hash. */
const BLOB_LOCK_SPACE = 0x626c6f62;

/** SQL of uploads. Request transactions see only the actor's own rows (row-level security). */
export function createUploadsRepository() {
  return {
    /**
     * Serialises everything that decides whether a stored file stays: putting it in place with
     * its row, and collecting it when no row points to it. Held until the transaction ends.
     */
    async lockHash(db: Executor, sha256: string): Promise<void> {
      const key = Number.parseInt(sha256.slice(0, 8), 16) | 0;
      await db.execute(sql`select pg_advisory_xact_lock(${BLOB_LOCK_SPACE}::int4, ${key}::int4)`);
    },

    insert: (db: Executor, row: typeof uploads.$inferInsert) => db.insert(uploads).values(row),

    async findOwn(db: Executor, ownerId: string, id: string): Promise<UploadRow | null> {
      const [row] = await db
        .select()
        .from(uploads)
        .where(and(eq(uploads.id, id), eq(uploads.ownerId, ownerId)));
      return row ?? null;
    },

    /** Bytes the owner has uploaded and not yet put into any record. */
    async pendingBytes(db: Executor, ownerId: string): Promise<number> {
      const [row] = await queryRows<{ total: number }>(
        db,
        sql`select coalesce(sum(size_bytes), 0)::float8 as total from uploads
            where owner_id = ${ownerId} and claimed_by is null`,
      );
      return Number(row?.total ?? 0);
    },

    /** The owner's unclaimed uploads among ids, locked so no one else claims them meanwhile. */
    findClaimable: (db: Executor, ownerId: string, ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([] as UploadRow[])
        : db
            .select()
            .from(uploads)
            .where(and(inArray(uploads.id, ids), eq(uploads.ownerId, ownerId), isNull(uploads.claimedBy)))
            .for('update'),

    claim: (db: Executor, ownerId: string, ids: string[], claimedBy: string, at: Date) =>
      ids.length === 0
        ? Promise.resolve([] as UploadRow[])
        : db
            .update(uploads)
            .set({ claimedBy, claimedAt: at })
            .where(and(inArray(uploads.id, ids), eq(uploads.ownerId, ownerId), isNull(uploads.claimedBy)))
            .returning(),

    /** Collector (owner connection): unclaimed uploads older than `before` go. */
    deleteUnclaimedBefore: (db: Executor, before: Date) =>
      db
        .delete(uploads)
        .where(and(isNull(uploads.claimedBy), lt(uploads.createdAt, before)))
        .returning({ sha256: uploads.sha256 }),

    /** Collector: which of these hashes some row still points to. */
    async referenced(db: Executor, hashes: string[]): Promise<Set<string>> {
      if (hashes.length === 0) return new Set();
      const rows = await db
        .selectDistinct({ sha256: uploads.sha256 })
        .from(uploads)
        .where(inArray(uploads.sha256, hashes));
      return new Set(rows.map((r) => r.sha256));
    },
  };
}

export type UploadsRepository = ReturnType<typeof createUploadsRepository>;
