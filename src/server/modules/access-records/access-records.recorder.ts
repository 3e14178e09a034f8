import { hasRole, type Actor } from '../../platform/actor.js';
import type { Tx } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { createAccessRecordsRepository } from './access-records.repository.js';
import type { AccessSource } from './access-records.tables.js';

/**
 * A staff member who opens the same thing of the same case again within this period of the clock
 * adds no second record: the detail page refetches on focus and after every action, and a record
 * per refetch would bury the one fact the applicant needs (who, when, why).
 */
export const STAFF_VIEW_PERIOD_MS = 10 * 60_000;

const repository = createAccessRecordsRepository();

/** Any use of an applicant's data; staff views, registry queries and exports all land here. */
export interface AccessRecordInput {
  source: AccessSource;
  subjectId: string;
  caseId: string | null;
  caseNumber: string | null;
  /** Null only for a query the system makes on its own. */
  accessor: { id: string; name: string; role: string } | null;
  accessorRole?: string;
  cityCode: string | null;
  orgId: string | null;
  purpose: string;
  reason?: string | null;
  seen: string;
  seenRef?: string | null;
  registry?: string | null;
  at: Date;
  /** Key that makes a repeat a no-op; null records every call. */
  dedupeKey?: string | null;
}

/**
 * Appends one record inside the caller's transaction, so the record commits exactly when what
 * was read does. Registry queries (户籍, 社保, 公积金 …) call this with source 'registry_query',
 * the registry's name and the decision's purpose.
 */
export async function recordAccess(tx: Tx, input: AccessRecordInput): Promise<void> {
  await repository.append(tx, {
    id: newId(),
    subjectId: input.subjectId,
    source: input.source,
    caseId: input.caseId,
    caseNumber: input.caseNumber,
    accessorId: input.accessor?.id ?? null,
    accessorName: input.accessor?.name ?? null,
    accessorRole: input.accessor?.role ?? input.accessorRole ?? 'system',
    cityCode: input.cityCode,
    orgId: input.orgId,
    purpose: input.purpose,
    reason: input.reason?.trim() || null,
    seen: input.seen,
    seenRef: input.seenRef ?? null,
    registry: input.registry ?? null,
    accessedAt: input.at,
    dedupeKey: input.dedupeKey ?? null,
  });
}

/** The case as far as a record needs it; the cases module's row fits as it is. */
export interface ViewedCase {
  id: string;
  caseNumber: string;
  applicantId: string;
  cityCode: string;
  decidingOrgId: string;
  receivingCityCode: string;
  receivingOrgId: string | null;
  status: string;
  deliveryMethod: string | null;
}

/** How the viewer stands towards the case (the cases module's CaseRelation). */
export type ViewerRelation = 'applicant' | 'deciding_officer' | 'receiving_clerk' | 'observer';

export interface CaseView {
  actor: Actor;
  viewedCase: ViewedCase;
  relation: ViewerRelation;
  /** case_detail, material_preview, … */
  seen: string;
  /** Which one, e.g. the material's id. */
  seenRef?: string | null;
  reason?: string | null;
  at: Date;
}

/** Who the viewer was for this case: role, department, city and so the purpose. */
function standing(actor: Actor, c: ViewedCase, relation: Exclude<ViewerRelation, 'applicant'>) {
  switch (relation) {
    case 'deciding_officer':
      return { role: 'case_officer', orgId: c.decidingOrgId, cityCode: c.cityCode, purpose: 'case_review' };
    case 'receiving_clerk':
      return {
        role: 'window_clerk',
        orgId: c.receivingOrgId,
        cityCode: c.receivingCityCode,
        // A result waiting at the window is looked up to hand it over; otherwise the clerk follows
        // what their hall received.
        purpose: c.status === 'delivered' && c.deliveryMethod === 'window' ? 'hand_over' : 'window_intake',
      };
    case 'observer':
      if (hasRole(actor, 'city_admin') && actor.cityCode === c.cityCode)
        return { role: 'city_admin', orgId: null, cityCode: actor.cityCode, purpose: 'supervision' };
      return {
        role: 'coordination_office',
        orgId: actor.orgIds.length === 1 ? (actor.orgIds[0] ?? null) : null,
        cityCode: actor.cityCode,
        purpose: 'supervision',
      };
  }
}

/**
 * Records that a staff member saw an applicant's case in full (the detail, a material). The
 * applicant reading their own case is no use of their data by anyone else and records nothing.
 * Call it in the transaction that read the case, after the read.
 */
export async function recordCaseView(tx: Tx, view: CaseView): Promise<void> {
  const { actor, viewedCase: c, relation } = view;
  if (relation === 'applicant' || actor.kind !== 'staff') return;
  const who = standing(actor, c, relation);
  const seenRef = view.seenRef ?? null;
  const period = Math.floor(view.at.getTime() / STAFF_VIEW_PERIOD_MS);
  await recordAccess(tx, {
    source: 'staff_view',
    subjectId: c.applicantId,
    caseId: c.id,
    caseNumber: c.caseNumber,
    accessor: { id: actor.userId, name: actor.displayName, role: who.role },
    cityCode: who.cityCode,
    orgId: who.orgId,
    purpose: who.purpose,
    reason: view.reason ?? null,
    seen: view.seen,
    seenRef,
    at: view.at,
    dedupeKey: `view:${actor.userId}:${c.id}:${view.seen}:${seenRef ?? ''}:${period}`,
  });
}
