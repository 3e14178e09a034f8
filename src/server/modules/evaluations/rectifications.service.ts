import { hasRole, type Actor } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import { enqueueEvent } from '../../platform/jobs/index.js';
import type {
  AppealDecisionRequest,
  AppealRequest,
  CallbackRequest,
  RectificationAction,
  RectificationDetail,
  RectificationList,
  RectificationResponseRequest,
  RectificationStatus,
} from '../../../contracts/evaluations.contract.js';
import { evaluationsErrors } from './evaluations.errors.js';
import {
  allowedTaskActions,
  canListTasks,
  relationTo,
  type EvaluationRelation,
} from './evaluations.policy.js';
import type { EvaluationsPresenter } from './evaluations.presenter.js';
import type { EvaluationRow, EvaluationsRepository, TaskChange, TaskRow } from './evaluations.repository.js';
import { decodeCursor, encodeCursor } from './keyset-cursor.js';
import { RECTIFICATION_EVENT, type RectificationEventPayload } from './rectification-event.js';

export interface RectificationsDeps {
  database: Database;
  repository: EvaluationsRepository;
  presenter: EvaluationsPresenter;
  now: () => Date;
}

/** A call-back entered a little ahead of the server's clock is still "now". */
const CLOCK_SKEW_MS = 5 * 60_000;

/** 差评整改: the department's list, its answer and call-back, its appeal, and the office's decision. */
export function createRectificationsService({ database, repository, presenter, now }: RectificationsDeps) {
  /** The task and its rating as the actor stands towards them; the rater uses the rating's own page. */
  async function visibleTask(tx: Tx, actor: Actor, id: string) {
    const task = await repository.findTask(tx, id);
    const evaluation = task && (await repository.findEvaluation(tx, task.evaluationId));
    const relation = evaluation && relationTo(actor, evaluation);
    if (!task || !evaluation || !relation || relation === 'rater') throw evaluationsErrors.taskNotFound();
    return { task, evaluation, relation };
  }

  async function detail(
    tx: Tx,
    task: TaskRow,
    evaluation: EvaluationRow,
    relation: EvaluationRelation,
  ): Promise<RectificationDetail> {
    return presenter.taskDetail(presenter.namer(tx), task, evaluation, relation);
  }

  /**
   * One step of the task: checks that the actor may take it now, locks the row (FOR UPDATE needs
   * the update policy to pass as well, so a state the policy refuses reads as "not possible now"),
   * writes the change and the outbox event together.
   */
  async function act(
    actor: Actor,
    id: string,
    action: RectificationAction,
    change: (tx: Tx, task: TaskRow, evaluation: EvaluationRow, at: Date) => Promise<TaskChange> | TaskChange,
    event?: RectificationEventPayload['type'],
  ): Promise<RectificationDetail> {
    return database.withActor(actor, async (tx) => {
      const { evaluation, relation } = await visibleTask(tx, actor, id);
      // City administrators watch; the department and the office each have their own steps.
      const mayAct = action === 'decide_appeal' ? relation === 'office' : relation === 'handler';
      if (!mayAct) throw platformErrors.forbidden();
      const task = await repository.findTask(tx, id, { forUpdate: true });
      if (!task || !allowedTaskActions(task, relation).includes(action))
        throw evaluationsErrors.actionNotAllowed();
      const at = now();
      await repository.updateTask(tx, task.id, await change(tx, task, evaluation, at));
      if (event)
        await enqueueEvent(tx, { type: RECTIFICATION_EVENT, payload: { taskId: task.id, type: event } });
      const updated = await repository.findTask(tx, task.id);
      const rating = await repository.findEvaluation(tx, evaluation.id);
      if (!updated || !rating) throw evaluationsErrors.taskNotFound();
      return detail(tx, updated, rating, relation);
    });
  }

  return {
    /**
     * The tasks the actor may see: a department's own (case officers, window clerks), a city's
     * (its administrator), every city's (the coordination office). Newest first.
     */
    async list({
      actor,
      status,
      cursor,
    }: {
      actor: Actor;
      status?: RectificationStatus;
      cursor?: string;
    }): Promise<RectificationList> {
      if (!canListTasks(actor)) throw platformErrors.forbidden();
      const after = decodeCursor(cursor);
      const watchesMore = hasRole(actor, 'coordination_office') || hasRole(actor, 'city_admin');
      return database.withActor(actor, async (tx) => {
        const rows = await repository.listTasks(tx, {
          ...(watchesMore ? {} : { orgIds: actor.orgIds }),
          ...(status ? { status } : {}),
          after,
        });
        const visible = rows.slice(0, repository.pageSize);
        const names = presenter.namer(tx);
        const items = [];
        for (const { task, evaluation } of visible)
          items.push(await presenter.taskSummary(names, task, evaluation));
        const last = visible.at(-1)?.task;
        return { items, nextCursor: rows.length > repository.pageSize && last ? encodeCursor(last) : null };
      });
    },

    async get({ actor, id }: { actor: Actor; id: string }): Promise<RectificationDetail> {
      return database.withActor(actor, async (tx) => {
        const { task, evaluation, relation } = await visibleTask(tx, actor, id);
        return detail(tx, task, evaluation, relation);
      });
    },

    /** 整改答复: what was verified and put right; the rater is told. */
    respond: ({ actor, id, request }: { actor: Actor; id: string; request: RectificationResponseRequest }) =>
      act(
        actor,
        id,
        'respond',
        (_tx, _task, _evaluation, at) => ({
          status: 'responded',
          response: request.response.trim(),
          respondedBy: actor.userId,
          respondedByName: actor.displayName,
          respondedAt: at,
          updatedAt: at,
        }),
        'responded',
      ),

    /** 回访: the rater was reached after the answer; recording it closes the task. */
    callback: ({ actor, id, request }: { actor: Actor; id: string; request: CallbackRequest }) =>
      act(actor, id, 'callback', (_tx, _task, evaluation, at) => {
        const calledAt = new Date(request.calledAt);
        // Call-back times are entered to the minute: a call in the minute of the rating counts.
        const ratedMinute = Math.floor(evaluation.createdAt.getTime() / 60_000) * 60_000;
        if (calledAt.getTime() < ratedMinute || calledAt.getTime() > at.getTime() + CLOCK_SKEW_MS) {
          throw evaluationsErrors.callbackTimeInvalid({
            fieldErrors: [{ field: 'body.calledAt', code: 'evaluations.callback_time_invalid' }],
          });
        }
        return {
          status: 'closed',
          callbackAt: calledAt,
          callbackMethod: request.method,
          callbackOutcome: request.outcome.trim(),
          raterSatisfied: request.raterSatisfied,
          callbackBy: actor.userId,
          callbackByName: actor.displayName,
          callbackRecordedAt: at,
          updatedAt: at,
        };
      }),

    /** 申诉: the department holds the rating malicious and asks the office to leave it out. */
    appeal: ({ actor, id, request }: { actor: Actor; id: string; request: AppealRequest }) =>
      act(actor, id, 'appeal', (_tx, _task, _evaluation, at) => ({
        status: 'appealed',
        appealReason: request.reason.trim(),
        appealedBy: actor.userId,
        appealedByName: actor.displayName,
        appealedAt: at,
        updatedAt: at,
      })),

    /**
     * The office's decision. Upheld: the rating stays on record but leaves the statistics, and the
     * task ends. Rejected: the department must still answer and call back.
     */
    decideAppeal: ({ actor, id, request }: { actor: Actor; id: string; request: AppealDecisionRequest }) =>
      act(
        actor,
        id,
        'decide_appeal',
        async (tx, _task, evaluation, at) => {
          if (request.decision === 'upheld') await repository.excludeEvaluation(tx, evaluation.id);
          return {
            status: request.decision === 'upheld' ? 'appeal_upheld' : 'appeal_rejected',
            appealDecision: request.decision,
            appealDecisionReason: request.reason.trim(),
            appealDecidedBy: actor.userId,
            appealDecidedByName: actor.displayName,
            appealDecidedAt: at,
            updatedAt: at,
          };
        },
        'appeal_decided',
      ),
  };
}

export type RectificationsService = ReturnType<typeof createRectificationsService>;
