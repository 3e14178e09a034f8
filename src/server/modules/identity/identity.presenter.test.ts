import { describe, expect, it } from 'vitest';
import type { AccountRow } from './identity.repository.js';
import { maskApplicantProfile, toAccountView, toActor, toApplicantProfile } from './identity.presenter.js';

const at = new Date('2026-03-01T00:00:00Z');
const citizen: AccountRow = {
  id: 'c1',
  kind: 'citizen',
  displayName: '张丽华',
  idNumber: '510104199003071237',
  creditCode: null,
  legalRepresentative: null,
  mobile: '13880001234',
  email: null,
  username: null,
  passwordHash: '$argon2id$secret',
  failedLogins: 0,
  lockedUntil: null,
  disabledAt: null,
  createdAt: at,
  passwordChangedAt: at,
};

describe('toAccountView', () => {
  it('shows the owner their ID number and mobile in full', () => {
    const view = toAccountView(citizen, [], { unmasked: true });
    expect(view.idNumber).toBe('510104199003071237');
    expect(view.mobile).toBe('13880001234');
  });

  it('masks ID number and mobile for anyone else', () => {
    const view = toAccountView(citizen, [], { unmasked: false });
    expect(view.idNumber).toBe('5****************7');
    expect(view.mobile).toBe('138****1234');
  });

  it('never carries the password hash or the lockout counters', () => {
    const view = toAccountView(citizen, [], { unmasked: true });
    expect(JSON.stringify(view)).not.toContain('argon2');
    expect(Object.keys(view)).not.toContain('failedLogins');
  });
});

describe('toActor', () => {
  it('takes the first city any grant names and every organisation', () => {
    const staff = { id: 's1', kind: 'staff' as const, displayName: '陈思远' };
    const actor = toActor(staff, [
      { role: 'system_admin', cityCode: null, orgId: null },
      { role: 'case_officer', cityCode: '510100', orgId: 'org-a' },
      { role: 'window_clerk', cityCode: '512000', orgId: 'org-b' },
      { role: 'case_officer', cityCode: '510100', orgId: 'org-a' },
    ]);
    expect(actor).toEqual({
      userId: 's1',
      kind: 'staff',
      roles: ['system_admin', 'case_officer', 'window_clerk'],
      cityCode: '510100',
      orgIds: ['org-a', 'org-b'],
      displayName: '陈思远',
    });
  });

  it('gives a citizen no roles even if grants were somehow present', () => {
    const actor = toActor(citizen, [{ role: 'system_admin', cityCode: '510100', orgId: 'org-a' }]);
    expect(actor.roles).toEqual([]);
    expect(actor.cityCode).toBeNull();
    expect(actor.orgIds).toEqual([]);
  });
});

describe('maskApplicantProfile', () => {
  it('masks what staff lists must not show and keeps the rest', () => {
    expect(maskApplicantProfile(toApplicantProfile(citizen))).toEqual({
      accountId: 'c1',
      kind: 'citizen',
      displayName: '张丽华',
      idNumber: '5****************7',
      creditCode: null,
      mobile: '138****1234',
    });
  });
});
