import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { queryRows, type Tx } from '../db/database.js';
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
 * Runs `produce` at most once per account and key. The stored answer is written in the same
 * transaction as the work, so an acknowledged submission and its key commit or vanish together;
 * a concurrent duplicate finds the key locked and is told to wait (409).
 */
export async function runIdempotent<T>(
  tx: Tx,
  { accountId, claim }: { accountId: string; claim: IdempotencyClaim },
  produce: () => Promise<{ status: number; body: T }>,
): Promise<{ status: number; body: T; replayed: boolean }> {
  const [lock] = await queryRows<{ locked: boolean }>(
    tx,
    sql`select pg_try_advisory_xact_lock(hashtextextended(${`${accountId}:${claim.key}`}, 0)) as locked`,
  );
  if (!lock?.locked) throw idempotencyErrors.inFlight();
  const [existing] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, claim.key)));
  if (existing) {
    if (existing.requestHash !== claim.requestHash) throw idempotencyErrors.keyReused();
    return { status: existing.responseStatus ?? 200, body: existing.responseBody as T, replayed: true };
  }
  const result = await produce();
  await tx.insert(idempotencyKeys).values({
    accountId,
    key: claim.key,
    requestHash: claim.requestHash,
    responseStatus: result.status,
    responseBody: result.body,
    createdAt: new Date(),
  });
  return { ...result, replayed: false };
}
