import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { can, grantRequirementProblems, lockoutMinutes } from './identity.policy.js';

const citizen: Actor = {
  userId: 'c1',
  kind: 'citizen',
  roles: [],
  cityCode: null,
  orgIds: [],
  displayName: '张丽华',
};
const sysadmin: Actor = { ...citizen, userId: 's1', kind: 'staff', roles: ['system_admin'] };
const cityAdmin: Actor = {
  ...citizen,
  userId: 'a1',
  kind: 'staff',
  roles: ['city_admin'],
  cityCode: '511400',
};

describe('lockoutMinutes', () => {
  it.each([
    [0, null],
    [4, null],
    [5, 1],
    [6, 2],
    [7, 4],
    [8, 8],
    [10, 32],
    [11, 60],
    [30, 60],
  ])('locks for %i consecutive failures: %s minutes', (failures, minutes) => {
    expect(lockoutMinutes(failures)).toBe(minutes);
  });
});

describe('can', () => {
  it.each([
    ['the owner views their account', citizen, 'account.view', 'c1', true],
    ['a citizen views another account', citizen, 'account.view', 'x', false],
    ['a system admin views another account', sysadmin, 'account.view', 'c1', true],
    ['a city admin views another account', cityAdmin, 'account.view', 'c1', false],
    ['the owner sees their own ID number', citizen, 'account.view_unmasked', 'c1', true],
    ['a system admin sees another person’s ID number', sysadmin, 'account.view_unmasked', 'c1', false],
    ['a system admin creates staff', sysadmin, 'staff.create', undefined, true],
    ['a city admin creates staff', cityAdmin, 'staff.create', undefined, false],
    ['a citizen creates staff', citizen, 'staff.create', undefined, false],
  ] as const)('%s: %s', (_label, actor, action, accountId, allowed) => {
    expect(can(actor, action, accountId === undefined ? {} : { accountId })).toBe(allowed);
  });

  it('does not treat a citizen who names system_admin as a role as one', () => {
    expect(can({ ...citizen, roles: ['system_admin'] }, 'staff.create')).toBe(false);
  });
});

describe('grantRequirementProblems', () => {
  const org = '01890000-0000-7000-8000-000000000001';
  it.each([
    ['a case officer with city and org', { role: 'case_officer', cityCode: '510100', orgId: org }, []],
    ['a window clerk without an org', { role: 'window_clerk', cityCode: '510600', orgId: null }, ['orgId']],
    [
      'a case officer with nothing',
      { role: 'case_officer', cityCode: null, orgId: null },
      ['orgId', 'cityCode'],
    ],
    ['a city admin with a city', { role: 'city_admin', cityCode: '511400', orgId: null }, []],
    ['a city admin without a city', { role: 'city_admin', cityCode: null, orgId: null }, ['cityCode']],
    ['a system admin with neither', { role: 'system_admin', cityCode: null, orgId: null }, []],
    [
      'an office role naming an org but no city',
      { role: 'coordination_office', cityCode: null, orgId: org },
      ['cityCode'],
    ],
  ] as const)('%s', (_label, grant, fields) => {
    expect(grantRequirementProblems(grant).map((p) => p.field)).toEqual(fields);
  });
});
