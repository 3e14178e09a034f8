import { describe, expect, it } from 'vitest';
import { caseActionSchema, caseStatusSchema } from '../../../contracts/cases.contract.js';
import { allowedActions, nextStatus, type CaseRelation } from './case-lifecycle.js';

const relations: CaseRelation[] = ['applicant', 'deciding_officer', 'observer'];

/** Every allowed move; anything not listed must be refused. */
const expected: Record<string, string> = {
  'submitted/accept/deciding_officer': 'accepted',
  'submitted/not_accept/deciding_officer': 'not_accepted',
  'accepted/grant/deciding_officer': 'granted',
  'accepted/refuse/deciding_officer': 'refused',
};

describe('case lifecycle', () => {
  for (const status of caseStatusSchema.options) {
    for (const action of caseActionSchema.options) {
      for (const relation of relations) {
        const key = `${status}/${action}/${relation}`;
        const to = expected[key] ?? null;
        it(`${to ? 'lets' : 'refuses'} ${relation} ${action} a case that is ${status}`, () => {
          expect(nextStatus(status, action, relation)).toBe(to);
        });
      }
    }
  }

  it('offers the deciding officer acceptance first and the decision only after it', () => {
    expect(allowedActions('submitted', 'deciding_officer')).toEqual(['accept', 'not_accept']);
    expect(allowedActions('accepted', 'deciding_officer')).toEqual(['grant', 'refuse']);
    expect(allowedActions('granted', 'deciding_officer')).toEqual([]);
  });

  it('offers applicants and observers no action in the skeleton', () => {
    for (const status of caseStatusSchema.options) {
      expect(allowedActions(status, 'applicant')).toEqual([]);
      expect(allowedActions(status, 'observer')).toEqual([]);
    }
  });
});
