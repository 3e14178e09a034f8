import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { openDatabase, type Database } from '../db/database.js';
import { newId } from '../ids.js';
import { outboxEvents } from './jobs.tables.js';
import { enqueueEvent } from './outbox.js';
import { createJobRunner, type JobEvent } from './runner.js';
import { describeError } from './safe-error.js';

async function eventRow(database: Database, id: string) {
  const [row] = await database.withSystem((tx) =>
    tx.select().from(outboxEvents).where(eq(outboxEvents.id, id)),
  );
  if (!row) throw new Error('no such event');
  return row;
}

async function enqueueOne(database: Database, type: string, payload: Record<string, unknown> = {}) {
  const marker = newId();
  await database.withActor(null, (tx) => enqueueEvent(tx, { type, payload: { ...payload, marker } }));
  const [row] = await database.withSystem((tx) =>
    tx
      .select()
      .from(outboxEvents)
      .where(sql`${outboxEvents.payload}->>'marker' = ${marker}`),
  );
  if (!row) throw new Error('not enqueued');
  return row.id;
}

describe('describeError', () => {
  it('keeps the kind of failure and blanks out addresses and ID or phone numbers', () => {
    const error = Object.assign(new Error('Recipient wang@example.cn (510104198801011234) rejected'), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    const text = describeError(error);
    expect(text).toBe('Error EENVELOPE 550: Recipient [email] ([number]) rejected');
  });
});

describe.each(databaseKinds())('the job runner on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(() => test.dispose());

  it('runs the handler once and marks the event done', async () => {
    const id = await enqueueOne(test.database, 'test.once', { n: 1 });
    const seen: JobEvent[] = [];
    const runner = createJobRunner({ database: test.database, pollMs: 1000 });
    runner.register('test.once', async (event) => {
      seen.push(event);
    });
    expect(await runner.runOnce()).toEqual({ claimed: 1, done: 1, retried: 0, failed: 0 });
    expect(await runner.runOnce()).toEqual({ claimed: 0, done: 0, retried: 0, failed: 0 });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ id, type: 'test.once', attempt: 1, payload: { n: 1 } });
    expect(await eventRow(test.database, id)).toMatchObject({ status: 'done', attempts: 1, lastError: null });
  });

  it('retries a failing handler with growing backoff, then gives up and records the error', async () => {
    const id = await enqueueOne(test.database, 'test.failing');
    let clock = new Date(Date.now() + 60_000);
    const attempts: number[] = [];
    const runner = createJobRunner({
      database: test.database,
      pollMs: 1000,
      maxAttempts: 3,
      backoffMs: (attempt) => 1000 * 10 ** attempt,
      now: () => clock,
    });
    runner.register('test.failing', async (event) => {
      attempts.push(event.attempt);
      throw new Error('mailbox li.si@example.cn unavailable for 13912345678');
    });

    expect(await runner.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    let row = await eventRow(test.database, id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.availableAt.getTime()).toBe(clock.getTime() + 10_000);
    // Not due before its backoff has passed.
    expect((await runner.runOnce()).claimed).toBe(0);

    clock = new Date(row.availableAt.getTime());
    expect(await runner.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    row = await eventRow(test.database, id);
    expect(row.availableAt.getTime()).toBe(clock.getTime() + 100_000);

    clock = new Date(row.availableAt.getTime());
    expect(await runner.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    row = await eventRow(test.database, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row.lastError).toBe('Error: mailbox [email] unavailable for [number]');
    expect(row.processedAt).not.toBeNull();

    clock = new Date(clock.getTime() + 10_000_000);
    expect((await runner.runOnce()).claimed).toBe(0);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const marker = newId();
    await expect(
      test.database.withActor(null, async (tx) => {
        await enqueueEvent(tx, { type: 'test.rollback', payload: { marker } });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    const seen: unknown[] = [];
    const runner = createJobRunner({ database: test.database, pollMs: 1000 });
    runner.register('test.rollback', async (event) => {
      seen.push(event);
    });
    expect((await runner.runOnce()).claimed).toBe(0);
    const rows = await test.database.withSystem((tx) =>
      tx.select().from(outboxEvents).where(eq(outboxEvents.type, 'test.rollback')),
    );
    expect(rows).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('lets the application role add to the outbox but not read it', async () => {
    await enqueueOne(test.database, 'test.unread');
    const visible = await test.database
      .withActor(null, (tx) => tx.select().from(outboxEvents))
      .then(
        (rows) => rows,
        () => 'denied' as const,
      );
    expect(visible).toBe('denied');
  });

  it('picks an event up again after its lease ran out (a runner killed mid-job)', async () => {
    const id = await enqueueOne(test.database, 'test.lease');
    let clock = new Date(Date.now() + 60_000);
    const dying = createJobRunner({
      database: test.database,
      pollMs: 1000,
      leaseMs: 30_000,
      now: () => clock,
    });
    // Claim as a runner would, then "die" before settling: the handler never returns.
    dying.register('test.lease', () => new Promise<void>(() => undefined));
    void dying.runOnce();
    await expect.poll(async () => (await eventRow(test.database, id)).attempts).toBe(1);

    const seen: number[] = [];
    const survivor = createJobRunner({
      database: test.database,
      pollMs: 1000,
      leaseMs: 30_000,
      now: () => clock,
    });
    survivor.register('test.lease', async (event) => {
      seen.push(event.attempt);
    });
    expect((await survivor.runOnce()).claimed).toBe(0);
    clock = new Date(clock.getTime() + 30_000);
    expect(await survivor.runOnce()).toMatchObject({ claimed: 1, done: 1 });
    expect(seen).toEqual([2]);
    expect(await eventRow(test.database, id)).toMatchObject({ status: 'done' });
  });

  it('starts polling in the background and stops cleanly', async () => {
    const id = await enqueueOne(test.database, 'test.background');
    const runner = createJobRunner({ database: test.database, pollMs: 20 });
    let handled!: () => void;
    const done = new Promise<void>((resolve) => (handled = resolve));
    runner.register('test.background', async () => handled());
    runner.start();
    await done;
    await runner.stop();
    await expect.poll(async () => (await eventRow(test.database, id)).status).toBe('done');
  });
});

describe.runIf(databaseKinds().includes('postgres'))('two job runners on PostgreSQL', () => {
  let test: TestDatabase;
  let second: Database;
  beforeAll(async () => {
    test = await createTestDatabase('postgres');
    // A second pool, as a second process would have.
    second = await openDatabase({ databaseUrl: test.url, poolSize: 3 });
  });
  afterAll(async () => {
    await second.close();
    await test.dispose();
  });

  it('never process the same event twice while claiming concurrently', async () => {
    const total = 300;
    await test.database.withSystem(async (tx) => {
      for (let i = 0; i < total; i += 1) await enqueueEvent(tx, { type: 'test.race', payload: { i } });
    });
    const handledBy = new Map<string, string[]>();
    const makeRunner = (database: Database, name: string) => {
      const runner = createJobRunner({ database, pollMs: 1000, batchSize: 7 });
      runner.register('test.race', async (event) => {
        handledBy.set(event.id, [...(handledBy.get(event.id) ?? []), name]);
        // Yield, so the other runner's claim interleaves with this one's work.
        await new Promise((resolve) => setImmediate(resolve));
      });
      return runner;
    };
    const drain = async (runner: ReturnType<typeof makeRunner>) => {
      let handled = 0;
      for (;;) {
        const outcome = await runner.runOnce();
        if (outcome.claimed === 0) return handled;
        handled += outcome.done;
      }
    };
    const runners = [
      makeRunner(test.database, 'a1'),
      makeRunner(test.database, 'a2'),
      makeRunner(second, 'b1'),
      makeRunner(second, 'b2'),
    ];
    const counts = await Promise.all(runners.map(drain));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(handledBy.size).toBe(total);
    expect([...handledBy.values()].filter((names) => names.length !== 1)).toEqual([]);
    // Both processes took part, so the claims really did race.
    const names = new Set([...handledBy.values()].flat());
    expect(names.has('a1') || names.has('a2')).toBe(true);
    expect(names.has('b1') || names.has('b2')).toBe(true);
    const [left] = await test.database
      .withSystem((tx) =>
        tx.execute(sql`select count(*)::int as n from outbox_events where status <> 'done'`),
      )
      .then((r) => (r as unknown as { rows: { n: number }[] }).rows);
    expect(left?.n).toBe(0);
  });
});
