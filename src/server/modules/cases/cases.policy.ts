import { hasRole, type Actor } from '../../platform/actor.js';
import type { CaseRelation } from './case-lifecycle.js';

interface CaseScope {
  applicantId: string;
  decidingOrgId: string;
  cityCode: string;
}

/** How the actor stands towards the case; mirrors the row-level security policy cases_read. */
export function relationTo(actor: Actor, c: CaseScope): CaseRelation | null {
  if (actor.kind !== 'staff') return c.applicantId === actor.userId ? 'applicant' : null;
  if (hasRole(actor, 'case_officer') && actor.orgIds.includes(c.decidingOrgId)) return 'deciding_officer';
  if (hasRole(actor, 'city_admin') && actor.cityCode === c.cityCode) return 'observer';
  if (hasRole(actor, 'coordination_office')) return 'observer';
  return null;
}

export function canApply(actor: Actor): boolean {
  return actor.kind === 'citizen' || actor.kind === 'enterprise';
}

export function canUseWorklist(actor: Actor): boolean {
  return hasRole(actor, 'case_officer');
}

/** Staff see ID numbers and mobiles masked; only the applicant sees their own in full. */
export function seesPersonalDataInFull(relation: CaseRelation): boolean {
  return relation === 'applicant';
}
