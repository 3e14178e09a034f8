import { desc, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { oidcSigningKeys } from './oidc.tables.js';

export type SigningKeyRow = typeof oidcSigningKeys.$inferSelect;

/** SQL of the signing keys; only ever run as the schema owner. */
export function createOidcKeysRepository() {
  return {
    /** Newest activation first. */
    list: (db: Executor): Promise<SigningKeyRow[]> =>
      db.select().from(oidcSigningKeys).orderBy(desc(oidcSigningKeys.activatesAt), desc(oidcSigningKeys.kid)),

    insert: (db: Executor, row: SigningKeyRow) => db.insert(oidcSigningKeys).values(row),

    delete: (db: Executor, kids: string[]) =>
      kids.length === 0
        ? Promise.resolve()
        : db.delete(oidcSigningKeys).where(inArray(oidcSigningKeys.kid, kids)),

    /** Serialises key changes across processes until the transaction ends. */
    lock: (db: Executor) => db.execute(sql`select pg_advisory_xact_lock(hashtext('tongcheng.oidc.keys'))`),
  };
}

export type OidcKeysRepository = ReturnType<typeof createOidcKeysRepository>;
