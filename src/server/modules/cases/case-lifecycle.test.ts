import { describe, expect, it } from 'vitest';
import {
  anyCaseActionSchema,
  caseStatusSchema,
  officerCaseActionSchema,
} from '../../../contracts/cases.contract.js';
import { allowedActions, isClockRunning, nextStatus, type CaseRelation } from './case-lifecycle.js';

const relations: CaseRelation[] = ['applicant', 'deciding_officer', 'receiving_clerk', 'observer'];

/** Every allowed move (status/action/relation → status); anything not listed must be refused. */
const expected: Record<string, string> = {
  'submitted/accept/deciding_officer': 'accepted',
  'submitted/not_accept/deciding_officer': 'not_accepted',
  'submitted/request_supplement/deciding_officer': 'supplement_requested',
  'accepted/request_supplement/deciding_officer': 'supplement_requested',
  'under_review/request_supplement/deciding_officer': 'supplement_requested',
  'supplement_requested/supplement/applicant': 'resume',
  'accepted/begin_review/deciding_officer': 'under_review',
  'accepted/grant/deciding_officer': 'granted',
  'under_review/grant/deciding_officer': 'granted',
  'accepted/refuse/deciding_officer': 'refused',
  'under_review/refuse/deciding_officer': 'refused',
  'granted/deliver/deciding_officer': 'delivered',
  'refused/deliver/deciding_officer': 'delivered',
  'delivered/close/deciding_officer': 'closed',
  'not_accepted/close/deciding_officer': 'closed',
  'submitted/withdraw/applicant': 'withdrawn',
  'supplement_requested/withdraw/applicant': 'withdrawn',
  'accepted/withdraw/applicant': 'withdrawn',
  'under_review/withdraw/applicant': 'withdrawn',
  'delivered/hand_over/receiving_clerk': 'closed',
  'submitted/transfer/deciding_officer': 'submitted',
  'accepted/transfer/deciding_officer': 'submitted',
  'under_review/transfer/deciding_officer': 'submitted',
};

const lifecycleActions = [...anyCaseActionSchema.options, ...officerCaseActionSchema.options];

describe('case lifecycle', () => {
  for (const status of caseStatusSchema.options) {
    for (const action of lifecycleActions) {
      for (const relation of relations) {
        const key = `${status}/${action}/${relation}`;
        const to = expected[key] ?? null;
        it(`${to ? 'lets' : 'refuses'} ${relation} ${action} a case that is ${status}`, () => {
          const result = nextStatus(status, action, relation, 'under_review');
          expect(result).toBe(to === 'resume' ? 'under_review' : to);
        });
      }
    }
  }

  it('returns a supplied case to where it stood when the supplement was requested', () => {
    expect(nextStatus('supplement_requested', 'supplement', 'applicant', 'submitted')).toBe('submitted');
    expect(nextStatus('supplement_requested', 'supplement', 'applicant', 'accepted')).toBe('accepted');
    expect(nextStatus('supplement_requested', 'supplement', 'applicant', undefined)).toBeNull();
  });

  it('offers the deciding officer acceptance, 补正 or refusal first, and the decision only after acceptance', () => {
    expect(allowedActions('submitted', 'deciding_officer')).toEqual([
      'accept',
      'not_accept',
      'request_supplement',
      'transfer',
    ]);
    expect(allowedActions('accepted', 'deciding_officer')).toEqual([
      'request_supplement',
      'begin_review',
      'grant',
      'refuse',
      'transfer',
    ]);
    expect(allowedActions('closed', 'deciding_officer')).toEqual([]);
  });

  it('lets the applicant supply what is missing or withdraw, and observers do nothing', () => {
    expect(allowedActions('supplement_requested', 'applicant')).toEqual(['supplement', 'withdraw']);
    expect(allowedActions('granted', 'applicant')).toEqual([]);
    for (const status of caseStatusSchema.options) expect(allowedActions(status, 'observer')).toEqual([]);
  });

  it('lets the receiving window only hand over a delivered result', () => {
    for (const status of caseStatusSchema.options) {
      expect(allowedActions(status, 'receiving_clerk')).toEqual(status === 'delivered' ? ['hand_over'] : []);
    }
  });

  it('lets a misrouted case be transferred only before a decision and not while 补正 is awaited', () => {
    const transferable = caseStatusSchema.options.filter(
      (status) => nextStatus(status, 'transfer', 'deciding_officer') !== null,
    );
    expect(transferable).toEqual(['submitted', 'accepted', 'under_review']);
    // Whoever accepted, the competent department accepts anew: the case waits for acceptance there.
    for (const status of transferable)
      expect(nextStatus(status, 'transfer', 'deciding_officer')).toBe('submitted');
    for (const relation of ['applicant', 'receiving_clerk', 'observer'] as const)
      expect(nextStatus('submitted', 'transfer', relation)).toBeNull();
  });

  it('runs the clock only between acceptance and decision, never while a supplement is awaited', () => {
    expect(caseStatusSchema.options.filter(isClockRunning)).toEqual(['accepted', 'under_review']);
  });
});
