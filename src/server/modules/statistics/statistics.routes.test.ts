import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';
import type { Actor } from '../../platform/actor.js';
import { queryRows } from '../../platform/db/database.js';
import { createStatisticsRepository } from './statistics.repository.js';
import { DEMO_HISTORY_SIZE } from './demo-history.seed.js';

const CD = '510100';
const MS = '511400';

describe.each(databaseKinds())('the statistics endpoints on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let office: TestSession;
  let meishanAdmin: TestSession;
  let officer: TestSession;
  let citizen: TestSession;

  const get = (url: string, session?: TestSession) =>
    app.inject({ url, ...(session ? { headers: session.headers } : {}) });
  const owner = <T>(query: ReturnType<typeof sql>) =>
    test.database.withSystem((tx) => queryRows<T>(tx, query));

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    // The demo data includes six months of past cases and counts them.
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }), { history: true });
    ({ app } = await buildTestApp(test.database));
    office = await signIn(app, 'office', demoPassword);
    meishanAdmin = await signIn(app, 'ms.admin', demoPassword);
    officer = await signIn(app, 'cd.gjj.officer', demoPassword);
    citizen = await registerCitizen(app, '周晓燕');
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('shows the demo history to anyone, as counts that match the cases', async () => {
    const res = await get('/api/v1/statistics/overview');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = res.json();
    const { from, to } = body.period;
    const [direct] = await owner<{ submitted: number; online: number; window: number }>(
      sql`select count(*)::int as submitted, count(*) filter (where channel = 'online')::int as online,
                 count(*) filter (where channel = 'window')::int as window
            from cases
           where to_char((submitted_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM')
                 between ${from} and ${to}`,
    );
    expect(direct?.submitted).toBeGreaterThan(DEMO_HISTORY_SIZE * 0.8);
    expect(body.total.submitted).toBe(direct?.submitted);
    expect(body.channels).toMatchObject([
      { channel: 'online', submitted: direct?.online },
      { channel: 'window', submitted: direct?.window },
    ]);
    expect(body.cities.map((c: { cityName: string }) => c.cityName)).toEqual([
      '成都市',
      '德阳市',
      '眉山市',
      '资阳市',
    ]);
    expect(body.months).toHaveLength(12);
    expect(body.refreshedAt).not.toBeNull();
  });

  it('never shows a person: no name, ID number or case number of any case in any public answer', async () => {
    const bodies = await Promise.all(
      [
        '/api/v1/statistics/overview',
        '/api/v1/statistics/city-pairs',
        '/api/v1/statistics/items?limit=500',
        `/api/v1/statistics/items?limit=500&city=${MS}`,
      ].map(async (url) => (await get(url)).body),
    );
    const people = await owner<{
      name: string;
      id_number: string | null;
      case_number: string;
      query_code: string;
    }>(
      sql`select applicant_name as name, applicant_id_number as id_number, case_number, query_code from cases`,
    );
    expect(people.length).toBeGreaterThan(0);
    for (const body of bodies)
      for (const p of people) {
        expect(body).not.toContain(p.case_number);
        expect(body).not.toContain(p.query_code);
        if (p.id_number) expect(body).not.toContain(p.id_number);
        // Firms' names are public; a person's name never appears.
        if (p.name.length <= 3) expect(body).not.toContain(`"${p.name}"`);
      }
  });

  it('lays out the receiving → deciding matrix and the items, declared against achieved', async () => {
    const pairs = (await get('/api/v1/statistics/city-pairs')).json();
    expect(pairs.pairs).toHaveLength(16);
    const offSite = pairs.pairs.filter(
      (p: { receivingCityCode: string; decidingCityCode: string }) =>
        p.receivingCityCode !== p.decidingCityCode,
    );
    const overview = (await get('/api/v1/statistics/overview')).json();
    expect(offSite.reduce((sum: number, p: { submitted: number }) => sum + p.submitted, 0)).toBe(
      overview.total.submittedOffSite,
    );
    const onlyMeishan = (await get(`/api/v1/statistics/city-pairs?city=${MS}`)).json();
    expect(onlyMeishan.pairs).toHaveLength(7);

    const items = (await get('/api/v1/statistics/items?limit=5')).json();
    expect(items.items).toHaveLength(5);
    const volumes = items.items.map((i: { achieved: { submitted: number } }) => i.achieved.submitted);
    expect(volumes).toEqual([...volumes].sort((a, b) => b - a));
    const [distinct] = await owner<{ n: number }>(
      sql`select count(distinct item_code)::int as n from case_stats_item_monthly
           where month between ${`${items.period.from}-01`}::date and ${`${items.period.to}-01`}::date`,
    );
    expect(items.total).toBe(distinct?.n);
    const top = items.items[0];
    const [published] = await owner<{ instant: boolean; promised: number }>(
      sql`select instant, promised_days as promised from item_implementations
           where item_code = ${top.code} and city_code = ${top.cities[0].cityCode} and status = 'published'`,
    );
    expect(top.cities[0].declared).toMatchObject({
      instant: published?.instant,
      promisedDays: published?.promised,
    });
    expect(top.name).not.toBe(top.code);
  });

  it('refuses a bad period or city with located errors in Chinese, or in English on request', async () => {
    const month = await get('/api/v1/statistics/overview?from=2026-13');
    expect(month.statusCode).toBe(400);
    expect(month.headers['content-type']).toContain('application/problem+json');
    expect(month.json().errors).toEqual([
      expect.objectContaining({ field: 'querystring.from', message: '月份格式应为 YYYY-MM' }),
    ]);
    const reversed = await get('/api/v1/statistics/items?from=2026-05&to=2026-01&lang=en');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([
      expect.objectContaining({
        field: 'querystring.to',
        message: 'The last month cannot come before the first',
      }),
    ]);
    const longAgo = await get('/api/v1/statistics/overview?from=2015-01');
    expect(longAgo.statusCode).toBe(400);
    expect(longAgo.json().errors[0]).toMatchObject({
      field: 'querystring.from',
      code: 'statistics.period_too_long',
    });
    const unknown = await get('/api/v1/statistics/city-pairs?city=500000');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({
      field: 'querystring.city',
      message: '该城市不在成德眉资同城化范围内',
    });
    const extra = await get('/api/v1/statistics/overview?applicant=1');
    expect(extra.statusCode).toBe(400);
  });

  it('gives department figures to the coordination office for all cities and to a city administrator for theirs only', async () => {
    expect((await get('/api/v1/statistics/departments')).statusCode).toBe(401);
    expect((await get('/api/v1/statistics/departments', citizen)).statusCode).toBe(403);
    expect((await get('/api/v1/statistics/departments', officer)).statusCode).toBe(403);
    const foreign = await get(`/api/v1/statistics/departments?city=${CD}`, meishanAdmin);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('statistics.departments_forbidden');

    const own = await get('/api/v1/statistics/departments', meishanAdmin);
    expect(own.statusCode).toBe(200);
    expect(own.headers['cache-control']).toBe('private, no-store');
    const mine = own.json();
    expect(mine.city).toBe(MS);
    expect(mine.departments.length).toBeGreaterThan(0);
    expect(new Set(mine.departments.map((d: { cityCode: string }) => d.cityCode))).toEqual(new Set([MS]));

    const all = (await get('/api/v1/statistics/departments', office)).json();
    expect(new Set(all.departments.map((d: { cityCode: string }) => d.cityCode)).size).toBe(4);
    const overview = (await get('/api/v1/statistics/overview')).json();
    const sum = (
      list: { submitted: number; openComplaints: number }[],
      key: 'submitted' | 'openComplaints',
    ) => list.reduce((total, d) => total + d[key], 0);
    expect(sum(all.departments, 'submitted')).toBe(overview.total.submitted);
    expect(sum(all.departments, 'openComplaints')).toBe(overview.total.openComplaints);
  });

  it('reads open 差评 under row-level security: a city administrator’s transaction sees only their city', async () => {
    const [org] = await owner<{ id: string }>(
      sql`select id from organisations where city_code = ${CD} and key = 'ybj'`,
    );
    await test.database.withSystem(async (tx) => {
      await tx.execute(sql`insert into case_evaluations (id, visit_org_id, visit_window, visit_date, rater_id,
          rater_kind, rater_name, grade, score_overall, score_efficiency, score_guide_accuracy,
          score_convenience, score_usability, channel, city_code, org_id, excluded, created_at)
        values ('00000000-0000-4000-8000-00000000e0c1', ${org?.id}, 'A01', '2026-01-05',
          '00000000-0000-4000-8000-00000000e0c2', 'citizen', '测试评价人', 1, 1, 1, 1, 1, 1, 'window', ${CD},
          ${org?.id}, false, now())`);
      await tx.execute(sql`insert into rectification_tasks (id, evaluation_id, org_id, city_code, status, due_date,
          created_at, updated_at)
        values ('00000000-0000-4000-8000-00000000e0c3', '00000000-0000-4000-8000-00000000e0c1', ${org?.id},
          ${CD}, 'open', '2026-01-26', now(), now())`);
    });
    const repository = createStatisticsRepository();
    const actor = (roles: Actor['roles'], cityCode: string): Actor => ({
      userId: '00000000-0000-4000-8000-00000000e0c4',
      kind: 'staff',
      roles,
      cityCode,
      orgIds: [],
      displayName: '测试',
    });
    const seenBy = (who: Actor) =>
      test.database.withActor(who, (tx) => repository.liveOpenComplaints(tx, '2026-02-01'));
    expect((await seenBy(actor(['city_admin'], MS))).map((r) => r.cityCode)).not.toContain(CD);
    expect((await seenBy(actor(['coordination_office'], CD))).find((r) => r.orgId === org?.id)).toMatchObject(
      {
        open: 1,
        overdue: 1,
      },
    );
    expect(await seenBy(actor(['case_officer'], MS))).toEqual([]);
  });

  it('documents the endpoints in the OpenAPI description', async () => {
    const document = (await app.inject('/api/docs/json')).json() as { paths: Record<string, unknown> };
    for (const path of ['overview', 'items', 'city-pairs', 'departments'])
      expect(document.paths).toHaveProperty(`/api/v1/statistics/${path}`);
  });
});
