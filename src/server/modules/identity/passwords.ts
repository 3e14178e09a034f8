import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { commonPasswords } from './common-passwords.js';

/**
 * OWASP's argon2id profile (19 MiB, 2 passes, 1 lane). The algorithm is spelled as its number
 * because the package declares it as an ambient const enum, which isolated modules cannot read.
 */
const ARGON2ID = 2 as Algorithm.Argon2id;
const hashOptions: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const commonSet = new Set(commonPasswords.map((p) => p.toLowerCase()));

/** The same password typed on two keyboards may arrive in two Unicode forms; NFKC makes them one. */
function normalise(password: string): string {
  return password.normalize('NFKC');
}

/** Hashes a password with argon2id; the PHC string carries salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalise(password), hashOptions);
}

/** True when the password matches the stored hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalise(password));
  } catch {
    return false;
  }
}

/** True when the stored hash was made with other parameters than today's and should be replaced. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== ARGON2ID ||
      used.memoryCost !== hashOptions.memoryCost ||
      used.timeCost !== hashOptions.timeCost ||
      used.parallelism !== hashOptions.parallelism
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of a real verification for an account that does not exist, so the answer
 * time does not tell an attacker which accounts are registered.
 */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
}

/** True when the password is on the common-password list, ignoring case. */
export function isCommonPassword(password: string): boolean {
  return commonSet.has(normalise(password).toLowerCase());
}

/**
 * True when the password contains one of the account's own identifiers (a mobile number or ID
 * number used as a password is the first thing anyone who knows the person tries).
 */
export function containsIdentifier(password: string, identifiers: (string | null | undefined)[]): boolean {
  const lower = normalise(password).toLowerCase();
  return identifiers.some((id) => !!id && id.length >= 4 && lower.includes(id.toLowerCase()));
}
