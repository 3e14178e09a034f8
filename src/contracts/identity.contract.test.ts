import { describe, expect, it } from 'vitest';
import {
  citizenRegistrationSchema,
  enterpriseRegistrationSchema,
  loginSchema,
  staffCreationSchema,
} from './identity.contract.js';

const citizen = {
  realName: '张丽华',
  idNumber: '510104199003071237',
  mobile: '13880001234',
  password: 'a-long-secret-phrase',
};

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((i) => i.message) ?? [];
}

describe('citizenRegistrationSchema', () => {
  it('trims and upper-cases the ID number, so a lower-case x is accepted', () => {
    const parsed = citizenRegistrationSchema.parse({
      ...citizen,
      idNumber: ' 11010519491231002x ',
      mobile: ' 13880001234 ',
    });
    expect(parsed.idNumber).toBe('11010519491231002X');
    expect(parsed.mobile).toBe('13880001234');
  });

  it('reports field problems as message keys the server and web translate', () => {
    const result = citizenRegistrationSchema.safeParse({
      realName: '张',
      idNumber: '510104199003071238',
      mobile: '12345',
      password: 'short',
    });
    expect(messages(result).sort()).toEqual([
      'identity.id_number_checksum',
      'identity.mobile_invalid',
      'identity.name_invalid',
      'identity.password_too_short',
    ]);
  });

  it('rejects unknown fields, so nobody can slip in kind or roles', () => {
    const result = citizenRegistrationSchema.safeParse({ ...citizen, kind: 'staff' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it.each(['欧阳·娜娜', "Mary-Jane O'Neil", '买买提·艾力'])('accepts the name %s', (name) => {
    expect(citizenRegistrationSchema.safeParse({ ...citizen, realName: name }).success).toBe(true);
  });

  it.each(['<script>', '张三3', '  ', '·张三'])('rejects the name %j', (name) => {
    expect(messages(citizenRegistrationSchema.safeParse({ ...citizen, realName: name }))).toContain(
      'identity.name_invalid',
    );
  });

  it('reports an empty name once, not once per rule', () => {
    expect(messages(citizenRegistrationSchema.safeParse({ ...citizen, realName: '   ' }))).toEqual([
      'identity.name_invalid',
    ]);
  });

  it('rejects a password longer than 128 characters', () => {
    const result = citizenRegistrationSchema.safeParse({ ...citizen, password: 'x'.repeat(129) });
    expect(messages(result)).toEqual(['identity.password_too_long']);
  });
});

describe('enterpriseRegistrationSchema', () => {
  it('checks the credit code and the legal representative’s ID number', () => {
    const result = enterpriseRegistrationSchema.safeParse({
      enterpriseName: '四川天府同城科技有限公司',
      creditCode: '91510100MA6CJ8K2XK',
      legalRepresentative: '王晓梅',
      legalRepresentativeIdNumber: '51060319780915402',
      mobile: '13881112222',
      password: 'a-long-secret-phrase',
    });
    expect(messages(result).sort()).toEqual(['identity.credit_code_checksum', 'identity.id_number_format']);
  });

  it('gives a keyed message for a one-character enterprise name', () => {
    const result = enterpriseRegistrationSchema.safeParse({
      enterpriseName: '司',
      creditCode: '91510100MA6CJ8K2XJ',
      legalRepresentative: '王晓梅',
      legalRepresentativeIdNumber: '510603197809154025',
      mobile: '13881112222',
      password: 'a-long-secret-phrase',
    });
    expect(messages(result)).toEqual(['identity.enterprise_name_invalid']);
  });
});

describe('loginSchema', () => {
  it('refuses an empty account and an over-long password before any lookup', () => {
    expect(loginSchema.safeParse({ account: ' ', password: 'x' }).success).toBe(false);
    expect(loginSchema.safeParse({ account: 'a', password: 'x'.repeat(129) }).success).toBe(false);
  });
});

describe('staffCreationSchema', () => {
  it.each(['Admin', 'ab', '1admin', 'zhang san', 'a'.repeat(65)])('rejects the username %j', (username) => {
    const result = staffCreationSchema.safeParse({
      username,
      displayName: '陈思远',
      password: 'a-long-secret-phrase',
      roles: [{ role: 'system_admin', cityCode: null, orgId: null }],
    });
    expect(messages(result)).toContain('identity.username_invalid');
  });

  it('needs at least one role', () => {
    const result = staffCreationSchema.safeParse({
      username: 'cd.clerk',
      displayName: '陈思远',
      password: 'a-long-secret-phrase',
      roles: [],
    });
    expect(result.success).toBe(false);
  });
});
