import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { requiredMaterials, withRequiredMaterials } from '../../../../test/materials.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';

const ITEM = '000125008000';
const validForm = {
  originCity: '重庆市',
  originCentre: '重庆市住房公积金管理中心',
  employer: '资阳市雁江区某机械制造有限公司',
  reason: 'job_change',
};

describe.each(databaseKinds())('applying and deciding over HTTP on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let citizen: TestSession & { idNumber: string; mobile: string };
  let otherCitizen: TestSession;
  let chengduOfficer: TestSession;
  let ziyangOfficer: TestSession;
  let caseId: string;

  const apply = async (session: TestSession, body: object, key: string = randomUUID()) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...session.headers, 'idempotency-key': key },
      payload: await withRequiredMaterials(app, session, body),
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

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app } = await buildTestApp(test.database));
    citizen = await registerCitizen(app, '王小明');
    otherCitizen = await registerCitizen(app, '赵小红');
    chengduOfficer = await signIn(app, 'cd.gjj.officer', demoPassword);
    ziyangOfficer = await signIn(app, 'zy.gjj.officer', demoPassword);
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('files an online application with a Chengdu case number and the implementation version', async () => {
    const res = await apply(citizen, { itemCode: ITEM, cityCode: '510100', form: validForm });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.caseNumber).toMatch(/^CD-\d{4}-\d{6}$/);
    expect(body).toMatchObject({
      status: 'submitted',
      cityCode: '510100',
      decidingOrgName: '成都住房公积金管理中心',
      implementationVersion: 1,
      applicantName: '王小明',
      applicantIdNumber: citizen.idNumber,
      allowedActions: ['withdraw'],
    });
    expect(body.events).toHaveLength(1);
    caseId = body.id;
  });

  it('rejects a form that fails its definition, naming each field, and files nothing', async () => {
    const res = await apply(citizen, {
      itemCode: ITEM,
      cityCode: '510100',
      form: { originCity: '重庆市', reason: 'bored', nickname: 'x' },
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().errors as { field: string; message: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['form.employer', 'form.nickname', 'form.originCentre', 'form.reason']);
    expect(res.json().errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    const mine = await app.inject({ url: '/api/v1/cases/mine', headers: citizen.headers });
    expect(mine.json().items).toHaveLength(1);
  });

  it('asks Deyang for the original account number that the other cities leave optional', async () => {
    const res = await apply(citizen, { itemCode: ITEM, cityCode: '510600', form: validForm });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['form.originAccount']);
  });

  it('answers an item or city that cannot be applied for with a clear 404', async () => {
    expect((await apply(citizen, { itemCode: 'NO-SUCH', cityCode: '510100', form: {} })).json().code).toBe(
      'cases.item_not_available',
    );
    expect((await apply(citizen, { itemCode: ITEM, cityCode: '500100', form: validForm })).statusCode).toBe(
      404,
    );
  });

  it('lets only citizens and enterprises apply', async () => {
    const res = await apply(chengduOfficer, { itemCode: ITEM, cityCode: '510100', form: validForm });
    expect(res.statusCode).toBe(403);
  });

  it('requires sign-in to apply', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { itemCode: ITEM, cityCode: '510100', form: validForm },
    });
    expect(res.statusCode).toBe(401);
  });

  it('hides the case from another citizen as if it did not exist', async () => {
    const res = await read(otherCitizen, caseId);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('cases.not_found');
    expect(
      (await app.inject({ url: '/api/v1/cases/mine', headers: otherCitizen.headers })).json().items,
    ).toEqual([]);
  });

  it('hides the case from an officer of another city, for reading and for acting', async () => {
    expect((await read(ziyangOfficer, caseId)).statusCode).toBe(404);
    expect((await act(ziyangOfficer, caseId, { action: 'accept' })).statusCode).toBe(404);
    const worklist = await app.inject({ url: '/api/v1/cases/worklist', headers: ziyangOfficer.headers });
    expect(worklist.json().items).toEqual([]);
  });

  it('puts the case in the deciding department’s worklist with personal data masked', async () => {
    const worklist = await app.inject({ url: '/api/v1/cases/worklist', headers: chengduOfficer.headers });
    expect(worklist.statusCode).toBe(200);
    const [entry] = worklist.json().items;
    expect(entry).toMatchObject({ id: caseId, applicantName: '王**', status: 'submitted' });
    const detail = (await read(chengduOfficer, caseId)).json();
    expect(detail.applicantIdNumber).toBe(`5${'*'.repeat(16)}${citizen.idNumber.slice(-1)}`);
    expect(detail.applicantMobile).toBe(`${citizen.mobile.slice(0, 3)}****${citizen.mobile.slice(-4)}`);
    expect(detail.allowedActions).toEqual(['accept', 'not_accept', 'request_supplement']);
  });

  it('does not let the applicant decide their own case', async () => {
    expect((await act(citizen, caseId, { action: 'accept' })).statusCode).toBe(403);
  });

  it('refuses a decision before acceptance and a refusal without a reason', async () => {
    expect((await act(chengduOfficer, caseId, { action: 'grant' })).json().code).toBe(
      'cases.transition_not_allowed',
    );
    const noReason = await act(chengduOfficer, caseId, { action: 'not_accept' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ field: 'body.reason', code: 'cases.reason_required' });
  });

  it('accepts, then grants, and the applicant sees the decision and its history', async () => {
    expect((await act(chengduOfficer, caseId, { action: 'accept' })).json().status).toBe('accepted');
    const granted = await act(chengduOfficer, caseId, { action: 'grant' });
    expect(granted.json()).toMatchObject({ status: 'granted', allowedActions: ['deliver'] });
    const seen = (await read(citizen, caseId)).json();
    expect(seen.status).toBe('granted');
    expect(seen.decidedAt).not.toBeNull();
    expect(seen.events.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'submitted',
      'accepted',
      'granted',
    ]);
    expect(seen.events[1]).toMatchObject({ actorRole: 'case_officer', actorCityCode: '510100' });
  });

  it('refuses to act twice on a decided case', async () => {
    expect(
      (await act(chengduOfficer, caseId, { action: 'refuse', reason: '材料不全，不予办理' })).statusCode,
    ).toBe(409);
  });

  describe('the rest of the lifecycle', () => {
    const body = { itemCode: ITEM, cityCode: '510100', form: validForm };
    let id: string;

    beforeAll(async () => {
      id = (await apply(citizen, body)).json().id;
    });

    it('asks for everything missing at once and tells the applicant exactly what', async () => {
      const empty = await act(chengduOfficer, id, { action: 'request_supplement', items: [] });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().errors[0]).toMatchObject({
        field: 'body.items',
        code: 'cases.supplement_items_required',
      });
      const asked = await act(chengduOfficer, id, {
        action: 'request_supplement',
        reason: '请一次性补齐以下材料',
        items: [
          { name: '居民身份证', requirement: '复印件不清晰，请上传原件扫描件' },
          { name: '原缴存地账户封存证明', requirement: '请提供原单位停缴后的封存证明' },
        ],
      });
      expect(asked.json().status).toBe('supplement_requested');
      const seen = (await read(citizen, id)).json();
      expect(seen.pendingSupplement.items.map((i: { name: string }) => i.name)).toEqual([
        '居民身份证',
        '原缴存地账户封存证明',
      ]);
      expect(seen.allowedActions).toEqual(['supplement', 'withdraw']);
    });

    it('lets only the applicant supply it, and returns the case to where it stood', async () => {
      expect((await act(chengduOfficer, id, { action: 'supplement' })).statusCode).toBe(403);
      expect((await act(otherCitizen, id, { action: 'supplement' })).statusCode).toBe(404);
      const supplied = await act(citizen, id, {
        action: 'supplement',
        reason: '已补充清晰的身份证扫描件和封存证明',
      });
      expect(supplied.statusCode).toBe(200);
      expect(supplied.json()).toMatchObject({ status: 'submitted', pendingSupplement: null });
    });

    it('accepts, reviews, grants, delivers by post with a tracking number and closes', async () => {
      for (const action of ['accept', 'begin_review', 'grant']) {
        expect((await act(chengduOfficer, id, { action })).statusCode).toBe(200);
      }
      const noTracking = await act(chengduOfficer, id, { action: 'deliver', method: 'post' });
      expect(noTracking.json().errors[0]).toMatchObject({ field: 'body.trackingNumber' });
      const delivered = await act(chengduOfficer, id, {
        action: 'deliver',
        method: 'post',
        trackingNumber: 'SF1234567890',
      });
      expect(delivered.json()).toMatchObject({
        status: 'delivered',
        delivery: { method: 'post', trackingNumber: 'SF1234567890' },
      });
      expect((await act(chengduOfficer, id, { action: 'close' })).json().status).toBe('closed');
      const history = (await read(citizen, id)).json().events.map((e: { type: string }) => e.type);
      expect(history).toEqual([
        'submitted',
        'request_supplement',
        'supplement',
        'accept',
        'begin_review',
        'grant',
        'deliver',
        'close',
      ]);
    });

    it('starts the clock at acceptance and stops it while a supplement is awaited', async () => {
      const caseId = (await apply(citizen, body)).json().id;
      const accepted = (await act(chengduOfficer, caseId, { action: 'accept' })).json();
      expect(accepted.deadline).toMatchObject({ days: 3, beyondKnownCalendar: expect.any(Boolean) });
      expect(accepted.dueDate).toBe(accepted.deadline.dueDate);
      expect(accepted.dueDate > accepted.submittedAt.slice(0, 10)).toBe(true);
      expect(accepted.clockPaused).toBe(false);
      const asked = await act(chengduOfficer, caseId, {
        action: 'request_supplement',
        items: [{ name: '现工作单位劳动合同', requirement: '请补充劳动合同首页及签字页' }],
      });
      expect(asked.json()).toMatchObject({ status: 'supplement_requested', clockPaused: true });
      expect(asked.json().deadline.pauses).toHaveLength(1);
      const resumed = (await act(citizen, caseId, { action: 'supplement' })).json();
      expect(resumed).toMatchObject({ status: 'accepted', clockPaused: false });
      expect(resumed.dueDate >= accepted.dueDate).toBe(true);
      const worklist = await app.inject({ url: '/api/v1/cases/worklist', headers: chengduOfficer.headers });
      expect(worklist.json().items.find((c: { id: string }) => c.id === caseId).dueDate).toBe(
        resumed.dueDate,
      );
    });

    it('lets the applicant withdraw before a decision but not after', async () => {
      const other = (await apply(citizen, body)).json().id;
      expect((await act(citizen, other, { action: 'withdraw', reason: '已在窗口办理' })).json().status).toBe(
        'withdrawn',
      );
      expect((await act(citizen, id, { action: 'withdraw' })).statusCode).toBe(409);
    });
  });

  describe('with an Idempotency-Key', () => {
    const body = { itemCode: ITEM, cityCode: '512000', form: validForm };
    const countMine = async (session: TestSession) =>
      ((await app.inject({ url: '/api/v1/cases/mine', headers: session.headers })).json().items as unknown[])
        .length;

    it('answers a retry with the first answer and files one case', async () => {
      const before = await countMine(otherCitizen);
      const key = randomUUID();
      const files = { ...body, materials: await requiredMaterials(app, otherCitizen, ITEM, '512000') };
      const first = await apply(otherCitizen, files, key);
      const again = await apply(otherCitizen, files, key);
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json().id).toBe(first.json().id);
      expect(await countMine(otherCitizen)).toBe(before + 1);
    });

    it('files exactly one case when the same request arrives twice at once', async () => {
      const before = await countMine(otherCitizen);
      const key = randomUUID();
      const files = { ...body, materials: await requiredMaterials(app, otherCitizen, ITEM, '512000') };
      const answers = await Promise.all([apply(otherCitizen, files, key), apply(otherCitizen, files, key)]);
      const ids = new Set(answers.filter((a) => a.statusCode === 201).map((a) => a.json().id));
      expect(ids.size).toBe(1);
      expect(answers.every((a) => a.statusCode === 201 || a.statusCode === 409)).toBe(true);
      expect(await countMine(otherCitizen)).toBe(before + 1);
    });

    it('refuses the same key for a different request with 422', async () => {
      const key = randomUUID();
      expect((await apply(otherCitizen, body, key)).statusCode).toBe(201);
      const other = await apply(otherCitizen, { ...body, cityCode: '510100' }, key);
      expect(other.statusCode).toBe(422);
      expect(other.json().code).toBe('idempotency.key_reused');
    });

    it('keeps keys per account, so another person’s key is no collision', async () => {
      const key = randomUUID();
      const mine = await apply(otherCitizen, body, key);
      const theirs = await apply(citizen, body, key);
      expect(theirs.statusCode).toBe(201);
      expect(theirs.json().id).not.toBe(mine.json().id);
    });

    it('requires the key, and a sane one', async () => {
      const missing = await app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: otherCitizen.headers,
        payload: body,
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().code).toBe('idempotency.key_missing');
      expect((await apply(otherCitizen, body, 'x'.repeat(129))).json().code).toBe('idempotency.key_invalid');
    });

    it('stores no key when the application is refused, so a corrected retry goes through', async () => {
      const key = randomUUID();
      expect((await apply(otherCitizen, { ...body, form: {} }, key)).statusCode).toBe(400);
      expect((await apply(otherCitizen, body, key)).statusCode).toBe(201);
    });
  });

  it('answers a malformed case id with 400 and an unknown one with 404', async () => {
    expect((await read(citizen, 'not-a-uuid')).statusCode).toBe(400);
    expect((await read(citizen, '01936b7e-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });
});
