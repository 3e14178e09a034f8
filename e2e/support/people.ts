import { idNumberCheckChar } from '../../src/contracts/china-ids.js';

function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

/** The first 17 digits of an ID number: 成都锦江区, a birth date in the 1980s–90s, a sequence. */
function idNumberStem(): string {
  const birth = `${randomInt(1980, 1999)}${String(randomInt(1, 12)).padStart(2, '0')}${String(randomInt(1, 28)).padStart(2, '0')}`;
  return `510104${birth}${String(randomInt(0, 999)).padStart(3, '0')}`;
}

/** A valid 18-character resident ID number (GB 11643 check character). */
export function validIdNumber(): string {
  const stem = idNumberStem();
  return stem + idNumberCheckChar(stem);
}

/** An ID number whose check character is wrong (and only that). */
export function idNumberWithWrongCheckChar(): string {
  const stem = idNumberStem();
  const right = idNumberCheckChar(stem);
  const wrong = '0123456789X'.split('').find((c) => c !== right) ?? '0';
  return stem + wrong;
}

/** A mobile number unlikely to be taken: 139 + eight digits from the clock and chance. */
export function uniqueMobile(): string {
  const digits = `${Date.now() % 100_000}`.padStart(5, '0') + `${randomInt(0, 999)}`.padStart(3, '0');
  return `139${digits}`;
}

export interface NewCitizen {
  realName: string;
  idNumber: string;
  mobile: string;
  password: string;
}

export function newCitizen(): NewCitizen {
  return {
    realName: '王同城',
    idNumber: validIdNumber(),
    mobile: uniqueMobile(),
    // Long and unusual, so no common-password rule rejects it.
    password: `Tc-e2e-${randomInt(100000, 999999)}-Lz`,
  };
}
