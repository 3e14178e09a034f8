import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { withRequiredMaterials } from '../../../../test/materials.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';
import type { BuiltApp } from '../../app.js';
import type { Actor } from '../../platform/actor.js';
import { queryRows } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { outboxEvents } from '../../platform/jobs/jobs.tables.js';
import type { OrganisationView } from '../../../contracts/directory.contract.js';
import type { Worklist } from '../../../contracts/cases.contract.js';
import { createCalendarModule } from '../calendar/index.js';
import { caseDeadlineAlerts } from './case-deadline-alerts.tables.js';
import { lightDatesOn, type LightDates } from './case-lights.js';
import { caseEvents, cases, type CaseStatus } from './cases.tables.js';

const CHENGDU = '510100';
const DEYANG = '510600';
const ZIYANG = '512000';
const GJJ_ITEM = '000125008000';
const form = {
  originCity: '重庆市',
  originCentre: '重庆市住房公积金管理中心',
  originAccount: '500100200300',
  employer: '成都市武侯区某科技有限公司',
  reason: 'job_change',
};

/** Shifts a Shanghai calendar date by whole days. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe.each(databaseKinds())(
  'staff worklists, transfer, bulk acceptance and deadline sweep on %s',
  (kind) => {
    let test: TestDatabase;
    let built: BuiltApp;
    let app: FastifyInstance;
    let orgs: OrganisationView[];
    let admin: TestSession;
    let dates: LightDates;
    const org = (city: string, key: string) =>
      orgs.find((o) => o.cityCode === city && o.key === key) as OrganisationView;

    const staff = async (username: string, roles: object[]) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/identity/staff',
        headers: admin.headers,
        payload: { username, displayName: '测试人员', password: 'Worklist-Staff-2026', roles },
      });
      expect(res.statusCode, res.body).toBe(201);
      return signIn(app, username, 'Worklist-Staff-2026');
    };
    const officerOf = (city: string, key: string) =>
      staff(`officer.${key}.${city.slice(0, 4)}`, [
        { role: 'case_officer', cityCode: city, orgId: org(city, key).id },
      ]);

    let serial = 0;
    /** A case straight into the table (as the seed would), with its first event. */
    async function insertCase(c: {
      orgKey: string;
      city?: string;
      itemCode?: string;
      status?: CaseStatus;
      dueDate?: string | null;
      receivedIn?: string;
      submittedAt?: Date;
    }): Promise<string> {
      const city = c.city ?? CHENGDU;
      const decider = org(city, c.orgKey);
      const [impl] = await test.database.withSystem((tx) =>
        queryRows<{ id: string; item_code: string; version: number }>(
          tx,
          sql`select id, item_code, version from item_implementations
             where org_id = ${decider.id} and status = 'published'
               ${c.itemCode ? sql`and item_code = ${c.itemCode}` : sql``}
             order by item_code limit 1`,
        ),
      );
      if (!impl) throw new Error(`no item of ${c.orgKey} in ${city}`);
      const id = newId();
      serial += 1;
      const at = c.submittedAt ?? new Date(Date.now() - serial * 1000);
      const receivedIn = c.receivedIn ?? city;
      const hall = receivedIn === city ? null : org(receivedIn, 'zwfw');
      const status = c.status ?? 'submitted';
      await test.database.withSystem(async (tx) => {
        await tx.insert(cases).values({
          id,
          caseNumber: `WL-${kind}-${String(serial).padStart(6, '0')}`,
          queryCode: `Q${serial}`,
          itemCode: impl.item_code,
          implementationId: impl.id,
          implementationVersion: impl.version,
          cityCode: city,
          decidingOrgId: decider.id,
          receivingCityCode: receivedIn,
          receivingOrgId: hall?.id ?? null,
          consentRecordedAt: hall ? at : null,
          channel: hall ? 'window' : 'online',
          applicantId: newId(),
          applicantKind: 'citizen',
          applicantName: '王晓明',
          form: {},
          status,
          promisedDays: 10,
          dueDate: c.dueDate ?? null,
          submittedAt: at,
          acceptedAt: ['accepted', 'under_review'].includes(status) ? at : null,
          updatedAt: at,
        });
        await tx.insert(caseEvents).values({
          caseId: id,
          seq: 1,
          cityCode: city,
          type: 'submitted',
          toStatus: 'submitted',
          actorId: newId(),
          actorRole: 'citizen',
          channel: 'online',
          createdAt: at,
        });
      });
      return id;
    }

    const worklist = async (session: TestSession, query: Record<string, string> = {}, path = 'worklist') => {
      const res = await app.inject({
        url: `/api/v1/cases/${path}?${new URLSearchParams(query)}`,
        headers: session.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Worklist;
    };

    beforeAll(async () => {
      test = await createTestDatabase(kind);
      await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
      built = await buildTestApp(test.database);
      app = built.app;
      admin = await signIn(app, 'sysadmin', demoPassword);
      orgs = (await app.inject('/api/v1/directory/organisations')).json().items as OrganisationView[];
      const calendar = createCalendarModule({ database: test.database });
      dates = await lightDatesOn(undefined, calendar, new Date(), 2);
    });
    afterAll(async () => {
      await app.close();
      await test.dispose();
    });

    describe('the department worklist', () => {
      let officer: TestSession;
      const made: Record<string, string> = {};
      const ours = new Set<string>();
      /** The department's worklist under each query before the cases below were added (the demo's history). */
      const before = new Map<string, Worklist>();
      const queries = (): Record<string, string>[] => [
        {},
        { status: 'submitted' },
        { itemCode: made.itemB as string },
        { receivingCityCode: DEYANG },
        { light: 'none' },
      ];
      const key = (query: Record<string, string>) => JSON.stringify(query);
      /** How each count grew since `before`. */
      const grown = (query: Record<string, string>, after: Worklist) => {
        const base = before.get(key(query))?.counts;
        const counts = after.counts;
        if (!base || !counts) throw new Error('no counts');
        return {
          total: counts.total - base.total,
          byStatus: Object.fromEntries(
            Object.entries(counts.byStatus)
              .map(([s, n]) => [s, n - (base.byStatus[s as CaseStatus] ?? 0)])
              .filter(([, n]) => n !== 0),
          ),
          byLight: Object.fromEntries(
            Object.entries(counts.byLight).map(([l, n]) => [
              l,
              n - (base.byLight[l as keyof typeof base.byLight] ?? 0),
            ]),
          ),
        };
      };
      /** Our cases are the newest, so they lead a list newest first. */
      const leading = (list: Worklist) => {
        const index = list.items.findIndex((c) => !ours.has(c.id));
        return index < 0 ? list.items : list.items.slice(0, index);
      };

      beforeAll(async () => {
        officer = await officerOf(CHENGDU, 'scjgj');
        const items = await test.database.withSystem((tx) =>
          queryRows<{ item_code: string }>(
            tx,
            sql`select item_code from item_implementations
               where org_id = ${org(CHENGDU, 'scjgj').id} and status = 'published' order by item_code limit 2`,
          ),
        );
        const [a, b] = items.map((i) => i.item_code) as [string, string];
        made.itemA = a;
        made.itemB = b;
        for (const query of queries()) before.set(key(query), await worklist(officer, query));
        const add = async (c: Parameters<typeof insertCase>[0]) => {
          const id = await insertCase(c);
          ours.add(id);
          return id;
        };
        for (let i = 0; i < 3; i += 1) await add({ orgKey: 'scjgj', itemCode: a });
        for (let i = 0; i < 2; i += 1) await add({ orgKey: 'scjgj', itemCode: a, receivedIn: DEYANG });
        made.red = await add({
          orgKey: 'scjgj',
          itemCode: b,
          status: 'accepted',
          dueDate: addDays(dates.today, -1),
        });
        made.yellow = await add({
          orgKey: 'scjgj',
          itemCode: b,
          status: 'under_review',
          dueDate: dates.yellowUntil,
        });
        made.green = await add({
          orgKey: 'scjgj',
          itemCode: b,
          status: 'accepted',
          dueDate: addDays(dates.yellowUntil, 1),
        });
        for (let i = 0; i < 2; i += 1) await add({ orgKey: 'scjgj', itemCode: a, status: 'closed' });
        // Another city's department of the same kind: never in this worklist.
        await insertCase({ orgKey: 'scjgj', city: ZIYANG });
      });

      it('lists the department’s cases newest first with their lights, and counts them', async () => {
        const list = await worklist(officer);
        expect(leading(list)).toHaveLength(10);
        expect(list.order).toBe('submitted');
        expect(list.yellowUntil).toBe(dates.yellowUntil);
        const times = list.items.map((c) => c.submittedAt);
        expect([...times].sort().reverse()).toEqual(times);
        const light = (id: string) => list.items.find((c) => c.id === id)?.light;
        expect([
          light(made.red as string),
          light(made.yellow as string),
          light(made.green as string),
        ]).toEqual(['red', 'yellow', 'green']);
        expect(leading(list).filter((c) => c.light === 'none')).toHaveLength(7);
        expect(list.items.every((c) => c.cityCode === CHENGDU)).toBe(true);
        expect(grown({}, list)).toEqual({
          total: 10,
          byStatus: { submitted: 5, accepted: 2, under_review: 1, closed: 2 },
          byLight: { red: 1, yellow: 1, green: 1, none: 7 },
        });
      });

      it('filters by status, item, receiving city and deciding city, counting under the other filters', async () => {
        const submitted = await worklist(officer, { status: 'submitted' });
        expect(leading(submitted)).toHaveLength(5);
        expect(submitted.items.every((c) => c.status === 'submitted')).toBe(true);
        // Status counts ignore the status filter, so the tabs keep their numbers.
        expect(grown({ status: 'submitted' }, submitted)).toMatchObject({
          total: 10,
          byStatus: { closed: 2 },
          byLight: { red: 0, yellow: 0, green: 0, none: 5 },
        });

        const query = { itemCode: made.itemB as string };
        const itemB = await worklist(officer, query);
        expect(
          leading(itemB)
            .map((c) => c.id)
            .sort(),
        ).toEqual([made.red, made.yellow, made.green].sort());
        expect(itemB.items.every((c) => c.itemCode === made.itemB)).toBe(true);
        expect(grown(query, itemB).total).toBe(3);

        const fromDeyang = await worklist(officer, { receivingCityCode: DEYANG });
        expect(leading(fromDeyang)).toHaveLength(2);
        expect(fromDeyang.items.every((c) => c.receivingCityCode === DEYANG && c.cityCode === CHENGDU)).toBe(
          true,
        );
        expect(grown({ receivingCityCode: DEYANG }, fromDeyang)).toMatchObject({
          total: 2,
          byStatus: { submitted: 2 },
        });

        expect(leading(await worklist(officer, { cityCode: CHENGDU }))).toHaveLength(10);
        const elsewhere = await worklist(officer, { cityCode: DEYANG });
        expect(elsewhere.items).toEqual([]);
        expect(elsewhere.counts?.total).toBe(0);

        const route = await worklist(officer, {
          receivingCityCode: DEYANG,
          cityCode: CHENGDU,
          status: 'closed',
        });
        expect(route.items.filter((c) => ours.has(c.id))).toEqual([]);
      });

      it('filters by light on due dates, most urgent first, and finds nothing for a light the status cannot have', async () => {
        for (const light of ['red', 'yellow', 'green'] as const) {
          const list = await worklist(officer, { light });
          expect(list.order).toBe('due');
          // The demo's history is all decided: no light but none.
          expect(list.items.map((c) => c.id)).toEqual([made[light]]);
          expect(list.counts?.byLight[light]).toBe(1);
        }
        const none = await worklist(officer, { light: 'none' });
        expect(leading(none)).toHaveLength(7);
        expect(none.items.every((c) => c.light === 'none')).toBe(true);
        expect(grown({ light: 'none' }, none).byLight).toEqual({ red: 1, yellow: 1, green: 1, none: 7 });
        expect((await worklist(officer, { light: 'red', status: 'closed' })).items).toEqual([]);
        expect((await worklist(officer, { light: 'none', status: 'accepted' })).items).toEqual([]);
        expect((await worklist(officer, { light: 'red', status: 'accepted' })).items).toHaveLength(1);
      });

      it('filters and counts the window worklist of the hall that received the cases', async () => {
        const clerk = await signIn(app, 'dy.zwfw.clerk', demoPassword);
        const window = (query: Record<string, string> = {}) => worklist(clerk, query, 'window-worklist');
        const base = (await window()).counts;
        const overdue = await insertCase({
          orgKey: 'scjgj',
          receivedIn: DEYANG,
          status: 'accepted',
          dueDate: addDays(dates.today, -3),
        });
        const waiting = await insertCase({ orgKey: 'scjgj', receivedIn: DEYANG });
        const after = await window();
        expect(after.items.map((c) => c.id)).toEqual(expect.arrayContaining([waiting, overdue]));
        expect(after.counts?.total).toBe((base?.total ?? 0) + 2);
        expect(after.counts?.byLight.red).toBe((base?.byLight.red ?? 0) + 1);
        expect((await window({ light: 'red' })).items.map((c) => c.id)).toContain(overdue);
        const submitted = await window({ status: 'submitted', cityCode: CHENGDU });
        expect(submitted.items.map((c) => c.id)).toContain(waiting);
        expect(submitted.items.every((c) => c.status === 'submitted' && c.cityCode === CHENGDU)).toBe(true);
        const ziyang = await window({ cityCode: ZIYANG });
        expect(ziyang.items.filter((c) => [overdue, waiting].includes(c.id))).toEqual([]);
        // Only the hall's clerks: the department's officer has no window worklist.
        expect(
          (await app.inject({ url: '/api/v1/cases/window-worklist', headers: officer.headers })).statusCode,
        ).toBe(403);
      });

      it('refuses bad filters with located field errors, and the worklist to anyone but officers', async () => {
        const bad = await app.inject({
          url: '/api/v1/cases/worklist?light=purple&receivingCityCode=51',
          headers: officer.headers,
        });
        expect(bad.statusCode).toBe(400);
        expect(
          bad
            .json()
            .errors.map((e: { field: string }) => e.field)
            .sort(),
        ).toEqual(['querystring.light', 'querystring.receivingCityCode']);
        const citizen = await registerCitizen(app, '路人甲');
        expect(
          (await app.inject({ url: '/api/v1/cases/worklist', headers: citizen.headers })).statusCode,
        ).toBe(403);
        const clerk = await signIn(app, 'dy.zwfw.clerk', demoPassword);
        expect((await app.inject({ url: '/api/v1/cases/worklist', headers: clerk.headers })).statusCode).toBe(
          403,
        );
      });
    });

    describe('keyset pages', () => {
      let officer: TestSession;
      let item: string;
      beforeAll(async () => {
        officer = await officerOf(CHENGDU, 'rsj');
        const [first] = await test.database.withSystem((tx) =>
          queryRows<{ item_code: string }>(
            tx,
            sql`select item_code from item_implementations
               where org_id = ${org(CHENGDU, 'rsj').id} and status = 'published' order by item_code limit 1`,
          ),
        );
        item = first?.item_code as string;
        // 45 of the item, some submitted at the very same instant (ties broken by id), between others.
        const tie = new Date(Date.now() - 3_600_000);
        for (let i = 0; i < 45; i += 1) {
          await insertCase({ orgKey: 'rsj', itemCode: item, submittedAt: i % 9 === 0 ? tie : undefined });
          if (i % 5 === 0) await insertCase({ orgKey: 'rsj', status: 'closed' });
        }
        // 25 running cases, five to a due date, for the light order.
        for (let i = 0; i < 25; i += 1)
          await insertCase({
            orgKey: 'rsj',
            status: 'accepted',
            dueDate: addDays(dates.yellowUntil, 3 + Math.floor(i / 5)),
          });
      });

      const walk = async (query: Record<string, string>) => {
        const pages: Worklist[] = [];
        let cursor: string | null = null;
        do {
          const page: Worklist = await worklist(officer, { ...query, ...(cursor ? { cursor } : {}) });
          pages.push(page);
          cursor = page.nextCursor;
        } while (cursor && pages.length < 10);
        return pages;
      };

      it('walks a filtered list page by page without repeating or skipping a case, ties included', async () => {
        const pages = await walk({ itemCode: item, status: 'submitted' });
        expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
        expect(pages.map((p) => p.counts === null)).toEqual([false, true, true]);
        const all = pages.flatMap((p) => p.items);
        expect(new Set(all.map((c) => c.id)).size).toBe(45);
        const keys = all.map((c) => `${c.submittedAt}|${c.id}`);
        expect([...keys].sort().reverse()).toEqual(keys);
      });

      it('walks a light by due date, then id', async () => {
        const pages = await walk({ light: 'green' });
        const all = pages.flatMap((p) => p.items);
        expect(all).toHaveLength(25);
        expect(pages[0]?.counts?.byLight.green).toBe(25);
        expect(new Set(all.map((c) => c.id)).size).toBe(25);
        const keys = all.map((c) => `${c.dueDate}|${c.id}`);
        expect([...keys].sort()).toEqual(keys);
      });

      it('refuses a cursor that was tampered with or belongs to another order', async () => {
        const first = await worklist(officer, { itemCode: item });
        const forged = await app.inject({
          url: `/api/v1/cases/worklist?cursor=${Buffer.from('["s","yesterday","x"]').toString('base64url')}`,
          headers: officer.headers,
        });
        expect(forged.statusCode).toBe(400);
        expect(forged.json().code).toBe('cases.cursor_invalid');
        const mixed = await app.inject({
          url: `/api/v1/cases/worklist?light=green&cursor=${first.nextCursor}`,
          headers: officer.headers,
        });
        expect(mixed.statusCode).toBe(400);
      });
    });

    describe('bulk acceptance', () => {
      let officer: TestSession;
      const bulk = (session: TestSession, payload: object, key: string | null = randomUUID()) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/cases/actions/bulk',
          headers: { ...session.headers, ...(key ? { 'idempotency-key': key } : {}) },
          payload,
        });

      beforeAll(async () => {
        officer = await officerOf(CHENGDU, 'ybj');
      });

      it('accepts the acceptable, reports each other case’s problem, and answers a retry the same', async () => {
        const fresh = [
          await insertCase({ orgKey: 'ybj' }),
          await insertCase({ orgKey: 'ybj', receivedIn: ZIYANG }),
          await insertCase({ orgKey: 'ybj' }),
        ];
        const accepted = await insertCase({ orgKey: 'ybj', status: 'accepted', dueDate: dates.yellowUntil });
        const elsewhere = await insertCase({ orgKey: 'ybj', city: ZIYANG });
        const missing = randomUUID();
        const ids = [fresh[0], accepted, fresh[1], elsewhere, missing, fresh[2]] as string[];
        const key = randomUUID();
        const res = await bulk(officer, { action: 'accept', caseIds: ids }, key);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        expect(body).toMatchObject({ done: 3, failed: 3 });
        expect(body.results.map((r: { caseId: string }) => r.caseId)).toEqual(ids);
        expect(body.results.map((r: { ok: boolean; status: string | null }) => [r.ok, r.status])).toEqual([
          [true, 'accepted'],
          [false, 'accepted'],
          [true, 'accepted'],
          [false, null],
          [false, null],
          [true, 'accepted'],
        ]);
        expect(body.results[1].problem).toMatchObject({ status: 409, code: 'cases.transition_not_allowed' });
        expect(body.results[1].problem.title).toBe('该办件当前状态下不能执行此操作');
        expect(body.results[3].problem).toMatchObject({ status: 404, code: 'cases.not_found' });
        expect(body.results[4].problem).toMatchObject({ status: 404, code: 'cases.not_found' });

        // Each accepted case has its event, its clock and its due date.
        for (const id of fresh) {
          const detail = (await app.inject({ url: `/api/v1/cases/${id}`, headers: officer.headers })).json();
          expect(detail).toMatchObject({ status: 'accepted', light: 'green' });
          expect(detail.dueDate).not.toBeNull();
          expect(detail.events.map((e: { type: string }) => e.type)).toEqual(['submitted', 'accept']);
        }
        // The case of another city was neither seen nor touched.
        const [other] = await test.database.withSystem((tx) =>
          tx.select().from(cases).where(eq(cases.id, elsewhere)),
        );
        expect(other?.status).toBe('submitted');

        const replay = await bulk(officer, { action: 'accept', caseIds: ids }, key);
        expect(replay.headers['idempotent-replayed']).toBe('true');
        expect(replay.json().results).toEqual(body.results);
        const english = await app.inject({
          method: 'POST',
          url: '/api/v1/cases/actions/bulk?lang=en',
          headers: { ...officer.headers, 'idempotency-key': key },
          payload: { action: 'accept', caseIds: ids },
        });
        expect(english.json().results[1].problem.title).toBe(
          'This action is not possible in the case’s current state',
        );
        expect((await bulk(officer, { action: 'accept', caseIds: [fresh[0]] }, key)).statusCode).toBe(422);
      });

      it('needs an idempotency key, at most 50 distinct cases, and a case officer', async () => {
        const id = await insertCase({ orgKey: 'ybj' });
        expect((await bulk(officer, { action: 'accept', caseIds: [id] }, null)).statusCode).toBe(400);
        const tooMany = await bulk(officer, {
          action: 'accept',
          caseIds: Array.from({ length: 51 }, () => randomUUID()),
        });
        expect(tooMany.statusCode).toBe(400);
        expect(tooMany.json().errors[0]).toMatchObject({
          field: 'body.caseIds',
          code: 'cases.bulk_too_many',
        });
        const twice = await bulk(officer, { action: 'accept', caseIds: [id, id] });
        expect(twice.json().errors[0]).toMatchObject({ code: 'cases.bulk_duplicate' });
        expect((await bulk(officer, { action: 'grant', caseIds: [id] })).statusCode).toBe(400);
        const clerk = await signIn(app, 'dy.zwfw.clerk', demoPassword);
        expect((await bulk(clerk, { action: 'accept', caseIds: [id] })).statusCode).toBe(403);
        const office = await signIn(app, 'office', demoPassword);
        expect((await bulk(office, { action: 'accept', caseIds: [id] })).statusCode).toBe(403);
        const [row] = await test.database.withSystem((tx) => tx.select().from(cases).where(eq(cases.id, id)));
        expect(row?.status).toBe('submitted');
      });
    });

    describe('transfer (转办)', () => {
      let citizen: TestSession;
      let chengdu: TestSession;
      let ziyang: TestSession;
      let chengduAdmin: TestSession;
      let ziyangAdmin: TestSession;
      const apply = async () => {
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/cases',
          headers: { ...citizen.headers, 'idempotency-key': randomUUID() },
          payload: await withRequiredMaterials(app, citizen, { itemCode: GJJ_ITEM, cityCode: CHENGDU, form }),
        });
        expect(res.statusCode, res.body).toBe(201);
        return res.json().id as string;
      };
      const transfer = (session: TestSession, id: string, payload: object) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/cases/${id}/transfer`,
          headers: session.headers,
          payload,
        });
      const read = (session: TestSession, id: string) =>
        app.inject({ url: `/api/v1/cases/${id}`, headers: session.headers });

      beforeAll(async () => {
        citizen = await registerCitizen(app, '赵雨桐');
        chengdu = await signIn(app, 'cd.gjj.officer', demoPassword);
        ziyang = await signIn(app, 'zy.gjj.officer', demoPassword);
        chengduAdmin = await staff('admin.cd.transfer', [
          { role: 'city_admin', cityCode: CHENGDU, orgId: null },
        ]);
        ziyangAdmin = await staff('admin.zy.transfer', [
          { role: 'city_admin', cityCode: ZIYANG, orgId: null },
        ]);
      });

      it('offers the departments of the same item elsewhere, never the case’s own', async () => {
        const id = await apply();
        const res = await app.inject({
          url: `/api/v1/cases/${id}/transfer-targets`,
          headers: chengdu.headers,
        });
        expect(res.statusCode).toBe(200);
        const targets = res.json().targets as { orgId: string; cityCode: string; orgName: string }[];
        expect(targets.map((t) => t.cityCode)).toEqual(['510600', '511400', '512000']);
        expect(targets.find((t) => t.cityCode === ZIYANG)).toMatchObject({
          orgId: org(ZIYANG, 'gjj').id,
          orgName: '资阳市住房公积金管理中心',
        });
        const detail = (await read(chengdu, id)).json();
        expect(detail.officerActions).toEqual(['transfer']);
        expect((await read(citizen, id)).json().officerActions).toBeUndefined();
        expect(
          (await app.inject({ url: `/api/v1/cases/${id}/transfer-targets`, headers: ziyang.headers }))
            .statusCode,
        ).toBe(404);
        expect(
          (await app.inject({ url: `/api/v1/cases/${id}/transfer-targets`, headers: citizen.headers }))
            .statusCode,
        ).toBe(403);
      });

      it('moves an accepted case to the Ziyang department, which sees it and must accept it anew', async () => {
        const id = await apply();
        const accept = await app.inject({
          method: 'POST',
          url: `/api/v1/cases/${id}/actions`,
          headers: chengdu.headers,
          payload: { action: 'accept' },
        });
        expect(accept.json()).toMatchObject({ status: 'accepted' });
        const before = { cd: await worklist(chengdu), zy: await worklist(ziyang) };
        expect(before.cd.items.some((c) => c.id === id)).toBe(true);
        expect(before.zy.items.some((c) => c.id === id)).toBe(false);
        expect((await read(chengduAdmin, id)).statusCode).toBe(200);
        expect((await read(ziyangAdmin, id)).statusCode).toBe(404);

        const res = await transfer(chengdu, id, {
          toOrgId: org(ZIYANG, 'gjj').id,
          reason: '申请人缴存地在资阳，应由资阳市住房公积金管理中心办理',
        });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toMatchObject({ id, status: 'submitted', toCityCode: ZIYANG });

        // HTTP: the old department and its city no longer see it; the new ones do.
        expect((await read(chengdu, id)).statusCode).toBe(404);
        expect((await read(chengduAdmin, id)).statusCode).toBe(404);
        expect((await read(ziyangAdmin, id)).statusCode).toBe(200);
        const detail = (await read(ziyang, id)).json();
        expect(detail).toMatchObject({
          status: 'submitted',
          cityCode: ZIYANG,
          decidingOrgName: '资阳市住房公积金管理中心',
          dueDate: null,
          light: 'none',
          deadline: null,
          allowedActions: ['accept', 'not_accept', 'request_supplement'],
          officerActions: ['transfer'],
        });
        const last = detail.events.at(-1);
        expect(last).toMatchObject({
          type: 'transfer',
          fromStatus: 'accepted',
          toStatus: 'submitted',
          actorRole: 'case_officer',
          actorCityCode: CHENGDU,
          channel: 'online',
          note: '申请人缴存地在资阳，应由资阳市住房公积金管理中心办理',
          details: {
            transfer: {
              fromOrgId: org(CHENGDU, 'gjj').id,
              fromOrgName: '成都住房公积金管理中心',
              fromCityCode: CHENGDU,
              toOrgId: org(ZIYANG, 'gjj').id,
              toOrgName: '资阳市住房公积金管理中心',
              toCityCode: ZIYANG,
            },
          },
        });
        expect((await worklist(chengdu)).items.some((c) => c.id === id)).toBe(false);
        expect((await worklist(ziyang)).items.find((c) => c.id === id)).toMatchObject({
          status: 'submitted',
        });
        expect((await read(citizen, id)).json()).toMatchObject({ status: 'submitted', cityCode: ZIYANG });

        // SQL, as the application role: the same lines.
        const visibleTo = async (actor: Actor) =>
          (
            await test.database.withActor(actor, (tx) =>
              tx.select({ id: cases.id }).from(cases).where(eq(cases.id, id)),
            )
          ).length;
        const officerActor = (city: string, orgId: string): Actor => ({
          userId: newId(),
          kind: 'staff',
          roles: ['case_officer'],
          cityCode: city,
          orgIds: [orgId],
          displayName: 'x',
        });
        expect(await visibleTo(officerActor(CHENGDU, org(CHENGDU, 'gjj').id))).toBe(0);
        expect(await visibleTo(officerActor(ZIYANG, org(ZIYANG, 'gjj').id))).toBe(1);

        // Ziyang accepts: the clock starts from its own acceptance, with its own promised days.
        const again = await app.inject({
          method: 'POST',
          url: `/api/v1/cases/${id}/actions`,
          headers: ziyang.headers,
          payload: { action: 'accept' },
        });
        expect(again.json()).toMatchObject({ status: 'accepted', light: 'green' });
        expect(again.json().deadline.start).toBe(dates.today);

        // The applicant is told where it went and why; the Ziyang officers that it arrived.
        await built.jobs.runOnce();
        await built.jobs.runOnce();
        const inbox = (await app.inject({ url: '/api/v1/notifications', headers: citizen.headers })).json()
          .items;
        const notice = inbox.find(
          (n: { kind: string; caseId: string }) => n.kind === 'transfer' && n.caseId === id,
        );
        expect(notice.title).toBe('申请已转办');
        expect(notice.body).toContain('资阳市住房公积金管理中心');
        expect(notice.body).toContain('申请人缴存地在资阳');
        const officerInbox = (
          await app.inject({ url: '/api/v1/notifications', headers: ziyang.headers })
        ).json().items;
        const arrived = officerInbox.filter(
          (n: { kind: string; caseId: string }) => n.kind === 'transfer_in' && n.caseId === id,
        );
        expect(arrived).toHaveLength(1);
        expect(arrived[0].body).toContain('成都住房公积金管理中心');
      });

      it('refuses a department that does not handle the item, a decided case and a missing reason', async () => {
        const id = await apply();
        const wrong = await transfer(chengdu, id, {
          toOrgId: org(ZIYANG, 'gaj').id,
          reason: '应由资阳市公安局办理',
        });
        expect(wrong.statusCode).toBe(422);
        expect(wrong.json().errors).toEqual([
          expect.objectContaining({ field: 'body.toOrgId', code: 'cases.transfer_target_invalid' }),
        ]);
        expect(
          (await transfer(chengdu, id, { toOrgId: org(CHENGDU, 'gjj').id, reason: '转给自己' })).statusCode,
        ).toBe(422);
        const noReason = await transfer(chengdu, id, { toOrgId: org(ZIYANG, 'gjj').id, reason: ' ' });
        expect(noReason.statusCode).toBe(400);
        expect(noReason.json().errors[0]).toMatchObject({
          field: 'body.reason',
          code: 'cases.reason_required',
        });
        expect(
          (await transfer(ziyang, id, { toOrgId: org(DEYANG, 'gjj').id, reason: '不属于本中心' })).statusCode,
        ).toBe(404);
        expect(
          (await transfer(citizen, id, { toOrgId: org(DEYANG, 'gjj').id, reason: '我想换个城市' }))
            .statusCode,
        ).toBe(403);
        for (const payload of [{ action: 'not_accept', reason: '不符合受理条件' }, { action: 'close' }])
          await app.inject({
            method: 'POST',
            url: `/api/v1/cases/${id}/actions`,
            headers: chengdu.headers,
            payload,
          });
        const closed = await transfer(chengdu, id, {
          toOrgId: org(ZIYANG, 'gjj').id,
          reason: '申请人缴存地在资阳',
        });
        expect(closed.statusCode).toBe(409);
        expect((await read(chengdu, id)).json().events).toHaveLength(3);
      });

      it('lets no officer move a case in SQL but through the transfer that the history records', async () => {
        const id = await apply();
        const chengduOfficer: Actor = {
          userId: newId(),
          kind: 'staff',
          roles: ['case_officer'],
          cityCode: CHENGDU,
          orgIds: [org(CHENGDU, 'gjj').id],
          displayName: 'x',
        };
        const direct = await test.database
          .withActor(chengduOfficer, (tx) =>
            tx
              .update(cases)
              .set({ decidingOrgId: org(ZIYANG, 'gjj').id, cityCode: ZIYANG })
              .where(eq(cases.id, id)),
          )
          .then(
            () => 'updated',
            (error: { cause?: { code?: string } }) => error.cause?.code,
          );
        expect(direct).toBe('42501');
        const [impl] = await test.database.withSystem((tx) =>
          queryRows<{ id: string }>(
            tx,
            sql`select id from item_implementations
               where org_id = ${org(ZIYANG, 'gjj').id} and item_code = ${GJJ_ITEM} and status = 'published'`,
          ),
        );
        const call = (actor: Actor) =>
          test.database.withActor(actor, async (tx) => {
            const [row] = await queryRows<{ done: boolean }>(
              tx,
              sql`select transfer_case(${id}::uuid, ${impl?.id}::uuid, now()) as done`,
            );
            return row?.done;
          });
        // Without the transfer in the history, nothing moves, whoever asks.
        expect(await call(chengduOfficer)).toBe(false);
        expect(await call({ ...chengduOfficer, orgIds: [org(ZIYANG, 'gjj').id], cityCode: ZIYANG })).toBe(
          false,
        );
        expect(await call({ ...chengduOfficer, roles: ['city_admin'] })).toBe(false);
        const [row] = await test.database.withSystem((tx) => tx.select().from(cases).where(eq(cases.id, id)));
        expect(row).toMatchObject({ decidingOrgId: org(CHENGDU, 'gjj').id, cityCode: CHENGDU });
      });
    });

    describe('the deadline sweep', () => {
      it('alerts each turning case once to the department and its supervisor, even when two sweeps race', async () => {
        const officer = await officerOf(CHENGDU, 'wjw');
        const supervisor = await staff('admin.cd.sweep', [
          { role: 'city_admin', cityCode: CHENGDU, orgId: null },
        ]);
        const red = await insertCase({
          orgKey: 'wjw',
          status: 'accepted',
          dueDate: addDays(dates.today, -2),
        });
        const yellow = await insertCase({ orgKey: 'wjw', status: 'under_review', dueDate: dates.today });
        const green = await insertCase({
          orgKey: 'wjw',
          status: 'accepted',
          dueDate: addDays(dates.yellowUntil, 5),
        });
        // Paused for 补正: no light, no alert, however overdue its date.
        const paused = await insertCase({
          orgKey: 'wjw',
          status: 'supplement_requested',
          dueDate: addDays(dates.today, -9),
        });

        const sweeps = await Promise.all([
          built.modules.cases.sweepDeadlines(),
          built.modules.cases.sweepDeadlines(),
        ]);
        expect(sweeps.reduce((sum, s) => sum + s.red + s.yellow, 0)).toBeGreaterThanOrEqual(2);
        const alerts = await test.database.withSystem((tx) => tx.select().from(caseDeadlineAlerts));
        const mine = alerts.filter((a) => [red, yellow, green, paused].includes(a.caseId));
        expect(mine.map((a) => [a.caseId, a.light]).sort()).toEqual(
          [
            [red, 'red'],
            [yellow, 'yellow'],
          ].sort(),
        );
        const notices = await test.database.withSystem((tx) =>
          tx
            .select()
            .from(outboxEvents)
            .where(
              and(
                eq(outboxEvents.type, 'case.staff_notice'),
                sql`${outboxEvents.payload}->>'orgId' = ${org(CHENGDU, 'wjw').id}`,
              ),
            ),
        );
        expect(notices).toHaveLength(2);
        // Swept again later: nothing new.
        expect(await built.modules.cases.sweepDeadlines()).toEqual({ red: 0, yellow: 0 });

        for (let i = 0; i < 5; i += 1) await built.jobs.runOnce();
        for (const session of [officer, supervisor]) {
          const inbox = (await app.inject({ url: '/api/v1/notifications', headers: session.headers })).json()
            .items;
          const kinds = inbox
            .filter((n: { caseId: string }) => [red, yellow].includes(n.caseId))
            .map((n: { kind: string; caseId: string }) => `${n.kind}:${n.caseId === red ? 'red' : 'yellow'}`)
            .sort();
          expect(kinds).toEqual(['deadline_red:red', 'deadline_yellow:yellow']);
        }
        const english = (
          await app.inject({ url: '/api/v1/notifications?lang=en', headers: officer.headers })
        ).json().items;
        expect(english.find((n: { kind: string }) => n.kind === 'deadline_red').title).toBe('Case overdue');

        // Another department's officers hear nothing of it.
        const other = await signIn(app, 'cd.gjj.officer', demoPassword);
        const theirs = (await app.inject({ url: '/api/v1/notifications', headers: other.headers })).json()
          .items;
        expect(theirs.filter((n: { caseId: string }) => [red, yellow].includes(n.caseId))).toEqual([]);
      });

      it('is registered as an hourly periodic job of the runner', async () => {
        expect(await built.jobs.enqueuePeriodic()).toContain('cases.deadline_sweep');
        expect(await built.jobs.enqueuePeriodic()).toEqual([]);
      });
    });
  },
);
