import { isMobileNumber } from '../../../contracts/china-ids.js';
import { staffUsernamePattern } from '../../../contracts/identity.contract.js';

/** One way to find an account from what was typed in the login box. */
export type LoginLookup =
  | { by: 'citizenIdNumber'; value: string }
  | { by: 'citizenMobile'; value: string }
  | { by: 'creditCode'; value: string }
  | { by: 'username'; value: string };

const ID_NUMBER_SHAPE = /^\d{17}[\dX]$/;
const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * The lookups a login identifier may mean, most specific first; the first that finds an account
 * wins. Matching is by shape, not by check digit, so an account is found exactly as it was stored.
 *
 * - 身份证号 finds only a citizen account. An enterprise stores its legal representative's ID
 *   number too, but that person may represent several firms and also hold a citizen account, so
 *   an ID number would be ambiguous; enterprises sign in with their credit code.
 * - A mobile number finds only a citizen account: it is unique among citizens alone, since a firm
 *   commonly gives its legal representative's own mobile.
 * - An all-digit 18-character string has the shape of both an ID number and a credit code; the
 *   citizen is tried first.
 * - Staff usernames are lower case; what was typed is lower-cased for them.
 */
export function loginLookups(typed: string): LoginLookup[] {
  const value = typed.trim();
  const upper = value.toUpperCase();
  const lower = value.toLowerCase();
  const lookups: LoginLookup[] = [];
  if (ID_NUMBER_SHAPE.test(upper)) lookups.push({ by: 'citizenIdNumber', value: upper });
  if (CREDIT_CODE_SHAPE.test(upper)) lookups.push({ by: 'creditCode', value: upper });
  if (isMobileNumber(value)) lookups.push({ by: 'citizenMobile', value });
  if (staffUsernamePattern.test(lower)) lookups.push({ by: 'username', value: lower });
  return lookups;
}
