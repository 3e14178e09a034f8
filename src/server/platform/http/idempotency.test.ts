import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import type { Actor } from '../actor.js';
import { queryRows } from '../db/database.js';
import { newId } from '../ids.js';
import { AppError } from './errors.js';
import { runIdempotent, type IdempotencyClaim } from './idempotency.js';

function citizen(): Actor {
  return { userId: newId(), kind: 'citizen', roles: [], cityCode: null, orgIds: [], displayName: '张丽华' };
}

const claim = (key: string, requestHash = 'a'.repeat(64)): IdempotencyClaim => ({ key, requestHash });

async function problemCode(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected a problem');
}

/** The guarantees of Idempotency-Key, on the SQL that carries them (the routes are tested in cases/). */
describe.each(databaseKinds())('runIdempotent on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(() => test.dispose());

  /** One request: its own transaction as the actor, producing a numbered answer. */
  function request(actor: Actor, c: IdempotencyClaim, produced: number[], work?: () => Promise<void>) {
    return test.database.withActor(actor, (tx) =>
      runIdempotent(tx, { accountId: actor.userId, claim: c }, async () => {
        await work?.();
        produced.push(produced.length + 1);
        return { status: 201, body: { answer: produced.length } };
      }),
    );
  }

  const storedKeys = async (accountId: string) =>
    queryRows<{ key: string; response_status: number | null }>(
      test.database.db,
      sql`select key, response_status from idempotency_keys where account_id = ${accountId}`,
    );

  it('produces once and answers a retry with the stored answer', async () => {
    const actor = citizen();
    const produced: number[] = [];
    const key = randomUUID();
    const first = await request(actor, claim(key), produced);
    const again = await request(actor, claim(key), produced);
    expect(first).toEqual({ status: 201, body: { answer: 1 }, replayed: false });
    expect(again).toEqual({ status: 201, body: { answer: 1 }, replayed: true });
    expect(produced).toEqual([1]);
    expect(await storedKeys(actor.userId)).toEqual([{ key, response_status: 201 }]);
  });

  it('refuses the same key with another request with 422, and keeps the first answer', async () => {
    const actor = citizen();
    const produced: number[] = [];
    const key = randomUUID();
    await request(actor, claim(key), produced);
    expect(await problemCode(request(actor, claim(key, 'b'.repeat(64)), produced))).toBe(
      'idempotency.key_reused',
    );
    expect((await request(actor, claim(key), produced)).body).toEqual({ answer: 1 });
  });

  it('keeps nothing when the work fails, so a corrected retry is produced', async () => {
    const actor = citizen();
    const produced: number[] = [];
    const key = randomUUID();
    const refused = request(actor, claim(key), produced, () => Promise.reject(new Error('form invalid')));
    await expect(refused).rejects.toThrow('form invalid');
    expect(await storedKeys(actor.userId)).toEqual([]);
    expect(await request(actor, claim(key), produced)).toMatchObject({ replayed: false });
  });

  it('keeps keys per account', async () => {
    const key = randomUUID();
    const produced: number[] = [];
    await request(citizen(), claim(key), produced);
    expect(await request(citizen(), claim(key), produced)).toMatchObject({ replayed: false });
    expect(produced).toEqual([1, 2]);
  });

  it('does not let another account read or take over a key through row-level security', async () => {
    const owner = citizen();
    const key = randomUUID();
    await request(owner, claim(key), []);
    const visible = await test.database.withActor(citizen(), (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from idempotency_keys`),
    );
    expect(visible[0]?.n).toBe(0);
    await expect(
      test.database.withActor(citizen(), (tx) =>
        tx.execute(
          sql`insert into idempotency_keys (account_id, key, request_hash, created_at)
              values (${owner.userId}, ${randomUUID()}, ${'c'.repeat(64)}, now())`,
        ),
      ),
    ).rejects.toThrow();
  });

  // PGlite runs one transaction at a time, so two requests can only overlap on a server.
  it.runIf(kind === 'postgres')(
    'answers 409 while the first request is in flight, then the first answer once it committed',
    async () => {
      const actor = citizen();
      const produced: number[] = [];
      const key = randomUUID();
      let release = () => undefined as void;
      let started = () => undefined as void;
      const running = new Promise<void>((resolve) => (started = resolve));
      const first = request(actor, claim(key), produced, async () => {
        started();
        await new Promise<void>((resolve) => (release = resolve));
      });
      await running;
      expect(await problemCode(request(actor, claim(key), produced))).toBe('idempotency.in_flight');
      release();
      expect((await first).replayed).toBe(false);
      expect(await request(actor, claim(key), produced)).toMatchObject({
        replayed: true,
        body: { answer: 1 },
      });
      expect(produced).toEqual([1]);
    },
  );

  it.runIf(kind === 'postgres')(
    'produces once when many identical requests race, every other one replaying or told to wait',
    async () => {
      const actor = citizen();
      const produced: number[] = [];
      const key = randomUUID();
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () => request(actor, claim(key), produced)),
      );
      expect(produced).toEqual([1]);
      for (const outcome of outcomes) {
        if (outcome.status === 'fulfilled') expect(outcome.value.body).toEqual({ answer: 1 });
        else expect((outcome.reason as AppError).code).toBe('idempotency.in_flight');
      }
      expect(await storedKeys(actor.userId)).toEqual([{ key, response_status: 201 }]);
    },
  );
});
