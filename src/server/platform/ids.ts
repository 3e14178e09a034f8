import { v7 } from 'uuid';
import { randomBytes, createHash } from 'node:crypto';

/** UUIDv7 made in the process, since PostgreSQL 15 has no uuidv7(). */
export function newId(): string {
  return v7();
}

/** A secret token of 256 bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so a database leak yields no usable session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
