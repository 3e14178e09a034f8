import type { OidcClientRegistration } from '../../../contracts/oidc.contract.js';

/**
 * The demo site of examples/deyang-citizen-site, registered with the demo data. Its secret is
 * public like the demo passwords: a real site's secret is made by the registration and shown once.
 */
export const demoRelyingParty = {
  registration: {
    clientId: 'deyang-citizen-site',
    name: '德阳市民服务',
    type: 'confidential',
    redirectUris: ['http://localhost:4100/callback'],
    postLogoutRedirectUris: ['http://localhost:4100/'],
    scopes: ['profile', 'phone'],
  } satisfies OidcClientRegistration,
  secret: 'deyang-citizen-site-demo-secret-2026',
} as const;
