import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import type { StaffRole } from '../../platform/actor.js';
import { accounts, staffRoleGrants } from './identity.tables.js';

/**
 * The enabled staff accounts holding one of `roles` for an organisation: whom a notice to "the
 * department" reaches. For job handlers on the owner connection; staff cannot list each other.
 */
export async function listStaffAccountIds(
  db: Executor,
  { orgId, roles }: { orgId: string; roles: readonly StaffRole[] },
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: accounts.id })
    .from(staffRoleGrants)
    .innerJoin(accounts, eq(accounts.id, staffRoleGrants.accountId))
    .where(
      and(
        eq(staffRoleGrants.orgId, orgId),
        inArray(staffRoleGrants.role, [...roles]),
        isNull(accounts.disabledAt),
      ),
    )
    .orderBy(accounts.id);
  return rows.map((r) => r.id);
}
