import type { IncomingMessage, ServerResponse } from 'node:http';
import * as oidc from 'openid-client';
import { errorPage, homePage } from './pages.js';
import { SESSION_COOKIE, SessionStore, type SignedInPerson } from './sessions.js';
import type { SiteSettings } from './settings.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function send(response: ServerResponse, status: number, html: string, headers: Record<string, string> = {}) {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    ...headers,
  });
  response.end(html);
}

function redirect(response: ServerResponse, location: string, headers: Record<string, string> = {}) {
  response.writeHead(303, { location, 'cache-control': 'no-store', ...headers });
  response.end();
}

const sessionCookie = (id: string) => `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`;
const clearedCookie = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;

/**
 * 德阳市民服务: a city's site that signs people in through Tongcheng (OpenID Connect, authorization
 * code flow with PKCE, client secret) and signs them out there too (RP-initiated logout).
 */
export function createSite(settings: SiteSettings) {
  const sessions = new SessionStore();
  const redirectUri = `${settings.siteUrl}/callback`;
  let discovered: Promise<oidc.Configuration> | null = null;

  /** Tongcheng's discovery document, fetched on first use (so the site may start before Tongcheng). */
  function configuration(): Promise<oidc.Configuration> {
    discovered ??= (async () => {
      const issuer = new URL(settings.issuer);
      // Plain http only for trying things out on this computer.
      const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
      return oidc.discovery(
        issuer,
        settings.clientId,
        undefined,
        oidc.ClientSecretBasic(settings.clientSecret),
        insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
    })().catch((error: unknown) => {
      discovered = null;
      throw error;
    });
    return discovered;
  }

  async function startSignIn(request: IncomingMessage, response: ServerResponse) {
    const config = await configuration();
    const pending = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    sessions.delete(readCookie(request, SESSION_COOKIE));
    const id = sessions.create({ pending });
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: settings.scope,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      ui_locales: 'zh-CN',
    });
    redirect(response, url.href, { 'set-cookie': sessionCookie(id) });
  }

  async function finishSignIn(request: IncomingMessage, response: ServerResponse, url: URL) {
    const oldId = readCookie(request, SESSION_COOKIE);
    const pending = sessions.get(oldId)?.pending;
    if (!pending) return send(response, 400, errorPage('登录已过期，请重新点击登录。'));
    if (url.searchParams.get('error') === 'access_denied') {
      sessions.delete(oldId);
      return send(response, 200, homePage(undefined, '您没有同意授权，未登录。'), {
        'set-cookie': clearedCookie,
      });
    }
    const config = await configuration();
    const tokens = await oidc.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new Error('Tongcheng answered without an ID token');
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    const person: SignedInPerson = {
      sub: claims.sub,
      name: typeof info.name === 'string' ? info.name : null,
      phoneNumber: typeof info.phone_number === 'string' ? info.phone_number : null,
      idNumber: typeof info.id_number === 'string' ? info.id_number : null,
      idToken: tokens.id_token,
    };
    sessions.delete(oldId);
    redirect(response, '/', { 'set-cookie': sessionCookie(sessions.create({ person })) });
  }

  async function signOut(request: IncomingMessage, response: ServerResponse) {
    const id = readCookie(request, SESSION_COOKIE);
    const person = sessions.get(id)?.person;
    sessions.delete(id);
    if (!person) return redirect(response, '/', { 'set-cookie': clearedCookie });
    const config = await configuration();
    const endSession = oidc.buildEndSessionUrl(config, {
      id_token_hint: person.idToken,
      post_logout_redirect_uri: `${settings.siteUrl}/`,
      ui_locales: 'zh-CN',
    });
    redirect(response, endSession.href, { 'set-cookie': clearedCookie });
  }

  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', settings.siteUrl);
    try {
      if (request.method === 'GET' && url.pathname === '/') {
        return send(response, 200, homePage(sessions.get(readCookie(request, SESSION_COOKIE))?.person));
      }
      if (request.method === 'GET' && url.pathname === '/login') return await startSignIn(request, response);
      if (request.method === 'GET' && url.pathname === '/callback')
        return await finishSignIn(request, response, url);
      if (request.method === 'POST' && url.pathname === '/logout') return await signOut(request, response);
      return send(response, 404, errorPage('页面不存在。'));
    } catch (error) {
      console.error(error);
      return send(response, 502, errorPage('暂时无法通过同城统一身份认证登录，请稍后再试。'));
    }
  };
}
