import type { ReadStream } from 'node:fs';
import type { UploadView } from '../../../contracts/uploads.contract.js';
import { hasRole, type Actor } from '../actor.js';
import type { Database, Tx } from '../db/database.js';
import { newId } from '../ids.js';
import type { BlobStore } from './blob-store.js';
import { toDisplayName } from './display-name.js';
import { formatByteLimit, uploadsErrors } from './uploads.errors.js';
import type { UploadsRepository } from './uploads.repository.js';
import type { UploadRow } from './uploads.tables.js';

export interface UploadsDeps {
  database: Database;
  store: BlobStore;
  repository: UploadsRepository;
  maxFileBytes: number;
  /** How many bytes one person may hold uploaded but not yet in any application. */
  pendingQuotaBytes: number;
  now?: () => Date;
}

/** Applicants upload their own materials; window clerks scan those of the person at the window. */
export function canUpload(actor: Actor): boolean {
  return actor.kind === 'citizen' || actor.kind === 'enterprise' || hasRole(actor, 'window_clerk');
}

export function toUploadView(row: UploadRow): UploadView {
  return {
    id: row.id,
    mediaType: row.mediaType,
    size: row.sizeBytes,
    sha256: row.sha256,
    displayName: row.displayName,
    createdAt: row.createdAt.toISOString(),
  };
}

export function createUploadsService(deps: UploadsDeps) {
  const { database, store, repository, maxFileBytes, pendingQuotaBytes } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    maxFileBytes,

    /**
     * Takes one file from a stream: staged, hashed, counted and recognised by content; then, under
     * the hash's lock and in one transaction, put in place (flushed) before its row is written.
     * A refused file leaves nothing behind, on disk or in the database.
     */
    async receive({
      actor,
      source,
      filename,
    }: {
      actor: Actor;
      source: AsyncIterable<Buffer>;
      filename: string | undefined;
    }): Promise<UploadView> {
      if (!canUpload(actor)) throw uploadsErrors.notAllowed();
      const outcome = await store.stage(source, { maxBytes: maxFileBytes });
      if (!outcome.ok) {
        if (outcome.reason === 'too_large')
          throw uploadsErrors.tooLarge({ params: { limit: formatByteLimit(maxFileBytes) } });
        if (outcome.reason === 'type_not_allowed') throw uploadsErrors.typeNotAllowed();
        throw uploadsErrors.empty();
      }
      const { staged } = outcome;
      try {
        return await database.withActor(actor, async (tx) => {
          if ((await repository.pendingBytes(tx, actor.userId)) + staged.size > pendingQuotaBytes)
            throw uploadsErrors.pendingQuotaExceeded();
          await repository.lockHash(tx, staged.sha256);
          await store.commit(staged);
          const row = {
            id: newId(),
            ownerId: actor.userId,
            sha256: staged.sha256,
            sizeBytes: staged.size,
            mediaType: staged.mediaType,
            displayName: toDisplayName(filename, staged.mediaType),
            createdAt: now(),
            claimedBy: null,
            claimedAt: null,
          };
          await repository.insert(tx, row);
          return toUploadView(row);
        });
      } finally {
        // Gone already once committed; still there when refused before that.
        await store.discard(staged);
      }
    },

    /** The uploader's own file, to look at before submitting. */
    async openOwn({
      actor,
      id,
    }: {
      actor: Actor;
      id: string;
    }): Promise<{ upload: UploadView; content: ReadStream }> {
      const row = await database.withActor(actor, (tx) => repository.findOwn(tx, actor.userId, id));
      if (!row) throw uploadsErrors.notFound();
      return { upload: toUploadView(row), content: await store.open(row.sha256) };
    },

    /** Inside the caller's transaction: the owner's unclaimed uploads among ids, locked for claiming. */
    findClaimable: (tx: Tx, ownerId: string, ids: string[]) => repository.findClaimable(tx, ownerId, ids),

    /** Inside the caller's transaction: takes the uploads into the record `claimedBy`, once and for good. */
    claim: (tx: Tx, { ownerId, ids, claimedBy }: { ownerId: string; ids: string[]; claimedBy: string }) =>
      repository.claim(tx, ownerId, ids, claimedBy, now()),

    /** The bytes of a stored file, for a caller that has already decided the reader may see them. */
    openContent: (sha256: string) => store.open(sha256),
  };
}

export type UploadsService = ReturnType<typeof createUploadsService>;
