import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { fixtures, uploadFile } from '../../../../test/materials.js';
import { demoPassword } from '../../demo-accounts.js';
import { seedDemoData } from '../../seed.js';
import { loadConfig } from '../../platform/config.js';
import { queryRows } from '../../platform/db/database.js';

const ITEM = '000125008000';
const CHENGDU = '510100';
const MEISHAN = '511400';
const form = {
  originCity: '重庆市',
  originCentre: '重庆市住房公积金管理中心',
  employer: '成都市武侯区某软件有限公司',
  reason: 'job_change',
};

interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** 申请材料 with applications, window intake and 补正; previews for those who may read the case. */
describe.each(databaseKinds())('case materials over HTTP on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let citizen: TestSession & { idNumber: string; mobile: string };
  let otherCitizen: TestSession;
  let chengduOfficer: TestSession;
  let ziyangOfficer: TestSession;
  let meishanOfficer: TestSession;
  let deyangClerk: TestSession;

  const apply = (session: TestSession, body: object, key: string = randomUUID(), on = app) =>
    on.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...session.headers, 'idempotency-key': key },
      payload: body,
    });
  const act = (session: TestSession, id: string, body: object) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/actions`,
      headers: session.headers,
      payload: body,
    });
  const read = (session: TestSession, id: string) =>
    app.inject({ url: `/api/v1/cases/${id}`, headers: session.headers });
  const preview = (session: TestSession, id: string, materialId: string) =>
    app.inject({ url: `/api/v1/cases/${id}/materials/${materialId}/content`, headers: session.headers });
  const countCases = async (session: TestSession) =>
    ((await app.inject({ url: '/api/v1/cases/mine', headers: session.headers })).json().items as unknown[])
      .length;
  const claimedBy = async (uploadId: string) =>
    (
      await queryRows<{ claimed_by: string | null }>(
        test.database.db,
        sql`select claimed_by from uploads where id = ${uploadId}`,
      )
    )[0]?.claimed_by;
  const fields = (res: { json: () => { errors?: FieldError[] } }) =>
    (res.json().errors ?? []).map((e) => `${e.field}:${e.code}`).sort();

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app } = await buildTestApp(test.database));
    citizen = await registerCitizen(app, '何思远');
    otherCitizen = await registerCitizen(app, '唐嘉怡');
    chengduOfficer = await signIn(app, 'cd.gjj.officer', demoPassword);
    ziyangOfficer = await signIn(app, 'zy.gjj.officer', demoPassword);
    meishanOfficer = await signIn(app, 'ms.gjj.officer', demoPassword);
    deyangClerk = await signIn(app, 'dy.zwfw.clerk', demoPassword);
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  describe('with an online application', () => {
    let caseId: string;
    let materialId: string;

    it('refuses an application without its required material, located, and files nothing', async () => {
      const before = await countCases(citizen);
      const res = await apply(citizen, { itemCode: ITEM, cityCode: CHENGDU, form });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('cases.materials_invalid');
      expect(res.json().errors).toEqual([
        { field: 'materials.id_card', code: 'cases.material_required', message: '此项为必交材料，请上传' },
      ]);
      expect(await countCases(citizen)).toBe(before);
    });

    it('refuses unknown material codes and a certificate where none may stand in', async () => {
      const upload = await uploadFile(app, citizen);
      const res = await apply(citizen, {
        itemCode: ITEM,
        cityCode: CHENGDU,
        form,
        materials: [
          { code: 'id_card', uploadId: upload.id },
          { code: 'marriage_certificate', uploadId: (await uploadFile(app, citizen)).id },
        ],
      });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(['materials.marriage_certificate:cases.material_unknown']);
      // Nothing was claimed: the same upload goes through once the list is right.
      expect(await claimedBy(upload.id)).toBeNull();
    });

    it('refuses another person’s upload as if it did not exist', async () => {
      const theirs = await uploadFile(app, otherCitizen);
      const res = await apply(citizen, {
        itemCode: ITEM,
        cityCode: CHENGDU,
        form,
        materials: [{ code: 'id_card', uploadId: theirs.id }],
      });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(['materials.id_card:cases.material_upload_unavailable']);
      expect(await claimedBy(theirs.id)).toBeNull();
    });

    it('says plainly that electronic certificates are not available yet', async () => {
      const res = await apply(citizen, {
        itemCode: ITEM,
        cityCode: CHENGDU,
        form,
        materials: [{ code: 'id_card', certificateRef: 'DZZZ-510104-0001' }],
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'cases.certificates_unavailable' });
      expect(res.json().title).toContain('电子证照服务尚未开通');
      expect(fields(res)).toEqual(['materials.id_card:cases.certificate_service_unavailable']);
    });

    it('refuses a material that is neither a file nor a certificate, at the field', async () => {
      const res = await apply(citizen, {
        itemCode: ITEM,
        cityCode: CHENGDU,
        form,
        materials: [{ code: 'id_card' }],
      });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(['body.materials.0.uploadId:cases.material_source_required']);
    });

    it('files the application with its materials and claims the uploads for the case', async () => {
      const front = await uploadFile(app, citizen, fixtures.pdf, '身份证正面.pdf');
      const back = await uploadFile(app, citizen, fixtures.png, '身份证背面.png');
      const res = await apply(citizen, {
        itemCode: ITEM,
        cityCode: CHENGDU,
        form,
        materials: [
          { code: 'id_card', uploadId: front.id },
          { code: 'id_card', uploadId: back.id },
        ],
      });
      expect(res.statusCode).toBe(201);
      caseId = res.json().id;
      expect(res.json().materials).toEqual([
        expect.objectContaining({
          code: 'id_card',
          name: '申请人居民身份证',
          source: 'upload',
          displayName: '身份证正面.pdf',
          size: fixtures.pdf.length,
          mediaType: 'application/pdf',
          eventSeq: 1,
        }),
        expect.objectContaining({ displayName: '身份证背面.png', mediaType: 'image/png', eventSeq: 1 }),
      ]);
      materialId = res.json().materials[0].id;
      expect(await claimedBy(front.id)).toBe(caseId);

      // A claimed upload goes into no other case.
      const again = await apply(citizen, {
        itemCode: ITEM,
        cityCode: CHENGDU,
        form,
        materials: [{ code: 'id_card', uploadId: front.id }],
      });
      expect(again.statusCode).toBe(400);
      expect(fields(again)).toEqual(['materials.id_card:cases.material_upload_unavailable']);
    });

    it('shows the file to the deciding officer and the applicant, inline and sandboxed', async () => {
      for (const session of [chengduOfficer, citizen]) {
        const res = await preview(session, caseId, materialId);
        expect(res.statusCode).toBe(200);
        expect(res.rawPayload.equals(fixtures.pdf)).toBe(true);
        expect(res.headers).toMatchObject({
          'content-type': 'application/pdf',
          'x-content-type-options': 'nosniff',
        });
        expect(res.headers['content-disposition']).toMatch(/^inline;/);
        expect(res.headers['content-security-policy']).toMatch(/^sandbox/);
      }
      const seen = (await read(chengduOfficer, caseId)).json();
      expect(seen.materials.map((m: { code: string }) => m.code)).toEqual(['id_card', 'id_card']);
    });

    it('hides the file from another city’s officer and another citizen (404)', async () => {
      for (const session of [ziyangOfficer, otherCitizen]) {
        const res = await preview(session, caseId, materialId);
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('cases.not_found');
      }
      expect((await preview(chengduOfficer, caseId, randomUUID())).json().code).toBe(
        'cases.material_not_found',
      );
    });

    it('answers a 补正 with files for the listed items, under the supplement event', async () => {
      await act(chengduOfficer, caseId, {
        action: 'request_supplement',
        items: [
          { name: '居民身份证', requirement: '复印件不清晰，请上传原件扫描件' },
          { name: '原缴存地账户封存证明', requirement: '请提供原单位停缴后的封存证明' },
        ],
      });
      const unknown = await act(citizen, caseId, {
        action: 'supplement',
        reason: '已补充',
        materials: [
          { code: 'item-3', uploadId: (await uploadFile(app, citizen)).id },
          { code: 'item-1', certificateRef: 'DZZZ-1' },
        ],
      });
      expect(unknown.statusCode).toBe(400);
      expect(fields(unknown)).toEqual([
        'materials.item-1:cases.material_not_replaceable',
        'materials.item-3:cases.material_unknown',
      ]);
      expect((await read(citizen, caseId)).json().status).toBe('supplement_requested');

      const scan = await uploadFile(app, citizen, fixtures.pdf, '身份证原件扫描件.pdf');
      const proof = await uploadFile(app, citizen, fixtures.png, '封存证明.png');
      const supplied = await act(citizen, caseId, {
        action: 'supplement',
        reason: '已补充清晰的身份证扫描件和封存证明',
        materials: [
          { code: 'item-1', uploadId: scan.id },
          { code: 'item-2', uploadId: proof.id },
        ],
      });
      expect(supplied.statusCode).toBe(200);
      const detail = supplied.json();
      expect(detail.status).toBe('submitted');
      const supplementSeq = detail.events.find((e: { type: string }) => e.type === 'supplement').seq;
      expect(detail.materials.slice(2)).toEqual([
        expect.objectContaining({ code: 'item-1', name: '居民身份证', eventSeq: supplementSeq }),
        expect.objectContaining({
          code: 'item-2',
          name: '原缴存地账户封存证明',
          displayName: '封存证明.png',
        }),
      ]);
    });

    it('takes materials only with a supplement', async () => {
      const res = await act(chengduOfficer, caseId, {
        action: 'accept',
        materials: [{ code: 'id_card', uploadId: randomUUID() }],
      });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(['body.materials:cases.materials_only_for_supplement']);
    });
  });

  it('keeps a case within its total size limit, and writes nothing when over', async () => {
    const { app: strict } = await buildTestApp(test.database, { CASE_MATERIALS_MAX_BYTES: '1024' });
    try {
      const first = await uploadFile(strict, citizen, fixtures.pdf);
      const second = await uploadFile(strict, citizen, fixtures.pdf);
      const before = await countCases(citizen);
      const res = await apply(
        citizen,
        {
          itemCode: ITEM,
          cityCode: CHENGDU,
          form,
          materials: [
            { code: 'id_card', uploadId: first.id },
            { code: 'id_card', uploadId: second.id },
          ],
        },
        randomUUID(),
        strict,
      );
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('cases.materials_too_large');
      expect(res.json().title).toContain('1 KB');
      expect(await countCases(citizen)).toBe(before);
      expect(await claimedBy(first.id)).toBeNull();
    } finally {
      await strict.close();
    }
  });

  describe('at a window (异地代收代办)', () => {
    const intake = (materials: object[]) => ({
      itemCode: ITEM,
      cityCode: MEISHAN,
      applicant: { idNumber: citizen.idNumber, realName: '何思远', mobile: citizen.mobile },
      form,
      materials,
      consent: true,
      precheck: { identityVerified: true, materialsChecked: true },
    });
    const receive = (payload: object) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/cases/window',
        headers: { ...deyangClerk.headers, 'idempotency-key': randomUUID() },
        payload,
      });

    it('files what the clerk scanned, which the applicant and the deciding officer can open', async () => {
      const scan = await uploadFile(app, deyangClerk, fixtures.pdf, '窗口扫描-身份证.pdf');
      const res = await receive(intake([{ code: 'id_card', uploadId: scan.id }]));
      expect(res.statusCode).toBe(201);
      const [material] = res.json().materials;
      expect(material).toMatchObject({ code: 'id_card', displayName: '窗口扫描-身份证.pdf', eventSeq: 1 });
      for (const session of [deyangClerk, meishanOfficer, citizen])
        expect((await preview(session, res.json().id, material.id)).statusCode).toBe(200);
      expect((await preview(chengduOfficer, res.json().id, material.id)).statusCode).toBe(404);
    });

    it('does not let the clerk file the applicant’s own uploads, nor without the required scan', async () => {
      const theirs = await uploadFile(app, citizen);
      const res = await receive(intake([{ code: 'id_card', uploadId: theirs.id }]));
      expect(fields(res)).toEqual(['materials.id_card:cases.material_upload_unavailable']);
      expect(fields(await receive(intake([])))).toEqual(['materials.id_card:cases.material_required']);
    });
  });
});
