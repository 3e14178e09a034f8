import type { Executor } from '../../platform/db/database.js';
import { createCasesRepository } from './cases.repository.js';

const repository = createCasesRepository();

/** What a 好差评 rating needs to know of a case: whose it is, who decided it, whether it is closed. */
export interface CaseRatingFacts {
  id: string;
  caseNumber: string;
  itemCode: string;
  applicantId: string;
  applicantKind: 'citizen' | 'enterprise';
  status: string;
  cityCode: string;
  decidingOrgId: string;
  channel: 'online' | 'window';
}

/**
 * For the evaluations module, inside the caller's transaction and so under the caller's row-level
 * security: the case if the actor may see it, else null.
 */
export async function findCaseRatingFacts(tx: Executor, caseId: string): Promise<CaseRatingFacts | null> {
  const row = await repository.findCase(tx, caseId);
  if (!row) return null;
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    itemCode: row.itemCode,
    applicantId: row.applicantId,
    applicantKind: row.applicantKind,
    status: row.status,
    cityCode: row.cityCode,
    decidingOrgId: row.decidingOrgId,
    channel: row.channel,
  };
}
