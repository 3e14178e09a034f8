import { sql } from 'drizzle-orm';
import type { Account, AccountClaims } from 'oidc-provider';
import { queryRows, type Database } from '../../platform/db/database.js';

interface AccountClaimsRow {
  id: string;
  kind: 'citizen' | 'enterprise' | 'staff';
  display_name: string;
  mobile: string | null;
  id_number: string | null;
  disabled_at: Date | string | null;
}

/**
 * What a site may learn about the person signing in. The identity module exports no lookup of an
 * account by id outside a caller's transaction, so this reads the few columns it needs as the
 * owner, read-only: the provider acts for the person, not inside a request of theirs.
 */
async function findAccountRow(database: Database, accountId: string): Promise<AccountClaimsRow | null> {
  if (!/^[0-9a-f-]{36}$/.test(accountId)) return null;
  const [row] = await database.withSystem((tx) =>
    queryRows<AccountClaimsRow>(
      tx,
      sql`select id, kind, display_name, mobile, id_number, disabled_at from accounts where id = ${accountId}`,
    ),
  );
  return row ?? null;
}

/** E.164, as OpenID Connect recommends for phone_number: +8613880001234. */
const toE164 = (mobile: string) => `+86${mobile}`;

/**
 * The claims of an account for the granted scopes. `sub` is the account's opaque id, never an ID
 * number. `id_number` is a citizen's own 身份证号, only under the `id_number` scope; an enterprise
 * account's ID number is its legal representative's and is never handed out.
 */
export function claimsFor(row: AccountClaimsRow, scopes: Set<string>): AccountClaims {
  const claims: AccountClaims = { sub: row.id };
  if (scopes.has('profile')) claims.name = row.display_name;
  if (scopes.has('phone') && row.mobile) claims.phone_number = toE164(row.mobile);
  if (scopes.has('id_number') && row.kind === 'citizen' && row.id_number) claims.id_number = row.id_number;
  return claims;
}

/** Citizens and enterprises sign in to sites; staff accounts and disabled accounts do not. */
export function createAccountFinder(database: Database) {
  return async function findAccount(_ctx: unknown, accountId: string): Promise<Account | undefined> {
    const row = await findAccountRow(database, accountId);
    if (!row || row.disabled_at !== null || row.kind === 'staff') return undefined;
    return {
      accountId: row.id,
      claims: (_use: string, scope: string) => claimsFor(row, new Set(scope.split(' '))),
    };
  };
}
