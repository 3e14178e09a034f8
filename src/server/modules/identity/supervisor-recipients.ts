import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { accounts, staffRoleGrants } from './identity.tables.js';

/**
 * The enabled city administrators of a city: who supervises its departments' deadlines. For job
 * handlers on the owner connection; staff cannot list each other.
 */
export async function listCityAdminAccountIds(db: Executor, cityCode: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: accounts.id })
    .from(staffRoleGrants)
    .innerJoin(accounts, eq(accounts.id, staffRoleGrants.accountId))
    .where(
      and(
        eq(staffRoleGrants.role, 'city_admin'),
        eq(staffRoleGrants.cityCode, cityCode),
        isNull(accounts.disabledAt),
      ),
    )
    .orderBy(accounts.id);
  return rows.map((r) => r.id);
}
