import type { Database } from '../db/database.js';
import type { BlobStore } from './blob-store.js';
import type { UploadsRepository } from './uploads.repository.js';

export interface GarbageCollection {
  /** Upload rows never put into an application within the time allowed. */
  unclaimedUploadsRemoved: number;
  /** Stored files no upload row points to. */
  filesRemoved: number;
  /** Half-written temporary files of uploads that never finished. */
  temporaryFilesRemoved: number;
}

export interface GarbageCollectorOptions {
  /** Unclaimed uploads older than this go (default 24 hours). */
  unclaimedTtlMs?: number;
  /**
   * Temporary files older than this go (default 1 hour). Only temporary files need a grace
   * period: a stored file is put in place and given its row under the hash's lock, which the
   * collector takes too, so it never sees one in between.
   */
  temporaryGraceMs?: number;
  now?: Date;
}

const HOUR = 60 * 60 * 1000;
const BATCH = 500;

/**
 * Removes what no one can reach: unclaimed uploads past their time, stored files without a row,
 * and temporary files left by uploads that died (a killed process, a dropped connection).
 * Runs on the owner connection; safe alongside uploads in flight and other processes doing the same.
 */
export function createGarbageCollector({
  database,
  store,
  repository,
}: {
  database: Database;
  store: BlobStore;
  repository: UploadsRepository;
}) {
  async function removeUnreferenced(hashes: string[]): Promise<number> {
    const referenced = await database.withSystem((tx) => repository.referenced(tx, hashes));
    let removed = 0;
    for (const sha256 of hashes) {
      if (referenced.has(sha256)) continue;
      // Checked again under the lock: an upload of the same content may have just committed.
      removed += await database.withSystem(async (tx) => {
        await repository.lockHash(tx, sha256);
        if ((await repository.referenced(tx, [sha256])).size > 0) return 0;
        await store.remove(sha256);
        return 1;
      });
    }
    return removed;
  }

  return async function collectGarbage(options: GarbageCollectorOptions = {}): Promise<GarbageCollection> {
    const now = options.now ?? new Date();
    const expired = await database.withSystem((tx) =>
      repository.deleteUnclaimedBefore(tx, new Date(now.getTime() - (options.unclaimedTtlMs ?? 24 * HOUR))),
    );
    let filesRemoved = 0;
    let batch: string[] = [];
    for await (const sha256 of store.listStored()) {
      batch.push(sha256);
      if (batch.length >= BATCH) {
        filesRemoved += await removeUnreferenced(batch);
        batch = [];
      }
    }
    filesRemoved += await removeUnreferenced(batch);
    const temporaryFilesRemoved = await store.removeStaleTemporaryFiles(
      new Date(now.getTime() - (options.temporaryGraceMs ?? HOUR)),
    );
    return { unclaimedUploadsRemoved: expired.length, filesRemoved, temporaryFilesRemoved };
  };
}

export type CollectGarbage = ReturnType<typeof createGarbageCollector>;
