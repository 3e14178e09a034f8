import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';
import { caseActionSchema, type CaseAction } from '../../../contracts/cases.contract.js';
import type { OrganisationView } from '../../../contracts/directory.contract.js';

const ITEM = '000125008000';
const cities = ['510100', '510600', '511400', '512000'] as const;
type City = (typeof cities)[number];
const form = {
  originCity: '重庆市',
  originCentre: '重庆市住房公积金管理中心',
  originAccount: '500100200300',
  employer: '四川某科技有限公司',
  reason: 'job_change',
};

/** A body each action would accept, so that only who and when decide the answer. */
const bodies: Record<CaseAction, object> = {
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
};

/**
 * Who may do what to a newly submitted case, written out by hand rather than derived from the
 * code under test: the deciding city's officer may accept, refuse to accept or ask for 补正;
 * the applicant may withdraw; nobody else may do anything.
 */
const allowedOnSubmitted: Record<'applicant' | 'decidingOfficer', CaseAction[]> = {
  applicant: ['withdraw'],
  decidingOfficer: ['accept', 'not_accept', 'request_supplement'],
};

/** The actions that belong to each side at all; the others answer 403 whatever the status. */
const actionsOf: Record<keyof typeof allowedOnSubmitted, CaseAction[]> = {
  applicant: ['supplement', 'withdraw'],
  decidingOfficer: caseActionSchema.options.filter((a) => a !== 'supplement' && a !== 'withdraw'),
};

interface Actor {
  name: string;
  session: TestSession | null;
  /** Which cases the actor may read, by deciding city. */
  reads: (city: City) => boolean;
  /** The relation whose actions apply, for cases of that city. */
  relation: (city: City) => keyof typeof allowedOnSubmitted | null;
}

describe.each(databaseKinds())('authorization matrix of case actions on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let applicant: TestSession;
  const caseIds = {} as Record<City, string>;
  const actors: Actor[] = [];

  const apply = async (city: City) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...applicant.headers, 'idempotency-key': randomUUID() },
      payload: { itemCode: ITEM, cityCode: city, form },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
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
      const hall = orgs.find((o) => o.cityCode === city && o.key === 'zwfw') as OrganisationView;
      const short = city.slice(0, 4);
      actors.push(
        {
          name: `case officer ${city}`,
          session: await staff(`officer.${short}`, [{ role: 'case_officer', cityCode: city, orgId: gjj.id }]),
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
          session: await staff(`clerk.${short}`, [{ role: 'window_clerk', cityCode: city, orgId: hall.id }]),
          reads: () => false,
          relation: () => null,
        },
      );
    }
    for (const city of cities) caseIds[city] = await apply(city);
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('lets every role read exactly the cases it should, in all four cities', async () => {
    const unexpected: string[] = [];
    for (const actor of actors) {
      for (const city of cities) {
        const res = await app.inject({
          url: `/api/v1/cases/${caseIds[city]}`,
          headers: actor.session?.headers ?? {},
        });
        const expected = actor.session === null ? 401 : actor.reads(city) ? 200 : 404;
        if (res.statusCode !== expected)
          unexpected.push(`${actor.name} read ${city}: ${res.statusCode} ≠ ${expected}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('allows no action to anyone it should not, and each allowed one exactly once', async () => {
    const unexpected: string[] = [];
    let allowedChecked = 0;
    for (const actor of actors) {
      for (const city of cities) {
        const relation = actor.relation(city);
        for (const action of caseActionSchema.options) {
          const allowed = relation !== null && allowedOnSubmitted[relation]?.includes(action);
          // An allowed action changes the case, so it runs on a fresh case of its own.
          const caseId = allowed ? await apply(city) : caseIds[city];
          const res = await app.inject({
            method: 'POST',
            url: `/api/v1/cases/${caseId}/actions`,
            headers: actor.session?.headers ?? {},
            payload: bodies[action],
          });
          const expected =
            actor.session === null
              ? 401
              : allowed
                ? 200
                : !actor.reads(city)
                  ? 404
                  : relation !== null && actionsOf[relation].includes(action)
                    ? 409
                    : 403;
          if (res.statusCode !== expected)
            unexpected.push(`${actor.name} ${action} on ${city}: ${res.statusCode} ≠ ${expected}`);
          if (allowed) allowedChecked += 1;
        }
      }
    }
    expect(unexpected).toEqual([]);
    // The applicant in 4 cities, and each city's officer in their own city.
    expect(allowedChecked).toBe(4 * 1 + 4 * 3);
  });

  it('leaves the untouched cases as they were after all those attempts', async () => {
    for (const city of cities) {
      const res = await app.inject({ url: `/api/v1/cases/${caseIds[city]}`, headers: applicant.headers });
      expect(res.json()).toMatchObject({ status: 'submitted' });
      expect(res.json().events).toHaveLength(1);
    }
  });
});
