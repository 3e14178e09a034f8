import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/database.js';
import type { IdentityModule } from '../identity/index.js';
import { createOidcAdapter } from './oidc-adapter.js';
import { oidcAdminRoutes } from './oidc-admin.routes.js';
import { createOidcAdminService } from './oidc-admin.service.js';
import { createAccountFinder } from './oidc-accounts.js';
import { createOidcClientsRepository } from './oidc-clients.repository.js';
import { oidcInteractionRoutes } from './oidc-interaction.routes.js';
import { createInteractionService } from './oidc-interactions.js';
import { createOidcKeysRepository } from './oidc-keys.repository.js';
import { mountProvider } from './oidc-mount.js';
import { createOidcPayloadsRepository } from './oidc-payloads.repository.js';
import { createProviderHolder } from './oidc-provider-holder.js';
import { createSigningKeys } from './signing-keys.js';
import { createTongchengSignOut } from './tongcheng-sign-out.js';

export { demoRelyingParty } from './demo-clients.js';

/**
 * 统一身份认证: Tongcheng as the OpenID Connect provider of the four cities' sites, at /oidc.
 * The provider is built on first use, so creating the module (as seeding does) starts nothing.
 */
export function createOidcModule({
  database,
  config,
  identity,
}: {
  database: Database;
  config: Config;
  identity: Pick<IdentityModule, 'resolveSession'>;
}) {
  const payloads = createOidcPayloadsRepository();
  const clients = createOidcClientsRepository();
  const signingKeys = createSigningKeys({ database, repository: createOidcKeysRepository() });
  // Signing out of Tongcheng goes through the identity API of the app the routes are mounted in.
  let endTongchengSession: ((token: string) => Promise<void>) | null = null;
  const holder = createProviderHolder({
    database,
    signingKeys,
    payloads,
    dependencies: {
      config,
      adapter: createOidcAdapter({ database, payloads, clients }),
      findAccount: createAccountFinder(database),
      tongchengAccountId: async (token) => (await identity.resolveSession(token))?.actor.userId ?? null,
      endTongchengSession: async (token) => endTongchengSession?.(token),
    },
  });
  const admin = createOidcAdminService({
    database,
    clients,
    payloads,
    signingKeys,
    onKeysRotated: holder.invalidate,
  });
  const interactions = createInteractionService({ holder, resolveSession: identity.resolveSession });

  return {
    async routes(app: FastifyInstance): Promise<void> {
      endTongchengSession = createTongchengSignOut(app, identity.resolveSession);
      await app.register(oidcAdminRoutes(admin));
      await app.register(oidcInteractionRoutes(interactions, config));
      await mountProvider(app, holder);
    },
    seedDemoClients: admin.seedDemoClients,
  };
}

export type OidcModule = ReturnType<typeof createOidcModule>;
