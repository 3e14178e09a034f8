import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { applyMigrations, appliedMigrationCount, shippedMigrationCount } from './migrate.js';
import { queryRows } from './database.js';

describe.each(databaseKinds())('migrations on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(() => test.dispose());

  it('apply every shipped migration to an empty database', async () => {
    expect(await appliedMigrationCount(test.database)).toBe(0);
    await applyMigrations(test.database);
    expect(await appliedMigrationCount(test.database)).toBe(shippedMigrationCount());
    const tables = await queryRows<{ name: string }>(
      test.database.db,
      sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`,
    );
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['accounts', 'cases', 'case_events', 'cities']),
    );
  });

  it('change nothing when applied a second time', async () => {
    await applyMigrations(test.database);
    expect(await appliedMigrationCount(test.database)).toBe(shippedMigrationCount());
  });

  it('leave the application role without superuser, BYPASSRLS or table ownership', async () => {
    const [role] = await queryRows<{ super: boolean; bypass: boolean }>(
      test.database.db,
      sql`select rolsuper as super, rolbypassrls as bypass from pg_roles where rolname = 'tongcheng_app'`,
    );
    expect(role).toEqual({ super: false, bypass: false });
    const owned = await queryRows<{ n: number }>(
      test.database.db,
      sql`select count(*)::int as n from pg_tables where tableowner = 'tongcheng_app'`,
    );
    expect(owned[0]?.n).toBe(0);
  });
});
