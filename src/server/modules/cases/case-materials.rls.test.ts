import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, type TestSession } from '../../../../test/http-session.js';
import { requiredMaterials, uploadFile } from '../../../../test/materials.js';
import type { Actor } from '../../platform/actor.js';
import { uploads } from '../../platform/blobs/uploads.tables.js';
import { loadConfig } from '../../platform/config.js';
import { newId } from '../../platform/ids.js';
import { seedDemoData } from '../../seed.js';
import { createDirectoryModule } from '../directory/index.js';
import { caseMaterials } from './case-materials.tables.js';

/** Drizzle wraps the driver's error; PostgreSQL reports a policy violation as SQLSTATE 42501. */
function isPolicyViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code === '42501';
}

const citizenActor = (session: TestSession): Actor => ({
  userId: session.accountId,
  kind: 'citizen',
  roles: [],
  cityCode: null,
  orgIds: [],
  displayName: 'citizen',
});
const staff = (roles: Actor['roles'], cityCode: string, orgIds: string[]): Actor => ({
  userId: newId(),
  kind: 'staff',
  roles,
  cityCode,
  orgIds,
  displayName: 'staff',
});

/**
 * The second line of defence for uploads and case materials: the questions the services ask,
 * issued in SQL as the application role, answered by PostgreSQL's row-level security alone.
 */
describe.each(databaseKinds())('row-level security of uploads and case materials on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let owner: TestSession;
  let stranger: TestSession;
  let caseId: string;
  let freeUploadId: string;
  const orgs: Record<string, string> = {};

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app } = await buildTestApp(test.database));
    owner = await registerCitizen(app, '罗明轩');
    stranger = await registerCitizen(app, '邓可欣');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...owner.headers, 'idempotency-key': randomUUID() },
      payload: {
        itemCode: '000125008000',
        cityCode: '510100',
        form: {
          originCity: '重庆市',
          originCentre: '重庆市住房公积金管理中心',
          employer: '成都某建筑工程有限公司',
          reason: 'job_change',
        },
        materials: await requiredMaterials(app, owner, '000125008000', '510100'),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    caseId = res.json().id;
    freeUploadId = (await uploadFile(app, owner)).id;
    const directory = createDirectoryModule({ database: test.database });
    await test.database.withSystem(async (tx) => {
      for (const [city, key] of [
        ['510100', 'gjj'],
        ['512000', 'gjj'],
        ['510600', 'zwfw'],
      ] as const) {
        orgs[`${city}/${key}`] = (await directory.findOrganisationByKey(tx, city, key))?.id ?? '';
      }
    });
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  const visibleUploads = (actor: Actor) =>
    test.database.withActor(actor, (tx) => tx.select({ id: uploads.id }).from(uploads));
  const visibleMaterials = (actor: Actor) =>
    test.database.withActor(actor, (tx) =>
      tx.select({ id: caseMaterials.id }).from(caseMaterials).where(eq(caseMaterials.caseId, caseId)),
    );

  it('shows uploads to their owner only', async () => {
    expect((await visibleUploads(citizenActor(owner))).length).toBeGreaterThanOrEqual(2);
    expect(await visibleUploads(citizenActor(stranger))).toEqual([]);
    expect(await visibleUploads(staff(['case_officer'], '510100', [orgs['510100/gjj'] as string]))).toEqual(
      [],
    );
  });

  it('lets nobody add an upload in another person’s name', async () => {
    const attempt = test.database.withActor(citizenActor(stranger), (tx) =>
      tx.insert(uploads).values({
        id: newId(),
        ownerId: owner.accountId,
        sha256: 'a'.repeat(64),
        sizeBytes: 10,
        mediaType: 'application/pdf',
        displayName: 'x.pdf',
        createdAt: new Date(),
      }),
    );
    await expect(attempt).rejects.toSatisfy(isPolicyViolation);
  });

  it('lets no one claim another person’s upload, and no claim be undone', async () => {
    const claimed = await test.database.withActor(citizenActor(stranger), (tx) =>
      tx
        .update(uploads)
        .set({ claimedBy: newId(), claimedAt: new Date() })
        .where(eq(uploads.id, freeUploadId))
        .returning({ id: uploads.id }),
    );
    expect(claimed).toEqual([]);
    const released = await test.database.withActor(citizenActor(owner), (tx) =>
      tx
        .update(uploads)
        .set({ claimedBy: newId(), claimedAt: new Date() })
        .where(sql`${uploads.claimedBy} = ${caseId}`)
        .returning({ id: uploads.id }),
    );
    expect(released).toEqual([]);
    const other = test.database.withActor(citizenActor(owner), (tx) =>
      tx.update(uploads).set({ ownerId: stranger.accountId }).where(eq(uploads.id, freeUploadId)),
    );
    await expect(other).rejects.toSatisfy(isPolicyViolation);
  });

  it('shows a case’s materials exactly to those who may read the case', async () => {
    expect(await visibleMaterials(citizenActor(owner))).toHaveLength(1);
    expect(
      await visibleMaterials(staff(['case_officer'], '510100', [orgs['510100/gjj'] as string])),
    ).toHaveLength(1);
    expect(await visibleMaterials(staff(['city_admin'], '510100', []))).toHaveLength(1);
    expect(await visibleMaterials(citizenActor(stranger))).toEqual([]);
    expect(await visibleMaterials(staff(['case_officer'], '512000', [orgs['512000/gjj'] as string]))).toEqual(
      [],
    );
    expect(
      await visibleMaterials(staff(['window_clerk'], '510600', [orgs['510600/zwfw'] as string])),
    ).toEqual([]);
  });

  it('lets neither staff nor another citizen add materials, nor anyone attach an upload not theirs', async () => {
    const row = (suppliedBy: string, uploadId: string | null) => ({
      id: newId(),
      caseId,
      materialCode: 'id_card',
      materialName: '申请人居民身份证',
      source: uploadId ? ('upload' as const) : ('certificate' as const),
      uploadId,
      sha256: uploadId ? 'b'.repeat(64) : null,
      sizeBytes: uploadId ? 10 : null,
      mediaType: uploadId ? ('application/pdf' as const) : null,
      displayName: uploadId ? 'x.pdf' : null,
      certificateRef: uploadId ? null : 'DZZZ-1',
      certificateType: uploadId ? null : 'resident_id_card',
      suppliedBy,
      eventSeq: 1,
      createdAt: new Date(),
    });
    const officer = staff(['case_officer'], '510100', [orgs['510100/gjj'] as string]);
    for (const [actor, values] of [
      [officer, row(officer.userId, null)],
      [citizenActor(stranger), row(stranger.accountId, null)],
      // The owner's own upload, but not claimed for this case: refused too.
      [citizenActor(owner), row(owner.accountId, freeUploadId)],
    ] as const) {
      await expect(
        test.database.withActor(actor, (tx) => tx.insert(caseMaterials).values(values)),
      ).rejects.toSatisfy(isPolicyViolation);
    }
  });

  it('grants the application role no way to delete or change what was supplied', async () => {
    const attempt = test.database.withActor(citizenActor(owner), (tx) =>
      tx.delete(caseMaterials).where(eq(caseMaterials.caseId, caseId)),
    );
    await expect(attempt).rejects.toSatisfy(isPolicyViolation);
  });
});
