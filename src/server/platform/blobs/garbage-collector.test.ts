import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, type TestSession } from '../../../../test/http-session.js';
import { fixtures, uploadFile } from '../../../../test/materials.js';
import type { Modules } from '../../modules.js';
import { queryRows } from '../db/database.js';
import { newId } from '../ids.js';
import { createBlobStore } from './blob-store.js';
import { uploads } from './uploads.tables.js';

const HOUR = 60 * 60 * 1000;

describe.each(databaseKinds())('collecting unreachable files on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let modules: Modules;
  let blobDir: string;
  let citizen: TestSession;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    blobDir = await mkdtemp(path.join(tmpdir(), 'tongcheng-gc-test-'));
    ({ app, modules } = await buildTestApp(test.database, { BLOB_DIR: blobDir }));
    citizen = await registerCitizen(app, '曾子墨');
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
    await rm(blobDir, { recursive: true, force: true });
  });

  it('removes orphaned files, stale temporary files and expired unclaimed uploads; keeps the rest', async () => {
    const store = createBlobStore(blobDir);
    const at = new Date();
    // Claimed (part of a record): stays for good, however old.
    const claimed = await uploadFile(app, citizen, fixtures.pdf);
    // Unclaimed and recent: stays.
    const recent = await uploadFile(app, citizen, fixtures.png);
    // Unclaimed for more than a day: its row goes, and its file with it (no one else has it).
    const expired = await uploadFile(app, citizen, Buffer.concat([fixtures.png, Buffer.from('expired')]));
    await test.database.withSystem(async (tx) => {
      await tx
        .update(uploads)
        .set({ claimedBy: newId(), claimedAt: at, createdAt: new Date(at.getTime() - 72 * HOUR) })
        .where(eq(uploads.id, claimed.id));
      await tx
        .update(uploads)
        .set({ createdAt: new Date(at.getTime() - 25 * HOUR) })
        .where(eq(uploads.id, expired.id));
    });
    // A file put in place whose row never committed (a process killed in between).
    const orphan = 'f'.repeat(64);
    await mkdir(path.dirname(store.pathOf(orphan)), { recursive: true });
    await writeFile(store.pathOf(orphan), 'orphaned bytes');
    // Temporary files: one left by a dead upload hours ago, one of an upload still streaming.
    const tempDir = path.join(blobDir, 'tmp');
    await mkdir(tempDir, { recursive: true });
    const stale = path.join(tempDir, 'dead.part');
    const live = path.join(tempDir, 'live.part');
    await writeFile(stale, 'half an upload');
    await writeFile(live, 'an upload in flight');
    const old = new Date(at.getTime() - 3 * HOUR);
    await utimes(stale, old, old);

    const result = await modules.uploads.collectGarbage({ now: at });

    expect(result).toEqual({ unclaimedUploadsRemoved: 1, filesRemoved: 2, temporaryFilesRemoved: 1 });
    expect(existsSync(store.pathOf(claimed.sha256))).toBe(true);
    expect(existsSync(store.pathOf(recent.sha256))).toBe(true);
    expect(existsSync(store.pathOf(expired.sha256))).toBe(false);
    expect(existsSync(store.pathOf(orphan))).toBe(false);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    const [left] = await queryRows<{ n: number }>(
      test.database.db,
      sql`select count(*)::int as n from uploads where id = ${expired.id}`,
    );
    expect(left?.n).toBe(0);

    // Nothing more to do the second time.
    expect(await modules.uploads.collectGarbage({ now: at })).toEqual({
      unclaimedUploadsRemoved: 0,
      filesRemoved: 0,
      temporaryFilesRemoved: 0,
    });
  });

  it('keeps a file shared by an expired upload and a live one', async () => {
    const kept = await uploadFile(app, citizen, Buffer.concat([fixtures.pdf, Buffer.from('% shared')]));
    const gone = await uploadFile(app, citizen, Buffer.concat([fixtures.pdf, Buffer.from('% shared')]));
    expect(gone.sha256).toBe(kept.sha256);
    await test.database.withSystem((tx) =>
      tx
        .update(uploads)
        .set({ createdAt: new Date(Date.now() - 30 * HOUR) })
        .where(eq(uploads.id, gone.id)),
    );
    const result = await modules.uploads.collectGarbage();
    expect(result.unclaimedUploadsRemoved).toBe(1);
    expect(existsSync(createBlobStore(blobDir).pathOf(kept.sha256))).toBe(true);
    const content = await app.inject({ url: `/api/v1/uploads/${kept.id}/content`, headers: citizen.headers });
    expect(content.statusCode).toBe(200);
  });
});
