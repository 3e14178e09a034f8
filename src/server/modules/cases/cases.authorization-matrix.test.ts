import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { withRequiredMaterials } from '../../../../test/materials.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';
import { anyCaseActionSchema, type AnyCaseAction } from '../../../contracts/cases.contract.js';
import type { OrganisationView } from '../../../contracts/directory.contract.js';

const ITEM = '000125008000';
const cities = ['510100', '510600', '511400', '512000'] as const;
type City = (typeof cities)[number];
/**
 * The cases each actor meets in every deciding city: filed online; filed at the window of the
 * next city's hall (异地代收代办); and such a window case whose result awaits collection there.
 */
const scenarios = ['online', 'window', 'awaiting'] as const;
type Scenario = (typeof scenarios)[number];
/** The hall that receives the window cases of a deciding city: the next city's. */
const receivingCity = (city: City): City => cities[(cities.indexOf(city) + 1) % cities.length] as City;
const form = {
  originCity: '重庆市',
  originCentre: '重庆市住房公积金管理中心',
  originAccount: '500100200300',
  employer: '四川某科技有限公司',
  reason: 'job_change',
};

/** A body each action would accept, so that only who and when decide the answer. */
const bodies: Record<AnyCaseAction, object> = {
  accept: { action: 'accept' },
  not_accept: { action: 'not_accept', reason: '不属于本部门受理范围' },
  request_supplement: {
    action: 'request_supplement',
    items: [{ name: '劳动合同', requirement: '首页及签字页' }],
  },
  supplement: { action: 'supplement', reason: '已补充' },
  begin_review: { action: 'begin_review' },
  grant: { action: 'grant' },
  refuse: { action: 'refuse', reason: '不符合转移条件' },
  deliver: { action: 'deliver', method: 'online' },
  close: { action: 'close' },
  withdraw: { action: 'withdraw', reason: '不再需要' },
  hand_over: { action: 'hand_over' },
};

type Relation = 'applicant' | 'decidingOfficer' | 'receivingClerk';

/**
 * Who may do what, written out by hand rather than derived from the code under test. On a newly
 * submitted case, by either channel, the deciding city's officer may accept, refuse to accept or
 * ask for 补正 and the applicant may withdraw. On a result delivered for collection at the
 * receiving window, only that window's clerk may act: hand it over. Nobody else may do anything.
 */
const allowed: Record<Scenario, Record<Relation, AnyCaseAction[]>> = {
  online: {
    applicant: ['withdraw'],
    decidingOfficer: ['accept', 'not_accept', 'request_supplement'],
    receivingClerk: [],
  },
  window: {
    applicant: ['withdraw'],
    decidingOfficer: ['accept', 'not_accept', 'request_supplement'],
    receivingClerk: [],
  },
  awaiting: { applicant: [], decidingOfficer: [], receivingClerk: ['hand_over'] },
};

/** The actions that belong to each side at all; the others answer 403 whatever the status. */
const actionsOf: Record<Relation, AnyCaseAction[]> = {
  applicant: ['supplement', 'withdraw'],
  decidingOfficer: anyCaseActionSchema.options.filter(
    (a) => a !== 'supplement' && a !== 'withdraw' && a !== 'hand_over',
  ),
  receivingClerk: ['hand_over'],
};

interface Actor {
  name: string;
  session: TestSession | null;
  /** Which cases the actor may read, by deciding city and scenario. */
  reads: (city: City, scenario: Scenario) => boolean;
  /** The relation whose actions apply, for cases of that city and scenario. */
  relation: (city: City, scenario: Scenario) => Relation | null;
}

describe.each(databaseKinds())('authorization matrix of case actions on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let applicant: TestSession & { idNumber: string; mobile: string };
  const caseIds = {} as Record<Scenario, Record<City, string>>;
  const actors: Actor[] = [];
  const officers = {} as Record<City, TestSession>;
  const clerks = {} as Record<City, TestSession>;
  const gjjOf = {} as Record<City, string>;

  const post = async (session: TestSession, url: string, payload: object, status: number) => {
    const res = await app.inject({
      method: 'POST',
      url,
      headers: { ...session.headers, 'idempotency-key': randomUUID() },
      payload: await withRequiredMaterials(app, session, payload),
    });
    expect(res.statusCode, res.body).toBe(status);
    return res.json().id as string;
  };
  /** A fresh case of that deciding city in that scenario. */
  const apply = async (city: City, scenario: Scenario) => {
    if (scenario === 'online')
      return post(applicant, '/api/v1/cases', { itemCode: ITEM, cityCode: city, form }, 201);
    const id = await post(
      clerks[receivingCity(city)],
      '/api/v1/cases/window',
      {
        itemCode: ITEM,
        cityCode: city,
        applicant: { idNumber: applicant.idNumber, realName: '矩阵申请人', mobile: applicant.mobile },
        form,
        consent: true,
        precheck: { identityVerified: true, materialsChecked: true },
      },
      201,
    );
    if (scenario === 'awaiting') {
      for (const body of [bodies.accept, bodies.grant, { action: 'deliver', method: 'window' }])
        await post(officers[city], `/api/v1/cases/${id}/actions`, body, 200);
    }
    return id;
  };

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app } = await buildTestApp(test.database));
    const admin = await signIn(app, 'sysadmin', demoPassword);
    const orgs = (await app.inject('/api/v1/directory/organisations')).json().items as OrganisationView[];
    const staff = async (username: string, roles: object[]) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/identity/staff',
        headers: admin.headers,
        payload: { username, displayName: '测试人员', password: 'Matrix-Staff-2026', roles },
      });
      expect(res.statusCode).toBe(201);
      return signIn(app, username, 'Matrix-Staff-2026');
    };
    applicant = await registerCitizen(app, '矩阵申请人');
    const stranger = await registerCitizen(app, '无关市民');
    const enterprise = await signIn(app, '91510100MA6CJ8K2XJ', demoPassword);
    actors.push(
      { name: 'anonymous', session: null, reads: () => false, relation: () => null },
      { name: 'applicant', session: applicant, reads: () => true, relation: () => 'applicant' },
      { name: 'another citizen', session: stranger, reads: () => false, relation: () => null },
      { name: 'an enterprise', session: enterprise, reads: () => false, relation: () => null },
      {
        name: 'coordination office',
        session: await signIn(app, 'office', demoPassword),
        reads: () => true,
        relation: () => null,
      },
      { name: 'system admin', session: admin, reads: () => false, relation: () => null },
    );
    for (const city of cities) {
      const gjj = orgs.find((o) => o.cityCode === city && o.key === 'gjj') as OrganisationView;
      gjjOf[city] = gjj.id;
      const hall = orgs.find((o) => o.cityCode === city && o.key === 'zwfw') as OrganisationView;
      const short = city.slice(0, 4);
      officers[city] = await staff(`officer.${short}`, [
        { role: 'case_officer', cityCode: city, orgId: gjj.id },
      ]);
      clerks[city] = await staff(`clerk.${short}`, [
        { role: 'window_clerk', cityCode: city, orgId: hall.id },
      ]);
      const receivesFor = (c: City, scenario: Scenario) => scenario !== 'online' && receivingCity(c) === city;
      actors.push(
        {
          name: `case officer ${city}`,
          session: officers[city],
          reads: (c) => c === city,
          relation: (c) => (c === city ? 'decidingOfficer' : null),
        },
        {
          name: `city admin ${city}`,
          session: await staff(`admin.${short}`, [{ role: 'city_admin', cityCode: city, orgId: null }]),
          reads: (c) => c === city,
          relation: () => null,
        },
        {
          name: `window clerk ${city}`,
          session: clerks[city],
          reads: receivesFor,
          relation: (c, scenario) => (receivesFor(c, scenario) ? 'receivingClerk' : null),
        },
      );
    }
    for (const scenario of scenarios) {
      caseIds[scenario] = {} as Record<City, string>;
      for (const city of cities) caseIds[scenario][city] = await apply(city, scenario);
    }
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('lets every role read exactly the cases it should, in all four cities', async () => {
    const unexpected: string[] = [];
    for (const actor of actors) {
      for (const scenario of scenarios) {
        for (const city of cities) {
          const res = await app.inject({
            url: `/api/v1/cases/${caseIds[scenario][city]}`,
            headers: actor.session?.headers ?? {},
          });
          const expected = actor.session === null ? 401 : actor.reads(city, scenario) ? 200 : 404;
          if (res.statusCode !== expected)
            unexpected.push(`${actor.name} read ${scenario} ${city}: ${res.statusCode} ≠ ${expected}`);
        }
      }
    }
    expect(unexpected).toEqual([]);
  });

  it(
    'allows no action to anyone it should not, and each allowed one exactly once',
    { timeout: 300_000 },
    async () => {
      const unexpected: string[] = [];
      let allowedChecked = 0;
      for (const actor of actors) {
        for (const scenario of scenarios) {
          for (const city of cities) {
            const relation = actor.relation(city, scenario);
            for (const action of anyCaseActionSchema.options) {
              const isAllowed = relation !== null && allowed[scenario][relation].includes(action);
              // An allowed action changes the case, so it runs on a fresh case of its own.
              const caseId = isAllowed ? await apply(city, scenario) : caseIds[scenario][city];
              const res = await app.inject({
                method: 'POST',
                url: `/api/v1/cases/${caseId}/actions`,
                headers: actor.session?.headers ?? {},
                payload: bodies[action],
              });
              const expected =
                actor.session === null
                  ? 401
                  : isAllowed
                    ? 200
                    : !actor.reads(city, scenario)
                      ? 404
                      : relation !== null && actionsOf[relation].includes(action)
                        ? 409
                        : 403;
              if (res.statusCode !== expected)
                unexpected.push(
                  `${actor.name} ${action} on ${scenario} ${city}: ${res.statusCode} ≠ ${expected}`,
                );
              if (isAllowed) allowedChecked += 1;
            }
          }
        }
      }
      expect(unexpected).toEqual([]);
      // Online and at a window: the applicant once and the deciding officer three times per city;
      // awaiting collection: the receiving clerk once per city.
      expect(allowedChecked).toBe(2 * (4 * 1 + 4 * 3) + 4 * 1);
    },
  );

  it(
    'allows transfer (转办) and bulk acceptance to nobody but the deciding officer, on cases they may change',
    { timeout: 300_000 },
    async () => {
      const unexpected: string[] = [];
      let allowedChecked = 0;
      const isOfficer = (actor: Actor) => actor.name.startsWith('case officer');
      /** Each new action's request, answered with one status for the one case it names. */
      const attempts = {
        transfer: async (actor: Actor, city: City, caseId: string) => {
          const res = await app.inject({
            method: 'POST',
            url: `/api/v1/cases/${caseId}/transfer`,
            headers: actor.session?.headers ?? {},
            payload: { toOrgId: gjjOf[receivingCity(city)], reason: '申请人缴存地不在本市，转有权部门办理' },
          });
          return res.statusCode;
        },
        bulk_accept: async (actor: Actor, _city: City, caseId: string) => {
          const res = await app.inject({
            method: 'POST',
            url: '/api/v1/cases/actions/bulk',
            headers: { ...(actor.session?.headers ?? {}), 'idempotency-key': randomUUID() },
            payload: { action: 'accept', caseIds: [caseId] },
          });
          if (res.statusCode !== 200) return res.statusCode;
          const [result] = res.json().results as { ok: boolean; problem: { status: number } | null }[];
          return result?.ok ? 200 : (result?.problem?.status ?? 500);
        },
      };
      /** Who may, written out: the deciding officer, on a case not yet decided (online or window). */
      const mayDo = (actor: Actor, city: City, scenario: Scenario) =>
        actor.relation(city, scenario) === 'decidingOfficer' && scenario !== 'awaiting';
      for (const [action, attempt] of Object.entries(attempts)) {
        for (const actor of actors) {
          for (const scenario of scenarios) {
            for (const city of cities) {
              const isAllowed = mayDo(actor, city, scenario);
              const caseId = isAllowed ? await apply(city, scenario) : caseIds[scenario][city];
              const status = await attempt(actor, city, caseId);
              const expected =
                actor.session === null
                  ? 401
                  : isAllowed
                    ? 200
                    : action === 'bulk_accept' && !isOfficer(actor)
                      ? 403
                      : !actor.reads(city, scenario)
                        ? 404
                        : actor.relation(city, scenario) === 'decidingOfficer'
                          ? 409
                          : 403;
              if (status !== expected)
                unexpected.push(`${actor.name} ${action} on ${scenario} ${city}: ${status} ≠ ${expected}`);
              if (isAllowed) allowedChecked += 1;
            }
          }
        }
      }
      expect(unexpected).toEqual([]);
      // Both actions, online and at a window, by the deciding officer of each city.
      expect(allowedChecked).toBe(2 * 2 * 4);
    },
  );

  it('leaves the untouched cases as they were after all those attempts', async () => {
    for (const scenario of scenarios) {
      for (const city of cities) {
        const res = await app.inject({
          url: `/api/v1/cases/${caseIds[scenario][city]}`,
          headers: applicant.headers,
        });
        expect(res.json()).toMatchObject({ status: scenario === 'awaiting' ? 'delivered' : 'submitted' });
        expect(res.json().events).toHaveLength(scenario === 'awaiting' ? 4 : 1);
      }
    }
  });
});
