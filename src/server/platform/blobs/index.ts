import type { Database } from '../db/database.js';
import { createBlobStore } from './blob-store.js';
import { createGarbageCollector } from './garbage-collector.js';
import { createUploadsRepository } from './uploads.repository.js';
import { uploadsRoutes } from './uploads.routes.js';
import { createUploadsService } from './uploads.service.js';

export { sendStoredFile } from './uploads.routes.js';
export { formatByteLimit } from './uploads.errors.js';
export type { GarbageCollection, GarbageCollectorOptions } from './garbage-collector.js';
export type { UploadRow } from './uploads.tables.js';

/** The periodic job that removes unreachable files and expired unclaimed uploads. */
export const COLLECT_GARBAGE = 'uploads.collect_garbage';

/**
 * Uploaded files (申请材料 and the like): the content-addressed blob store on disk, the `uploads`
 * rows that are each uploader's handle on a file, the upload endpoints, and the collector of what
 * no one can reach any more. Records that keep a file (a case's materials) claim its upload.
 */
export function createUploads({
  database,
  root,
  maxFileBytes,
  pendingQuotaBytes,
  now,
}: {
  database: Database;
  root: string;
  maxFileBytes: number;
  pendingQuotaBytes: number;
  now?: () => Date;
}) {
  const store = createBlobStore(root);
  const repository = createUploadsRepository();
  const service = createUploadsService({
    database,
    store,
    repository,
    maxFileBytes,
    pendingQuotaBytes,
    ...(now ? { now } : {}),
  });
  const collectGarbage = createGarbageCollector({ database, store, repository });
  return {
    findClaimable: service.findClaimable,
    claim: service.claim,
    openContent: service.openContent,
    collectGarbage,
    routes: uploadsRoutes(service),
    /** Once an hour across all processes (`jobs.every`); the first run comes at start-up. */
    periodicJobs: {
      [COLLECT_GARBAGE]: {
        periodMs: 60 * 60 * 1000,
        handler: async () => {
          await collectGarbage();
        },
      },
    },
  };
}

export type Uploads = ReturnType<typeof createUploads>;
/** What a module that takes uploads into its records uses. */
export type UploadClaims = Pick<Uploads, 'findClaimable' | 'claim' | 'openContent'>;
