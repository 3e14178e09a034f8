import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp } from '../../../../test/app.js';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { signIn, type TestSession } from '../../../../test/http-session.js';
import {
  authorizationUrl,
  authorize,
  CookieBrowser,
  exchangeCode,
  pkcePair,
  verifyIdToken,
  type RelyingParty,
} from '../../../../test/oidc-flow.js';
import { demoAccountList, demoPassword } from '../../demo-accounts.js';
import { queryRows } from '../../platform/db/database.js';

const ISSUER = 'http://localhost/oidc';
const CITIZEN = { account: '510104199003071237', name: '张丽华', mobile: '13880001234' };

describe.each(databaseKinds())('统一身份认证 (OpenID Connect provider) on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let admin: TestSession;
  const rp: RelyingParty = {
    clientId: 'deyang-citizen-test',
    clientSecret: null,
    redirectUri: 'https://citizen.deyang.example/callback',
    postLogoutRedirectUri: 'https://citizen.deyang.example/',
  };

  /** A browser in which the demo citizen is signed in to Tongcheng. */
  async function citizenBrowser(): Promise<{ browser: CookieBrowser; session: TestSession }> {
    const session = await signIn(app, CITIZEN.account, demoPassword);
    const browser = new CookieBrowser(app);
    browser.setCookie('tc_session', session.cookie.slice('tc_session='.length));
    return { browser, session };
  }

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const built = await buildTestApp(test.database, { OIDC_ISSUER: ISSUER });
    app = built.app;
    // Only what these tests need: the demo accounts (staff need the directory's organisations).
    await built.modules.directory.seedDirectory();
    await built.modules.identity.seedDemoAccounts({ accounts: demoAccountList, password: demoPassword });
    admin = await signIn(app, 'sysadmin', demoPassword);
    const registered = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/oidc/clients',
      headers: admin.headers,
      payload: {
        clientId: rp.clientId,
        name: '德阳市民服务（测试）',
        type: 'confidential',
        redirectUris: [rp.redirectUri],
        postLogoutRedirectUris: [rp.postLogoutRedirectUri],
        scopes: ['profile', 'phone', 'id_number'],
      },
    });
    expect(registered.statusCode).toBe(201);
    rp.clientSecret = registered.json().clientSecret;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('publishes a discovery document for code flow with PKCE, RS256 and sign-out', async () => {
    const res = await app.inject('/oidc/.well-known/openid-configuration');
    expect(res.statusCode).toBe(200);
    const discovery = res.json();
    expect(discovery).toMatchObject({
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/auth`,
      token_endpoint: `${ISSUER}/token`,
      userinfo_endpoint: `${ISSUER}/me`,
      jwks_uri: `${ISSUER}/jwks`,
      end_session_endpoint: `${ISSUER}/session/end`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
      subject_types_supported: ['public'],
    });
    expect(discovery.scopes_supported).toEqual(
      expect.arrayContaining(['openid', 'profile', 'phone', 'id_number']),
    );
    expect(discovery.claims_supported).toEqual(
      expect.arrayContaining(['sub', 'name', 'phone_number', 'id_number']),
    );
    expect(discovery.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_basic', 'none']),
    );
    expect(discovery.token_endpoint_auth_methods_supported).not.toContain('client_secret_jwt');
  });

  it('signs a citizen in: code with PKCE, a signed ID token, userinfo with name and phone and no ID number', async () => {
    const { browser, session } = await citizenBrowser();
    const scope = 'openid profile phone id_number';
    const { code, state, verifier, redirect, consentAsked } = await authorize(browser, rp, {
      scope,
      csrfToken: session.csrfToken,
    });
    expect(consentAsked).toBe(true);
    expect(redirect.searchParams.get('state')).toBe(state);
    expect(redirect.searchParams.get('iss')).toBe(ISSUER);

    const token = await exchangeCode(browser, rp, { code, verifier });
    expect(token.statusCode).toBe(200);
    const tokens = token.json();
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.scope.split(' ').sort()).toEqual(['openid', 'phone', 'profile']);

    const jwks = (await app.inject('/oidc/jwks')).json();
    const { claims } = verifyIdToken(tokens.id_token, jwks);
    expect(claims).toMatchObject({ iss: ISSUER, aud: rp.clientId, sub: session.accountId });
    expect(JSON.stringify(claims)).not.toContain('510104199003071237');

    const userinfo = await app.inject({
      url: '/oidc/me',
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.statusCode).toBe(200);
    expect(userinfo.json()).toEqual({
      sub: session.accountId,
      name: CITIZEN.name,
      phone_number: `+86${CITIZEN.mobile}`,
    });
  });

  it('hands over the ID number only with the separate agreement, and asks for it again next time', async () => {
    const { browser, session } = await citizenBrowser();
    const scope = 'openid profile id_number';
    const first = await authorize(browser, rp, { scope, csrfToken: session.csrfToken, shareIdNumber: true });
    const tokens = (await exchangeCode(browser, rp, first)).json();
    const userinfo = await app.inject({
      url: '/oidc/me',
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.json()).toMatchObject({ name: CITIZEN.name, id_number: CITIZEN.account });

    // Non-sensitive consent is remembered; the ID number is asked for every time.
    const again = await authorize(browser, rp, { scope: 'openid profile', csrfToken: session.csrfToken });
    expect(again.consentAsked).toBe(false);
    const restricted = await authorize(browser, rp, { scope, csrfToken: session.csrfToken });
    expect(restricted.consentAsked).toBe(true);
    const withoutAgreement = (await exchangeCode(browser, rp, restricted)).json();
    const claims = (
      await app.inject({
        url: '/oidc/me',
        headers: { authorization: `Bearer ${withoutAgreement.access_token}` },
      })
    ).json();
    expect(claims).not.toHaveProperty('id_number');
  });

  it('refuses an unregistered redirect address with an error page of its own, never redirecting', async () => {
    const { browser } = await citizenBrowser();
    const { challenge } = pkcePair();
    const res = await browser.get(
      authorizationUrl(rp, {
        scope: 'openid',
        challenge,
        redirectUri: 'https://citizen.deyang.example/elsewhere',
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers.location).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('无法完成登录');
    expect(res.body).toContain('redirect_uri');
  });

  it('refuses a request without PKCE, or with the plain method, by telling the site', async () => {
    const { browser } = await citizenBrowser();
    for (const url of [
      authorizationUrl(rp, { scope: 'openid' }),
      authorizationUrl(rp, { scope: 'openid', challenge: pkcePair().verifier, method: 'plain' }),
    ]) {
      const res = await browser.get(url);
      expect(res.statusCode).toBe(303);
      const redirect = new URL(String(res.headers.location));
      expect(redirect.origin + redirect.pathname).toBe(rp.redirectUri);
      expect(redirect.searchParams.get('error')).toBe('invalid_request');
      expect(redirect.searchParams.get('code')).toBeNull();
    }
  });

  it('refuses a code with the wrong verifier or the wrong secret', async () => {
    const { browser, session } = await citizenBrowser();
    const granted = await authorize(browser, rp, { scope: 'openid', csrfToken: session.csrfToken });
    const wrongSecret = await exchangeCode(browser, rp, { ...granted, secret: 'not-the-secret' });
    expect(wrongSecret.statusCode).toBe(401);
    expect(wrongSecret.json().error).toBe('invalid_client');
    const wrongVerifier = await exchangeCode(browser, rp, { ...granted, verifier: pkcePair().verifier });
    expect(wrongVerifier.statusCode).toBe(400);
    expect(wrongVerifier.json().error).toBe('invalid_grant');
  });

  it('refuses a replayed code and revokes the tokens its first use issued', async () => {
    const { browser, session } = await citizenBrowser();
    const granted = await authorize(browser, rp, { scope: 'openid profile', csrfToken: session.csrfToken });
    const first = await exchangeCode(browser, rp, granted);
    expect(first.statusCode).toBe(200);
    const accessToken = first.json().access_token as string;
    const me = () => app.inject({ url: '/oidc/me', headers: { authorization: `Bearer ${accessToken}` } });
    expect((await me()).statusCode).toBe(200);

    const replay = await exchangeCode(browser, rp, granted);
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error).toBe('invalid_grant');
    const revoked = await me();
    expect(revoked.statusCode).toBe(401);
    expect(revoked.headers['www-authenticate']).toMatch(/invalid_token/);
  });

  it('refuses a code after its minute, and an access token after its ten minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { browser, session } = await citizenBrowser();
    const late = await authorize(browser, rp, { scope: 'openid', csrfToken: session.csrfToken });
    vi.setSystemTime(Date.now() + 61_000);
    const expiredCode = await exchangeCode(browser, rp, late);
    expect(expiredCode.statusCode).toBe(400);
    expect(expiredCode.json().error).toBe('invalid_grant');

    const { browser: again, session: fresh } = await citizenBrowser();
    const granted = await authorize(again, rp, { scope: 'openid', csrfToken: fresh.csrfToken });
    const accessToken = (await exchangeCode(again, rp, granted)).json().access_token as string;
    vi.setSystemTime(Date.now() + 10 * 60_000 + 1_000);
    const expired = await app.inject({
      url: '/oidc/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(expired.statusCode).toBe(401);
  });

  it('answers prompt=none without a Tongcheng session with login_required', async () => {
    const browser = new CookieBrowser(app);
    const res = await browser.get(
      authorizationUrl(rp, { scope: 'openid', challenge: pkcePair().challenge, prompt: 'none' }),
    );
    expect(res.statusCode).toBe(303);
    expect(new URL(String(res.headers.location)).searchParams.get('error')).toBe('login_required');
  });

  it('sends a browser without a Tongcheng session to the sign-in page, and back', async () => {
    const browser = new CookieBrowser(app);
    const start = await browser.get(
      authorizationUrl(rp, { scope: 'openid', challenge: pkcePair().challenge }),
    );
    const interaction = String(start.headers.location);
    expect(interaction).toMatch(/^\/oidc\/interaction\/[\w-]+$/);
    const page = await browser.get(interaction);
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe(`/login?next=${encodeURIComponent(interaction)}`);
    const details = await browser.get(`${interaction}/details`);
    expect(details.json()).toMatchObject({
      prompt: 'login',
      account: null,
      client: { name: '德阳市民服务（测试）' },
    });
  });

  it('does not let a staff account sign in to a site', async () => {
    const staff = await signIn(app, 'cd.gjj.officer', demoPassword);
    const browser = new CookieBrowser(app);
    browser.setCookie('tc_session', staff.cookie.slice('tc_session='.length));
    const start = await browser.get(
      authorizationUrl(rp, { scope: 'openid', challenge: pkcePair().challenge }),
    );
    const interaction = String(start.headers.location);
    const details = await browser.get(`${interaction}/details`);
    expect(details.json().account).toMatchObject({ kind: 'staff', eligible: false });
    const login = await browser.request('POST', `${interaction}/login`, {
      headers: { 'x-csrf-token': staff.csrfToken },
    });
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe('oidc.staff_account');
  });

  it('refuses a consent that does not echo the session’s CSRF token', async () => {
    const { browser } = await citizenBrowser();
    const start = await browser.get(
      authorizationUrl(rp, { scope: 'openid', challenge: pkcePair().challenge }),
    );
    const login = await browser.get(String(start.headers.location));
    const resume = await browser.get(String(login.headers.location));
    const consentPage = String(resume.headers.location);
    expect((await browser.get(`${consentPage}/details`)).json().prompt).toBe('consent');
    const forged = await browser.request('POST', `${consentPage}/consent`, {
      payload: { shareIdNumber: true },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('auth.csrf_invalid');
  });

  it('does not answer another browser’s sign-in request', async () => {
    const { browser } = await citizenBrowser();
    const start = await browser.get(
      authorizationUrl(rp, { scope: 'openid', challenge: pkcePair().challenge }),
    );
    const interaction = String(start.headers.location);
    const { browser: other, session } = await citizenBrowser();
    const details = await other.get(`${interaction}/details`);
    expect(details.statusCode).toBe(404);
    expect(details.json().code).toBe('oidc.interaction_not_found');
    const consent = await other.request('POST', `${interaction}/consent`, {
      headers: { 'x-csrf-token': session.csrfToken },
      payload: { shareIdNumber: true },
    });
    expect(consent.statusCode).toBe(404);
  });

  it('asks for the login step again once the person signed out of Tongcheng', async () => {
    const { browser, session } = await citizenBrowser();
    await authorize(browser, rp, { scope: 'openid', csrfToken: session.csrfToken });
    const signOut = await browser.request('DELETE', '/api/v1/identity/session', {
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(signOut.statusCode).toBe(204);
    expect(browser.cookie('tc_oidc_session')).toBeDefined();
    const silent = await browser.get(
      authorizationUrl(rp, { scope: 'openid', challenge: pkcePair().challenge, prompt: 'none' }),
    );
    expect(new URL(String(silent.headers.location)).searchParams.get('error')).toBe('login_required');
  });

  it('signs out of the site and, when chosen, of Tongcheng too', async () => {
    const { browser, session } = await citizenBrowser();
    const granted = await authorize(browser, rp, { scope: 'openid', csrfToken: session.csrfToken });
    const idToken = (await exchangeCode(browser, rp, granted)).json().id_token as string;
    const query = new URLSearchParams({
      id_token_hint: idToken,
      post_logout_redirect_uri: rp.postLogoutRedirectUri,
      state: 'bye',
    });
    const question = await browser.get(`/oidc/session/end?${query.toString()}`);
    expect(question.statusCode).toBe(200);
    expect(question.body).toContain('是否同时退出同城账号');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(question.body)?.[1];
    expect(xsrf).toBeDefined();

    const confirm = await browser.request('POST', '/oidc/session/end/confirm', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ xsrf: xsrf!, logout: 'tongcheng' }).toString(),
    });
    expect(confirm.statusCode).toBe(303);
    expect(confirm.headers.location).toBe(`${rp.postLogoutRedirectUri}?state=bye`);
    expect(browser.cookie('tc_session')).toBeUndefined();
    const tongcheng = await app.inject({
      url: '/api/v1/identity/session',
      headers: { cookie: session.cookie },
    });
    expect(tongcheng.statusCode).toBe(401);
  });

  it('refuses a post-logout address the site did not register', async () => {
    const { browser, session } = await citizenBrowser();
    const granted = await authorize(browser, rp, { scope: 'openid', csrfToken: session.csrfToken });
    const idToken = (await exchangeCode(browser, rp, granted)).json().id_token as string;
    const query = new URLSearchParams({
      id_token_hint: idToken,
      post_logout_redirect_uri: 'https://evil.example/',
    });
    const res = await browser.get(`/oidc/session/end?${query.toString()}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers.location).toBeUndefined();
  });

  it('publishes the next key at once, signs with it after ten minutes, and keeps the old one published for a day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const kids = async () =>
      ((await app.inject('/oidc/jwks')).json().keys as { kid: string }[]).map((k) => k.kid);
    const signingKid = async () => {
      const { browser, session } = await citizenBrowser();
      const granted = await authorize(browser, rp, { scope: 'openid', csrfToken: session.csrfToken });
      const idToken = (await exchangeCode(browser, rp, granted)).json().id_token as string;
      return verifyIdToken(idToken, (await app.inject('/oidc/jwks')).json()).header.kid;
    };
    const before = await signingKid();

    const rotated = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/oidc/keys/rotate',
      headers: admin.headers,
    });
    expect(rotated.statusCode).toBe(201);
    const next = (rotated.json().items as { kid: string; status: string }[]).find(
      (k) => k.status === 'next',
    )!.kid;
    expect(await kids()).toEqual([before, next]);
    expect(await signingKid()).toBe(before);

    vi.setSystemTime(Date.now() + 10 * 60_000 + 31_000);
    expect(await signingKid()).toBe(next);
    expect(await kids()).toEqual([next, before]);
    const keys = await app.inject({ url: '/api/v1/admin/oidc/keys', headers: admin.headers });
    expect(keys.json().items).toMatchObject([
      { kid: next, status: 'active' },
      { kid: before, status: 'previous' },
    ]);

    vi.setSystemTime(Date.now() + 24 * 3_600_000 + 31_000);
    expect(await kids()).toEqual([next]);
  });

  it('keeps private keys and provider state away from the application role', async () => {
    const citizen = await signIn(app, CITIZEN.account, demoPassword);
    const actor = {
      userId: citizen.accountId,
      kind: 'citizen' as const,
      roles: [],
      cityCode: null,
      orgIds: [],
      displayName: CITIZEN.name,
    };
    for (const table of ['oidc_signing_keys', 'oidc_payloads']) {
      const failure = await test.database
        .withActor(actor, (tx) => queryRows(tx, sql.raw(`select count(*) from ${table}`)))
        .then(
          () => null,
          (error: unknown) => (error as { cause?: { code?: string; message?: string } }).cause,
        );
      // SQLSTATE 42501: permission denied for the table, whatever the row-level security would say.
      expect(failure).toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
    }
  });

  it('signs out of the site only, when chosen, and keeps the Tongcheng session', async () => {
    const { browser, session } = await citizenBrowser();
    const granted = await authorize(browser, rp, { scope: 'openid', csrfToken: session.csrfToken });
    const idToken = (await exchangeCode(browser, rp, granted)).json().id_token as string;
    const query = new URLSearchParams({
      id_token_hint: idToken,
      post_logout_redirect_uri: rp.postLogoutRedirectUri,
    });
    const question = await browser.get(`/oidc/session/end?${query.toString()}`);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(question.body)![1]!;
    const confirm = await browser.request('POST', '/oidc/session/end/confirm', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ xsrf }).toString(),
    });
    expect(confirm.statusCode).toBe(303);
    expect(confirm.headers.location).toBe(rp.postLogoutRedirectUri);
    const tongcheng = await app.inject({
      url: '/api/v1/identity/session',
      headers: { cookie: session.cookie },
    });
    expect(tongcheng.statusCode).toBe(200);
  });

  it('signs the next person in when someone else signs in to Tongcheng in the same browser', async () => {
    const { browser, session } = await citizenBrowser();
    await authorize(browser, rp, { scope: 'openid', csrfToken: session.csrfToken });
    const other = await signIn(app, '512002198506122314', demoPassword);
    browser.setCookie('tc_session', other.cookie.slice('tc_session='.length));

    // The provider ends the first person's session by itself (a self-submitting form), then resumes.
    const pkce = pkcePair();
    const start = await browser.get(authorizationUrl(rp, { scope: 'openid', challenge: pkce.challenge }));
    const step = await browser.get(String(start.headers.location));
    expect(step.statusCode).toBe(303);
    const resume = await browser.get(String(step.headers.location));
    expect(resume.statusCode).toBe(200);
    const action = /action="([^"]+)"/.exec(resume.body)![1]!;
    const fields = Object.fromEntries(
      [...resume.body.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    ) as Record<string, string>;
    expect(fields.logout).toBe('yes');
    const ended = await browser.request('POST', action, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
    expect(ended.statusCode).toBe(303);
    // The newcomer's Tongcheng session is untouched.
    const tongcheng = await app.inject({
      url: '/api/v1/identity/session',
      headers: { cookie: other.cookie },
    });
    expect(tongcheng.statusCode).toBe(200);
    let next = String(ended.headers.location);
    for (let i = 0; i < 4 && !next.startsWith(rp.redirectUri); i += 1) {
      const res = await browser.get(next);
      if (res.statusCode === 303) {
        next = String(res.headers.location);
        continue;
      }
      const uid = /\/oidc\/interaction\/([^/?]+)$/.exec(next)![1]!;
      next = (
        await browser.request('POST', `/oidc/interaction/${uid}/consent`, {
          headers: { 'x-csrf-token': other.csrfToken },
          payload: { shareIdNumber: false },
        })
      ).json().redirectTo;
    }
    const code = new URL(next).searchParams.get('code')!;
    const tokens = (await exchangeCode(browser, rp, { code, verifier: pkce.verifier })).json();
    const { claims } = verifyIdToken(tokens.id_token, (await app.inject('/oidc/jwks')).json());
    expect(claims.sub).toBe(other.accountId);
  });
});
