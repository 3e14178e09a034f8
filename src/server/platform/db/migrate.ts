import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryRows, type Database, type Db } from './database.js';

/** db/migrations at the project root; the same relative path from src/ (tsx) and dist/ (built). */
export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../db/migrations',
);

/** Applies every pending migration; on PostgreSQL under an advisory lock so that processes starting together do not race. */
export async function applyMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    // PGlite is one connection in one process: nothing to race with.
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  await database.withOwnerConnection(async (db: Db) => {
    await db.execute(sql`select pg_advisory_lock(hashtext('tongcheng.migrations'))`);
    try {
      await migratePg(db as never, { migrationsFolder });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(hashtext('tongcheng.migrations'))`);
    }
  });
}

/** Number of migrations the code ships with. */
export function shippedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** Number of migrations recorded as applied in the database (0 before the first). */
export async function appliedMigrationCount(database: Database): Promise<number> {
  const [exists] = await queryRows<{ present: boolean }>(
    database.db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return 0;
  const [result] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return Number(result?.n ?? 0);
}
