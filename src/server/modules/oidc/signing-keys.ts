import { createHash, generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import type { Database } from '../../platform/db/database.js';
import type { OidcSigningKeyView } from '../../../contracts/oidc.contract.js';
import type { OidcKeysRepository, SigningKeyRow } from './oidc-keys.repository.js';

/**
 * A new key is published this long before it signs, so that every process and every site's
 * cached key set knows it before the first ID token signed with it arrives.
 */
export const KEY_PUBLISH_AHEAD_MS = 10 * 60_000;
/**
 * A replaced key stays published this long after its successor starts signing: longer than an ID
 * token lives (1 hour) and than a Tongcheng session, whose ID token a site may send back at logout.
 */
export const RETIRED_KEY_PUBLISHED_MS = 24 * 3_600_000;

export interface PublishedKey {
  kid: string;
  status: OidcSigningKeyView['status'];
  privateJwk: JsonWebKey & { kid: string; alg: 'RS256'; use: 'sig' };
  cookieSecret: string;
  createdAt: Date;
  activatesAt: Date;
  publishedUntil: Date | null;
}

/** RFC 7638 thumbprint of the public key: a stable, collision-free key id. */
function thumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}

function newKeyRow(now: Date, activatesAt: Date): SigningKeyRow {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return {
    kid: thumbprint(jwk),
    privateJwk: jwk,
    cookieSecret: randomBytes(32).toString('base64url'),
    createdAt: now,
    activatesAt,
  };
}

/**
 * Sorts the stored keys into what they are at `now`: keys still waiting to sign (next), the key
 * that signs (active), the keys it replaced that are still published (previous), and the rest
 * (expired, returned separately so they can be deleted).
 */
export function classifyKeys(
  rows: SigningKeyRow[],
  now: Date,
): { published: PublishedKey[]; expired: string[] } {
  const byActivation = [...rows].sort((a, b) => b.activatesAt.getTime() - a.activatesAt.getTime());
  const published: PublishedKey[] = [];
  const expired: string[] = [];
  let successorActivation: Date | null = null;
  for (const row of byActivation) {
    const base = {
      kid: row.kid,
      privateJwk: {
        ...(row.privateJwk as JsonWebKey),
        kid: row.kid,
        alg: 'RS256' as const,
        use: 'sig' as const,
      },
      cookieSecret: row.cookieSecret,
      createdAt: row.createdAt,
      activatesAt: row.activatesAt,
    };
    if (row.activatesAt > now) {
      published.push({ ...base, status: 'next', publishedUntil: null });
      continue;
    }
    if (successorActivation === null) {
      published.push({ ...base, status: 'active', publishedUntil: null });
    } else {
      const publishedUntil = new Date(successorActivation.getTime() + RETIRED_KEY_PUBLISHED_MS);
      if (publishedUntil > now) published.push({ ...base, status: 'previous', publishedUntil });
      else expired.push(row.kid);
    }
    successorActivation = row.activatesAt;
  }
  return { published, expired };
}

/**
 * The order the provider wants: the first RS256 key signs, all of them verify and are published.
 * The same order decides which cookie secret signs the provider's cookies.
 */
export function signingOrder(keys: PublishedKey[]): PublishedKey[] {
  const rank = { active: 0, next: 1, previous: 2 } as const;
  return [...keys].sort((a, b) => rank[a.status] - rank[b.status]);
}

export function toKeyView(key: PublishedKey): OidcSigningKeyView {
  return {
    kid: key.kid,
    status: key.status,
    createdAt: key.createdAt.toISOString(),
    activatesAt: key.activatesAt.toISOString(),
    publishedUntil: key.publishedUntil?.toISOString() ?? null,
  };
}

/** The provider's signing keys: made on first use, rotated by the system administrator. */
export function createSigningKeys({
  database,
  repository,
}: {
  database: Database;
  repository: OidcKeysRepository;
}) {
  return {
    /**
     * The published keys at this moment, in signing order. The first process to start makes the
     * first key (under a lock, so two starting together make one).
     */
    async published(now = new Date()): Promise<PublishedKey[]> {
      const current = classifyKeys(await database.withSystem((tx) => repository.list(tx)), now);
      if (current.published.some((k) => k.status === 'active')) return signingOrder(current.published);
      return database.withSystem(async (tx) => {
        await repository.lock(tx);
        const again = classifyKeys(await repository.list(tx), now);
        if (again.published.some((k) => k.status === 'active')) return signingOrder(again.published);
        await repository.insert(tx, newKeyRow(now, now));
        return signingOrder(classifyKeys(await repository.list(tx), now).published);
      });
    },

    /**
     * Makes a new key that signs from KEY_PUBLISH_AHEAD_MS on; the current one then stays
     * published for RETIRED_KEY_PUBLISHED_MS. Keys past that are deleted now.
     */
    async rotate(now = new Date()): Promise<PublishedKey[]> {
      return database.withSystem(async (tx) => {
        await repository.lock(tx);
        const before = classifyKeys(await repository.list(tx), now);
        await repository.delete(tx, before.expired);
        const hasActive = before.published.some((k) => k.status === 'active');
        const activatesAt = hasActive ? new Date(now.getTime() + KEY_PUBLISH_AHEAD_MS) : now;
        await repository.insert(tx, newKeyRow(now, activatesAt));
        return signingOrder(classifyKeys(await repository.list(tx), now).published);
      });
    },
  };
}

export type SigningKeys = ReturnType<typeof createSigningKeys>;
