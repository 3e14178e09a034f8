import type {
  Account,
  AdapterConstructor,
  Configuration,
  interactionPolicy as InteractionPolicy,
  KoaContextWithOIDC,
  default as Provider,
} from 'oidc-provider';
import type { Config } from '../../platform/config.js';
import { SESSION_COOKIE } from '../../platform/http/request-context.js';
import { restrictedOidcScopes } from '../../../contracts/oidc.contract.js';
import { clientSecretMatches } from './client-secrets.js';
import { errorPage, logoutPage, pageLocale, SIGN_OUT_OF_TONGCHENG, signedOutPage } from './oidc-pages.js';
import type { PublishedKey } from './signing-keys.js';

/** Where the provider is mounted in the Fastify app; the issuer's path must be the same. */
export const OIDC_MOUNT_PATH = '/oidc';
/** The web app's page for a pending sign-in (login and consent steps). */
export const interactionPath = (uid: string) => `${OIDC_MOUNT_PATH}/interaction/${uid}`;

export interface ProviderDependencies {
  config: Pick<Config, 'OIDC_ISSUER' | 'COOKIE_SECURE' | 'TRUST_PROXY' | 'SESSION_ABSOLUTE_HOURS'>;
  keys: PublishedKey[];
  adapter: AdapterConstructor;
  findAccount: (ctx: unknown, accountId: string) => Promise<Account | undefined>;
  /** The account id behind a Tongcheng session cookie, or null when it is not a live session. */
  tongchengAccountId: (sessionToken: string) => Promise<string | null>;
  /** Ends the Tongcheng session of this cookie (signing out of Tongcheng as well as the site). */
  endTongchengSession: (sessionToken: string) => Promise<void>;
}

const TTL = {
  /** Sites use the access token once, for userinfo, right after sign-in. */
  AccessToken: 10 * 60,
  AuthorizationCode: 60,
  IdToken: 60 * 60,
  Interaction: 10 * 60,
  /** Consent to non-sensitive scopes is remembered this long; id_number is asked for every time. */
  Grant: 30 * 24 * 3600,
};

function tongchengSessionToken(ctx: KoaContextWithOIDC): string | null {
  return ctx.cookies.get(SESSION_COOKIE, { signed: false }) ?? null;
}

function siteName(ctx: KoaContextWithOIDC): string | null {
  const client = ctx.oidc?.client;
  return client ? (client.clientName ?? client.clientId) : null;
}

/**
 * The interaction policy of the library, plus two rules of Tongcheng:
 * - the provider's own session lasts only as long as the Tongcheng session in the same browser:
 *   signing out of Tongcheng, or signing in as someone else, asks the login step again;
 * - the restricted id_number scope is consented to every time it is asked for, never remembered.
 */
function buildPolicy(
  { Check, base }: typeof InteractionPolicy,
  tongchengAccountId: ProviderDependencies['tongchengAccountId'],
) {
  const policy = base();
  policy.get('login')?.checks.add(
    new Check(
      'tongcheng_session',
      'the Tongcheng session in this browser ended or belongs to another account',
      'login_required',
      async (ctx) => {
        const accountId = ctx.oidc.session?.accountId;
        if (!accountId) return Check.REQUEST_PROMPT;
        const token = tongchengSessionToken(ctx);
        const current = token ? await tongchengAccountId(token) : null;
        return current === accountId ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT;
      },
    ),
  );
  policy.get('consent')?.checks.add(
    new Check(
      'restricted_scope',
      'sensitive personal information needs consent every time',
      'consent_required',
      (ctx) => {
        const asked = [...ctx.oidc.requestParamOIDCScopes].some((s) =>
          restrictedOidcScopes.includes(s as never),
        );
        return asked && !ctx.oidc.result?.consent ? Check.REQUEST_PROMPT : Check.NO_NEED_TO_PROMPT;
      },
    ),
  );
  return policy;
}

/**
 * A configured oidc-provider for the current signing keys. Rebuilt when the keys change. The
 * library is loaded on first use, so processes and tests that never serve /oidc do not load it.
 */
export async function createProviderInstance(deps: ProviderDependencies): Promise<Provider> {
  const { default: Provider, interactionPolicy } = await import('oidc-provider');
  const { config, keys } = deps;
  const configuration: Configuration = {
    adapter: deps.adapter,
    clients: [],
    findAccount: deps.findAccount,
    jwks: { keys: keys.map((k) => k.privateJwk) as never },
    cookies: {
      keys: keys.map((k) => k.cookieSecret),
      names: { session: 'tc_oidc_session', interaction: 'tc_oidc_interaction', resume: 'tc_oidc_resume' },
      // No Max-Age on the session cookie: like Tongcheng's own, it ends with the browser.
      long: { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE },
      short: { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE },
    },
    claims: {
      openid: ['sub'],
      profile: ['name'],
      phone: ['phone_number'],
      id_number: ['id_number'],
    },
    scopes: ['openid', 'profile', 'phone', 'id_number'],
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'none'],
    clientDefaults: {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
      token_endpoint_auth_method: 'client_secret_basic',
    },
    // Every site, confidential or not, must prove possession of the code with PKCE (S256).
    pkce: { required: () => true },
    // The redirect address is always named and compared exactly.
    allowOmittingSingleRegisteredRedirectUri: false,
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: false },
      resourceIndicators: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.type = 'html';
          ctx.body = logoutPage(pageLocale(ctx.oidc.params?.ui_locales, ctx.get('accept-language')), {
            siteName: siteName(ctx),
            form,
          });
        },
        postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = signedOutPage(pageLocale(undefined, ctx.get('accept-language')), {
            siteName: siteName(ctx),
          });
        },
      },
    },
    interactions: {
      policy: buildPolicy(interactionPolicy, deps.tongchengAccountId),
      url: (_ctx, interaction) => interactionPath(interaction.uid),
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorPage(pageLocale(ctx.oidc?.params?.ui_locales, ctx.get('accept-language')), {
        error: String(out.error),
        ...(out.error_description ? { description: String(out.error_description) } : {}),
      });
    },
    // Browser-based (public) sites may call the token and userinfo endpoints from their own origin.
    clientBasedCORS(_ctx, origin, client) {
      return client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false;
    },
    ttl: {
      AccessToken: TTL.AccessToken,
      AuthorizationCode: TTL.AuthorizationCode,
      IdToken: TTL.IdToken,
      Interaction: TTL.Interaction,
      Grant: TTL.Grant,
      Session: config.SESSION_ABSOLUTE_HOURS * 3600,
    },
    discovery: { ui_locales_supported: ['zh-CN', 'en'], claims_locales_supported: ['zh-CN'] },
  };

  const provider = new Provider(config.OIDC_ISSUER, configuration);
  provider.proxy = config.TRUST_PROXY !== '';

  // A confidential site's secret is stored only as its hash, so the comparison hashes what was sent.
  // Should a library upgrade stop calling this, hashes never equal secrets: sites fail, nothing opens.
  (provider.Client.prototype as { compareClientSecret: (actual: string) => boolean }).compareClientSecret =
    function (this: { clientSecret?: string }, actual: string) {
      return clientSecretMatches(this.clientSecret, actual);
    };

  provider.use(async (ctx, next) => {
    // Behind a TLS-terminating proxy the connection is plain HTTP; COOKIE_SECURE says the site is HTTPS.
    if (config.COOKIE_SECURE) ctx.cookies.secure = true;
    await next();
    // "Sign out of Tongcheng" on the sign-out question ends the Tongcheng session too. Only that
    // button sends this value: the library also ends its own session with logout=yes by itself
    // when someone else signs in in the same browser, and that must not sign the newcomer out.
    if (
      ctx.oidc?.route === 'end_session_confirm' &&
      ctx.status === 303 &&
      ctx.oidc.params?.logout === SIGN_OUT_OF_TONGCHENG
    ) {
      const token = tongchengSessionToken(ctx as KoaContextWithOIDC);
      if (token) await deps.endTongchengSession(token);
      ctx.cookies.set(SESSION_COOKIE, null, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.COOKIE_SECURE,
        signed: false,
      });
    }
  });
  return provider;
}
