import type Provider from 'oidc-provider';
import type { Database } from '../../platform/db/database.js';
import type { OidcPayloadsRepository } from './oidc-payloads.repository.js';
import { createProviderInstance, type ProviderDependencies } from './oidc-provider-instance.js';
import type { PublishedKey, SigningKeys } from './signing-keys.js';

/**
 * How often a process looks at the key table: a key made by a rotation elsewhere is published
 * well before it signs (KEY_PUBLISH_AHEAD_MS), so this only has to be clearly shorter than that.
 */
const KEY_CHECK_INTERVAL_MS = 30_000;
/** Expired codes, tokens and sessions are removed a batch at a time, at most once per check. */
const CLEANUP_BATCH = 500;

const keySetSignature = (keys: PublishedKey[]) => keys.map((k) => `${k.kid}:${k.status}`).join(',');

/**
 * One provider per process, built for the keys published now. All its state lives in the
 * database, so building a new one when the keys change loses nothing.
 */
export function createProviderHolder({
  database,
  signingKeys,
  payloads,
  dependencies,
}: {
  database: Database;
  signingKeys: SigningKeys;
  payloads: OidcPayloadsRepository;
  dependencies: Omit<ProviderDependencies, 'keys'>;
}) {
  let current: { provider: Provider; signature: string; checkedAt: number } | null = null;
  let pending: Promise<Provider> | null = null;

  async function refresh(): Promise<Provider> {
    const now = new Date();
    const keys = await signingKeys.published(now);
    const signature = keySetSignature(keys);
    if (!current || current.signature !== signature) {
      current = {
        provider: await createProviderInstance({ ...dependencies, keys }),
        signature,
        checkedAt: now.getTime(),
      };
    } else {
      current.checkedAt = now.getTime();
    }
    await database.withSystem((tx) => payloads.deleteExpired(tx, now, CLEANUP_BATCH));
    return current.provider;
  }

  return {
    /** The provider for the keys published now; the key table is read at most every 30 s. */
    async get(): Promise<Provider> {
      if (current && Date.now() - current.checkedAt < KEY_CHECK_INTERVAL_MS) return current.provider;
      pending ??= refresh().finally(() => {
        pending = null;
      });
      return pending;
    },
    /** After a rotation in this process: the next request reads the keys again. */
    invalidate(): void {
      current = current && { ...current, checkedAt: 0 };
    },
  };
}

export type ProviderHolder = ReturnType<typeof createProviderHolder>;
