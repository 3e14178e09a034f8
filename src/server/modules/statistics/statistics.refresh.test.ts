import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import type { BuiltApp } from '../../app.js';
import { queryRows } from '../../platform/db/database.js';
import {
  CD,
  DY,
  MS,
  ZY,
  compareItems,
  compareMonthly,
  loadReferences,
  pastCase,
  scenario,
  shanghai,
  writeScenario,
} from './statistics.test-fixtures.js';

describe.each(databaseKinds())('the statistics refresh on %s', (kind) => {
  let test: TestDatabase;
  let built: BuiltApp;
  let refs: Awaited<ReturnType<typeof loadReferences>>;
  let ids: string[];

  const refresh = (options?: Parameters<BuiltApp['modules']['statistics']['refreshStatistics']>[0]) =>
    built.modules.statistics.refreshStatistics(options);
  const asOwner = <T>(fn: Parameters<TestDatabase['database']['withSystem']>[0]) =>
    test.database.withSystem(fn) as Promise<T>;
  const expectRollupToMatchCases = async () => {
    const monthly = await test.database.withSystem(compareMonthly);
    expect(monthly.actual).toEqual(monthly.expected);
    const items = await test.database.withSystem(compareItems);
    expect(items.actual).toEqual(items.expected);
    return monthly;
  };

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    built = await buildTestApp(test.database);
    await built.modules.calendar.seedCalendar();
    await built.modules.directory.seedDirectory();
    await built.modules.catalog.seedCatalog();
    refs = await loadReferences(test.database);
    ids = await writeScenario(test.database, built.modules.calendar, scenario(refs));
  });
  afterAll(async () => {
    await built.app.close();
    await test.dispose();
  });

  it('counts every case as a direct SQL computation over the cases does', async () => {
    const outcome = await refresh();
    expect(outcome).toMatchObject({ status: 'refreshed', casesChanged: ids.length, monthsRecounted: 3 });
    const { expected } = await expectRollupToMatchCases();
    // The scenario's facts, checked by hand where the rules are subtle.
    const row = (month: string, city: string, receiving: string, channel: string) =>
      expected.find(
        (r) =>
          r.month === month &&
          r.cityCode === city &&
          r.receivingCityCode === receiving &&
          r.channel === channel,
      );
    // Deyang → Chengdu, decided in October long after its due date.
    expect(row('2025-10', CD, DY, 'window')).toMatchObject({ decided: 1, withDeadline: 1, decidedOnTime: 0 });
    // The pause during review kept Deyang's September decision on time; 补正 before acceptance paused nothing.
    expect(row('2025-09', DY, DY, 'online')).toMatchObject({ submitted: 2, decided: 2, decidedOnTime: 2 });
    // 即办 at a Ziyang window for Meishan: same day, no working day used.
    expect(row('2025-09', MS, ZY, 'window')).toMatchObject({
      decidedSameDay: 1,
      median: 0,
      submittedOffSite: 1,
    });
    // Filed at 23:30 on 30 September (Shanghai): September's, decided in October, not the same day.
    expect(row('2025-09', MS, MS, 'online')).toMatchObject({ submitted: 1, decided: 0 });
    expect(row('2025-10', MS, MS, 'online')).toMatchObject({ decided: 1, decidedSameDay: 0 });
    // 01:00 on 1 November in Shanghai counts in November.
    expect(row('2025-11', DY, DY, 'window')).toMatchObject({ submitted: 1, submittedOffSite: 0 });
    // Three Chengdu online decisions in November: the median is the middle one.
    expect(row('2025-11', CD, CD, 'online')?.decided).toBe(3);
  });

  it('reads the same numbers through the public overview', async () => {
    const res = await built.app.inject({ url: '/api/v1/statistics/overview?from=2025-09&to=2025-11' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.period).toEqual({ from: '2025-09', to: '2025-11' });
    expect(body.total).toMatchObject({ submitted: ids.length, decided: 13, notAccepted: 1, refused: 1 });
    expect(body.cities.map((c: { cityCode: string }) => c.cityCode)).toEqual([CD, DY, MS, ZY]);
    const [direct] = await asOwner<{ n: number }[]>((tx) =>
      queryRows(
        tx,
        sql`select count(*)::int as n from cases where city_code = ${CD} and channel = 'window'
              and receiving_city_code <> city_code`,
      ),
    );
    expect(body.cities[0].submittedOffSite).toBe(direct?.n);
    expect(body.months.map((m: { month: string }) => m.month)).toEqual(['2025-09', '2025-10', '2025-11']);
  });

  it('moves a changed case between buckets on the next refresh without counting it twice', async () => {
    const before = await built.app.inject({ url: '/api/v1/statistics/overview?from=2025-09&to=2025-11' });
    // The refused Chengdu case (received in Meishan) is transferred to Ziyang's department, and the
    // first case's decision is corrected into October.
    const refusedId = ids[9] as string;
    const ziyangOrg = refs.implementations.find((i) => i.cityCode === ZY)?.orgId as string;
    await test.database.withSystem(async (tx) => {
      await tx.execute(sql`update cases set city_code = ${ZY}, deciding_org_id = ${ziyangOrg},
        updated_at = now() where id = ${refusedId}`);
      await tx.execute(sql`update cases set decided_at = ${shanghai('2025-10-02').toISOString()}::timestamptz,
        updated_at = now() where id = ${ids[0]}`);
    });
    const outcome = await refresh();
    expect(outcome).toMatchObject({ status: 'refreshed', casesChanged: 2 });
    await expectRollupToMatchCases();
    const after = await built.app.inject({ url: '/api/v1/statistics/overview?from=2025-09&to=2025-11' });
    const city = (
      body: { cities: { cityCode: string; submitted: number; refused: number }[] },
      code: string,
    ) => body.cities.find((c) => c.cityCode === code);
    expect(after.json().total.submitted).toBe(before.json().total.submitted);
    expect(after.json().total.decided).toBe(before.json().total.decided);
    expect(city(after.json(), CD)?.submitted).toBe((city(before.json(), CD)?.submitted ?? 0) - 1);
    expect(city(after.json(), ZY)?.refused).toBe((city(before.json(), ZY)?.refused ?? 0) + 1);
    const months = after.json().months as { month: string; decided: number }[];
    const beforeMonths = before.json().months as { month: string; decided: number }[];
    expect(months[0]?.decided).toBe((beforeMonths[0]?.decided ?? 0) - 1);
    expect(months[1]?.decided).toBe((beforeMonths[1]?.decided ?? 0) + 1);
  });

  it('recounts nothing when nothing changed', async () => {
    const outcome = await refresh();
    expect(outcome).toEqual({ status: 'refreshed', casesChanged: 0, monthsRecounted: 0 });
    await expectRollupToMatchCases();
  });

  it('counts ratings, leaves out an excluded one, and follows an upheld appeal', async () => {
    const closedChengdu = ids[0] as string;
    const ziyangInstant = ids[11] as string;
    const hall = refs.hallOf(CD);
    const evaluation = (id: string, caseId: string | null, grade: number, city: string, org: string) => sql`
      insert into case_evaluations (id, case_id, visit_org_id, visit_window, visit_date, rater_id, rater_kind,
        rater_name, grade, score_overall, score_efficiency, score_guide_accuracy, score_convenience,
        score_usability, channel, city_code, org_id, excluded, created_at)
      values (${id}, ${caseId}, ${caseId ? null : org}, ${caseId ? null : 'A01'},
        ${caseId ? null : '2025-11-20'}::date, '00000000-0000-4000-8000-00000000aaaa', 'citizen', '测试评价人',
        ${grade}, ${grade}, ${grade}, ${grade}, ${grade}, ${grade}, ${caseId ? 'online' : 'window'}, ${city},
        ${org}, false, ${shanghai('2025-11-20').toISOString()}::timestamptz)`;
    const orgOf = async (caseId: string) =>
      (
        await asOwner<{ org: string }[]>((tx) =>
          queryRows(tx, sql`select deciding_org_id as org from cases where id = ${caseId}`),
        )
      )[0]?.org as string;
    const [e1, e2, e3] = [
      '00000000-0000-4000-8000-0000000e0001',
      '00000000-0000-4000-8000-0000000e0002',
      '00000000-0000-4000-8000-0000000e0003',
    ];
    const cdOrg = await orgOf(closedChengdu);
    const zyOrg = await orgOf(ziyangInstant);
    await test.database.withSystem(async (tx) => {
      await tx.execute(evaluation(e1 as string, closedChengdu, 5, CD, cdOrg));
      await tx.execute(evaluation(e2 as string, ziyangInstant, 1, ZY, zyOrg));
      await tx.execute(evaluation(e3 as string, null, 4, CD, hall));
      await tx.execute(sql`insert into rectification_tasks (id, evaluation_id, org_id, city_code, status, due_date,
          created_at, updated_at)
        values ('00000000-0000-4000-8000-0000000f0001', ${e2}, ${zyOrg}, ${ZY}, 'appealed', '2025-12-11', now(), now())`);
    });
    await refresh();
    await expectRollupToMatchCases();
    const overview = async () =>
      (await built.app.inject({ url: '/api/v1/statistics/overview?from=2025-09&to=2025-11' })).json();
    let body = await overview();
    expect(body.total).toMatchObject({ rated: 3, satisfied: 2, openComplaints: 1 });
    expect(body.cities[0]).toMatchObject({ cityCode: CD, rated: 2, satisfied: 2, satisfaction: 1 });
    expect(body.cities[3]).toMatchObject({ cityCode: ZY, rated: 1, satisfied: 0, openComplaints: 1 });

    // The office upholds the department's appeal: the rating is left out and the 差评 is no longer open.
    await test.database.withSystem(async (tx) => {
      await tx.execute(sql`update case_evaluations set excluded = true where id = ${e2}`);
      await tx.execute(sql`update rectification_tasks set status = 'appeal_upheld', updated_at = now()
        where evaluation_id = ${e2}`);
    });
    await refresh();
    await expectRollupToMatchCases();
    body = await overview();
    expect(body.total).toMatchObject({ rated: 2, satisfied: 2, openComplaints: 0 });
    expect(body.cities[3]).toMatchObject({ cityCode: ZY, rated: 0, satisfaction: null });
  });

  it('stays exact when two refreshes run at once, waiting or not', async () => {
    const more = [0, 1, 2, 3].map((i) =>
      pastCase(refs, {
        item: 'regular',
        city: [CD, DY, MS, ZY][i] as string,
        receivedAt: [MS, ZY, CD, DY][i] as string,
        submittedAt: shanghai(`2025-11-2${i}`, '09:30'),
        steps: [
          ['accept', shanghai(`2025-11-2${i}`, '10:00')],
          ['grant', shanghai(`2025-11-2${i + 4}`, '10:00')],
        ],
      }),
    );
    await writeScenario(test.database, built.modules.calendar, more);
    const both = await Promise.all([refresh(), refresh()]);
    expect(both.map((o) => o.status)).toEqual(['refreshed', 'refreshed']);
    expect(both.reduce((sum, o) => sum + o.casesChanged, 0)).toBe(4);
    await expectRollupToMatchCases();

    await writeScenario(test.database, built.modules.calendar, [
      pastCase(refs, {
        item: 'other',
        city: DY,
        submittedAt: shanghai('2025-11-28'),
        steps: [['withdraw', shanghai('2025-11-28', '11:00')]],
      }),
    ]);
    // A periodic job does not wait: whichever finds the lock taken skips its turn.
    const racing = await Promise.all([refresh({ wait: false }), refresh({ wait: false })]);
    expect(racing.some((o) => o.status === 'refreshed')).toBe(true);
    await refresh();
    await expectRollupToMatchCases();
  });

  it('is refreshed by the job runner once a period', async () => {
    await writeScenario(test.database, built.modules.calendar, [
      pastCase(refs, {
        item: 'instant',
        city: ZY,
        submittedAt: shanghai('2025-11-27', '09:00'),
        steps: [
          ['accept', shanghai('2025-11-27', '09:05')],
          ['grant', shanghai('2025-11-27', '09:10')],
        ],
      }),
    ]);
    const before = await test.database.withSystem(compareMonthly);
    expect(before.actual).not.toEqual(before.expected);
    // The period's refresh is enqueued once across processes, then run like any job.
    expect(await built.jobs.enqueuePeriodic()).toContain('statistics.refresh');
    const outcome = await built.jobs.runOnce();
    expect(outcome.failed + outcome.retried).toBe(0);
    await expectRollupToMatchCases();
  });

  it('rebuilds everything from scratch to the same numbers', async () => {
    const before = await test.database.withSystem(compareMonthly);
    await test.database.withSystem(async (tx) => {
      await tx.execute(sql`update case_stats_monthly set submitted = submitted + 100`);
    });
    const outcome = await refresh({ rebuild: true });
    expect(outcome.status).toBe('refreshed');
    const after = await expectRollupToMatchCases();
    expect(after.actual).toEqual(before.actual);
  });

  it('lets the application role read the rollups but write none of them, nor read the per-case facts', async () => {
    const office = {
      userId: '00000000-0000-4000-8000-00000000beef',
      kind: 'staff' as const,
      roles: ['coordination_office' as const],
      cityCode: CD,
      orgIds: [],
      displayName: '同城化办公室',
    };
    const rows = await test.database.withActor(office, (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from case_stats_monthly`),
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
    for (const statement of [
      sql`update case_stats_monthly set submitted = 0`,
      sql`delete from case_stats_item_monthly`,
      sql`insert into case_stats_open_complaints (city_code, org_id, open, overdue)
            values (${CD}, '00000000-0000-4000-8000-000000000001', 9, 9)`,
      sql`select count(*) from case_stats_cases`,
    ])
      await expect(
        test.database
          .withActor(office, (tx) => tx.execute(statement))
          .catch((error: Error) => {
            throw error.cause ?? error;
          }),
      ).rejects.toThrow(/permission denied/);
  });
});
