import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  creditCodeProblem,
  idNumberCheckChar,
  idNumberProblem,
  isMobileNumber,
} from './china-ids.js';

/** An ID number with a correct check character, from its first 17 digits. */
const validId = (first17: string) => first17 + idNumberCheckChar(first17);

describe('idNumberProblem', () => {
  it.each([
    ['a Chengdu number', '510104199003071237'],
    ['a Ziyang number', '512002198506122314'],
    ['a number whose check character is X', validId('11010519491231002')],
  ])('accepts %s', (_label, value) => {
    expect(idNumberProblem(value)).toBeNull();
  });

  it('computes the X check character where the GB 11643 sum leaves remainder 2', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });

  it.each([
    ['17 digits', '51010419900307123', 'format'],
    ['19 digits', '5101041990030712370', 'format'],
    ['a lower-case x (callers upper-case first)', '11010519491231002x', 'format'],
    ['a letter inside', '5101041990A3071237', 'format'],
    ['spaces', '510104 19900307123', 'format'],
    ['province 00', validId('00010419900307123'), 'region'],
    ['province 99', validId('99010419900307123'), 'region'],
    ['30 February', validId('51010419900230123'), 'birth_date'],
    ['month 13', validId('51010419901301123'), 'birth_date'],
    ['a year before 1900', validId('51010418991231123'), 'birth_date'],
    ['a birth date in the future', validId('51010430000101123'), 'birth_date'],
    ['a wrong check digit', '510104199003071238', 'checksum'],
    ['X where a digit belongs', '51010419900307123X', 'checksum'],
  ])('rejects %s', (_label, value, problem) => {
    expect(idNumberProblem(value)).toBe(problem);
  });
});

describe('creditCodeProblem', () => {
  it('accepts the demo enterprise code', () => {
    expect(creditCodeProblem('91510100MA6CJ8K2XJ')).toBeNull();
  });

  it('accepts a code built with its own check character', () => {
    const first17 = '91510100MA6CJ8K2X';
    expect(creditCodeProblem(first17 + creditCodeCheckChar(first17))).toBeNull();
  });

  it.each([
    ['17 characters', '91510100MA6CJ8K2X', 'format'],
    ['the letter I, which codes never use', '91510100MA6CJ8K2IJ', 'format'],
    ['the letter O', '91510100MA6CJ8K2OJ', 'format'],
    ['lower case', '91510100ma6cj8k2xj', 'format'],
    ['a letter in the region digits', '915101A0MA6CJ8K2XJ', 'format'],
    ['a wrong check character', '91510100MA6CJ8K2XK', 'checksum'],
  ])('rejects %s', (_label, value, problem) => {
    expect(creditCodeProblem(value)).toBe(problem);
  });
});

describe('isMobileNumber', () => {
  it.each(['13880001234', '19912345678', '15000000000'])('accepts %s', (value) => {
    expect(isMobileNumber(value)).toBe(true);
  });

  it.each(['12880001234', '1388000123', '138800012345', '+8613880001234', '138-8000-1234', ''])(
    'rejects %j',
    (value) => {
      expect(isMobileNumber(value)).toBe(false);
    },
  );
});
