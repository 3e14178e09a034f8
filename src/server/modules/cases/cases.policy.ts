import { hasRole, type Actor } from '../../platform/actor.js';
import type { LifecycleAction } from '../../../contracts/cases.contract.js';
import type { CaseRelation } from './case-lifecycle.js';

interface CaseScope {
  applicantId: string;
  decidingOrgId: string;
  receivingOrgId: string | null;
  cityCode: string;
}

/** How the actor stands towards the case; mirrors the row-level security policy cases_read. */
export function relationTo(actor: Actor, c: CaseScope): CaseRelation | null {
  if (actor.kind !== 'staff') return c.applicantId === actor.userId ? 'applicant' : null;
  if (hasRole(actor, 'case_officer') && actor.orgIds.includes(c.decidingOrgId)) return 'deciding_officer';
  if (hasRole(actor, 'window_clerk') && c.receivingOrgId !== null && actor.orgIds.includes(c.receivingOrgId))
    return 'receiving_clerk';
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

/** Bulk actions are the department's: a case officer's, on cases of their own departments. */
export function canActInBulk(actor: Actor): boolean {
  return hasRole(actor, 'case_officer');
}

/** Window clerks file on behalf of the person present (异地代收代办) and follow their hall's cases. */
export function canReceiveAtWindow(actor: Actor): boolean {
  return hasRole(actor, 'window_clerk');
}

interface DeliveryScope {
  status: string;
  deliveryMethod: string | null;
  receivingOrgId: string | null;
}

/**
 * A result delivered "at the window" of a window-received case waits at the receiving hall: only
 * its clerk's hand-over may close it, so the history shows who handed it over; the deciding
 * officer's close stays for results delivered otherwise. Refines the lifecycle table, which
 * knows statuses but not how a result was delivered.
 */
export function fitsDelivery(c: DeliveryScope, action: LifecycleAction): boolean {
  const awaitsCollection =
    c.status === 'delivered' && c.deliveryMethod === 'window' && c.receivingOrgId !== null;
  if (action === 'hand_over') return awaitsCollection;
  if (action === 'close') return !awaitsCollection;
  return true;
}

/** Staff see ID numbers and mobiles masked; only the applicant sees their own in full. */
export function seesPersonalDataInFull(relation: CaseRelation): boolean {
  return relation === 'applicant';
}
