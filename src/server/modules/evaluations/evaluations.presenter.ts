import type { Tx } from '../../platform/db/database.js';
import type {
  EvaluationView,
  RectificationDetail,
  RectificationSummary,
} from '../../../contracts/evaluations.contract.js';
import { maskMobile, maskName } from '../../../contracts/personal-data.js';
import type { CatalogModule } from '../catalog/index.js';
import type { DirectoryModule } from '../directory/index.js';
import { toShanghaiDate } from '../calendar/index.js';
import type { EvaluationRow, TaskRow } from './evaluations.repository.js';
import {
  allowedTaskActions,
  awaitsDepartment,
  seesRaterContact,
  type EvaluationRelation,
} from './evaluations.policy.js';

export interface PresenterDeps {
  catalog: Pick<CatalogModule, 'findItem'>;
  directory: Pick<DirectoryModule, 'findCity' | 'findOrganisation'>;
  now: () => Date;
}

/** Views of ratings and tasks, with names looked up once per transaction and personal data masked. */
export function createEvaluationsPresenter({ catalog, directory, now }: PresenterDeps) {
  function namer(tx: Tx) {
    const cache = new Map<string, Promise<string>>();
    const once = (key: string, load: () => Promise<string>) => {
      let value = cache.get(key);
      if (!value) {
        value = load();
        cache.set(key, value);
      }
      return value;
    };
    return {
      item: (code: string) => once(`i:${code}`, async () => (await catalog.findItem(tx, code))?.name ?? code),
      city: (code: string) =>
        once(`c:${code}`, async () => (await directory.findCity(tx, code))?.name ?? code),
      org: (id: string) =>
        once(`o:${id}`, async () => (await directory.findOrganisation(tx, id))?.name ?? ''),
    };
  }
  type Names = ReturnType<typeof namer>;

  async function visitOf(names: Names, row: EvaluationRow) {
    if (!row.visitOrgId || !row.visitWindow || !row.visitDate) return null;
    return {
      hallId: row.visitOrgId,
      hallName: await names.org(row.visitOrgId),
      window: row.visitWindow,
      date: row.visitDate,
    };
  }

  async function evaluationView(
    names: Names,
    row: EvaluationRow,
    relation: EvaluationRelation,
    task: TaskRow | null,
  ): Promise<EvaluationView> {
    const full = seesRaterContact(relation);
    return {
      id: row.id,
      caseId: row.caseId,
      caseNumber: row.caseNumber,
      itemName: row.itemCode ? await names.item(row.itemCode) : null,
      visit: await visitOf(names, row),
      channel: row.channel,
      cityCode: row.cityCode,
      cityName: await names.city(row.cityCode),
      orgId: row.orgId,
      orgName: await names.org(row.orgId),
      grade: row.grade,
      indicators: {
        overall: row.scoreOverall,
        efficiency: row.scoreEfficiency,
        guideAccuracy: row.scoreGuideAccuracy,
        convenience: row.scoreConvenience,
        usability: row.scoreUsability,
      },
      comment: row.comment,
      raterName: full ? row.raterName : maskName(row.raterName),
      raterMobile: row.raterMobile && (full ? row.raterMobile : maskMobile(row.raterMobile)),
      excluded: row.excluded,
      createdAt: row.createdAt.toISOString(),
      rectification: task
        ? {
            id: task.id,
            status: task.status,
            dueDate: task.dueDate,
            response: task.response,
            respondedAt: task.respondedAt?.toISOString() ?? null,
            calledBackAt: task.callbackAt?.toISOString() ?? null,
          }
        : null,
    };
  }

  async function taskSummary(names: Names, task: TaskRow, row: EvaluationRow): Promise<RectificationSummary> {
    return {
      id: task.id,
      evaluationId: row.id,
      status: task.status,
      dueDate: task.dueDate,
      overdue: awaitsDepartment(task.status) && toShanghaiDate(now()) > task.dueDate,
      orgId: task.orgId,
      orgName: await names.org(task.orgId),
      cityCode: task.cityCode,
      cityName: await names.city(task.cityCode),
      grade: row.grade,
      caseId: row.caseId,
      caseNumber: row.caseNumber,
      itemName: row.itemCode ? await names.item(row.itemCode) : null,
      visit: await visitOf(names, row),
      createdAt: task.createdAt.toISOString(),
    };
  }

  async function taskDetail(
    names: Names,
    task: TaskRow,
    row: EvaluationRow,
    relation: EvaluationRelation,
  ): Promise<RectificationDetail> {
    const decided = task.appealDecision !== null && task.appealDecidedAt !== null;
    return {
      ...(await taskSummary(names, task, row)),
      evaluation: await evaluationView(names, row, relation, task),
      response:
        task.response !== null && task.respondedAt
          ? { text: task.response, byName: task.respondedByName ?? '', at: task.respondedAt.toISOString() }
          : null,
      callback:
        task.callbackAt && task.callbackMethod && task.callbackRecordedAt
          ? {
              calledAt: task.callbackAt.toISOString(),
              method: task.callbackMethod,
              outcome: task.callbackOutcome ?? '',
              raterSatisfied: task.raterSatisfied ?? false,
              byName: task.callbackByName ?? '',
              recordedAt: task.callbackRecordedAt.toISOString(),
            }
          : null,
      appeal:
        task.appealReason !== null && task.appealedAt
          ? {
              reason: task.appealReason,
              byName: task.appealedByName ?? '',
              at: task.appealedAt.toISOString(),
              decision: decided ? task.appealDecision : null,
              decisionReason: decided ? task.appealDecisionReason : null,
              decidedByName: decided ? task.appealDecidedByName : null,
              decidedAt: decided ? (task.appealDecidedAt?.toISOString() ?? null) : null,
            }
          : null,
      allowedActions: allowedTaskActions(task, relation),
    };
  }

  return { namer, evaluationView, taskSummary, taskDetail };
}

export type EvaluationsPresenter = ReturnType<typeof createEvaluationsPresenter>;
