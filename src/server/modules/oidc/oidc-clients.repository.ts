import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { oidcClients } from './oidc.tables.js';

export type OidcClientRow = typeof oidcClients.$inferSelect;

/** SQL of the client registry: the provider reads it as the owner, the administrator under row-level security. */
export function createOidcClientsRepository() {
  return {
    async find(db: Executor, clientId: string): Promise<OidcClientRow | null> {
      const [row] = await db.select().from(oidcClients).where(eq(oidcClients.clientId, clientId));
      return row ?? null;
    },

    list: (db: Executor) =>
      db.select().from(oidcClients).orderBy(asc(oidcClients.createdAt), asc(oidcClients.clientId)),

    /** True when written; false when the client ID is taken. */
    async insert(db: Executor, row: typeof oidcClients.$inferInsert): Promise<boolean> {
      const inserted = await db
        .insert(oidcClients)
        .values(row)
        .onConflictDoNothing({ target: oidcClients.clientId })
        .returning({ clientId: oidcClients.clientId });
      return inserted.length > 0;
    },

    async delete(db: Executor, clientId: string): Promise<boolean> {
      const deleted = await db
        .delete(oidcClients)
        .where(eq(oidcClients.clientId, clientId))
        .returning({ clientId: oidcClients.clientId });
      return deleted.length > 0;
    },
  };
}

export type OidcClientsRepository = ReturnType<typeof createOidcClientsRepository>;
