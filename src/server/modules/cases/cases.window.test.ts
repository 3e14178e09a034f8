import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import {
  newCitizenIdentity,
  registerCitizen,
  signIn,
  type TestSession,
} from '../../../../test/http-session.js';
import { withRequiredMaterials } from '../../../../test/materials.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';
import type { OrganisationView } from '../../../contracts/directory.contract.js';

const ITEM = '000125008000';
const MEISHAN = '511400';
const form = {
  originCity: '重庆市',
  originCentre: '重庆市住房公积金管理中心',
  employer: '眉山市东坡区某食品有限公司',
  reason: 'job_change',
};
const precheck = { identityVerified: true, materialsChecked: true, note: '已核验身份证原件，扫描 1 份材料' };

/** 异地代收代办: a Deyang window receives a Meishan-decided application; the result comes back to Deyang. */
describe.each(databaseKinds())('window channel (异地代收代办) over HTTP on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let citizen: TestSession & { idNumber: string; mobile: string };
  let clerk: TestSession;
  let chengduClerk: TestSession;
  let meishanOfficer: TestSession;
  let caseId: string;

  const person = () => ({ idNumber: citizen.idNumber, realName: '周晓岚', mobile: citizen.mobile });
  const body = (over: object = {}) => ({
    itemCode: ITEM,
    cityCode: MEISHAN,
    applicant: person(),
    form,
    consent: true,
    precheck,
    ...over,
  });
  const receive = async (session: TestSession, payload: object, key: string = randomUUID()) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/cases/window',
      headers: { ...session.headers, 'idempotency-key': key },
      payload: await withRequiredMaterials(app, session, payload),
    });
  const act = (session: TestSession, id: string, payload: object) =>
    app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions`, headers: session.headers, payload });
  const read = (session: TestSession, id: string) =>
    app.inject({ url: `/api/v1/cases/${id}`, headers: session.headers });

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app } = await buildTestApp(test.database));
    citizen = await registerCitizen(app, '周晓岚');
    clerk = await signIn(app, 'dy.zwfw.clerk', demoPassword);
    const admin = await signIn(app, 'sysadmin', demoPassword);
    const orgs = (await app.inject('/api/v1/directory/organisations')).json().items as OrganisationView[];
    const org = (city: string, key: string) =>
      orgs.find((o) => o.cityCode === city && o.key === key) as OrganisationView;
    const staff = async (username: string, role: string, cityCode: string, orgId: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/identity/staff',
        headers: admin.headers,
        payload: {
          username,
          displayName: '测试人员',
          password: 'Window-Staff-2026',
          roles: [{ role, cityCode, orgId }],
        },
      });
      expect(res.statusCode).toBe(201);
      return signIn(app, username, 'Window-Staff-2026');
    };
    meishanOfficer = await staff('ms.gjj.reviewer', 'case_officer', MEISHAN, org(MEISHAN, 'gjj').id);
    chengduClerk = await staff('cd.zwfw.clerk', 'window_clerk', '510100', org('510100', 'zwfw').id);
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('files in the citizen’s name at the Deyang window and hands back a 收件告知单', async () => {
    const key = randomUUID();
    const scanned = await withRequiredMaterials(app, clerk, body());
    const res = await receive(clerk, scanned, key);
    expect(res.statusCode).toBe(201);
    const detail = res.json();
    caseId = detail.id;
    expect(detail.caseNumber).toMatch(/^MS-\d{4}-\d{6}$/);
    expect(detail).toMatchObject({
      status: 'submitted',
      channel: 'window',
      cityCode: MEISHAN,
      receivingCityCode: '510600',
      receivingOrgName: '德阳市政务服务中心',
      applicantName: '周晓岚',
      allowedActions: [],
      windowActions: [],
    });
    // Staff see the ID number masked, even the clerk who typed it in.
    expect(detail.applicantIdNumber).not.toBe(citizen.idNumber);
    expect(detail.events[0]).toMatchObject({
      actorRole: 'window_clerk',
      actorCityCode: '510600',
      channel: 'window',
      note: precheck.note,
      details: {
        hallName: '德阳市政务服务中心',
        precheck: { identityVerified: true, materialsChecked: true },
      },
    });
    expect(detail.receipt).toMatchObject({
      caseNumber: detail.caseNumber,
      queryCode: detail.queryCode,
      itemCode: ITEM,
      itemName: '住房公积金异地转移接续',
      decidingCityCode: MEISHAN,
      decidingCityName: '眉山市',
      decidingOrgName: detail.decidingOrgName,
      receivingCityName: '德阳市',
      receivingOrgName: '德阳市政务服务中心',
      promisedDays: 5,
      deliveryOptions: ['online', 'window'],
    });

    const again = await receive(clerk, scanned, key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(caseId);
  });

  it('routes it to the Meishan department, which accepts, grants and leaves the result at the window', async () => {
    const worklist = await app.inject({ url: '/api/v1/cases/worklist', headers: meishanOfficer.headers });
    expect(worklist.json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect((await act(meishanOfficer, caseId, { action: 'accept' })).statusCode).toBe(200);
    expect((await act(meishanOfficer, caseId, { action: 'grant' })).statusCode).toBe(200);
    const delivered = await act(meishanOfficer, caseId, { action: 'deliver', method: 'window' });
    expect(delivered.json()).toMatchObject({ status: 'delivered', allowedActions: [] });
    // Only the receiving window closes a result waiting there.
    expect((await act(meishanOfficer, caseId, { action: 'close' })).statusCode).toBe(409);
  });

  it('lets the Deyang clerk follow the hall’s cases and hand the result over, closing the case', async () => {
    const list = await app.inject({ url: '/api/v1/cases/window-worklist', headers: clerk.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toMatchObject([{ id: caseId, status: 'delivered', applicantName: '周**' }]);
    expect((await read(clerk, caseId)).json()).toMatchObject({
      allowedActions: [],
      windowActions: ['hand_over'],
    });
    const handed = await act(clerk, caseId, { action: 'hand_over' });
    expect(handed.statusCode).toBe(200);
    expect(handed.json()).toMatchObject({ status: 'closed', windowActions: [] });
    expect((await act(clerk, caseId, { action: 'hand_over' })).statusCode).toBe(409);
  });

  it('shows the citizen the closed case in 我的办件 with a history naming both cities', async () => {
    const mine = await app.inject({ url: '/api/v1/cases/mine', headers: citizen.headers });
    expect(mine.json().items).toMatchObject([{ id: caseId, status: 'closed', channel: 'window' }]);
    const detail = (await read(citizen, caseId)).json();
    expect(detail.applicantIdNumber).toBe(citizen.idNumber);
    expect(detail.receipt).toBeUndefined();
    expect(
      detail.events.map((e: { type: string; actorRole: string; actorCityCode: string }) => [
        e.type,
        e.actorRole,
        e.actorCityCode,
      ]),
    ).toEqual([
      ['submitted', 'window_clerk', '510600'],
      ['accept', 'case_officer', MEISHAN],
      ['grant', 'case_officer', MEISHAN],
      ['deliver', 'case_officer', MEISHAN],
      ['hand_over', 'window_clerk', '510600'],
    ]);
    expect(detail.events[3].details).toEqual({ method: 'window' });
    expect(detail.events[4].details).toEqual({ hallName: '德阳市政务服务中心', clerkName: '赵文博' });
  });

  it('hides the case from a clerk of another hall', async () => {
    expect((await read(chengduClerk, caseId)).statusCode).toBe(404);
    expect((await act(chengduClerk, caseId, { action: 'hand_over' })).statusCode).toBe(404);
    const list = await app.inject({ url: '/api/v1/cases/window-worklist', headers: chengduClerk.headers });
    expect(list.json().items).toEqual([]);
  });

  it.each([
    ['consent is missing', { consent: undefined }, 'consent'],
    ['consent is false', { consent: false }, 'consent'],
    [
      'the ID number fails its check digit',
      { applicant: { idNumber: '510104199003071238' } },
      'applicant.idNumber',
    ],
    [
      'the identity was not checked',
      { precheck: { identityVerified: false, materialsChecked: true } },
      'precheck.identityVerified',
    ],
  ])('refuses a filing where %s, naming the field', async (_label, over, field) => {
    const overrides = over as { applicant?: object };
    const payload = body({
      ...over,
      ...(overrides.applicant ? { applicant: { ...person(), ...overrides.applicant } } : {}),
    });
    const res = await receive(clerk, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([`body.${field}`]);
  });

  it('asks the clerk to register a person without an account first, and files nothing', async () => {
    const stranger = newCitizenIdentity();
    const res = await receive(clerk, body({ applicant: { ...stranger, realName: '无账户' } }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'cases.applicant_account_not_found' });
    expect(res.json().detail ?? res.json().title).toMatch(/注册/);
    const wrongName = await receive(clerk, body({ applicant: { ...person(), realName: '冒名者' } }));
    expect(wrongName.json().code).toBe('cases.applicant_account_not_found');
    const list = await app.inject({ url: '/api/v1/cases/window-worklist', headers: clerk.headers });
    expect(list.json().items).toHaveLength(1);
  });

  it('refuses an item the deciding city does not let this hall receive', async () => {
    // A new published version of Ziyang's implementation that only Chengdu's windows may receive.
    await test.database.withSystem(async (tx) => {
      const old = sql`item_code = ${ITEM} and city_code = '512000'`;
      await tx.execute(
        sql`update item_implementations set status = 'superseded' where ${old} and status = 'published'`,
      );
      await tx.execute(sql`insert into item_implementations
        select (jsonb_populate_record(null::item_implementations, to_jsonb(i) || jsonb_build_object(
          'id', gen_random_uuid(), 'version', i.version + 1, 'status', 'published',
          'off_site_city_codes', array['510100']))).*
        from item_implementations i where ${old} and status = 'superseded'`);
    });
    const res = await receive(clerk, body({ cityCode: '512000' }));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'cases.window_not_allowed' });
    expect(JSON.stringify(res.json())).toContain('本窗口不能代收该市此事项');
  });

  it('lets only window clerks receive at a window', async () => {
    expect((await receive(citizen, body())).statusCode).toBe(403);
    expect((await receive(meishanOfficer, body())).statusCode).toBe(403);
    const citizenList = await app.inject({ url: '/api/v1/cases/window-worklist', headers: citizen.headers });
    expect(citizenList.statusCode).toBe(403);
  });
});
