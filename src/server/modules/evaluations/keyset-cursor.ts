import { platformErrors } from '../../platform/http/platform-errors.js';
import type { ListCursor } from './evaluations.repository.js';

/** The opaque "next page" token of a list ordered by (created_at, id) descending. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

/** Reads a token made by encodeCursor; anything else is the caller's mistake (400). */
export function decodeCursor(cursor: string | undefined): ListCursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = new Date(at);
    if (Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) {
      throw new Error('bad cursor');
    }
    return { createdAt, id };
  } catch {
    throw platformErrors.badRequest();
  }
}
