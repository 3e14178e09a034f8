import type { Database, Tx } from './database.js';

export interface SnapshotCache<T> {
  /** The snapshot, reloaded when older than the TTL; inside a transaction, pass it so PGlite's one connection is reused. */
  get(tx?: Tx): Promise<T>;
  /** Forgets the snapshot after a write in this process; other processes catch up within the TTL. */
  invalidate(): void;
}

/**
 * An in-process copy of public reference data that changes rarely (cities, the published
 * catalogue). Every process keeps its own and reloads it after `ttlMs`, so processes share
 * nothing but the database and a change shows everywhere within the TTL.
 */
export function createSnapshotCache<T>({
  database,
  ttlMs,
  load,
}: {
  database: Database;
  ttlMs: number;
  load: (tx: Tx) => Promise<T>;
}): SnapshotCache<T> {
  let current: { value: T; loadedAt: number; generation: number } | null = null;
  let pending: Promise<T> | null = null;
  let generation = 0;

  const store = (value: T, loadedGeneration: number) => {
    // A write that happened while loading makes the loaded copy stale already.
    if (loadedGeneration === generation)
      current = { value, loadedAt: Date.now(), generation: loadedGeneration };
    return value;
  };

  return {
    async get(tx) {
      if (current && current.generation === generation && Date.now() - current.loadedAt < ttlMs)
        return current.value;
      const startedAt = generation;
      if (tx) return store(await load(tx), startedAt);
      pending ??= database
        .withActor(null, load)
        .then((value) => store(value, startedAt))
        .finally(() => {
          pending = null;
        });
      return pending;
    },
    invalidate() {
      generation += 1;
      current = null;
    },
  };
}
