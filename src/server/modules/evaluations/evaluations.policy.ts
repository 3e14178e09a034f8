import { hasRole, type Actor } from '../../platform/actor.js';
import type { RectificationAction } from '../../../contracts/evaluations.contract.js';
import type { RectificationStatusValue } from './evaluations.tables.js';

/** How the actor stands towards a rating or its task; mirrors the row-level security policies. */
export type EvaluationRelation = 'rater' | 'handler' | 'observer' | 'office';

interface Scope {
  raterId: string;
  orgId: string;
  cityCode: string;
}

/**
 * The staff of the organisation that served handle its 差评: case officers of a department,
 * window clerks of a hall. City administrators watch their city; the office reads everything and
 * decides appeals.
 */
export function relationTo(actor: Actor, scope: Scope): EvaluationRelation | null {
  if (actor.kind !== 'staff') return scope.raterId === actor.userId ? 'rater' : null;
  if (
    (hasRole(actor, 'case_officer') || hasRole(actor, 'window_clerk')) &&
    actor.orgIds.includes(scope.orgId)
  )
    return 'handler';
  if (hasRole(actor, 'coordination_office')) return 'office';
  if (hasRole(actor, 'city_admin') && actor.cityCode === scope.cityCode) return 'observer';
  return null;
}

export function canRate(actor: Actor): boolean {
  return actor.kind === 'citizen' || actor.kind === 'enterprise';
}

/** Staff who have a list of rectification tasks at all. */
export function canListTasks(actor: Actor): boolean {
  return (
    hasRole(actor, 'case_officer') ||
    hasRole(actor, 'window_clerk') ||
    hasRole(actor, 'city_admin') ||
    hasRole(actor, 'coordination_office')
  );
}

/** Who calls the rater back must read their name and number; everyone else sees them masked. */
export function seesRaterContact(relation: EvaluationRelation): boolean {
  return relation === 'rater' || relation === 'handler';
}

interface TaskFacts {
  status: RectificationStatusValue;
  response: string | null;
  appealedAt: Date | null;
}

/**
 * What may be done to a task now, and by whom. The department answers once, then records the
 * call-back, which closes the task; instead it may appeal once, before the task is closed; only
 * the office decides the appeal. A rejected appeal sends the department back to rectify.
 */
export function allowedTaskActions(task: TaskFacts, relation: EvaluationRelation): RectificationAction[] {
  const actions: RectificationAction[] = [];
  if (relation === 'handler') {
    if ((task.status === 'open' || task.status === 'appeal_rejected') && task.response === null)
      actions.push('respond');
    if (task.status === 'responded' || (task.status === 'appeal_rejected' && task.response !== null))
      actions.push('callback');
    if ((task.status === 'open' || task.status === 'responded') && task.appealedAt === null)
      actions.push('appeal');
  }
  if (relation === 'office' && task.status === 'appealed') actions.push('decide_appeal');
  return actions;
}

/** A task still waiting for the department. */
export function awaitsDepartment(status: RectificationStatusValue): boolean {
  return status === 'open' || status === 'responded' || status === 'appeal_rejected';
}
