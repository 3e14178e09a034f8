import { and, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { oidcPayloads } from './oidc.tables.js';

export type OidcPayloadRow = typeof oidcPayloads.$inferInsert;

/** Only rows that have not expired at `at` are found; expiry is judged by the process clock, as the library does. */
const unexpired = (at: Date) => or(isNull(oidcPayloads.expiresAt), gt(oidcPayloads.expiresAt, at));

/** SQL of the provider's stored state; always run as the schema owner. */
export function createOidcPayloadsRepository() {
  return {
    upsert: (db: Executor, row: OidcPayloadRow) =>
      db
        .insert(oidcPayloads)
        .values(row)
        .onConflictDoUpdate({
          target: [oidcPayloads.kind, oidcPayloads.id],
          set: {
            payload: row.payload,
            grantId: row.grantId ?? null,
            userCode: row.userCode ?? null,
            uid: row.uid ?? null,
            expiresAt: row.expiresAt ?? null,
            consumedAt: null,
          },
        }),

    async find(
      db: Executor,
      kind: string,
      by: { id: string } | { uid: string } | { userCode: string },
      at: Date,
    ) {
      const match =
        'id' in by
          ? eq(oidcPayloads.id, by.id)
          : 'uid' in by
            ? eq(oidcPayloads.uid, by.uid)
            : eq(oidcPayloads.userCode, by.userCode);
      const [row] = await db
        .select({ payload: oidcPayloads.payload, consumedAt: oidcPayloads.consumedAt })
        .from(oidcPayloads)
        .where(and(eq(oidcPayloads.kind, kind), match, unexpired(at)))
        .limit(1);
      return row ?? null;
    },

    consume: (db: Executor, kind: string, id: string, at: Date) =>
      db
        .update(oidcPayloads)
        .set({ consumedAt: at })
        .where(and(eq(oidcPayloads.kind, kind), eq(oidcPayloads.id, id))),

    destroy: (db: Executor, kind: string, id: string) =>
      db.delete(oidcPayloads).where(and(eq(oidcPayloads.kind, kind), eq(oidcPayloads.id, id))),

    revokeByGrantId: (db: Executor, kind: string, grantId: string) =>
      db.delete(oidcPayloads).where(and(eq(oidcPayloads.kind, kind), eq(oidcPayloads.grantId, grantId))),

    /** Removes up to `limit` rows that expired before `at`; answers how many went. */
    async deleteExpired(db: Executor, at: Date, limit: number): Promise<number> {
      const due = db
        .select({ id: oidcPayloads.id })
        .from(oidcPayloads)
        .where(lt(oidcPayloads.expiresAt, at))
        .limit(limit);
      const deleted = await db
        .delete(oidcPayloads)
        .where(and(lt(oidcPayloads.expiresAt, at), inArray(oidcPayloads.id, due)))
        .returning({ id: oidcPayloads.id });
      return deleted.length;
    },

    /** Everything the provider stored for one site: its grants, codes and tokens. */
    deleteForClient: (db: Executor, clientId: string) =>
      db.delete(oidcPayloads).where(sql`${oidcPayloads.payload}->>'clientId' = ${clientId}`),
  };
}

export type OidcPayloadsRepository = ReturnType<typeof createOidcPayloadsRepository>;
