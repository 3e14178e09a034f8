import type { ClientMetadata } from 'oidc-provider';
import type { OidcClientRow } from './oidc-clients.repository.js';

/**
 * A registered site as oidc-provider's client metadata. Every site uses the authorization code
 * flow with PKCE; a confidential site also authenticates with its secret, whose hash stands in
 * for the secret here (the provider is taught to compare hashes, see oidc-provider-instance.ts).
 */
export function toClientMetadata(row: OidcClientRow): ClientMetadata {
  return {
    client_id: row.clientId,
    client_name: row.name,
    application_type: 'web',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    redirect_uris: row.redirectUris,
    post_logout_redirect_uris: row.postLogoutRedirectUris,
    scope: ['openid', ...row.scopes].join(' '),
    id_token_signed_response_alg: 'RS256',
    ...(row.type === 'confidential' && row.secretHash
      ? { token_endpoint_auth_method: 'client_secret_basic', client_secret: row.secretHash }
      : { token_endpoint_auth_method: 'none' }),
  };
}
