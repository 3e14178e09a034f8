import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { openDatabase, type Database } from '../db/database.js';
import { jobSchedules, outboxEvents } from './jobs.tables.js';
import { createJobRunner, type JobEvent } from './runner.js';
import { enqueueDuePeriods, periodStartOf } from './schedule.js';

const HOUR = 3_600_000;

async function eventsOf(database: Database, type: string) {
  return database.withSystem((tx) => tx.select().from(outboxEvents).where(eq(outboxEvents.type, type)));
}

describe('periods', () => {
  it('start on the epoch’s multiples of the period', () => {
    expect(periodStartOf(new Date('2026-03-02T10:59:59.999Z'), HOUR).toISOString()).toBe(
      '2026-03-02T10:00:00.000Z',
    );
    expect(periodStartOf(new Date('2026-03-02T11:00:00.000Z'), HOUR).toISOString()).toBe(
      '2026-03-02T11:00:00.000Z',
    );
  });
});

describe.each(databaseKinds())('periodic jobs on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(() => test.dispose());

  it('enqueue once per period however many runners poll, and once after missed periods', async () => {
    let clock = new Date('2026-03-02T10:20:00Z');
    const runners = [1, 2, 3].map(() => {
      const runner = createJobRunner({ database: test.database, pollMs: 1000, now: () => clock });
      runner.every('test.hourly', HOUR, async () => undefined);
      return runner;
    });
    const pollAll = async () => (await Promise.all(runners.map((r) => r.enqueuePeriodic()))).flat();

    expect(await pollAll()).toEqual(['test.hourly']);
    clock = new Date('2026-03-02T10:59:59Z');
    expect(await pollAll()).toEqual([]);
    clock = new Date('2026-03-02T11:00:00Z');
    expect(await pollAll()).toEqual(['test.hourly']);
    // Every process was down from 11:30 to 15:10: one run, not four.
    clock = new Date('2026-03-02T15:10:00Z');
    expect(await pollAll()).toEqual(['test.hourly']);
    expect(await pollAll()).toEqual([]);

    const events = await eventsOf(test.database, 'test.hourly');
    expect(
      events.map((e) => e.payload).sort((a, b) => String(a.periodStart).localeCompare(String(b.periodStart))),
    ).toEqual([
      { periodStart: '2026-03-02T10:00:00.000Z' },
      { periodStart: '2026-03-02T11:00:00.000Z' },
      { periodStart: '2026-03-02T15:00:00.000Z' },
    ]);
    const [schedule] = await test.database.withSystem((tx) =>
      tx.select().from(jobSchedules).where(eq(jobSchedules.name, 'test.hourly')),
    );
    expect(schedule?.nextRunAt.toISOString()).toBe('2026-03-02T16:00:00.000Z');
  });

  it('hands the period to the handler through the outbox, with its retries', async () => {
    const clock = new Date('2026-03-03T08:05:00Z');
    const seen: JobEvent[] = [];
    let failFirst = true;
    const runner = createJobRunner({
      database: test.database,
      pollMs: 1000,
      now: () => clock,
      backoffMs: () => 0,
    });
    runner.every('test.daily', 24 * HOUR, async (event) => {
      seen.push(event);
      if (failFirst) {
        failFirst = false;
        throw new Error('the first try fails');
      }
    });
    await runner.enqueuePeriodic();
    expect(await runner.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    expect(await runner.runOnce()).toMatchObject({ claimed: 1, done: 1 });
    expect(seen.map((e) => [e.payload, e.attempt])).toEqual([
      [{ periodStart: '2026-03-03T00:00:00.000Z' }, 1],
      [{ periodStart: '2026-03-03T00:00:00.000Z' }, 2],
    ]);
  });

  it('refuses a period shorter than a second and a name registered twice', () => {
    const runner = createJobRunner({ database: test.database, pollMs: 1000 });
    expect(() => runner.every('test.fast', 10, async () => undefined)).toThrow();
    runner.every('test.twice', HOUR, async () => undefined);
    expect(() => runner.every('test.twice', HOUR, async () => undefined)).toThrow();
  });

  it('keeps the schedules away from the application role', async () => {
    const read = await test.database
      .withActor(null, (tx) => tx.select().from(jobSchedules))
      .then(
        (rows) => rows,
        () => 'denied' as const,
      );
    expect(read).toBe('denied');
  });
});

describe.runIf(databaseKinds().includes('postgres'))('periodic jobs polled by two processes', () => {
  let test: TestDatabase;
  let second: Database;
  beforeAll(async () => {
    test = await createTestDatabase('postgres');
    second = await openDatabase({ databaseUrl: test.url, poolSize: 4 });
  });
  afterAll(async () => {
    await second.close();
    await test.dispose();
  });

  it('write one event per period while both poll at the same moment, many times over', async () => {
    const jobs = [{ name: 'test.race', periodMs: HOUR }];
    const start = Date.parse('2026-04-01T00:00:00Z');
    for (let hour = 0; hour < 24; hour += 1) {
      const at = new Date(start + hour * HOUR + 1000);
      await Promise.all([
        enqueueDuePeriods(test.database, jobs, at),
        enqueueDuePeriods(second, jobs, at),
        enqueueDuePeriods(test.database, jobs, at),
        enqueueDuePeriods(second, jobs, at),
      ]);
    }
    const events = await eventsOf(test.database, 'test.race');
    expect(events).toHaveLength(24);
    expect(new Set(events.map((e) => e.payload.periodStart)).size).toBe(24);
  });
});
