import type { CaseAction, CaseStatusName } from '../../../contracts/cases.contract.js';

/** Who stands where towards a case; decides which actions are offered. */
export type CaseRelation = 'applicant' | 'deciding_officer' | 'observer';

interface Transition {
  from: CaseStatusName;
  to: CaseStatusName;
  by: CaseRelation;
}

/** The lifecycle of the walking skeleton: accept or refuse to accept, then grant or refuse. */
const transitions: Record<CaseAction, Transition> = {
  accept: { from: 'submitted', to: 'accepted', by: 'deciding_officer' },
  not_accept: { from: 'submitted', to: 'not_accepted', by: 'deciding_officer' },
  grant: { from: 'accepted', to: 'granted', by: 'deciding_officer' },
  refuse: { from: 'accepted', to: 'refused', by: 'deciding_officer' },
};

/** The status an action leads to, or null when the action is not allowed from here for this relation. */
export function nextStatus(
  status: CaseStatusName,
  action: CaseAction,
  relation: CaseRelation,
): CaseStatusName | null {
  const t = transitions[action];
  return t.from === status && t.by === relation ? t.to : null;
}

/** Every action this relation may take on a case in this status. */
export function allowedActions(status: CaseStatusName, relation: CaseRelation): CaseAction[] {
  return (Object.keys(transitions) as CaseAction[]).filter((a) => nextStatus(status, a, relation) !== null);
}

export function isDecided(status: CaseStatusName): boolean {
  return status === 'granted' || status === 'refused' || status === 'not_accepted';
}
