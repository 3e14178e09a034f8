import { createHash } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { UploadMediaType } from '../../../contracts/uploads.contract.js';
import { newId } from '../ids.js';
import { SNIFF_BYTES, sniffMediaType } from './media-types.js';

/** A file written to the store's temporary folder, checked, flushed, and not yet in place. */
export interface StagedFile {
  tempPath: string;
  sha256: string;
  size: number;
  mediaType: UploadMediaType;
}

export type StageOutcome =
  { ok: true; staged: StagedFile } | { ok: false; reason: 'too_large' | 'type_not_allowed' | 'empty' };

const SHA256 = /^[0-9a-f]{64}$/;
const TEMP_FOLDER = 'tmp';

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function removeIfPresent(file: string): Promise<void> {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/**
 * Files on disk under their SHA-256: `<root>/<ab>/<cd>/<sha256>`. Names given by uploaders never
 * reach a path. A file is written to `<root>/tmp` first while it is hashed, counted and its type
 * recognised, flushed with fsync, and only then renamed into place (and the folder flushed), so
 * a file in place is always whole. Deciding when to put a file in place and when one may go is
 * the caller's (the uploads service, under a lock per hash).
 */
export function createBlobStore(root: string) {
  const tempDir = path.join(root, TEMP_FOLDER);

  function pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error('not a SHA-256 hex digest');
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  return {
    root,
    pathOf,

    /**
     * Streams the source into a temporary file, hashing and counting as it goes. Past maxBytes, or
     * once the first bytes show a type that is not accepted, nothing more is written but the
     * source is still read to its end, so the request is consumed and its answer can be sent.
     */
    async stage(source: AsyncIterable<Buffer>, { maxBytes }: { maxBytes: number }): Promise<StageOutcome> {
      await mkdir(tempDir, { recursive: true });
      const tempPath = path.join(tempDir, `${newId()}.part`);
      const hash = createHash('sha256');
      const head: Buffer[] = [];
      const state: { size: number; headBytes: number; mediaType: UploadMediaType | null } = {
        size: 0,
        headBytes: 0,
        mediaType: null,
      };
      let refused: 'too_large' | 'type_not_allowed' | null = null;
      const handle = await open(tempPath, 'wx', 0o640);
      let closed = false;
      const close = async () => {
        if (!closed) {
          closed = true;
          await handle.close();
        }
      };
      try {
        for await (const chunk of source) {
          state.size += chunk.length;
          if (refused) continue;
          if (state.size > maxBytes) {
            refused = 'too_large';
            continue;
          }
          hash.update(chunk);
          if (state.headBytes < SNIFF_BYTES) {
            head.push(chunk);
            state.headBytes += chunk.length;
            if (state.headBytes >= SNIFF_BYTES) {
              state.mediaType = await sniffMediaType(Buffer.concat(head));
              if (!state.mediaType) {
                refused = 'type_not_allowed';
                continue;
              }
            }
          }
          await handle.write(chunk);
        }
        if (!refused && state.size > 0 && state.headBytes < SNIFF_BYTES) {
          state.mediaType = await sniffMediaType(Buffer.concat(head));
          if (!state.mediaType) refused = 'type_not_allowed';
        }
        if (refused || state.size === 0 || !state.mediaType) {
          await close();
          await removeIfPresent(tempPath);
          return { ok: false, reason: refused ?? 'empty' };
        }
        await handle.sync();
        await close();
        return {
          ok: true,
          staged: { tempPath, sha256: hash.digest('hex'), size: state.size, mediaType: state.mediaType },
        };
      } catch (error) {
        await close().catch(() => undefined);
        await removeIfPresent(tempPath);
        throw error;
      }
    },

    /**
     * Puts a staged file in place under its hash. When the same content is already there it is
     * kept and the staged copy dropped: identical content is stored once.
     */
    async commit(staged: StagedFile): Promise<void> {
      const target = pathOf(staged.sha256);
      if (await this.exists(staged.sha256)) {
        await removeIfPresent(staged.tempPath);
        return;
      }
      const folder = path.dirname(target);
      const created = await mkdir(folder, { recursive: true });
      await rename(staged.tempPath, target);
      await syncDirectory(folder);
      // New folders must reach the disk too, or the renamed file could vanish with them.
      if (created) {
        await syncDirectory(path.dirname(folder));
        await syncDirectory(root);
      }
    },

    discard: (staged: StagedFile) => removeIfPresent(staged.tempPath),

    async exists(sha256: string): Promise<boolean> {
      try {
        return (await stat(pathOf(sha256))).isFile();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },

    /** The file's bytes; fails with ENOENT when it is missing. */
    async open(sha256: string): Promise<ReadStream> {
      // Opened here, so a missing file fails now rather than in the middle of an answer.
      const handle = await open(pathOf(sha256), 'r');
      return handle.createReadStream({ autoClose: true });
    },

    remove: (sha256: string) => removeIfPresent(pathOf(sha256)),

    /** Every stored hash, walking the two levels of folders; anything else in the tree is ignored. */
    async *listStored(): AsyncGenerator<string> {
      const hex2 = /^[0-9a-f]{2}$/;
      const level = async (dir: string) =>
        (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter(
          (e) => e.isDirectory() && hex2.test(e.name),
        );
      for (const first of await level(root)) {
        for (const second of await level(path.join(root, first.name))) {
          const dir = path.join(root, first.name, second.name);
          for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
            if (entry.isFile() && SHA256.test(entry.name) && entry.name.startsWith(first.name + second.name))
              yield entry.name;
          }
        }
      }
    },

    /** Temporary files older than `before`: uploads that died half-way (a killed process). */
    async removeStaleTemporaryFiles(before: Date): Promise<number> {
      let removed = 0;
      for (const entry of await readdir(tempDir, { withFileTypes: true }).catch(() => [])) {
        if (!entry.isFile()) continue;
        const file = path.join(tempDir, entry.name);
        const info = await stat(file).catch(() => null);
        if (info && info.mtime < before) {
          await removeIfPresent(file);
          removed += 1;
        }
      }
      return removed;
    },
  };
}

export type BlobStore = ReturnType<typeof createBlobStore>;
