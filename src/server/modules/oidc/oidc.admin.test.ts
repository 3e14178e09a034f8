import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/app.js';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { signIn, type TestSession } from '../../../../test/http-session.js';
import { demoAccountList, demoPassword } from '../../demo-accounts.js';
import type { Actor } from '../../platform/actor.js';
import { queryRows } from '../../platform/db/database.js';
import { hashClientSecret } from './client-secrets.js';
import { demoRelyingParty } from './demo-clients.js';

const registration = {
  clientId: 'meishan-e-gov',
  name: '眉山市网上办事大厅',
  type: 'confidential',
  redirectUris: ['https://www.ms.example.gov.cn/oidc/callback'],
  postLogoutRedirectUris: ['https://www.ms.example.gov.cn/'],
  scopes: ['profile', 'phone'],
};

/** Drizzle wraps the driver's error; PostgreSQL reports a refused row or table as SQLSTATE 42501. */
function sqlState(error: unknown): string | undefined {
  return (error as { cause?: { code?: string } }).cause?.code;
}

describe.each(databaseKinds())('registering sites for 统一身份认证 on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let admin: TestSession;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const built = await buildTestApp(test.database);
    app = built.app;
    // Only what these tests need: the demo accounts (staff need the directory's organisations).
    await built.modules.directory.seedDirectory();
    await built.modules.identity.seedDemoAccounts({ accounts: demoAccountList, password: demoPassword });
    await built.modules.oidc.seedDemoClients();
    admin = await signIn(app, 'sysadmin', demoPassword);
  });

  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  const post = (headers: Record<string, string>, payload: object) =>
    app.inject({ method: 'POST', url: '/api/v1/admin/oidc/clients', headers, payload });

  it('shows a confidential site’s secret once and keeps only its hash', async () => {
    const res = await post(admin.headers, registration);
    expect(res.statusCode).toBe(201);
    const { client, clientSecret } = res.json();
    expect(client).toMatchObject({
      clientId: 'meishan-e-gov',
      name: '眉山市网上办事大厅',
      scopes: ['profile', 'phone'],
    });
    expect(clientSecret).toMatch(/^[\w-]{43}$/);

    const list = await app.inject({ url: '/api/v1/admin/oidc/clients', headers: admin.headers });
    expect(list.body).not.toContain(clientSecret);
    expect((list.json().items as { clientId: string }[]).map((c) => c.clientId)).toEqual(
      expect.arrayContaining(['meishan-e-gov', demoRelyingParty.registration.clientId]),
    );
    const [stored] = await test.database.withSystem((tx) =>
      queryRows<{ secret_hash: string }>(
        tx,
        sql`select secret_hash from oidc_clients where client_id = 'meishan-e-gov'`,
      ),
    );
    expect(stored?.secret_hash).toBe(hashClientSecret(clientSecret));
  });

  it('registers a public site without any secret', async () => {
    const res = await post(admin.headers, { ...registration, clientId: 'ziyang-app', type: 'public' });
    expect(res.statusCode).toBe(201);
    expect(res.json().clientSecret).toBeNull();
  });

  it('refuses wrong addresses, unknown scopes and a taken client ID, saying where', async () => {
    const bad = await post(admin.headers, {
      ...registration,
      clientId: 'Chengdu Site',
      redirectUris: ['http://www.cd.example.gov.cn/callback', 'https://www.cd.example.gov.cn/cb#x'],
      postLogoutRedirectUris: ['https://*.example.gov.cn/'],
      scopes: ['profile', 'email'],
    });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json().errors as { field: string; message: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual([
      'body.clientId',
      'body.postLogoutRedirectUris.0',
      'body.redirectUris.0',
      'body.redirectUris.1',
      'body.scopes.1',
    ]);
    expect(bad.json().errors[0].message).toMatch(/[\u4e00-\u9fa5]/);

    const english = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/oidc/clients?lang=en',
      headers: admin.headers,
      payload: { ...registration, redirectUris: ['http://www.cd.example.gov.cn/callback'] },
    });
    expect(english.json().errors[0].message).toMatch(/https/);

    const taken = await post(admin.headers, registration);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('oidc.client_id_taken');
  });

  it('lets only the system administrator manage sites and keys', async () => {
    const citizen = await signIn(app, '510104199003071237', demoPassword);
    const cityAdmin = await signIn(app, 'ms.admin', demoPassword);
    const office = await signIn(app, 'office', demoPassword);
    for (const session of [citizen, cityAdmin, office]) {
      expect((await post(session.headers, { ...registration, clientId: 'not-allowed' })).statusCode).toBe(
        403,
      );
      expect(
        (await app.inject({ url: '/api/v1/admin/oidc/clients', headers: session.headers })).statusCode,
      ).toBe(403);
      expect(
        (await app.inject({ url: '/api/v1/admin/oidc/keys', headers: session.headers })).statusCode,
      ).toBe(403);
      const rotate = await app.inject({
        method: 'POST',
        url: '/api/v1/admin/oidc/keys/rotate',
        headers: session.headers,
      });
      expect(rotate.statusCode).toBe(403);
      const remove = await app.inject({
        method: 'DELETE',
        url: '/api/v1/admin/oidc/clients/meishan-e-gov',
        headers: session.headers,
      });
      expect(remove.statusCode).toBe(403);
    }
    expect((await post({}, registration)).statusCode).toBe(401);
  });

  it('lets row-level security show and change the registry for the system administrator only', async () => {
    const cityAdmin: Actor = {
      userId: '00000000-0000-7000-8000-000000000001',
      kind: 'staff',
      roles: ['city_admin'],
      cityCode: '511400',
      orgIds: [],
      displayName: '眉山市管理员',
    };
    const sysadmin: Actor = {
      ...cityAdmin,
      userId: admin.accountId,
      roles: ['system_admin'],
      cityCode: null,
    };
    const count = (actor: Actor) =>
      test.database.withActor(actor, async (tx) => {
        const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from oidc_clients`);
        return row?.n;
      });
    expect(await count(cityAdmin)).toBe(0);
    expect(await count(sysadmin)).toBeGreaterThan(0);

    const insert = (actor: Actor) =>
      test.database.withActor(actor, (tx) =>
        tx.execute(sql`insert into oidc_clients (client_id, name, type, redirect_uris, post_logout_redirect_uris, scopes, created_at, created_by)
          values ('rls-probe', '探测', 'public', '{https://x.example/cb}', '{}', '{}', now(), ${actor.userId})`),
      );
    expect(sqlState(await insert(cityAdmin).catch((e: unknown) => e))).toBe('42501');
    const deleted = await test.database.withActor(cityAdmin, (tx) =>
      queryRows(tx, sql`delete from oidc_clients where client_id = 'meishan-e-gov' returning client_id`),
    );
    expect(deleted).toEqual([]);
  });

  it('removes a site and what it was issued', async () => {
    const res = await app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/oidc/clients/ziyang-app',
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(204);
    const again = await app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/oidc/clients/ziyang-app',
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('oidc.client_not_found');
    const discovery = await app.inject('/oidc/.well-known/openid-configuration');
    expect(discovery.statusCode).toBe(200);
  });

  it('documents the administration API and the interaction steps in the OpenAPI document', async () => {
    const document = (await app.inject('/api/docs/json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/admin/oidc/clients',
        '/api/v1/admin/oidc/clients/{clientId}',
        '/api/v1/admin/oidc/keys/rotate',
        '/oidc/interaction/{uid}/details',
        '/oidc/interaction/{uid}/consent',
      ]),
    );
  });
});
