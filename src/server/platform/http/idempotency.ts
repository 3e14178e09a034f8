import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import pg from 'pg';
import { queryRows, runAtCommit, type Tx } from '../db/database.js';
import { createErrorFactory } from './errors.js';
import { idempotencyKeys } from './idempotency.tables.js';

export const idempotencyErrors = {
  keyMissing: createErrorFactory({
    code: 'idempotency.key_missing',
    status: 400,
    message: {
      'zh-CN': '请求缺少 Idempotency-Key 请求头，无法防止重复提交',
      en: 'This request needs an Idempotency-Key header so it cannot be submitted twice',
    },
  }),
  keyInvalid: createErrorFactory({
    code: 'idempotency.key_invalid',
    status: 400,
    message: {
      'zh-CN': 'Idempotency-Key 须为 1 至 128 个可见字符',
      en: 'The Idempotency-Key must be 1 to 128 visible characters',
    },
  }),
  inFlight: createErrorFactory({
    code: 'idempotency.in_flight',
    status: 409,
    message: {
      'zh-CN': '同一请求正在处理中，请稍候查看结果',
      en: 'The same request is still being processed; check again shortly',
    },
  }),
  keyReused: createErrorFactory({
    code: 'idempotency.key_reused',
    status: 422,
    message: {
      'zh-CN': '该 Idempotency-Key 已用于另一项不同的请求',
      en: 'This Idempotency-Key was already used for a different request',
    },
  }),
};

export interface IdempotencyClaim {
  key: string;
  requestHash: string;
}

/**
 * The key and a hash of what is asked: method, route and body. The same key with another
 * body is a client bug and is refused, as the IETF draft and Stripe do.
 */
export function idempotencyClaim(request: FastifyRequest): IdempotencyClaim {
  const header = request.headers['idempotency-key'];
  if (header === undefined) throw idempotencyErrors.keyMissing();
  if (typeof header !== 'string' || !/^[\x21-\x7e]{1,128}$/.test(header))
    throw idempotencyErrors.keyInvalid();
  const requestHash = createHash('sha256')
    .update(
      `${request.method} ${request.routeOptions.url ?? request.url}\n${JSON.stringify(request.params)}\n`,
    )
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
  return { key: header, requestHash };
}

/**
 * Runs `produce` at most once per account and key. The key is claimed first and its answer
 * written in the same transaction as the work, so an acknowledged submission and its key commit
 * or vanish together; a concurrent duplicate finds the key's lock taken and is told to wait (409).
 * An error from `produce` must end the transaction (it does when it propagates out of
 * withActor): a refused request then leaves no key behind and a corrected retry goes through.
 *
 * One round trip of its own on the way to a new answer. It takes the advisory lock and, only if
 * it got the lock, inserts the claim. ON CONFLICT sees rows committed after the statement's
 * snapshot was taken, so a duplicate that committed just before the lock was granted is found
 * there, not missed; only then is the stored answer read, by a statement that starts after the
 * lock. The answer is written into the claim by a statement that travels with COMMIT.
 */
export async function runIdempotent<T>(
  tx: Tx,
  { accountId, claim }: { accountId: string; claim: IdempotencyClaim },
  produce: () => Promise<{ status: number; body: T }>,
): Promise<{ status: number; body: T; replayed: boolean }> {
  const [taken] = await queryRows<{ locked: boolean; claimed: boolean }>(
    tx,
    sql`with lock as (
          select pg_try_advisory_xact_lock(hashtextextended(${`${accountId}:${claim.key}`}, 0)) as locked
        ), claim as (
          insert into idempotency_keys (account_id, key, request_hash, created_at)
          select ${accountId}::uuid, ${claim.key}, ${claim.requestHash}, ${new Date().toISOString()}::timestamptz
          from lock where locked
          on conflict (account_id, key) do nothing
          returning 1
        )
        select (select locked from lock) as locked, exists (select 1 from claim) as claimed`,
  );
  if (!taken?.locked) throw idempotencyErrors.inFlight();
  const whereKey = and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, claim.key));
  if (!taken.claimed) {
    const [existing] = await tx.select().from(idempotencyKeys).where(whereKey);
    if (!existing || existing.responseStatus === null) {
      // Only a caller that swallowed produce's error and committed anyway could leave this behind.
      throw new Error('idempotency: the key is stored without its answer');
    }
    if (existing.requestHash !== claim.requestHash) throw idempotencyErrors.keyReused();
    return { status: existing.responseStatus, body: existing.responseBody as T, replayed: true };
  }
  const result = await produce();
  const literal = (value: string) => pg.escapeLiteral(value);
  runAtCommit(
    tx,
    `update idempotency_keys set response_status = ${Number(result.status)},
       response_body = ${literal(JSON.stringify(result.body ?? null))}::jsonb
     where account_id = ${literal(accountId)}::uuid and key = ${literal(claim.key)}`,
  );
  return { ...result, replayed: false };
}
