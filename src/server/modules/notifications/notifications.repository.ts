import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { notifications } from './notifications.tables.js';

export type NotificationRow = typeof notifications.$inferSelect;

export interface InboxCursor {
  createdAt: Date;
  id: string;
}

const PAGE_SIZE = 20;

/** SQL of the inbox. Reads for a person run under their row-level security settings. */
export function createNotificationsRepository() {
  return {
    pageSize: PAGE_SIZE,

    /** Inserts the notice unless one with the same dedupe key exists; answers the stored row either way. */
    async insertOnce(db: Executor, row: typeof notifications.$inferInsert): Promise<NotificationRow> {
      await db.insert(notifications).values(row).onConflictDoNothing({ target: notifications.dedupeKey });
      const [stored] = await db
        .select()
        .from(notifications)
        .where(eq(notifications.dedupeKey, row.dedupeKey));
      if (!stored) throw new Error('notification vanished after insert');
      return stored;
    },

    markEmailSent: (db: Executor, id: string, at: Date) =>
      db
        .update(notifications)
        .set({ emailSentAt: at })
        .where(and(eq(notifications.id, id), isNull(notifications.emailSentAt))),

    /** Newest first; one row more than a page tells whether there is a next page. */
    listForAccount: (db: Executor, accountId: string, after: InboxCursor | null) =>
      db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.accountId, accountId),
            after
              ? or(
                  lt(notifications.createdAt, after.createdAt),
                  and(eq(notifications.createdAt, after.createdAt), lt(notifications.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(PAGE_SIZE + 1),

    async countUnread(db: Executor, accountId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
      return Number(row?.n ?? 0);
    },

    /** Marks the account's own notice read (first reading time kept); null when it is not theirs. */
    async markRead(db: Executor, accountId: string, id: string, at: Date): Promise<NotificationRow | null> {
      await db
        .update(notifications)
        .set({ readAt: at })
        .where(
          and(eq(notifications.id, id), eq(notifications.accountId, accountId), isNull(notifications.readAt)),
        );
      const [row] = await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.id, id), eq(notifications.accountId, accountId)));
      return row ?? null;
    },
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
