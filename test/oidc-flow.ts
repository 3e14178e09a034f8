import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createHash, createPublicKey, randomBytes, verify, type JsonWebKey } from 'node:crypto';

/**
 * A browser for app.inject(): keeps cookies with their paths (the provider scopes its
 * interaction cookies to one path) and follows nothing by itself, so tests see every redirect.
 */
export class CookieBrowser {
  private readonly jar = new Map<string, { value: string; path: string }>();

  constructor(private readonly app: FastifyInstance) {}

  cookieHeader(url: string): string {
    const path = new URL(url, 'http://localhost').pathname;
    return [...this.jar.entries()]
      .filter(([, c]) => path.startsWith(c.path))
      .sort((a, b) => b[1].path.length - a[1].path.length)
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  }

  cookie(name: string): string | undefined {
    return this.jar.get(name)?.value;
  }

  setCookie(name: string, value: string, path = '/'): void {
    this.jar.set(name, { value, path });
  }

  private remember(response: LightMyRequestResponse): void {
    for (const c of response.cookies as {
      name: string;
      value: string;
      path?: string;
      expires?: Date;
      maxAge?: number;
    }[]) {
      const gone = c.value === '' || (c.expires && c.expires.getTime() <= Date.now()) || c.maxAge === 0;
      if (gone) this.jar.delete(c.name);
      else this.jar.set(c.name, { value: c.value, path: c.path ?? '/' });
    }
  }

  async request(
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    options: { headers?: Record<string, string>; payload?: string | object } = {},
  ): Promise<LightMyRequestResponse> {
    const local = url.replace(/^https?:\/\/[^/]+/, '');
    const cookie = this.cookieHeader(local);
    const response = await this.app.inject({
      method,
      url: local,
      headers: { ...(cookie ? { cookie } : {}), ...options.headers },
      ...(options.payload === undefined ? {} : { payload: options.payload }),
    });
    this.remember(response);
    return response;
  }

  get(url: string, headers: Record<string, string> = {}) {
    return this.request('GET', url, { headers });
  }
}

export const base64url = (bytes: Buffer) => bytes.toString('base64url');

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: base64url(createHash('sha256').update(verifier).digest()) };
}

export interface RelyingParty {
  clientId: string;
  clientSecret: string | null;
  redirectUri: string;
  postLogoutRedirectUri: string;
}

export function authorizationUrl(
  rp: RelyingParty,
  params: {
    scope: string;
    challenge?: string;
    state?: string;
    nonce?: string;
    prompt?: string;
    redirectUri?: string;
    method?: string;
  },
): string {
  const query = new URLSearchParams({
    client_id: rp.clientId,
    redirect_uri: params.redirectUri ?? rp.redirectUri,
    response_type: 'code',
    scope: params.scope,
    state: params.state ?? base64url(randomBytes(8)),
    nonce: params.nonce ?? base64url(randomBytes(8)),
    ...(params.challenge
      ? { code_challenge: params.challenge, code_challenge_method: params.method ?? 'S256' }
      : {}),
    ...(params.prompt ? { prompt: params.prompt } : {}),
  });
  return `/oidc/auth?${query.toString()}`;
}

function location(response: LightMyRequestResponse): string {
  const value = response.headers.location;
  if (typeof value !== 'string') {
    throw new Error(`expected a redirect, got ${response.statusCode}: ${response.body.slice(0, 300)}`);
  }
  return value;
}

/**
 * Walks a browser signed in to Tongcheng through authorization: the login step completes by
 * itself, the consent step is answered (with or without the separate ID-number agreement).
 * Answers the site's redirect with its code.
 */
export async function authorize(
  browser: CookieBrowser,
  rp: RelyingParty,
  {
    scope,
    csrfToken,
    shareIdNumber = false,
    pkce = pkcePair(),
  }: {
    scope: string;
    csrfToken: string;
    shareIdNumber?: boolean;
    pkce?: { verifier: string; challenge: string };
  },
): Promise<{ code: string; state: string; verifier: string; redirect: URL; consentAsked: boolean }> {
  const state = base64url(randomBytes(8));
  let next = location(await browser.get(authorizationUrl(rp, { scope, challenge: pkce.challenge, state })));
  let consentAsked = false;
  for (let step = 0; step < 6; step += 1) {
    if (next.startsWith(rp.redirectUri)) {
      const redirect = new URL(next);
      const code = redirect.searchParams.get('code');
      if (!code) throw new Error(`the site got no code: ${next}`);
      return { code, state, verifier: pkce.verifier, redirect, consentAsked };
    }
    const interaction = /\/oidc\/interaction\/([^/?]+)$/.exec(next);
    if (interaction) {
      const page = await browser.get(next);
      if (page.statusCode === 303) {
        next = location(page);
        continue;
      }
      const uid = interaction[1]!;
      const details = await browser.get(`/oidc/interaction/${uid}/details`);
      if (details.json().prompt !== 'consent') throw new Error(`unexpected step ${details.body}`);
      consentAsked = true;
      const answer = await browser.request('POST', `/oidc/interaction/${uid}/consent`, {
        headers: { 'x-csrf-token': csrfToken },
        payload: { shareIdNumber },
      });
      next = answer.json().redirectTo;
      continue;
    }
    next = location(await browser.get(next));
  }
  throw new Error(`authorization did not reach the site: ${next}`);
}

export async function exchangeCode(
  browser: CookieBrowser,
  rp: RelyingParty,
  { code, verifier, secret = rp.clientSecret }: { code: string; verifier: string; secret?: string | null },
) {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: rp.redirectUri,
    code_verifier: verifier,
  });
  if (secret === null) form.set('client_id', rp.clientId);
  return browser.request('POST', '/oidc/token', {
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(secret === null
        ? {}
        : {
            authorization: `Basic ${Buffer.from(`${encodeURIComponent(rp.clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`,
          }),
    },
    payload: form.toString(),
  });
}

/** Checks an ID token's RS256 signature against the published key set; answers its header and claims. */
export function verifyIdToken(idToken: string, jwks: { keys: (JsonWebKey & { kid: string })[] }) {
  const [header64, payload64, signature64] = idToken.split('.') as [string, string, string];
  const header = JSON.parse(Buffer.from(header64, 'base64url').toString()) as { kid: string; alg: string };
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) throw new Error(`no published key ${header.kid}`);
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${header64}.${payload64}`),
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signature64, 'base64url'),
  );
  if (!valid) throw new Error('the ID token signature does not verify');
  return {
    header,
    claims: JSON.parse(Buffer.from(payload64, 'base64url').toString()) as Record<string, unknown>,
  };
}
