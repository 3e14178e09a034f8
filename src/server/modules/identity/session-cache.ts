import type { Actor } from '../../platform/actor.js';

/** What a request needs of a session, as last read from the database. */
export interface CachedSession {
  sessionId: string;
  accountId: string;
  actor: Actor;
  csrfToken: string;
  expiresAt: number;
  /** last_seen_at as stored in the database. */
  storedLastSeen: number;
  /** The latest request this process served with the session. */
  lastSeen: number;
  loadedAt: number;
}

/**
 * Sessions this process resolved in the last `ttlMs`, keyed by the SHA-256 of the cookie token,
 * so that a busy client costs no database round trip per request. An entry never outlives the
 * TTL: a session ended by another process (sign-out, a disabled account, changed roles) stops
 * working here within that time; one ended by this process is forgotten at once.
 */
export function createSessionCache({ ttlMs, maxEntries }: { ttlMs: number; maxEntries: number }) {
  const byTokenHash = new Map<string, CachedSession>();
  const tokenHashBySession = new Map<string, string>();

  function forgetTokenHash(tokenHash: string) {
    const entry = byTokenHash.get(tokenHash);
    if (!entry) return;
    byTokenHash.delete(tokenHash);
    tokenHashBySession.delete(entry.sessionId);
  }

  return {
    /** The entry when it was loaded less than the TTL ago. */
    get(tokenHash: string, at: number): CachedSession | null {
      const entry = byTokenHash.get(tokenHash);
      if (!entry) return null;
      if (at - entry.loadedAt >= ttlMs || at < entry.loadedAt) {
        forgetTokenHash(tokenHash);
        return null;
      }
      return entry;
    },

    set(tokenHash: string, entry: CachedSession) {
      if (ttlMs <= 0) return;
      forgetTokenHash(tokenHash);
      // Maps iterate in insertion order: the first key is the oldest entry.
      while (byTokenHash.size >= maxEntries) {
        const oldest = byTokenHash.keys().next();
        if (oldest.done) break;
        forgetTokenHash(oldest.value);
      }
      byTokenHash.set(tokenHash, entry);
      tokenHashBySession.set(entry.sessionId, tokenHash);
    },

    forgetTokenHash,

    forgetSession(sessionId: string) {
      const tokenHash = tokenHashBySession.get(sessionId);
      if (tokenHash) forgetTokenHash(tokenHash);
    },

    forgetAccount(accountId: string) {
      for (const [tokenHash, entry] of byTokenHash) {
        if (entry.accountId === accountId) forgetTokenHash(tokenHash);
      }
    },

    get size() {
      return byTokenHash.size;
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
