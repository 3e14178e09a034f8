import type { Actor } from '../../platform/actor.js';
import type { AccountView } from '../../../contracts/identity.contract.js';
import { maskIdNumber, maskMobile } from '../../../contracts/personal-data.js';
import type { AccountRow, RoleGrantRow } from './identity.repository.js';

export type NamedGrant = Pick<RoleGrantRow, 'role' | 'cityCode' | 'orgId'> & { orgName: string | null };

/** What an applicant's account shows to the modules that handle their cases. */
export interface ApplicantProfile {
  accountId: string;
  kind: 'citizen' | 'enterprise' | 'staff';
  displayName: string;
  idNumber: string | null;
  creditCode: string | null;
  mobile: string | null;
}

const maskOrNull = (value: string | null, mask: (v: string) => string) =>
  value === null ? null : mask(value);

/** An account as a viewer sees it: its owner in full, anyone else with ID number and mobile masked. */
export function toAccountView(
  account: AccountRow,
  grants: NamedGrant[],
  { unmasked }: { unmasked: boolean },
): AccountView {
  return {
    id: account.id,
    kind: account.kind,
    displayName: account.displayName,
    idNumber: unmasked ? account.idNumber : maskOrNull(account.idNumber, maskIdNumber),
    creditCode: account.creditCode,
    legalRepresentative: account.legalRepresentative,
    mobile: unmasked ? account.mobile : maskOrNull(account.mobile, maskMobile),
    username: account.username,
    roles: grants.map((g) => ({ role: g.role, cityCode: g.cityCode, orgId: g.orgId, orgName: g.orgName })),
  };
}

/**
 * The platform actor of an account: its roles, every organisation it works for, and as its city
 * the first city any grant names (grants are listed oldest first).
 */
export function toActor(
  account: Pick<AccountRow, 'id' | 'kind' | 'displayName'>,
  grants: Pick<RoleGrantRow, 'role' | 'cityCode' | 'orgId'>[],
): Actor {
  const staffGrants = account.kind === 'staff' ? grants : [];
  return {
    userId: account.id,
    kind: account.kind,
    roles: [...new Set(staffGrants.map((g) => g.role))],
    cityCode: staffGrants.find((g) => g.cityCode !== null)?.cityCode ?? null,
    orgIds: [...new Set(staffGrants.flatMap((g) => (g.orgId === null ? [] : [g.orgId])))],
    displayName: account.displayName,
  };
}

/** The applicant's own identifiers, unmasked: the caller's transaction runs as that applicant. */
export function toApplicantProfile(account: AccountRow): ApplicantProfile {
  return {
    accountId: account.id,
    kind: account.kind,
    displayName: account.displayName,
    idNumber: account.idNumber,
    creditCode: account.creditCode,
    mobile: account.mobile,
  };
}

/** The profile as staff should see it in lists: ID number and mobile masked. */
export function maskApplicantProfile(profile: ApplicantProfile): ApplicantProfile {
  return {
    ...profile,
    idNumber: maskOrNull(profile.idNumber, maskIdNumber),
    mobile: maskOrNull(profile.mobile, maskMobile),
  };
}
