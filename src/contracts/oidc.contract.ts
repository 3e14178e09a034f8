import { z } from 'zod';

/**
 * 统一身份认证: Tongcheng signs people in to the four cities' own sites with OpenID Connect.
 * `openid` is always granted; the others are asked for by the site and allowed per site by the
 * system administrator. `id_number` is sensitive personal information (PIPL art. 28–29): the
 * person must agree to it separately, every time.
 */
export const oidcOptionalScopes = ['profile', 'phone', 'id_number'] as const;
export type OidcOptionalScope = (typeof oidcOptionalScopes)[number];
export const oidcScopes = ['openid', ...oidcOptionalScopes] as const;
export type OidcScope = (typeof oidcScopes)[number];
export const restrictedOidcScopes: readonly OidcScope[] = ['id_number'];

const CLIENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where a site may receive people back: https anywhere, plain http only on this computer (for
 * trying a site out). No fragment, no user name or password, no wildcard: the provider compares
 * the whole address exactly.
 */
export function isAllowedRedirectUri(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.hash !== '' || value.includes('#') || url.username !== '' || url.password !== '') return false;
  if (value.includes('*')) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

export const oidcClientIdSchema = z
  .string()
  .trim()
  .refine((value) => CLIENT_ID_PATTERN.test(value), { message: 'oidc.client_id_format' });

const redirectUriSchema = z
  .string()
  .trim()
  .max(2000, { message: 'oidc.redirect_uri_rule' })
  .refine(isAllowedRedirectUri, { message: 'oidc.redirect_uri_rule' });

const distinct = <T>(values: T[]) => new Set(values).size === values.length;

export const oidcClientRegistrationSchema = z.strictObject({
  clientId: oidcClientIdSchema,
  /** Shown to people on the consent screen, e.g. 德阳市民服务. */
  name: z
    .string()
    .trim()
    .min(2, { message: 'oidc.client_name_length' })
    .max(60, { message: 'oidc.client_name_length' }),
  /** confidential: a server-side site with a secret; public: PKCE only (apps, single-page sites). */
  type: z.enum(['confidential', 'public']),
  redirectUris: z
    .array(redirectUriSchema)
    .min(1, { message: 'oidc.redirect_uris_required' })
    .max(10)
    .refine(distinct, { message: 'oidc.uris_repeated' }),
  postLogoutRedirectUris: z
    .array(redirectUriSchema)
    .max(10)
    .refine(distinct, { message: 'oidc.uris_repeated' }),
  scopes: z.array(z.enum(oidcOptionalScopes)).max(3).refine(distinct, { message: 'oidc.scopes_repeated' }),
});
export type OidcClientRegistration = z.input<typeof oidcClientRegistrationSchema>;

export const oidcClientViewSchema = z.object({
  clientId: z.string(),
  name: z.string(),
  type: z.enum(['confidential', 'public']),
  redirectUris: z.array(z.string()),
  postLogoutRedirectUris: z.array(z.string()),
  scopes: z.array(z.enum(oidcOptionalScopes)),
  createdAt: z.string(),
});
export type OidcClientView = z.infer<typeof oidcClientViewSchema>;

/** The answer to a registration: the secret is shown this once and kept only as a hash. */
export const oidcRegisteredClientSchema = z.object({
  client: oidcClientViewSchema,
  clientSecret: z.string().nullable(),
});
export type OidcRegisteredClient = z.infer<typeof oidcRegisteredClientSchema>;

export const oidcClientListSchema = z.object({ items: z.array(oidcClientViewSchema) });
export type OidcClientList = z.infer<typeof oidcClientListSchema>;

/** next: published, signs soon; active: signs now; previous: published until what it signed expires. */
export const oidcSigningKeyViewSchema = z.object({
  kid: z.string(),
  status: z.enum(['next', 'active', 'previous']),
  createdAt: z.string(),
  activatesAt: z.string(),
  /** For a previous key, when it leaves the published key set. */
  publishedUntil: z.string().nullable(),
});
export type OidcSigningKeyView = z.infer<typeof oidcSigningKeyViewSchema>;

export const oidcSigningKeyListSchema = z.object({ items: z.array(oidcSigningKeyViewSchema) });
export type OidcSigningKeyList = z.infer<typeof oidcSigningKeyListSchema>;

/** A pending sign-in at a site, as the interaction page shows it. */
export const oidcInteractionSchema = z.object({
  uid: z.string(),
  prompt: z.enum(['login', 'consent']),
  client: z.object({ clientId: z.string(), name: z.string() }),
  scopes: z.array(z.enum(oidcScopes)),
  /** The Tongcheng account signed in in this browser, if any; staff accounts cannot sign in to sites. */
  account: z
    .object({
      displayName: z.string(),
      kind: z.enum(['citizen', 'enterprise', 'staff']),
      eligible: z.boolean(),
    })
    .nullable(),
});
export type OidcInteraction = z.infer<typeof oidcInteractionSchema>;

export const oidcConsentSchema = z.strictObject({
  /** The separate agreement to hand over the ID number; false leaves it out. */
  shareIdNumber: z.boolean(),
});
export type OidcConsent = z.infer<typeof oidcConsentSchema>;

/** Where the browser goes next: back to the provider, which answers the site. */
export const oidcRedirectSchema = z.object({ redirectTo: z.string() });
export type OidcRedirect = z.infer<typeof oidcRedirectSchema>;
