import type { z } from 'zod';
import type { Actor } from '../../platform/actor.js';
import type { Database } from '../../platform/db/database.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import type {
  OidcClientView,
  OidcRegisteredClient,
  OidcSigningKeyView,
  oidcClientRegistrationSchema,
} from '../../../contracts/oidc.contract.js';
import { hashClientSecret, newClientSecret } from './client-secrets.js';
import { demoRelyingParty } from './demo-clients.js';
import { oidcErrors } from './oidc.errors.js';
import { canManageUnifiedLogin } from './oidc.policy.js';
import type { OidcClientRow, OidcClientsRepository } from './oidc-clients.repository.js';
import type { OidcPayloadsRepository } from './oidc-payloads.repository.js';
import { toKeyView, type SigningKeys } from './signing-keys.js';

export type OidcClientRegistrationForm = z.output<typeof oidcClientRegistrationSchema>;

function toClientView(row: OidcClientRow): OidcClientView {
  return {
    clientId: row.clientId,
    name: row.name,
    type: row.type,
    redirectUris: row.redirectUris,
    postLogoutRedirectUris: row.postLogoutRedirectUris,
    scopes: row.scopes as OidcClientView['scopes'],
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The system administrator's side of 统一身份认证: the registry of sites (under row-level
 * security as the administrator) and the signing keys (as the owner, after the role check).
 */
export function createOidcAdminService({
  database,
  clients,
  payloads,
  signingKeys,
  onKeysRotated,
}: {
  database: Database;
  clients: OidcClientsRepository;
  payloads: OidcPayloadsRepository;
  signingKeys: SigningKeys;
  onKeysRotated: () => void;
}) {
  function requireAdmin(actor: Actor): void {
    if (!canManageUnifiedLogin(actor)) throw platformErrors.forbidden();
  }

  return {
    async listClients(actor: Actor): Promise<OidcClientView[]> {
      requireAdmin(actor);
      const rows = await database.withActor(actor, (tx) => clients.list(tx));
      return rows.map(toClientView);
    },

    /** A confidential site gets a new secret, answered this once and stored only as its hash. */
    async registerClient(actor: Actor, form: OidcClientRegistrationForm): Promise<OidcRegisteredClient> {
      requireAdmin(actor);
      const secret = form.type === 'confidential' ? newClientSecret() : null;
      const row = await database.withActor(actor, async (tx) => {
        const inserted = await clients.insert(tx, {
          ...form,
          secretHash: secret === null ? null : hashClientSecret(secret),
          createdAt: new Date(),
          createdBy: actor.userId,
        });
        if (!inserted)
          throw oidcErrors.clientIdTaken({
            fieldErrors: [{ field: 'body.clientId', code: 'oidc.client_id_taken' }],
          });
        return clients.find(tx, form.clientId);
      });
      if (!row) throw new Error('oidc: the new client was not found in its own transaction');
      return { client: toClientView(row), clientSecret: secret };
    },

    /**
     * Removes a site; what the provider stored for it (grants, codes, tokens) goes too, in a second
     * step as the owner. Should that step fail, the leftovers are useless without the client.
     */
    async deleteClient(actor: Actor, clientId: string): Promise<void> {
      requireAdmin(actor);
      const deleted = await database.withActor(actor, (tx) => clients.delete(tx, clientId));
      if (!deleted) throw oidcErrors.clientNotFound();
      await database.withSystem((tx) => payloads.deleteForClient(tx, clientId));
    },

    async listKeys(actor: Actor): Promise<OidcSigningKeyView[]> {
      requireAdmin(actor);
      return (await signingKeys.published()).map(toKeyView);
    },

    async rotateKeys(actor: Actor): Promise<OidcSigningKeyView[]> {
      requireAdmin(actor);
      const keys = await signingKeys.rotate();
      onKeysRotated();
      return keys.map(toKeyView);
    },

    /** The demo site of examples/deyang-citizen-site; left alone when it is registered already. */
    async seedDemoClients(): Promise<void> {
      const { registration, secret } = demoRelyingParty;
      await database.withSystem((tx) =>
        clients.insert(tx, {
          ...registration,
          redirectUris: [...registration.redirectUris],
          postLogoutRedirectUris: [...registration.postLogoutRedirectUris],
          scopes: [...registration.scopes],
          secretHash: hashClientSecret(secret),
          createdAt: new Date(),
          createdBy: null,
        }),
      );
    },
  };
}

export type OidcAdminService = ReturnType<typeof createOidcAdminService>;
