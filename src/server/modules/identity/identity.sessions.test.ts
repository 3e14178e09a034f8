import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { idNumberCheckChar } from '../../../contracts/china-ids.js';
import { demoAccountList, demoPassword } from '../../demo-accounts.js';
import { queryRows } from '../../platform/db/database.js';
import { hashToken } from '../../platform/ids.js';

let seq = 0;
function newCitizenForm() {
  const first17 = `51200219850612${String(++seq).padStart(3, '0')}`;
  return {
    realName: '李建国',
    idNumber: first17 + idNumberCheckChar(first17),
    mobile: `137${String(seq).padStart(8, '0')}`,
    password: 'yanjiang-lemon-2026',
  };
}

interface SignedIn {
  accountId: string;
  token: string;
  csrfToken: string;
}

function signedIn(response: LightMyRequestResponse): SignedIn {
  const token = response.cookies.find((c) => c.name === 'tc_session')?.value;
  if (response.statusCode !== 201 || !token) throw new Error(`not signed in: ${response.body}`);
  const body = response.json() as { account: { id: string }; csrfToken: string };
  return { accountId: body.account.id, token, csrfToken: body.csrfToken };
}

describe.each(databaseKinds())('sessions on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const built = await buildTestApp(test.database);
    app = built.app;
    await built.modules.directory.seedDirectory();
    await built.modules.identity.seedDemoAccounts({ accounts: demoAccountList, password: demoPassword });
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  const login = (
    account: string,
    password: string,
    extra: { headers?: Record<string, string>; token?: string } = {},
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/identity/sessions',
      payload: { account, password },
      headers: extra.headers ?? {},
      cookies: extra.token ? { tc_session: extra.token } : {},
    });
  const currentSession = (token: string) =>
    app.inject({ method: 'GET', url: '/api/v1/identity/session', cookies: { tc_session: token } });
  async function registerCitizen() {
    const form = newCitizenForm();
    const response = await app.inject({ method: 'POST', url: '/api/v1/identity/citizens', payload: form });
    return { form, ...signedIn(response) };
  }
  async function accountState(accountId: string) {
    const [row] = await queryRows<{ failed: number; locked: boolean }>(
      test.database.db,
      sql`select failed_logins::int as failed, coalesce(locked_until > now(), false) as locked
          from accounts where id = ${accountId}`,
    );
    return row;
  }
  const sessionCount = async (accountId: string) =>
    (
      await queryRows<{ n: number }>(
        test.database.db,
        sql`select count(*)::int as n from sessions where account_id = ${accountId}`,
      )
    )[0]?.n;

  describe('signing in', () => {
    it('signs a citizen in by 身份证号 and by mobile number', async () => {
      const demo = demoAccountList[0];
      if (demo?.kind !== 'citizen') throw new Error('the first demo account is a citizen');
      const byId = signedIn(await login(demo.idNumber, demoPassword));
      const byMobile = signedIn(await login(demo.mobile, demoPassword));
      expect(byMobile.accountId).toBe(byId.accountId);
    });

    it('signs an enterprise in by its credit code, typed in any case', async () => {
      const response = await login('91510100ma6cj8k2xj', demoPassword);
      expect(response.statusCode).toBe(201);
      expect(response.json().account).toMatchObject({ kind: 'enterprise', creditCode: '91510100MA6CJ8K2XJ' });
    });

    it('does not sign an enterprise in by its legal representative’s ID number', async () => {
      const response = await login('510603197809154025', demoPassword);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('identity.invalid_credentials');
    });

    it('signs staff in by username and shows their roles with the organisation’s name', async () => {
      const response = await login('cd.gjj.officer', demoPassword);
      expect(response.statusCode).toBe(201);
      expect(response.json().account.roles).toEqual([
        expect.objectContaining({
          role: 'case_officer',
          cityCode: '510100',
          orgName: '成都住房公积金管理中心',
        }),
      ]);
    });

    it('answers an unknown account and a wrong password with the same problem', async () => {
      const unknown = await login('13000000000', 'whatever-it-is');
      const wrong = await login('sysadmin', 'not-the-password');
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      const strip = (r: LightMyRequestResponse) => {
        const { code, title, status, type } = r.json() as Record<string, unknown>;
        return { code, title, status, type };
      };
      expect(strip(unknown)).toEqual(strip(wrong));
      expect(strip(wrong).title).toBe('账号或密码不正确');
    });

    it('words the refusal in English when asked', async () => {
      const response = await login('sysadmin', 'not-the-password', { headers: { 'accept-language': 'en' } });
      expect(response.json().title).toBe('The account or password is not correct');
    });

    it('stores only the SHA-256 of the session token, and expires the session after the absolute limit', async () => {
      const before = Date.now();
      const { accountId, token } = await registerCitizen();
      const rows = await queryRows<{ token_hash: string; expires_at: string | Date }>(
        test.database.db,
        sql`select token_hash, expires_at from sessions where account_id = ${accountId}`,
      );
      expect(rows.map((r) => r.token_hash)).toEqual([hashToken(token)]);
      const expiresAt = new Date(rows[0]?.expires_at ?? 0).getTime();
      expect(expiresAt - before).toBeGreaterThanOrEqual(12 * 3_600_000);
      expect(expiresAt - before).toBeLessThan(12 * 3_600_000 + 60_000);
    });

    it('refuses a disabled account even with the right password, and ends its sessions', async () => {
      const citizen = await registerCitizen();
      await test.database.db.execute(
        sql`update accounts set disabled_at = now() where id = ${citizen.accountId}`,
      );
      const response = await login(citizen.form.mobile, citizen.form.password);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('identity.account_disabled');
      expect((await currentSession(citizen.token)).statusCode).toBe(401);
    });

    it('marks the cookie Secure when the site runs behind TLS', async () => {
      const secure = await buildTestApp(test.database, { COOKIE_SECURE: 'true' });
      try {
        const response = await secure.app.inject({
          method: 'POST',
          url: '/api/v1/identity/sessions',
          payload: { account: 'sysadmin', password: demoPassword },
        });
        expect(response.cookies.find((c) => c.name === 'tc_session')?.secure).toBe(true);
      } finally {
        await secure.app.close();
      }
    });
  });

  describe('lockout', () => {
    it('locks the account at the fifth wrong password in a row, with Retry-After, and then ignores the password', async () => {
      const { form, accountId } = await registerCitizen();
      for (let attempt = 1; attempt <= 4; attempt++) {
        expect((await login(form.mobile, 'wrong-password-1')).statusCode).toBe(401);
      }
      const fifth = await login(form.mobile, 'wrong-password-1');
      expect(fifth.statusCode).toBe(429);
      expect(fifth.json().code).toBe('identity.locked');
      expect(fifth.headers['retry-after']).toBe('60');
      expect(fifth.json().title).toContain('1 分钟');

      const right = await login(form.mobile, form.password);
      expect(right.statusCode).toBe(429);
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
      expect(await accountState(accountId)).toEqual({ failed: 5, locked: true });
    });

    it('lets the right password in once the lock has passed, and clears the counter', async () => {
      const { form, accountId } = await registerCitizen();
      for (let attempt = 1; attempt <= 5; attempt++) await login(form.mobile, 'wrong-password-1');
      await test.database.db.execute(
        sql`update accounts set locked_until = now() - interval '1 second' where id = ${accountId}`,
      );
      expect((await login(form.mobile, form.password)).statusCode).toBe(201);
      expect(await accountState(accountId)).toEqual({ failed: 0, locked: false });
    });

    it('doubles the lock with each further failure and caps it at an hour', async () => {
      const { form, accountId } = await registerCitizen();
      for (let attempt = 1; attempt <= 5; attempt++) await login(form.mobile, 'wrong-password-1');
      const expire = sql`update accounts set locked_until = now() - interval '1 second' where id = ${accountId}`;
      await test.database.db.execute(expire);
      expect((await login(form.mobile, 'wrong-password-1')).headers['retry-after']).toBe('120');
      await test.database.db.execute(expire);
      expect((await login(form.mobile, 'wrong-password-1')).headers['retry-after']).toBe('240');
      await test.database.db.execute(
        sql`update accounts set failed_logins = 20, locked_until = null where id = ${accountId}`,
      );
      expect((await login(form.mobile, 'wrong-password-1')).headers['retry-after']).toBe('3600');
    });

    it('starts counting again after a successful sign-in', async () => {
      const { form } = await registerCitizen();
      for (let attempt = 1; attempt <= 4; attempt++) await login(form.mobile, 'wrong-password-1');
      expect((await login(form.mobile, form.password)).statusCode).toBe(201);
      const statuses = [];
      for (let attempt = 1; attempt <= 4; attempt++) {
        statuses.push((await login(form.mobile, 'wrong-password-1')).statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 401]);
    });
  });

  describe('the session', () => {
    it('answers 401 without a session cookie, or with one that is not a session', async () => {
      const none = await app.inject({ method: 'GET', url: '/api/v1/identity/session' });
      expect(none.statusCode).toBe(401);
      expect(none.json().code).toBe('auth.required');
      expect((await currentSession('forged-token')).statusCode).toBe(401);
      expect((await currentSession('x'.repeat(4000))).statusCode).toBe(401);
    });

    it('gets a new id at every sign-in: the cookie the browser had stops working', async () => {
      const first = await registerCitizen();
      const second = signedIn(
        await login(first.form.idNumber, first.form.password, {
          token: first.token,
          headers: { 'x-csrf-token': first.csrfToken },
        }),
      );
      expect(second.token).not.toBe(first.token);
      expect(second.csrfToken).not.toBe(first.csrfToken);
      expect((await currentSession(first.token)).statusCode).toBe(401);
      expect((await currentSession(second.token)).statusCode).toBe(200);
      expect(await sessionCount(first.accountId)).toBe(1);
    });

    it('refuses a sign-in that carries a live session but no CSRF token', async () => {
      const citizen = await registerCitizen();
      const response = await login(citizen.form.mobile, citizen.form.password, { token: citizen.token });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('auth.csrf_invalid');
    });

    it('signs out: deletes the session row, clears the cookie and answers 204', async () => {
      const citizen = await registerCitizen();
      const response = await app.inject({
        method: 'DELETE',
        url: '/api/v1/identity/session',
        cookies: { tc_session: citizen.token },
        headers: { 'x-csrf-token': citizen.csrfToken },
      });
      expect(response.statusCode).toBe(204);
      const cleared = response.cookies.find((c) => c.name === 'tc_session');
      expect(cleared?.value).toBe('');
      expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());
      expect(await sessionCount(citizen.accountId)).toBe(0);
      expect((await currentSession(citizen.token)).statusCode).toBe(401);
    });

    it('answers 204 to a sign-out without a session', async () => {
      const response = await app.inject({ method: 'DELETE', url: '/api/v1/identity/session' });
      expect(response.statusCode).toBe(204);
    });

    it.each([
      ['no', undefined],
      ['a wrong', 'not-the-token'],
    ])(
      'refuses a state-changing request with %s CSRF token and keeps the session',
      async (_label, header) => {
        const citizen = await registerCitizen();
        const response = await app.inject({
          method: 'DELETE',
          url: '/api/v1/identity/session',
          cookies: { tc_session: citizen.token },
          headers: header === undefined ? {} : { 'x-csrf-token': header },
        });
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('auth.csrf_invalid');
        expect((await currentSession(citizen.token)).statusCode).toBe(200);
      },
    );

    it('ends a session idle for longer than SESSION_IDLE_MINUTES', async () => {
      const citizen = await registerCitizen();
      await test.database.db.execute(
        sql`update sessions set last_seen_at = now() - interval '31 minutes' where account_id = ${citizen.accountId}`,
      );
      expect((await currentSession(citizen.token)).statusCode).toBe(401);
      expect(await sessionCount(citizen.accountId)).toBe(0);
    });

    it('keeps a session that was used 29 minutes ago', async () => {
      const citizen = await registerCitizen();
      await test.database.db.execute(
        sql`update sessions set last_seen_at = now() - interval '29 minutes' where account_id = ${citizen.accountId}`,
      );
      expect((await currentSession(citizen.token)).statusCode).toBe(200);
    });

    it('ends a session past its absolute expiry however busy it is', async () => {
      const citizen = await registerCitizen();
      await test.database.db.execute(
        sql`update sessions set expires_at = now() - interval '1 second' where account_id = ${citizen.accountId}`,
      );
      expect((await currentSession(citizen.token)).statusCode).toBe(401);
      expect(await sessionCount(citizen.accountId)).toBe(0);
    });
  });
});
