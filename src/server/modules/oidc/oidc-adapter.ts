import type { Adapter, AdapterPayload, AdapterConstructor } from 'oidc-provider';
import type { Database } from '../../platform/db/database.js';
import type { OidcClientsRepository } from './oidc-clients.repository.js';
import { toClientMetadata } from './oidc-client-metadata.js';
import type { OidcPayloadsRepository } from './oidc-payloads.repository.js';

/**
 * oidc-provider's storage on PostgreSQL (or PGlite): every model in `oidc_payloads`, so that
 * sessions, codes and tokens survive a restart and are shared by every process. Clients are read
 * from the administrator's registry instead; the provider never writes them (no dynamic registration).
 */
export function createOidcAdapter({
  database,
  payloads,
  clients,
}: {
  database: Database;
  payloads: OidcPayloadsRepository;
  clients: OidcClientsRepository;
}): AdapterConstructor {
  return class PostgresAdapter implements Adapter {
    constructor(private readonly kind: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      if (this.kind === 'Client') return;
      await database.withSystem((tx) =>
        payloads.upsert(tx, {
          id,
          kind: this.kind,
          payload,
          grantId: payload.grantId ?? null,
          userCode: payload.userCode ?? null,
          uid: payload.uid ?? null,
          expiresAt: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
        }),
      );
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      if (this.kind === 'Client') {
        const client = await database.withSystem((tx) => clients.find(tx, id));
        return client ? toClientMetadata(client) : undefined;
      }
      return this.findBy({ id });
    }

    findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.findBy({ uid });
    }

    findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return this.findBy({ userCode });
    }

    async consume(id: string): Promise<void> {
      await database.withSystem((tx) => payloads.consume(tx, this.kind, id, new Date()));
    }

    async destroy(id: string): Promise<void> {
      if (this.kind === 'Client') return;
      await database.withSystem((tx) => payloads.destroy(tx, this.kind, id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await database.withSystem((tx) => payloads.revokeByGrantId(tx, this.kind, grantId));
    }

    private async findBy(
      by: { id: string } | { uid: string } | { userCode: string },
    ): Promise<AdapterPayload | undefined> {
      const row = await database.withSystem((tx) => payloads.find(tx, this.kind, by, new Date()));
      if (!row) return undefined;
      const payload = row.payload as AdapterPayload;
      // The library refuses a consumed authorization code and revokes what the first use issued.
      return row.consumedAt ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) } : payload;
    }
  };
}
