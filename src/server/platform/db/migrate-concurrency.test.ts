import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/database.js';
import { openDatabase } from './database.js';
import { appliedMigrationCount, applyMigrations, shippedMigrationCount } from './migrate.js';

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'migrations on PostgreSQL started by several processes at once',
  () => {
    it('apply once, the others waiting on the advisory lock', async () => {
      const test = await createTestDatabase('postgres', { migrate: false });
      const others = await Promise.all(
        [1, 2, 3].map(() => openDatabase({ databaseUrl: test.url, poolSize: 2 })),
      );
      try {
        await Promise.all([test.database, ...others].map((database) => applyMigrations(database)));
        expect(await appliedMigrationCount(test.database)).toBe(shippedMigrationCount());
      } finally {
        await Promise.all(others.map((database) => database.close()));
        await test.dispose();
      }
    });
  },
);
