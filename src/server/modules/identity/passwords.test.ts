import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords.js';
import {
  containsIdentifier,
  hashPassword,
  isCommonPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from './passwords.js';

describe('password hashing', () => {
  it('hashes with argon2id at the OWASP parameters and verifies the same password', async () => {
    const hash = await hashPassword('a-long-secret-phrase');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'a-long-secret-phrase')).toBe(true);
    expect(needsRehash(hash)).toBe(false);
  });

  it('rejects a different password and a password differing only in case', async () => {
    const hash = await hashPassword('a-long-secret-phrase');
    expect(await verifyPassword(hash, 'a-long-secret-phrasE')).toBe(false);
    expect(await verifyPassword(hash, 'A-LONG-SECRET-PHRASE')).toBe(false);
  });

  it('salts every hash, so one password never gives the same hash twice', async () => {
    expect(await hashPassword('a-long-secret-phrase')).not.toBe(await hashPassword('a-long-secret-phrase'));
  });

  it('treats the composed and decomposed forms of an accented password as the same password', async () => {
    const hash = await hashPassword('caf\u00e9-au-lait-2026');
    expect(await verifyPassword(hash, 'cafe\u0301-au-lait-2026')).toBe(true);
  });

  it('counts a malformed stored hash as a mismatch instead of throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'a-long-secret-phrase')).toBe(false);
    expect(needsRehash('not-a-hash')).toBe(true);
  });

  it('asks for a rehash of a hash made with weaker parameters', () => {
    const weak = '$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHRzYWx0$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY';
    expect(needsRehash(weak)).toBe(true);
  });

  it('finishes a dummy verification without an account to compare with', async () => {
    await expect(verifyAgainstDummy('anything-at-all')).resolves.toBeUndefined();
  });
});

describe('isCommonPassword', () => {
  it.each(['123456789a', 'woaini1314', 'qq123456789', '1qaz2wsx3edc', 'password123', 'aa123456789'])(
    'rejects the Chinese and global favourite %s',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it('compares without regard to case', () => {
    expect(isCommonPassword('WoAiNi1314')).toBe(true);
    expect(isCommonPassword('PASSWORD123')).toBe(true);
  });

  it('lets an uncommon passphrase through', () => {
    expect(isCommonPassword('锦江 river 2026 tea')).toBe(false);
    expect(isCommonPassword('woaini1314!')).toBe(false);
  });

  it('ships a list of a few hundred entries, each long enough to pass the length rule', () => {
    expect(commonPasswords.length).toBeGreaterThanOrEqual(200);
    expect(commonPasswords.filter((p) => p.length < 10)).toEqual([]);
  });
});

describe('containsIdentifier', () => {
  it('finds the mobile number or ID number inside a password', () => {
    expect(containsIdentifier('13880001234', ['13880001234'])).toBe(true);
    expect(containsIdentifier('my13880001234!', ['510104199003071237', '13880001234'])).toBe(true);
    expect(containsIdentifier('510104199003071237x', ['510104199003071237'])).toBe(true);
  });

  it('ignores case and missing identifiers', () => {
    expect(containsIdentifier('CD.GJJ.officer-2026', ['cd.gjj.officer', null, undefined])).toBe(true);
    expect(containsIdentifier('a-long-secret-phrase', ['13880001234', null])).toBe(false);
  });
});
