/**
 * The outbox event by which the case engine asks for a notice to staff (not the applicant): a
 * department's case officers, and with a deadline alert also the supervisor, the administrators
 * of the deciding city. The payload names records and carries nothing personal.
 */
export const CASE_STAFF_NOTICE = 'case.staff_notice';

export interface CaseStaffNoticePayload {
  kind: 'deadline_yellow' | 'deadline_red' | 'transfer_in';
  caseId: string;
  caseNumber: string;
  itemCode: string;
  /** The department whose case officers are told. */
  orgId: string;
  /** Also tell the city administrators of this city (the department's supervisor), if set. */
  supervisorsOfCity: string | null;
  /** Where a transferred case came from. */
  fromOrgId: string | null;
  dueDate: string | null;
  /** Unique per notice; each recipient's inbox row adds the account to it. */
  dedupeKey: string;
}
