import { describe, expect, it } from 'vitest';
import {
  classifyKeys,
  KEY_PUBLISH_AHEAD_MS,
  RETIRED_KEY_PUBLISHED_MS,
  signingOrder,
} from './signing-keys.js';
import type { SigningKeyRow } from './oidc-keys.repository.js';

const row = (kid: string, activatesAt: number): SigningKeyRow => ({
  kid,
  privateJwk: { kty: 'RSA' },
  cookieSecret: `${kid}-cookie`,
  createdAt: new Date(activatesAt),
  activatesAt: new Date(activatesAt),
});

describe('signing key rotation', () => {
  const t0 = Date.UTC(2026, 10, 1);
  const rows = [row('first', t0), row('second', t0 + KEY_PUBLISH_AHEAD_MS)];

  it('publishes the next key before it signs', () => {
    const { published } = classifyKeys(rows, new Date(t0 + 1000));
    expect(signingOrder(published).map((k) => [k.kid, k.status])).toEqual([
      ['first', 'active'],
      ['second', 'next'],
    ]);
  });

  it('signs with the new key once it is due and keeps the old one published for a day', () => {
    const at = t0 + KEY_PUBLISH_AHEAD_MS + 1000;
    const { published, expired } = classifyKeys(rows, new Date(at));
    expect(signingOrder(published).map((k) => [k.kid, k.status])).toEqual([
      ['second', 'active'],
      ['first', 'previous'],
    ]);
    expect(published[1]?.publishedUntil?.getTime()).toBe(
      t0 + KEY_PUBLISH_AHEAD_MS + RETIRED_KEY_PUBLISHED_MS,
    );
    expect(expired).toEqual([]);
  });

  it('drops the old key after that day', () => {
    const at = t0 + KEY_PUBLISH_AHEAD_MS + RETIRED_KEY_PUBLISHED_MS + 1;
    const { published, expired } = classifyKeys(rows, new Date(at));
    expect(published.map((k) => k.kid)).toEqual(['second']);
    expect(expired).toEqual(['first']);
  });
});
