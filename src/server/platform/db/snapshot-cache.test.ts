import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.js';
import { createSnapshotCache } from './snapshot-cache.js';

describe('snapshot cache', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase('pglite');
  });
  afterAll(() => test.dispose());

  it('loads once within the TTL, and again after invalidation', async () => {
    let loads = 0;
    const cache = createSnapshotCache({
      database: test.database,
      ttlMs: 60_000,
      load: async () => ++loads,
    });
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([1, 1, 1]);
    expect(await cache.get()).toBe(1);
    cache.invalidate();
    expect(await cache.get()).toBe(2);
  });

  it('reloads once the TTL has passed', async () => {
    let loads = 0;
    const cache = createSnapshotCache({ database: test.database, ttlMs: 0, load: async () => ++loads });
    await cache.get();
    await new Promise((r) => setTimeout(r, 2));
    expect(await cache.get()).toBe(2);
  });

  it('loads inside the caller’s transaction when given one', async () => {
    const cache = createSnapshotCache({
      database: test.database,
      ttlMs: 60_000,
      load: async (tx) => (await tx.execute('select 1 as one')) !== undefined,
    });
    // On PGlite a second transaction would wait for this one forever.
    expect(await test.database.withActor(null, (tx) => cache.get(tx))).toBe(true);
  });
});
