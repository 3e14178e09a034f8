import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { allowedTaskActions, relationTo } from './evaluations.policy.js';

const scope = { raterId: 'rater', orgId: 'cd-gjj', cityCode: '510100' };
const staff = (roles: Actor['roles'], cityCode: string | null, orgIds: string[]): Actor => ({
  userId: 'staff',
  kind: 'staff',
  roles,
  cityCode,
  orgIds,
  displayName: '工作人员',
});

describe('who stands where towards a rating', () => {
  it('knows the rater, the organisation that served, its city and the office, and nobody else', () => {
    const citizen = (userId: string): Actor => ({ ...staff([], null, []), userId, kind: 'citizen' });
    expect(relationTo(citizen('rater'), scope)).toBe('rater');
    expect(relationTo(citizen('someone'), scope)).toBeNull();
    expect(relationTo(staff(['case_officer'], '510100', ['cd-gjj']), scope)).toBe('handler');
    expect(relationTo(staff(['window_clerk'], '510100', ['cd-gjj']), scope)).toBe('handler');
    expect(relationTo(staff(['case_officer'], '510100', ['cd-ybj']), scope)).toBeNull();
    expect(relationTo(staff(['city_admin'], '510100', []), scope)).toBe('observer');
    expect(relationTo(staff(['city_admin'], '512000', []), scope)).toBeNull();
    expect(relationTo(staff(['coordination_office'], '510100', ['tchb']), scope)).toBe('office');
    expect(relationTo(staff(['system_admin'], null, []), scope)).toBeNull();
  });
});

describe('the steps of a rectification task', () => {
  const task = (
    status: Parameters<typeof allowedTaskActions>[0]['status'],
    response = false,
    appealed = false,
  ) => ({
    status,
    response: response ? '已整改' : null,
    appealedAt: appealed ? new Date() : null,
  });

  it('lets the department answer, then call back, and appeal once before the task closes', () => {
    expect(allowedTaskActions(task('open'), 'handler')).toEqual(['respond', 'appeal']);
    expect(allowedTaskActions(task('responded', true), 'handler')).toEqual(['callback', 'appeal']);
    expect(allowedTaskActions(task('closed', true), 'handler')).toEqual([]);
    expect(allowedTaskActions(task('appealed', false, true), 'handler')).toEqual([]);
  });

  it('sends the department back to what was left undone when an appeal is rejected', () => {
    expect(allowedTaskActions(task('appeal_rejected', false, true), 'handler')).toEqual(['respond']);
    expect(allowedTaskActions(task('appeal_rejected', true, true), 'handler')).toEqual(['callback']);
    expect(allowedTaskActions(task('appeal_upheld', false, true), 'handler')).toEqual([]);
  });

  it('leaves the decision to the office, and nothing to the city administrator or the rater', () => {
    expect(allowedTaskActions(task('appealed', false, true), 'office')).toEqual(['decide_appeal']);
    expect(allowedTaskActions(task('open'), 'office')).toEqual([]);
    for (const relation of ['observer', 'rater'] as const)
      expect(allowedTaskActions(task('open'), relation)).toEqual([]);
  });
});
