import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { demoAccountList, demoPassword } from '../../demo-accounts.js';
import type {
  CalendarYearList,
  CalendarYearView,
  WorkingDayComputationView,
} from '../../../contracts/calendar.contract.js';
import { toShanghaiDate } from './working-days.js';

interface ProblemBody {
  code: string;
  status: number;
  errors?: { field: string; code: string; message: string }[];
}

/** A made-up arrangement for 2027 (the official one is not yet published): New Year 1/1–1/3. */
const test2027 = {
  notice: '测试用安排（非官方）',
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    { date: '2027-01-02', kind: 'holiday', name: '元旦' },
    { date: '2027-01-03', kind: 'holiday', name: '元旦' },
  ],
};

describe.each(databaseKinds())('the calendar API on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let sysadmin: TestSession;
  let office: TestSession;
  let officer: TestSession;
  let citizen: TestSession;

  const workingDays = async (query: string) =>
    (await app.inject(`/api/v1/calendar/working-days?${query}`)).json() as WorkingDayComputationView;
  const putYear = (year: number | string, payload: unknown, session?: TestSession) =>
    app.inject({
      method: 'PUT',
      url: `/api/v1/calendar/years/${year}`,
      payload: payload as Record<string, unknown>,
      headers: session?.headers ?? {},
    });

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const built = await buildTestApp(test.database);
    app = built.app;
    await built.modules.calendar.seedCalendar();
    await built.modules.directory.seedDirectory();
    await built.modules.identity.seedDemoAccounts({ accounts: demoAccountList, password: demoPassword });
    [sysadmin, office, officer, citizen] = [
      await signIn(app, 'sysadmin', demoPassword),
      await signIn(app, 'office', demoPassword),
      await signIn(app, 'cd.gjj.officer', demoPassword),
      await registerCitizen(app),
    ];
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('answers 承诺 5 个工作日 from 2026-09-30 with 10/13, and shows the holiday and the make-up Saturday', async () => {
    const res = await app.inject('/api/v1/calendar/working-days?from=2026-09-30&days=5');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = res.json() as WorkingDayComputationView;
    expect(body).toMatchObject({
      start: '2026-09-30',
      days: 5,
      dueDate: '2026-10-13',
      makeupWorkdays: [{ date: '2026-10-10', name: '国庆节调休上班' }],
      beyondKnownCalendar: false,
      lastKnownYear: 2026,
    });
    expect(body.skipped.map((d) => `${d.date} ${d.name ?? d.reason}`)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2026-10-0${d} 国庆节`),
      '2026-10-11 weekend',
    ]);
  });

  it('counts from today in Shanghai when no day is given', async () => {
    const before = toShanghaiDate(new Date());
    const body = await workingDays('days=0');
    expect([before, toShanghaiDate(new Date())]).toContain(body.start);
    expect(body.dueDate).toBe(body.start);
  });

  it.each([
    ['from=2027-02-30&days=5', 'querystring.from', 'calendar.date_invalid'],
    ['from=2026-09-30&days=-1', 'querystring.days', 'too_small'],
    ['from=2026-09-30&days=1.5', 'querystring.days', 'invalid_type'],
    ['from=2026-09-30', 'querystring.days', 'invalid_type'],
    ['from=2026-09-30&days=5&city=510100', 'querystring.city', 'unrecognized_key'],
  ])('refuses ?%s', async (query, field, code) => {
    const res = await app.inject(`/api/v1/calendar/working-days?${query}`);
    expect(res.statusCode).toBe(400);
    expect((res.json() as ProblemBody).errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('lists the known years, 2004–2026 from chinese-days', async () => {
    const list = (await app.inject('/api/v1/calendar/years')).json() as CalendarYearList;
    expect(list.items.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(list.lastKnownYear).toBe(2026);
    expect(list.items.at(-1)).toMatchObject({ source: 'chinese-days', holidays: 33, makeupWorkdays: 6 });
  });

  it('shows one year, and says when it does not know one', async () => {
    const year = (await app.inject('/api/v1/calendar/years/2026')).json() as CalendarYearView;
    expect(year.days).toContainEqual({
      date: '2026-09-20',
      kind: 'makeup_workday',
      name: '国庆节调休上班',
      source: 'chinese-days',
    });
    const missing = await app.inject({
      url: '/api/v1/calendar/years/2030',
      headers: { 'accept-language': 'en' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      code: 'calendar.year_not_found',
      title: 'The calendar does not yet hold that year’s official arrangement',
    });
  });

  it('lets neither a citizen nor a case officer enter a year, and asks strangers to sign in', async () => {
    expect((await putYear(2027, test2027, citizen)).statusCode).toBe(403);
    expect((await putYear(2027, test2027, officer)).json()).toMatchObject({
      code: 'auth.forbidden',
      status: 403,
    });
    expect((await putYear(2027, test2027)).statusCode).toBe(401);
    expect((await app.inject('/api/v1/calendar/years/2027')).statusCode).toBe(404);
  });

  it.each([
    [
      'a date that does not exist',
      { days: [{ date: '2027-02-30', kind: 'holiday', name: '春节' }] },
      'request.invalid',
      [{ field: 'body.days.0.date', code: 'calendar.date_invalid', message: '请输入有效日期（年-月-日）' }],
    ],
    [
      'a make-up working day on a Wednesday',
      {
        days: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-06', kind: 'makeup_workday', name: '元旦调休上班' },
        ],
      },
      'calendar.arrangement_invalid',
      [
        {
          field: 'body.days.1.kind',
          code: 'calendar.makeup_not_weekend',
          message: '调休上班日只能是星期六或星期日',
        },
      ],
    ],
    [
      'a date outside the year, and a date twice',
      {
        days: [
          { date: '2026-12-31', kind: 'holiday', name: '元旦' },
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        ],
      },
      'calendar.arrangement_invalid',
      [
        { field: 'body.days.0.date', code: 'calendar.date_outside_year', message: '日期不在该年度内' },
        { field: 'body.days.2.date', code: 'calendar.date_duplicate', message: '该日期重复出现' },
      ],
    ],
    [
      'unknown fields',
      { days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦', paid: true }], source: 'chinese-days' },
      'request.invalid',
      [
        expect.objectContaining({ field: 'body.days.0.paid', code: 'unrecognized_key' }),
        expect.objectContaining({ field: 'body.source', code: 'unrecognized_key' }),
      ],
    ],
    [
      'an unknown kind and an empty name',
      { days: [{ date: '2027-01-01', kind: 'festival', name: ' ' }] },
      'request.invalid',
      [
        expect.objectContaining({ field: 'body.days.0.kind', code: 'invalid_value' }),
        expect.objectContaining({ field: 'body.days.0.name', code: 'too_small' }),
      ],
    ],
    ['no days at all', { days: [] }, 'request.invalid', [expect.objectContaining({ field: 'body.days' })]],
  ])('refuses %s with field errors', async (_why, payload, code, errors) => {
    const res = await putYear(2027, payload, sysadmin);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json() as ProblemBody;
    expect(problem.code).toBe(code);
    expect(problem.errors).toEqual(errors);
  });

  it('refuses a year out of range', async () => {
    const res = await putYear(1999, test2027, sysadmin);
    expect(res.statusCode).toBe(400);
    expect((res.json() as ProblemBody).errors?.[0]?.field).toBe('params.year');
  });

  it('takes 2027 from the system administrator: a 2027 deadline is no longer beyond the calendar', async () => {
    expect(await workingDays('from=2026-12-24&days=10')).toMatchObject({
      dueDate: '2027-01-07',
      beyondKnownCalendar: true,
      lastKnownYear: 2026,
      unknownYears: [2027],
    });
    const res = await putYear(2027, test2027, sysadmin);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, source: 'admin', notice: test2027.notice, holidays: 3 });
    expect(await workingDays('from=2026-12-24&days=10')).toMatchObject({
      dueDate: '2027-01-08',
      beyondKnownCalendar: false,
      lastKnownYear: 2027,
      unknownYears: [],
    });
    const list = (await app.inject('/api/v1/calendar/years')).json() as CalendarYearList;
    expect(list.lastKnownYear).toBe(2027);
  });

  it('lets the coordination office correct the year; the new list replaces the old', async () => {
    const corrected = { days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] };
    expect((await putYear(2027, corrected, office)).statusCode).toBe(200);
    const year = (await app.inject('/api/v1/calendar/years/2027')).json() as CalendarYearView;
    expect(year.days).toEqual([{ date: '2027-01-01', kind: 'holiday', name: '元旦', source: 'admin' }]);
    expect((await workingDays('from=2026-12-31&days=1')).dueDate).toBe('2027-01-04');
  });
});
