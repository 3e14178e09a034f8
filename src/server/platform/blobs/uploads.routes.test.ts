import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { fixtures, multipartBody, postUpload, uploadFile } from '../../../../test/materials.js';
import { demoPassword } from '../../demo-accounts.js';
import { seedDemoData } from '../../seed.js';
import { loadConfig } from '../config.js';
import { queryRows } from '../db/database.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file under the store, temporary ones included, relative to its root. */
function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

describe.each(databaseKinds())('uploads over HTTP on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let blobDir: string;
  let citizen: TestSession;
  let otherCitizen: TestSession;
  let officer: TestSession;
  let clerk: TestSession;

  const uploadRows = async (ownerId: string) =>
    (
      await queryRows<{ n: number }>(
        test.database.db,
        sql`select count(*)::int as n from uploads where owner_id = ${ownerId}`,
      )
    )[0]?.n;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    blobDir = await mkdtemp(path.join(tmpdir(), 'tongcheng-uploads-test-'));
    ({ app } = await buildTestApp(test.database, { BLOB_DIR: blobDir, UPLOAD_MAX_FILE_BYTES: '8192' }));
    citizen = await registerCitizen(app, '林雨桐');
    otherCitizen = await registerCitizen(app, '郑海峰');
    officer = await signIn(app, 'cd.gjj.officer', demoPassword);
    clerk = await signIn(app, 'dy.zwfw.clerk', demoPassword);
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
    await rm(blobDir, { recursive: true, force: true });
  });

  it('streams a PDF into the store under its SHA-256 and answers what it stored', async () => {
    const res = await postUpload(app, citizen, fixtures.pdf, '身份证扫描件（正反面）.pdf');
    expect(res.statusCode).toBe(201);
    const hash = sha256(fixtures.pdf);
    expect(res.json()).toMatchObject({
      mediaType: 'application/pdf',
      size: fixtures.pdf.length,
      sha256: hash,
      displayName: '身份证扫描件（正反面）.pdf',
    });
    expect(filesUnder(blobDir)).toContain(path.join(hash.slice(0, 2), hash.slice(2, 4), hash));
    expect(filesUnder(path.join(blobDir, 'tmp'))).toEqual([]);

    const content = await app.inject({
      url: `/api/v1/uploads/${res.json().id}/content`,
      headers: citizen.headers,
    });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(fixtures.pdf)).toBe(true);
    expect(content.headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
    });
    expect(content.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(content.headers['content-disposition']).toMatch(/^inline; filename="[^"]+"; filename\*=UTF-8''/);
  });

  it('keeps identical content once on disk, however often it is uploaded', async () => {
    const first = await uploadFile(app, citizen, fixtures.png, '照片.png');
    const second = await uploadFile(app, otherCitizen, fixtures.png, '另一张.png');
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(filesUnder(blobDir).filter((f) => f.endsWith(first.sha256))).toHaveLength(1);
  });

  it('recognises the type by content: PNG bytes named .pdf are a PNG', async () => {
    const upload = await uploadFile(app, citizen, fixtures.png, '户口簿.pdf');
    expect(upload).toMatchObject({ mediaType: 'image/png', displayName: '户口簿.pdf' });
  });

  it('refuses text named .pdf with 415, leaving nothing on disk or in the table', async () => {
    const before = { files: filesUnder(blobDir), rows: await uploadRows(citizen.accountId) };
    const res = await postUpload(app, citizen, fixtures.textNamedPdf, '营业执照.pdf');
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'uploads.type_not_allowed' });
    expect(res.json().title).toMatch(/PDF、JPG、PNG/);
    expect(filesUnder(blobDir)).toEqual(before.files);
    expect(await uploadRows(citizen.accountId)).toBe(before.rows);
  });

  it('refuses a file over the limit with 413, leaving nothing on disk or in the table', async () => {
    const before = { files: filesUnder(blobDir), rows: await uploadRows(citizen.accountId) };
    // A real PDF header, then more bytes than the 8 KiB this app allows.
    const big = Buffer.concat([fixtures.pdf, Buffer.alloc(10_000, 0x20)]);
    const res = await postUpload(app, citizen, big, '大文件.pdf');
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'uploads.too_large' });
    expect(filesUnder(blobDir)).toEqual(before.files);
    expect(await uploadRows(citizen.accountId)).toBe(before.rows);

    // Plainly too large by its declared length: refused before the body is read.
    const huge = multipartBody(Buffer.concat([fixtures.pdf, Buffer.alloc(200_000, 0x20)]), '扫描件.pdf');
    const declared = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads?lang=en',
      headers: { ...citizen.headers, ...huge.headers },
      payload: huge.payload,
    });
    expect(declared.statusCode).toBe(413);
    expect(declared.json().title).toMatch(/at most 8 KB/);
    expect(filesUnder(blobDir)).toEqual(before.files);
  });

  it('refuses an empty file and a request without a file', async () => {
    expect((await postUpload(app, citizen, Buffer.alloc(0), '空.pdf')).json().code).toBe('uploads.empty');
    const json = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: citizen.headers,
      payload: { file: 'not a file' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().code).toBe('uploads.file_missing');
  });

  it('cleans the uploader’s file name for display and never uses it as a path', async () => {
    const upload = await uploadFile(app, citizen, fixtures.pdf, '../../etc/\u202egpj.exe\u0007 材料.pdf');
    expect(upload.displayName).toBe('gpj.exe 材料.pdf');
    expect(filesUnder(blobDir).some((f) => f.includes('材料') || f.includes('etc'))).toBe(false);
  });

  it('lets applicants and window clerks upload; others are refused before the body is read', async () => {
    expect((await postUpload(app, clerk)).statusCode).toBe(201);
    const staff = await postUpload(app, officer);
    expect(staff.statusCode).toBe(403);
    expect(staff.json().code).toBe('uploads.not_allowed');
    expect((await postUpload(app, null)).statusCode).toBe(401);
  });

  it('shows a file only to its owner', async () => {
    const upload = await uploadFile(app, citizen);
    const url = `/api/v1/uploads/${upload.id}/content`;
    expect((await app.inject({ url, headers: otherCitizen.headers })).statusCode).toBe(404);
    expect((await app.inject({ url, headers: officer.headers })).statusCode).toBe(404);
    expect((await app.inject({ url })).statusCode).toBe(401);
  });
});
