import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/platform/db/database.js';
import { hashToken, newSecretToken } from '../src/server/platform/ids.js';
import { citizenAccountId } from './case-load.js';

export interface BenchSession {
  accountId: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

/**
 * Signed-in sessions for the first `count` generated citizens, written as sign-in writes them
 * (only the token's SHA-256 is stored) but without hashing a password per citizen: the load
 * measures requests of people already signed in, not the sign-in itself.
 */
export async function createCitizenSessions(database: Database, count: number): Promise<BenchSession[]> {
  const sessions = Array.from({ length: count }, (_, i) => ({
    accountId: citizenAccountId(i + 1),
    token: newSecretToken(),
    csrfToken: newSecretToken(),
  }));
  await database.db.execute(sql`
    insert into sessions (id, token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at, user_agent)
    select gen_random_uuid(), t.token_hash, t.account_id, t.csrf_token, now(), now(), now() + interval '12 hours', 'tongcheng-bench'
    from unnest(${sql.param(sessions.map((s) => hashToken(s.token)))}::text[], ${sql.param(sessions.map((s) => s.accountId))}::uuid[],
                ${sql.param(sessions.map((s) => s.csrfToken))}::text[]) as t(token_hash, account_id, csrf_token)`);
  return sessions.map((s) => ({
    accountId: s.accountId,
    headers: { cookie: `tc_session=${s.token}`, 'x-csrf-token': s.csrfToken },
  }));
}
