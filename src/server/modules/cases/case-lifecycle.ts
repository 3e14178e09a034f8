import type { LifecycleAction as CaseAction, CaseStatusName } from '../../../contracts/cases.contract.js';

/** Who stands where towards a case; decides which actions are offered. */
export type CaseRelation = 'applicant' | 'deciding_officer' | 'receiving_clerk' | 'observer';

interface Transition {
  from: CaseStatusName[];
  /** 'resume' returns to the status the case had when the supplement was requested. */
  to: CaseStatusName | 'resume';
  by: CaseRelation;
}

/** The stages a case is being worked on; the applicant may still withdraw from these. */
const open: CaseStatusName[] = ['submitted', 'supplement_requested', 'accepted', 'under_review'];

/**
 * The lifecycle of a case (办件). 补正 may be asked before acceptance (the clock has not started)
 * or during review (the clock stops until the applicant supplies what is missing).
 */
const transitions: Record<CaseAction, Transition> = {
  accept: { from: ['submitted'], to: 'accepted', by: 'deciding_officer' },
  not_accept: { from: ['submitted'], to: 'not_accepted', by: 'deciding_officer' },
  request_supplement: {
    from: ['submitted', 'accepted', 'under_review'],
    to: 'supplement_requested',
    by: 'deciding_officer',
  },
  supplement: { from: ['supplement_requested'], to: 'resume', by: 'applicant' },
  begin_review: { from: ['accepted'], to: 'under_review', by: 'deciding_officer' },
  grant: { from: ['accepted', 'under_review'], to: 'granted', by: 'deciding_officer' },
  refuse: { from: ['accepted', 'under_review'], to: 'refused', by: 'deciding_officer' },
  deliver: { from: ['granted', 'refused'], to: 'delivered', by: 'deciding_officer' },
  close: { from: ['delivered', 'not_accepted'], to: 'closed', by: 'deciding_officer' },
  withdraw: { from: open, to: 'withdrawn', by: 'applicant' },
  // 收受分离: the window that received the application hands the result over and so closes it.
  hand_over: { from: ['delivered'], to: 'closed', by: 'receiving_clerk' },
  // 转办: a misrouted case goes to the competent department before any decision, and waits there
  // for acceptance anew; an acceptance by the wrong department does not bind the right one, so
  // its clock starts again from that department's own acceptance. Not while 补正 is awaited: the
  // applicant is answering a notice of the department that asked.
  transfer: { from: ['submitted', 'accepted', 'under_review'], to: 'submitted', by: 'deciding_officer' },
};

/**
 * The status an action leads to, or null when the action is not allowed from here for this
 * relation. `resumeTo` is the status before the pending supplement request.
 */
export function nextStatus(
  status: CaseStatusName,
  action: CaseAction,
  relation: CaseRelation,
  resumeTo?: CaseStatusName,
): CaseStatusName | null {
  const t = transitions[action];
  if (!t.from.includes(status) || t.by !== relation) return null;
  if (t.to !== 'resume') return t.to;
  return resumeTo && resumeTo !== 'supplement_requested' ? resumeTo : null;
}

/** Whether the action belongs to this relation at all, whatever the status. */
export function actionIsFor(action: CaseAction, relation: CaseRelation): boolean {
  return transitions[action].by === relation;
}

/** Every action this relation may take on a case in this status. */
export function allowedActions(status: CaseStatusName, relation: CaseRelation): CaseAction[] {
  return (Object.keys(transitions) as CaseAction[]).filter((a) => {
    const t = transitions[a];
    return t.from.includes(status) && t.by === relation;
  });
}

/** The clock runs from acceptance until a decision, and stands still while a supplement is awaited. */
export function isClockRunning(status: CaseStatusName): boolean {
  return status === 'accepted' || status === 'under_review';
}
