import { and, asc, eq, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import type { UniqueField } from './identity.errors.js';
import { accounts, sessions, staffRoleGrants } from './identity.tables.js';
import type { LoginLookup } from './login-identifiers.js';

export type AccountRow = typeof accounts.$inferSelect;
export type RoleGrantRow = typeof staffRoleGrants.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type NewAccountRow = typeof accounts.$inferInsert;

function lookupCondition(lookup: LoginLookup): SQL | undefined {
  switch (lookup.by) {
    case 'citizenIdNumber':
      return and(eq(accounts.kind, 'citizen'), eq(accounts.idNumber, lookup.value));
    case 'citizenMobile':
      return and(eq(accounts.kind, 'citizen'), eq(accounts.mobile, lookup.value));
    case 'creditCode':
      return eq(accounts.creditCode, lookup.value);
    case 'username':
      return eq(accounts.username, lookup.value);
  }
}

/** SQL of the identity module: accounts, role grants and sessions. */
export function createIdentityRepository() {
  return {
    async findAccountById(db: Executor, id: string) {
      const [account] = await db.select().from(accounts).where(eq(accounts.id, id));
      return account ?? null;
    },

    async findAccountByLookup(db: Executor, lookup: LoginLookup) {
      const [account] = await db.select().from(accounts).where(lookupCondition(lookup));
      return account ?? null;
    },

    /** Rows already holding any of these identifiers, with the scope each unique index has. */
    listAccountsHoldingIdentifiers(
      db: Executor,
      identifiers: {
        citizenIdNumber?: string;
        citizenMobile?: string;
        creditCode?: string;
        username?: string;
      },
    ) {
      const conditions = [
        identifiers.citizenIdNumber
          ? lookupCondition({ by: 'citizenIdNumber', value: identifiers.citizenIdNumber })
          : undefined,
        identifiers.citizenMobile
          ? lookupCondition({ by: 'citizenMobile', value: identifiers.citizenMobile })
          : undefined,
        identifiers.creditCode ? eq(accounts.creditCode, identifiers.creditCode) : undefined,
        identifiers.username ? eq(accounts.username, identifiers.username) : undefined,
      ].filter((c): c is SQL => c !== undefined);
      if (conditions.length === 0) return Promise.resolve([]);
      return db
        .select({
          kind: accounts.kind,
          idNumber: accounts.idNumber,
          mobile: accounts.mobile,
          creditCode: accounts.creditCode,
          username: accounts.username,
        })
        .from(accounts)
        .where(or(...conditions));
    },

    insertAccount: (db: Executor, row: NewAccountRow) => db.insert(accounts).values(row),

    /** Inserts unless any unique identifier is already held; true when the row was written. */
    async insertAccountIfAbsent(db: Executor, row: NewAccountRow): Promise<boolean> {
      const inserted = await db
        .insert(accounts)
        .values(row)
        .onConflictDoNothing()
        .returning({ id: accounts.id });
      return inserted.length > 0;
    },

    listRoleGrants: (db: Executor, accountId: string) =>
      db
        .select()
        .from(staffRoleGrants)
        .where(eq(staffRoleGrants.accountId, accountId))
        .orderBy(asc(staffRoleGrants.createdAt), asc(staffRoleGrants.id)),

    insertRoleGrants: (db: Executor, rows: (typeof staffRoleGrants.$inferInsert)[]) =>
      db.insert(staffRoleGrants).values(rows),

    /** Adds one failure atomically, so concurrent wrong guesses all count; answers the new total. */
    async incrementFailedLogins(db: Executor, accountId: string): Promise<number> {
      const [row] = await db
        .update(accounts)
        .set({ failedLogins: sql`${accounts.failedLogins} + 1` })
        .where(eq(accounts.id, accountId))
        .returning({ failedLogins: accounts.failedLogins });
      return row?.failedLogins ?? 0;
    },

    updateLockedUntil: (db: Executor, accountId: string, lockedUntil: Date) =>
      db.update(accounts).set({ lockedUntil }).where(eq(accounts.id, accountId)),

    resetFailedLogins: (db: Executor, accountId: string) =>
      db.update(accounts).set({ failedLogins: 0, lockedUntil: null }).where(eq(accounts.id, accountId)),

    updatePasswordHash: (db: Executor, accountId: string, passwordHash: string) =>
      db.update(accounts).set({ passwordHash }).where(eq(accounts.id, accountId)),

    insertSession: (db: Executor, row: typeof sessions.$inferInsert) => db.insert(sessions).values(row),

    /**
     * The session of a cookie with what authentication needs of its account, staff role grants
     * included (oldest first), in one statement: it runs on every request whose session is not cached.
     */
    async findSessionByTokenHash(db: Executor, tokenHash: string) {
      const [row] = await db
        .select({
          session: sessions,
          account: {
            id: accounts.id,
            kind: accounts.kind,
            displayName: accounts.displayName,
            disabledAt: accounts.disabledAt,
          },
          grants: sql<
            Pick<RoleGrantRow, 'role' | 'cityCode' | 'orgId'>[]
          >`case when ${accounts.kind} = 'staff'
            then coalesce((
              select json_agg(json_build_object('role', g.role, 'cityCode', g.city_code, 'orgId', g.org_id)
                              order by g.created_at, g.id)
              from staff_role_grants g where g.account_id = ${accounts.id}), '[]'::json)
            else '[]'::json end`,
        })
        .from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId))
        .where(eq(sessions.tokenHash, tokenHash));
      return row ?? null;
    },

    async findSessionById(db: Executor, id: string) {
      const [session] = await db.select().from(sessions).where(eq(sessions.id, id));
      return session ?? null;
    },

    updateSessionLastSeen: (db: Executor, id: string, lastSeenAt: Date) =>
      db.update(sessions).set({ lastSeenAt }).where(eq(sessions.id, id)),

    deleteSession: (db: Executor, id: string) => db.delete(sessions).where(eq(sessions.id, id)),

    deleteSessionByTokenHash: (db: Executor, tokenHash: string) =>
      db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)),

    /** Sessions of the account past their absolute or idle limit. */
    deleteStaleSessions: (db: Executor, accountId: string, expiredBy: Date, idleSince: Date) =>
      db
        .delete(sessions)
        .where(
          and(
            eq(sessions.accountId, accountId),
            or(lte(sessions.expiresAt, expiredBy), lte(sessions.lastSeenAt, idleSince)),
          ),
        ),
  };
}

export type IdentityRepository = ReturnType<typeof createIdentityRepository>;

const uniqueIndexFields: Record<string, UniqueField> = {
  accounts_citizen_id_number_key: 'idNumber',
  accounts_citizen_mobile_key: 'mobile',
  accounts_credit_code_key: 'creditCode',
  accounts_username_key: 'username',
};

function databaseCause(error: unknown): { code?: unknown; constraint?: unknown } | null {
  // Drizzle wraps the driver's error (pg's DatabaseError or PGlite's) as its cause.
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if ('code' in e && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      return e as { code?: unknown; constraint?: unknown };
    }
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** The account field whose unique index the error reports, or null for any other error. */
export function uniqueViolationField(error: unknown): UniqueField | null {
  const cause = databaseCause(error);
  if (cause?.code !== '23505' || typeof cause.constraint !== 'string') return null;
  return uniqueIndexFields[cause.constraint] ?? null;
}

/**
 * Drizzle's error message repeats the query's parameters (ID numbers, mobiles, password hashes)
 * and the driver's detail may quote the row; this keeps only the SQLSTATE and constraint, so the
 * platform can log the failure without personal data.
 */
export function scrubDatabaseError(error: unknown): unknown {
  if (!(error instanceof Error) || !('params' in error)) return error;
  const cause = databaseCause(error);
  const code = cause ? ` SQLSTATE ${String(cause.code)}` : '';
  const constraint = typeof cause?.constraint === 'string' ? ` on ${cause.constraint}` : '';
  return new Error(`identity: a database query failed${code}${constraint}`);
}
