import type { Executor } from '../../platform/db/database.js';
import { createEvaluationsRepository } from './evaluations.repository.js';

const repository = createEvaluationsRepository();

/** A rectification task as the notices tell of it: who to tell and about what; no personal data. */
export interface RectificationNoticeFacts {
  taskId: string;
  /** The department or hall that must put it right. */
  orgId: string;
  raterId: string;
  caseId: string | null;
  caseNumber: string | null;
  itemCode: string | null;
  visit: { hallId: string; window: string; date: string } | null;
  grade: number;
  dueDate: string;
  status: string;
  appealDecision: 'upheld' | 'rejected' | null;
  openedAt: Date;
  respondedAt: Date | null;
  appealDecidedAt: Date | null;
}

/** For the notifications handler, inside its transaction on the owner connection: the task's facts, or null. */
export async function findRectificationNotice(
  tx: Executor,
  taskId: string,
): Promise<RectificationNoticeFacts | null> {
  const task = await repository.findTask(tx, taskId);
  const evaluation = task && (await repository.findEvaluation(tx, task.evaluationId));
  if (!task || !evaluation) return null;
  return {
    taskId: task.id,
    orgId: task.orgId,
    raterId: evaluation.raterId,
    caseId: evaluation.caseId,
    caseNumber: evaluation.caseNumber,
    itemCode: evaluation.itemCode,
    visit:
      evaluation.visitOrgId && evaluation.visitWindow && evaluation.visitDate
        ? { hallId: evaluation.visitOrgId, window: evaluation.visitWindow, date: evaluation.visitDate }
        : null,
    grade: evaluation.grade,
    dueDate: task.dueDate,
    status: task.status,
    appealDecision: task.appealDecision,
    openedAt: task.createdAt,
    respondedAt: task.respondedAt,
    appealDecidedAt: task.appealDecidedAt,
  };
}
