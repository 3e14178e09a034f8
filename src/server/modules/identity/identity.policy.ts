import { hasRole, type Actor, type StaffRole } from '../../platform/actor.js';

export type IdentityAction = 'account.view' | 'account.view_unmasked' | 'staff.create';

/** Who may do what with accounts. Anyone else is told the account does not exist. */
export function can(actor: Actor, action: IdentityAction, resource: { accountId?: string } = {}): boolean {
  const isOwner = resource.accountId !== undefined && resource.accountId === actor.userId;
  switch (action) {
    case 'account.view':
      return isOwner || hasRole(actor, 'system_admin');
    case 'account.view_unmasked':
      // Even a system administrator sees another person's ID number and mobile masked (PIPL).
      return isOwner;
    case 'staff.create':
      return hasRole(actor, 'system_admin');
  }
}

/** Consecutive failures an account tolerates before it is locked. */
export const LOCK_AFTER_FAILURES = 5;
const MAX_LOCK_MINUTES = 60;

/**
 * Minutes an account stays locked after this many consecutive failed logins, or null while
 * under the threshold: 1 minute at the fifth, doubling with each further failure, at most 60.
 */
export function lockoutMinutes(consecutiveFailures: number): number | null {
  if (consecutiveFailures < LOCK_AFTER_FAILURES) return null;
  return Math.min(MAX_LOCK_MINUTES, 2 ** (consecutiveFailures - LOCK_AFTER_FAILURES));
}

export interface RoleGrantInput {
  role: StaffRole;
  cityCode: string | null;
  orgId: string | null;
}

/**
 * What a grant lacks for its role, as field-relative error codes. Window clerks and case officers
 * work for an organisation in a city; a city administrator needs the city; an organisation is
 * always named together with the city it belongs to, so that the two can be checked against each other.
 */
export function grantRequirementProblems(
  grant: RoleGrantInput,
): { field: 'cityCode' | 'orgId'; code: string }[] {
  const problems: { field: 'cityCode' | 'orgId'; code: string }[] = [];
  const needsOrg = grant.role === 'window_clerk' || grant.role === 'case_officer';
  const needsCity = needsOrg || grant.role === 'city_admin' || grant.orgId !== null;
  if (needsOrg && grant.orgId === null)
    problems.push({ field: 'orgId', code: 'identity.grant_org_required' });
  if (needsCity && grant.cityCode === null) {
    problems.push({ field: 'cityCode', code: 'identity.grant_city_required' });
  }
  return problems;
}
