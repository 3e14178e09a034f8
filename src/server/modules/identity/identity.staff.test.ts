import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import type { Modules } from '../../modules.js';
import { demoAccountList, demoPassword } from '../../demo-accounts.js';
import type { Actor } from '../../platform/actor.js';
import { queryRows } from '../../platform/db/database.js';
import { accounts } from './identity.tables.js';

interface Session {
  accountId: string;
  token: string;
  csrfToken: string;
}

function session(response: LightMyRequestResponse): Session {
  const token = response.cookies.find((c) => c.name === 'tc_session')?.value;
  if (response.statusCode !== 201 || !token) throw new Error(`not signed in: ${response.body}`);
  const body = response.json() as { account: { id: string }; csrfToken: string };
  return { accountId: body.account.id, token, csrfToken: body.csrfToken };
}

const citizenDemo = demoAccountList.find((a) => a.kind === 'citizen');
const otherCitizenDemo = demoAccountList.filter((a) => a.kind === 'citizen')[1];

describe.each(databaseKinds())('staff accounts, masking and row-level security on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let modules: Modules;
  let sysadmin: Session;
  let citizen: Session;
  let orgs: { cdGjj: string; zyGjj: string; dyHall: string };
  let staffSeq = 0;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    ({ app, modules } = await buildTestApp(test.database));
    await modules.directory.seedDirectory();
    await modules.identity.seedDemoAccounts({ accounts: demoAccountList, password: demoPassword });
    sysadmin = session(await login('sysadmin'));
    citizen = session(await login(citizenDemo?.login ?? ''));
    const find = (city: string, key: string) =>
      test.database.withSystem(
        async (tx) => (await modules.directory.findOrganisationByKey(tx, city, key))?.id,
      );
    orgs = {
      cdGjj: (await find('510100', 'gjj')) ?? '',
      zyGjj: (await find('512000', 'gjj')) ?? '',
      dyHall: (await find('510600', 'zwfw')) ?? '',
    };
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  function login(account: string, password = demoPassword) {
    return app.inject({ method: 'POST', url: '/api/v1/identity/sessions', payload: { account, password } });
  }
  function createStaff(as: Session | null, roles: unknown[], overrides: Record<string, unknown> = {}) {
    return app.inject({
      method: 'POST',
      url: '/api/v1/identity/staff',
      cookies: as ? { tc_session: as.token } : {},
      headers: as ? { 'x-csrf-token': as.csrfToken } : {},
      payload: {
        username: `cd.clerk${++staffSeq}`,
        displayName: '赵文博',
        mobile: '13700000001',
        password: 'wenshu-hall-window',
        roles,
        ...overrides,
      },
    });
  }
  const fieldCodes = (response: LightMyRequestResponse) =>
    ((response.json() as { errors?: { field: string; code: string }[] }).errors ?? [])
      .map((e) => `${e.field} ${e.code}`)
      .sort();

  describe('creating staff', () => {
    it('lets a system administrator create a case officer who can then sign in with that role', async () => {
      const response = await createStaff(sysadmin, [
        { role: 'case_officer', cityCode: '510100', orgId: orgs.cdGjj },
        { role: 'window_clerk', cityCode: '512000', orgId: orgs.zyGjj },
      ]);
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toMatchObject({ kind: 'staff', displayName: '赵文博', mobile: '137****0001' });
      expect(created.roles).toEqual([
        { role: 'case_officer', cityCode: '510100', orgId: orgs.cdGjj, orgName: '成都住房公积金管理中心' },
        { role: 'window_clerk', cityCode: '512000', orgId: orgs.zyGjj, orgName: '资阳市住房公积金管理中心' },
      ]);

      const staff = session(await login(created.username, 'wenshu-hall-window'));
      const resolved = await modules.identity.resolveSession(staff.token);
      expect(resolved?.actor).toEqual({
        userId: created.id,
        kind: 'staff',
        roles: ['case_officer', 'window_clerk'],
        cityCode: '510100',
        orgIds: [orgs.cdGjj, orgs.zyGjj],
        displayName: '赵文博',
      });
    });

    it('refuses a citizen with 403, even with a valid CSRF token', async () => {
      const response = await createStaff(citizen, [{ role: 'system_admin', cityCode: null, orgId: null }]);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('auth.forbidden');
    });

    it('refuses a city administrator with 403', async () => {
      const cityAdmin = session(await login('ms.admin'));
      const response = await createStaff(cityAdmin, [
        { role: 'city_admin', cityCode: '511400', orgId: null },
      ]);
      expect(response.statusCode).toBe(403);
    });

    it('asks an anonymous caller to sign in', async () => {
      const response = await createStaff(null, [{ role: 'system_admin', cityCode: null, orgId: null }]);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('auth.required');
    });

    it('needs an organisation for a window clerk and a city for a city administrator', async () => {
      const response = await createStaff(sysadmin, [
        { role: 'window_clerk', cityCode: '510600', orgId: null },
        { role: 'city_admin', cityCode: null, orgId: null },
      ]);
      expect(response.statusCode).toBe(400);
      expect(fieldCodes(response)).toEqual([
        'body.roles.0.orgId identity.grant_org_required',
        'body.roles.1.cityCode identity.grant_city_required',
      ]);
    });

    it('refuses an organisation of another city, an unknown organisation and an unknown city', async () => {
      const response = await createStaff(sysadmin, [
        { role: 'case_officer', cityCode: '510600', orgId: orgs.cdGjj },
        { role: 'case_officer', cityCode: '510100', orgId: '01890000-0000-7000-8000-000000000000' },
        { role: 'city_admin', cityCode: '110100', orgId: null },
      ]);
      expect(response.statusCode).toBe(400);
      expect(fieldCodes(response)).toEqual([
        'body.roles.0.orgId identity.grant_org_wrong_city',
        'body.roles.1.orgId identity.grant_org_unknown',
        'body.roles.2.cityCode identity.grant_city_unknown',
      ]);
      expect(response.json().errors[0].message).toBe('该单位不属于所选城市');
    });

    it('answers 409 for a username that is taken', async () => {
      const response = await createStaff(sysadmin, [{ role: 'system_admin', cityCode: null, orgId: null }], {
        username: 'cd.gjj.officer',
      });
      expect(response.statusCode).toBe(409);
      expect(fieldCodes(response)).toEqual(['body.username identity.username_taken']);
    });

    it('rejects a common password and a password containing the username', async () => {
      const common = await createStaff(sysadmin, [{ role: 'system_admin', cityCode: null, orgId: null }], {
        password: 'Password123',
      });
      expect(fieldCodes(common)).toEqual(['body.password identity.password_common']);
      const own = await createStaff(sysadmin, [{ role: 'system_admin', cityCode: null, orgId: null }], {
        username: 'dy.hall.clerk',
        password: 'dy.hall.clerk-2026',
      });
      expect(fieldCodes(own)).toEqual(['body.password identity.password_contains_identifier']);
    });

    it('rejects a grant with fields the contract does not know', async () => {
      const response = await createStaff(sysadmin, [
        { role: 'window_clerk', cityCode: '510600', orgId: orgs.dyHall, scope: 'all' },
      ]);
      expect(response.statusCode).toBe(400);
      expect(fieldCodes(response)).toEqual(['body.roles.0.scope unrecognized_key']);
    });
  });

  describe('masking', () => {
    it('shows the owner their ID number and mobile in full', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/identity/accounts/${citizen.accountId}`,
        cookies: { tc_session: citizen.token },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ idNumber: '510104199003071237', mobile: '13880001234' });
    });

    it('shows a system administrator another person’s ID number and mobile masked', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/identity/accounts/${citizen.accountId}`,
        cookies: { tc_session: sysadmin.token },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        displayName: '张丽华',
        idNumber: '5****************7',
        mobile: '138****1234',
      });
      expect(response.body).not.toContain('510104199003071237');
      expect(response.body).not.toContain('13880001234');
    });

    it('tells a citizen that another citizen’s account does not exist', async () => {
      const other = session(await login(otherCitizenDemo?.login ?? ''));
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/identity/accounts/${other.accountId}`,
        cookies: { tc_session: citizen.token },
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('identity.account_not_found');
    });

    it('rejects an account id that is not a UUID', async () => {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/identity/accounts/1%20or%201=1',
        cookies: { tc_session: sysadmin.token },
      });
      expect(response.statusCode).toBe(400);
    });
  });

  describe('row-level security', () => {
    const actorFor = async (token: string): Promise<Actor> => {
      const resolved = await modules.identity.resolveSession(token);
      if (!resolved) throw new Error('no session');
      return resolved.actor;
    };

    it('lets a citizen select only their own account row', async () => {
      const actor = await actorFor(citizen.token);
      const rows = await test.database.withActor(actor, (tx) =>
        tx.select({ id: accounts.id }).from(accounts),
      );
      expect(rows).toEqual([{ id: citizen.accountId }]);
    });

    it('lets a citizen see only their own sessions and role grants', async () => {
      const actor = await actorFor(citizen.token);
      const [counts] = await test.database.withActor(actor, (tx) =>
        queryRows<{ sessions: number; foreign: number; grants: number }>(
          tx,
          sql`select (select count(*)::int from sessions) as sessions,
                     (select count(*)::int from sessions where account_id::text <> ${actor.userId}) as foreign,
                     (select count(*)::int from staff_role_grants) as grants`,
        ),
      );
      expect(counts?.foreign).toBe(0);
      expect(counts?.sessions).toBeGreaterThan(0);
      expect(counts?.grants).toBe(0);
    });

    it('lets a system administrator select every account', async () => {
      const actor = await actorFor(sysadmin.token);
      const [visible] = await test.database.withActor(actor, (tx) =>
        queryRows<{ n: number }>(tx, sql`select count(*)::int as n from accounts`),
      );
      const [all] = await queryRows<{ n: number }>(
        test.database.db,
        sql`select count(*)::int as n from accounts`,
      );
      expect(visible?.n).toBe(all?.n);
      expect(all?.n).toBeGreaterThan(demoAccountList.length - 1);
    });

    it('shows an anonymous transaction no account at all', async () => {
      const rows = await test.database.withActor(null, (tx) => tx.select({ id: accounts.id }).from(accounts));
      expect(rows).toEqual([]);
    });

    it('stops a citizen from granting themselves a role in SQL', async () => {
      const actor = await actorFor(citizen.token);
      await expect(
        test.database.withActor(actor, (tx) =>
          tx.execute(
            sql`insert into staff_role_grants (id, account_id, role) values (gen_random_uuid(), ${actor.userId}, 'system_admin')`,
          ),
        ),
      ).rejects.toThrow();
    });

    it('gives the cases module the applicant’s own profile, and nobody else’s', async () => {
      const actor = await actorFor(citizen.token);
      const other = session(await login(otherCitizenDemo?.login ?? ''));
      const [own, foreign] = await test.database.withActor(actor, async (tx) => [
        await modules.identity.findApplicantProfile(tx, citizen.accountId),
        await modules.identity.findApplicantProfile(tx, other.accountId),
      ]);
      expect(own).toEqual({
        accountId: citizen.accountId,
        kind: 'citizen',
        displayName: '张丽华',
        idNumber: '510104199003071237',
        creditCode: null,
        mobile: '13880001234',
      });
      expect(foreign).toBeNull();
    });
  });

  describe('demo accounts', () => {
    it('seeds each demo account once, however often the seed runs', async () => {
      const count = async () =>
        (await queryRows<{ n: number }>(test.database.db, sql`select count(*)::int as n from accounts`))[0]
          ?.n;
      const before = await count();
      await modules.identity.seedDemoAccounts({ accounts: demoAccountList, password: demoPassword });
      expect(await count()).toBe(before);
      const [grants] = await queryRows<{ n: number }>(
        test.database.db,
        sql`select count(*)::int as n from staff_role_grants g join accounts a on a.id = g.account_id
            where a.username = 'cd.gjj.officer'`,
      );
      expect(grants?.n).toBe(1);
    });

    it('gives every demo staff member the organisation named by its key', async () => {
      const response = await login('dy.zwfw.clerk');
      expect(response.json().account.roles).toEqual([
        { role: 'window_clerk', cityCode: '510600', orgId: orgs.dyHall, orgName: '德阳市政务服务中心' },
      ]);
    });
  });
});
