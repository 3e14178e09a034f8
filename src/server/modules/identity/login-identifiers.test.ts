import { describe, expect, it } from 'vitest';
import { loginLookups } from './login-identifiers.js';

describe('loginLookups', () => {
  it('reads a 身份证号 as a citizen ID number first, upper-casing a trailing x', () => {
    expect(loginLookups(' 11010519491231002x ')[0]).toEqual({
      by: 'citizenIdNumber',
      value: '11010519491231002X',
    });
  });

  it('reads 11 digits starting 1[3-9] as a citizen mobile', () => {
    expect(loginLookups('13880001234')).toEqual([{ by: 'citizenMobile', value: '13880001234' }]);
  });

  it('reads a lower-case credit code as the enterprise credit code', () => {
    expect(loginLookups('91510100ma6cj8k2xj')).toEqual([{ by: 'creditCode', value: '91510100MA6CJ8K2XJ' }]);
  });

  it('tries an all-digit 18-character string as a citizen first, then as a credit code', () => {
    expect(loginLookups('510104199003071237').map((l) => l.by)).toEqual(['citizenIdNumber', 'creditCode']);
  });

  it('tries a credit code starting with a letter as a username too, credit code first', () => {
    expect(loginLookups('y1510100ma6cj8k2xj').map((l) => l.by)).toEqual(['creditCode', 'username']);
  });

  it('reads a staff username case-insensitively', () => {
    expect(loginLookups('CD.GJJ.Officer')).toEqual([{ by: 'username', value: 'cd.gjj.officer' }]);
  });

  it('finds nothing to look up in text no account could have', () => {
    expect(loginLookups('张丽华')).toEqual([]);
    expect(loginLookups("' or 1=1 --")).toEqual([]);
  });
});
