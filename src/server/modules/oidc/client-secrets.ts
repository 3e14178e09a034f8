import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A client secret is 256 random bits, so a fast hash is enough to keep it useless if the
 * registry leaks; a slow password hash would only slow every token request.
 */
export function newClientSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares in constant time; a missing stored hash never matches. */
export function clientSecretMatches(storedHash: string | undefined, presented: string): boolean {
  if (!storedHash) return false;
  const expected = Buffer.from(storedHash, 'hex');
  const actual = Buffer.from(hashClientSecret(presented), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
