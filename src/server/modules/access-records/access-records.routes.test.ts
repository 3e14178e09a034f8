import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { requiredMaterials } from '../../../../test/materials.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';
import { newId } from '../../platform/ids.js';
import type { AccessRecordView } from '../../../contracts/access-records.contract.js';
import { accessRecords } from './access-records.tables.js';

const ITEM = '000125008000';
const form = {
  originCity: '重庆市',
  originCentre: '重庆市住房公积金管理中心',
  employer: '资阳市雁江区某机械制造有限公司',
  reason: 'job_change',
};

describe.each(databaseKinds())('the applicant’s data tracker over HTTP on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let citizen: TestSession & { idNumber: string; mobile: string };
  let otherCitizen: TestSession & { idNumber: string; mobile: string };
  let chengduOfficer: TestSession;
  let ziyangOfficer: TestSession;
  let meishanAdmin: TestSession;
  let office: TestSession;
  let deyangClerk: TestSession;
  let chengduCase: { id: string; caseNumber: string };
  let meishanCase: { id: string; caseNumber: string };

  const apply = async (session: TestSession, cityCode: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...session.headers, 'idempotency-key': randomUUID() },
      payload: {
        itemCode: ITEM,
        cityCode,
        form,
        materials: await requiredMaterials(app, session, ITEM, cityCode),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; caseNumber: string };
  };
  const read = (session: TestSession, id: string) =>
    app.inject({ url: `/api/v1/cases/${id}`, headers: session.headers });
  const myRecords = async (session: TestSession, query = '') => {
    const res = await app.inject({ url: `/api/v1/me/access-records${query}`, headers: session.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: AccessRecordView[]; nextCursor: string | null };
  };

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app } = await buildTestApp(test.database));
    citizen = await registerCitizen(app, '王小明');
    otherCitizen = await registerCitizen(app, '赵小红');
    chengduOfficer = await signIn(app, 'cd.gjj.officer', demoPassword);
    ziyangOfficer = await signIn(app, 'zy.gjj.officer', demoPassword);
    meishanAdmin = await signIn(app, 'ms.admin', demoPassword);
    office = await signIn(app, 'office', demoPassword);
    deyangClerk = await signIn(app, 'dy.zwfw.clerk', demoPassword);
    chengduCase = await apply(citizen, '510100');
    meishanCase = await apply(citizen, '511400');
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('records nothing when the applicant reads their own case, nor for list pages', async () => {
    expect((await read(citizen, chengduCase.id)).statusCode).toBe(200);
    await app.inject({ url: '/api/v1/cases/worklist', headers: chengduOfficer.headers });
    await app.inject({ url: '/api/v1/cases/mine', headers: citizen.headers });
    expect((await myRecords(citizen)).items).toEqual([]);
  });

  it('records the deciding officer opening the case with name, role, city, department and purpose', async () => {
    expect((await read(chengduOfficer, chengduCase.id)).statusCode).toBe(200);
    const { items, nextCursor } = await myRecords(citizen);
    expect(nextCursor).toBeNull();
    expect(items).toHaveLength(1);
    const [record] = items;
    // Exactly these fields: the officer is named in full, and nobody's account id is shown.
    expect(Object.keys(record!).sort()).toEqual(
      [
        'accessedAt',
        'accessorName',
        'accessorRole',
        'caseId',
        'caseNumber',
        'city',
        'id',
        'org',
        'purpose',
        'reason',
        'registry',
        'seen',
        'source',
      ].sort(),
    );
    expect(record).toMatchObject({
      source: 'staff_view',
      caseId: chengduCase.id,
      caseNumber: chengduCase.caseNumber,
      accessorName: '陈思远',
      accessorRole: 'case_officer',
      city: { code: '510100', name: '成都市', nameEn: 'Chengdu' },
      org: { name: '成都住房公积金管理中心' },
      purpose: 'case_review',
      reason: null,
      seen: 'case_detail',
      registry: null,
    });
    expect(JSON.stringify(items)).not.toContain(chengduOfficer.accountId);
    expect(JSON.stringify(items)).not.toContain(citizen.idNumber);
  });

  it('does not record the same officer re-opening the case within the period', async () => {
    expect((await read(chengduOfficer, chengduCase.id)).statusCode).toBe(200);
    expect((await read(chengduOfficer, chengduCase.id)).statusCode).toBe(200);
    expect((await myRecords(citizen)).items).toHaveLength(1);
  });

  it('records nothing for a refused read: an officer of another city sees no case and leaves no trace', async () => {
    expect((await read(ziyangOfficer, chengduCase.id)).statusCode).toBe(404);
    expect((await read(otherCitizen, chengduCase.id)).statusCode).toBe(404);
    expect((await myRecords(citizen)).items).toHaveLength(1);
  });

  it('records the city administrator and the coordination office as supervision', async () => {
    expect((await read(meishanAdmin, meishanCase.id)).statusCode).toBe(200);
    expect((await read(office, meishanCase.id)).statusCode).toBe(200);
    const { items } = await myRecords(citizen, `?caseId=${meishanCase.id}`);
    expect(items.map((r) => [r.accessorName, r.accessorRole, r.purpose, r.city?.code, r.org?.name])).toEqual([
      ['周明轩', 'coordination_office', 'supervision', '510100', expect.stringContaining('同城化')],
      ['孙雅琴', 'city_admin', 'supervision', '511400', undefined],
    ]);
    expect(items.every((r) => r.caseId === meishanCase.id)).toBe(true);
  });

  it('records a window clerk following a case their hall received', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases/window',
      headers: { ...deyangClerk.headers, 'idempotency-key': randomUUID() },
      payload: {
        itemCode: ITEM,
        cityCode: '511400',
        applicant: { idNumber: otherCitizen.idNumber, realName: '赵小红', mobile: otherCitizen.mobile },
        form: { ...form, employer: '眉山市东坡区某食品有限公司' },
        materials: await requiredMaterials(app, deyangClerk, ITEM, '511400'),
        consent: true,
        precheck: { identityVerified: true, materialsChecked: true },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const windowCase = res.json() as { id: string };
    expect((await read(deyangClerk, windowCase.id)).statusCode).toBe(200);
    const { items } = await myRecords(otherCitizen);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      accessorName: '赵文博',
      accessorRole: 'window_clerk',
      purpose: 'window_intake',
      city: { code: '510600', name: '德阳市' },
      org: { name: '德阳市政务服务中心' },
    });
  });

  it('shows another citizen none of the applicant’s records, even when asked for the case', async () => {
    const own = await myRecords(otherCitizen);
    expect(own.items.every((r) => r.caseId !== chengduCase.id && r.caseId !== meishanCase.id)).toBe(true);
    expect((await myRecords(otherCitizen, `?caseId=${chengduCase.id}`)).items).toEqual([]);
  });

  it('lets no staff member list records, except the coordination office, read-only', async () => {
    for (const staff of [chengduOfficer, meishanAdmin, deyangClerk]) {
      const mine = await app.inject({ url: '/api/v1/me/access-records', headers: staff.headers });
      expect(mine.statusCode).toBe(403);
      expect(mine.json().code).toBe('access_records.applicants_only');
      const audit = await app.inject({ url: '/api/v1/access-records', headers: staff.headers });
      expect(audit.statusCode).toBe(403);
      expect(audit.json().code).toBe('access_records.audit_only');
    }
    const audit = await app.inject({
      url: `/api/v1/access-records?caseId=${chengduCase.id}`,
      headers: office.headers,
    });
    expect(audit.statusCode).toBe(200);
    expect(audit.json().items).toEqual([
      expect.objectContaining({
        subjectId: citizen.accountId,
        accessorId: chengduOfficer.accountId,
        accessorName: '陈思远',
      }),
    ]);
    // Read-only: there is no route that changes a record.
    for (const method of ['DELETE', 'PATCH', 'PUT'] as const) {
      const res = await app.inject({
        method,
        url: `/api/v1/access-records`,
        headers: office.headers,
        payload: {},
      });
      expect(res.statusCode).toBe(404);
    }
  });

  it('answers in English on request and refuses bad filters with located errors', async () => {
    const en = await app.inject({
      url: '/api/v1/me/access-records?lang=en',
      headers: chengduOfficer.headers,
    });
    expect(en.json().title).toBe('Data-use records are shown only to the applicant whose data it is');
    const bad = await app.inject({ url: '/api/v1/me/access-records?caseId=CD-1', headers: citizen.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['querystring.caseId']);
    const cursor = await app.inject({
      url: '/api/v1/me/access-records?cursor=not-a-cursor',
      headers: citizen.headers,
    });
    expect(cursor.statusCode).toBe(400);
    expect((await app.inject({ url: '/api/v1/me/access-records' })).statusCode).toBe(401);
  });

  it('pages newest first with a cursor, without gaps or repeats', async () => {
    const pageOwner = await registerCitizen(app, '钱多页');
    const base = Date.parse('2026-03-02T01:00:00Z');
    const rows = Array.from({ length: 23 }, (_, i) => ({
      id: newId(),
      subjectId: pageOwner.accountId,
      source: 'registry_query' as const,
      caseId: null,
      caseNumber: null,
      accessorId: null,
      accessorName: null,
      accessorRole: 'system',
      cityCode: '510100',
      orgId: null,
      purpose: 'eligibility_check',
      reason: '核验缴存记录',
      seen: 'registry_record',
      registry: 'housing_fund',
      // Pairs share an instant, so the id breaks the tie.
      accessedAt: new Date(base + Math.floor(i / 2) * 60_000),
    }));
    await test.database.withSystem((tx) => tx.insert(accessRecords).values(rows));
    const first = await myRecords(pageOwner);
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await myRecords(pageOwner, `?cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items].map((r) => r.id);
    expect(new Set(seen).size).toBe(23);
    const expected = [...rows]
      .sort((a, b) => b.accessedAt.getTime() - a.accessedAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((r) => r.id);
    expect(seen).toEqual(expected);
    expect(first.items[0]).toMatchObject({
      source: 'registry_query',
      registry: 'housing_fund',
      accessorName: null,
    });
  });
});
