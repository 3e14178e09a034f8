import { randomInt } from 'node:crypto';

const QUERY_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** CD-2026-000123: city prefix, year, sequence within the city and year. */
export function formatCaseNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The calendar year in the business time zone, Asia/Shanghai, whatever the server's zone. */
export function businessYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(at));
}

/** An 8-character code an applicant can read out on the phone; no 0/O or 1/I to confuse. */
export function newQueryCode(): string {
  return Array.from({ length: 8 }, () => QUERY_ALPHABET[randomInt(QUERY_ALPHABET.length)]).join('');
}
