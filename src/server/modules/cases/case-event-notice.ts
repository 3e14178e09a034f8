import type { Executor } from '../../platform/db/database.js';
import { createCasesRepository } from './cases.repository.js';

const repository = createCasesRepository();

/** One case event as the applicant is told of it: whose case, which, what happened; no personal data. */
export interface CaseEventNoticeFacts {
  applicantId: string;
  caseNumber: string;
  itemCode: string;
  type: string;
  note: string | null;
  /** When the event happened. */
  at: Date;
  details: {
    items?: { name: string; requirement: string }[];
    method?: 'online' | 'post' | 'window';
    trackingNumber?: string;
    /** Where a transferred case went (转办). */
    toOrgName?: string;
  } | null;
}

/** For the notifications handler, inside its transaction: the facts of event `seq` of a case, or null. */
export async function findCaseEventNotice(
  tx: Executor,
  caseId: string,
  seq: number,
): Promise<CaseEventNoticeFacts | null> {
  const row = await repository.findCase(tx, caseId);
  if (!row) return null;
  const event = (await repository.listEvents(tx, caseId)).find((e) => e.seq === seq);
  if (!event) return null;
  return {
    applicantId: row.applicantId,
    caseNumber: row.caseNumber,
    itemCode: row.itemCode,
    type: event.type,
    note: event.note,
    at: event.createdAt,
    details: event.details
      ? {
          ...(event.details.items ? { items: event.details.items } : {}),
          ...(event.details.method ? { method: event.details.method } : {}),
          ...(event.details.trackingNumber ? { trackingNumber: event.details.trackingNumber } : {}),
          ...(event.details.transfer ? { toOrgName: event.details.transfer.toOrgName } : {}),
        }
      : null,
  };
}
