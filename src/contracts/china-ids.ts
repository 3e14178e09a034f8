/**
 * Check digits of Chinese identifiers, shared by the server and the web forms so both reject
 * the same input with the same reason.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

export type IdNumberProblem = 'format' | 'region' | 'birth_date' | 'checksum';

/** Validates an 18-character citizen identity number (GB 11643-1999); null when valid. */
export function idNumberProblem(value: string): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  const province = Number(value.slice(0, 2));
  if (province < 11 || province > 82) return 'region';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    birth.getUTCFullYear() !== year ||
    birth.getUTCMonth() !== month - 1 ||
    birth.getUTCDate() !== day ||
    birth.getTime() > Date.now()
  ) {
    return 'birth_date';
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[sum % 11] === value[17] ? null : 'checksum';
}

/** The check character an ID number with these first 17 digits must end with. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[sum % 11] ?? '';
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'format' | 'checksum';

/** Validates an 18-character unified social credit code (GB 32100-2015); null when valid. */
export function creditCodeProblem(value: string): CreditCodeProblem | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value)) return 'format';
  return creditCodeCheckChar(value.slice(0, 17)) === value[17] ? null : 'checksum';
}

/** The check character a credit code with these first 17 characters must end with. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(first17[i] ?? '') * (CREDIT_WEIGHTS[i] ?? 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] ?? '';
}

/** Mainland mobile numbers: 11 digits starting 13–19. */
export function isMobileNumber(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}
