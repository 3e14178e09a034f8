import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import type { JobRunner } from '../../platform/jobs/index.js';
import type { Modules } from '../../modules.js';
import { toShanghaiDate } from '../calendar/index.js';
import { cases } from '../cases/cases.tables.js';
import type { NotificationList } from '../../../contracts/notifications.contract.js';

const indicators = { overall: 1, efficiency: 2, guideAccuracy: 3, convenience: 2, usability: 4 };
const BAD_COMMENT = '材料要求反复变化，跑了三趟才办成，窗口也没有一次性告知。';

let serial = 0;

/**
 * A case as the case engine leaves it, written directly: bringing a case to closed is the cases
 * module's lifecycle, tested there (and in the browser journey); these tests start where rating does.
 */
async function insertCase(
  database: Database,
  c: { applicantId: string; orgId: string; cityCode: string; status?: 'closed' | 'granted' },
): Promise<{ id: string; caseNumber: string }> {
  serial += 1;
  const id = newId();
  const caseNumber = `EV-2026-${String(serial).padStart(6, '0')}`;
  const at = new Date();
  await database.withSystem((tx) =>
    tx.insert(cases).values({
      id,
      caseNumber,
      queryCode: `EVQ${serial}`,
      itemCode: '000125008000',
      implementationId: newId(),
      implementationVersion: 1,
      cityCode: c.cityCode,
      decidingOrgId: c.orgId,
      receivingCityCode: c.cityCode,
      channel: 'online',
      applicantId: c.applicantId,
      applicantKind: 'citizen',
      applicantName: '王小明',
      form: {},
      status: c.status ?? 'closed',
      promisedDays: 10,
      submittedAt: at,
      updatedAt: at,
    }),
  );
  return { id, caseNumber };
}

describe.each(databaseKinds())('好差评 and 差评整改 over HTTP on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let jobs: JobRunner;
  let modules: Modules;
  let citizen: TestSession & { idNumber: string; mobile: string };
  let otherCitizen: TestSession;
  let chengduOfficer: TestSession;
  let ziyangOfficer: TestSession;
  let meishanAdmin: TestSession;
  let office: TestSession;
  let deyangClerk: TestSession;
  const orgs: Record<string, string> = {};
  let closedCase: { id: string; caseNumber: string };
  let taskId: string;
  let ratedAt: Date;

  const rate = (session: TestSession, body: object, key: string = randomUUID(), lang?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/evaluations',
      headers: { ...session.headers, 'idempotency-key': key, ...(lang ? { 'accept-language': lang } : {}) },
      payload: body,
    });
  const get = (session: TestSession, url: string) => app.inject({ url, headers: session.headers });
  const step = (session: TestSession, id: string, path: string, body: object) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/rectifications/${id}/${path}`,
      headers: session.headers,
      payload: body,
    });
  const inbox = async (session: TestSession) =>
    (await get(session, '/api/v1/notifications')).json() as NotificationList;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app, jobs, modules } = await buildTestApp(test.database));
    citizen = await registerCitizen(app, '王小明');
    otherCitizen = await registerCitizen(app, '赵小红');
    chengduOfficer = await signIn(app, 'cd.gjj.officer', demoPassword);
    ziyangOfficer = await signIn(app, 'zy.gjj.officer', demoPassword);
    meishanAdmin = await signIn(app, 'ms.admin', demoPassword);
    office = await signIn(app, 'office', demoPassword);
    deyangClerk = await signIn(app, 'dy.zwfw.clerk', demoPassword);
    for (const [name, city, key] of [
      ['cdGjj', '510100', 'gjj'],
      ['msGjj', '511400', 'gjj'],
      ['dyHall', '510600', 'zwfw'],
      ['cdHall', '510100', 'zwfw'],
    ] as const) {
      const org = await modules.directory.findOrganisationByKey(undefined, city, key);
      if (!org) throw new Error(`no ${key} in ${city}`);
      orgs[name] = org.id;
    }
    closedCase = await insertCase(test.database, {
      applicantId: citizen.accountId,
      orgId: orgs.cdGjj as string,
      cityCode: '510100',
    });
    // The demo data's outbox is not this test's business.
    while ((await jobs.runOnce()).claimed > 0);
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('lets only the applicant rate, only once the case is closed, and calls a forged case not found', async () => {
    const open = await insertCase(test.database, {
      applicantId: citizen.accountId,
      orgId: orgs.cdGjj as string,
      cityCode: '510100',
      status: 'granted',
    });
    const body = (caseId: string) => ({ caseId, grade: 5, indicators: { ...indicators, overall: 5 } });
    const notClosed = await rate(citizen, body(open.id));
    expect(notClosed.statusCode).toBe(409);
    expect(notClosed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(notClosed.json()).toMatchObject({
      code: 'evaluations.case_not_closed',
      title: '办件办结后才能评价',
    });

    const forged = await rate(citizen, body(randomUUID()));
    expect(forged.statusCode).toBe(404);
    expect(forged.json().code).toBe('evaluations.case_not_found');
    // Someone else's case is no different from a case that does not exist.
    const notTheirs = await rate(otherCitizen, body(closedCase.id));
    expect(notTheirs.statusCode).toBe(404);
    expect(notTheirs.json().code).toBe('evaluations.case_not_found');
    expect((await get(otherCitizen, `/api/v1/evaluations/cases/${closedCase.id}`)).statusCode).toBe(404);
    expect((await get(citizen, `/api/v1/evaluations/cases/${randomUUID()}`)).statusCode).toBe(404);

    const byStaff = await rate(chengduOfficer, body(closedCase.id));
    expect(byStaff.statusCode).toBe(403);
    expect(byStaff.json().code).toBe('evaluations.only_raters');

    const state = await get(citizen, `/api/v1/evaluations/cases/${closedCase.id}`);
    expect(state.json()).toEqual({ rateable: true, evaluation: null, rectificationId: null });
    expect((await get(citizen, `/api/v1/evaluations/cases/${open.id}`)).json().rateable).toBe(false);
  });

  it('answers bad input with located field errors in Chinese, or English on request, and stores nothing', async () => {
    const res = await rate(citizen, {
      caseId: closedCase.id,
      grade: 7,
      indicators: { overall: 0, efficiency: 2, guideAccuracy: 3, convenience: 2 },
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual([
      'body.grade',
      'body.indicators.overall',
      'body.indicators.usability',
    ]);
    expect(errors.find((e) => e.field === 'body.grade')?.message).toBe('请选择评价等级');

    const noReason = await rate(
      citizen,
      { caseId: closedCase.id, grade: 1, indicators, comment: '差' },
      randomUUID(),
      'en',
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      expect.objectContaining({ field: 'body.comment', code: 'evaluations.comment_required' }),
    ]);
    expect(noReason.json().errors[0].message).toMatch(/^For a “dissatisfied” rating/);

    const both = await rate(citizen, {
      caseId: closedCase.id,
      visit: { hallId: orgs.cdHall, window: 'A01', date: toShanghaiDate(new Date()) },
      grade: 4,
      indicators,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].field).toBe('body.caseId');

    const noKey = await app.inject({
      method: 'POST',
      url: '/api/v1/evaluations',
      headers: citizen.headers,
      payload: { caseId: closedCase.id, grade: 4, indicators },
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().code).toBe('idempotency.key_missing');

    expect((await get(citizen, '/api/v1/evaluations/mine')).json().items).toEqual([]);
  });

  it('takes a 差评 with its task due in 15 working days, in one transaction, and tells the department', async () => {
    const key = randomUUID();
    const body = { caseId: closedCase.id, grade: 1, indicators, comment: BAD_COMMENT };
    const res = await rate(citizen, body, key);
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view).toMatchObject({
      caseId: closedCase.id,
      caseNumber: closedCase.caseNumber,
      grade: 1,
      indicators,
      comment: BAD_COMMENT,
      cityCode: '510100',
      orgName: '成都住房公积金管理中心',
      raterName: '王小明',
      raterMobile: citizen.mobile,
      excluded: false,
      rectification: { status: 'open', response: null },
    });
    const expected = await modules.calendar.dueDate(undefined, { start: new Date(view.createdAt), days: 15 });
    expect(view.rectification.dueDate).toBe(expected.dueDate);
    taskId = view.rectification.id;
    ratedAt = new Date(view.createdAt);

    // A retry with the same key is the same rating; another key is a second rating, refused.
    const replay = await rate(citizen, body, key);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(view.id);
    const second = await rate(citizen, { ...body, grade: 5, comment: undefined });
    expect(second.statusCode).toBe(409);
    expect(second.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(second.json()).toMatchObject({
      code: 'evaluations.already_rated',
      title: '您已评价过本次服务，每项服务只能评价一次',
    });
    const mine = (await get(citizen, '/api/v1/evaluations/mine')).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].grade).toBe(1);
    expect((await get(citizen, `/api/v1/evaluations/cases/${closedCase.id}`)).json()).toMatchObject({
      rateable: false,
      evaluation: { id: view.id },
      rectificationId: null,
    });

    expect(await jobs.runOnce()).toMatchObject({ claimed: 1, done: 1 });
    const notices = await inbox(chengduOfficer);
    expect(notices.items[0]).toMatchObject({
      kind: 'rectification_opened',
      caseId: closedCase.id,
      caseNumber: closedCase.caseNumber,
      title: '收到差评，请核实整改',
    });
    expect(notices.items[0]?.body).toContain('非常不满意');
    expect((await inbox(ziyangOfficer)).items).toEqual([]);
  });

  it('shows the task to its department, its city and the office only', async () => {
    const list = (session: TestSession, query = '') => get(session, `/api/v1/rectifications${query}`);
    const own = (await list(chengduOfficer)).json();
    expect(own.items.map((t: { id: string }) => t.id)).toEqual([taskId]);
    expect(own.items[0]).toMatchObject({
      status: 'open',
      overdue: false,
      grade: 1,
      orgName: '成都住房公积金管理中心',
    });
    expect((await list(ziyangOfficer)).json().items).toEqual([]);
    expect((await list(meishanAdmin)).json().items).toEqual([]);
    expect((await list(office)).json().items.map((t: { id: string }) => t.id)).toContain(taskId);
    expect((await list(office, '?status=appealed')).json().items).toEqual([]);
    expect((await list(citizen)).statusCode).toBe(403);
    expect((await list(office, '?cursor=not-a-cursor')).statusCode).toBe(400);

    const detail = (await get(chengduOfficer, `/api/v1/rectifications/${taskId}`)).json();
    expect(detail).toMatchObject({
      status: 'open',
      allowedActions: ['respond', 'appeal'],
      evaluation: { raterName: '王小明', raterMobile: citizen.mobile, comment: BAD_COMMENT },
    });
    // The office reads it, with the rater's contact masked, and has nothing to do yet.
    const seenByOffice = (await get(office, `/api/v1/rectifications/${taskId}`)).json();
    expect(seenByOffice.evaluation.raterName).toBe('王**');
    expect(seenByOffice.evaluation.raterMobile).not.toBe(citizen.mobile);
    expect(seenByOffice.allowedActions).toEqual([]);
    for (const outsider of [ziyangOfficer, meishanAdmin, citizen, otherCitizen]) {
      const res = await get(outsider, `/api/v1/rectifications/${taskId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('evaluations.task_not_found');
    }
    expect((await get(chengduOfficer, `/api/v1/rectifications/${randomUUID()}`)).statusCode).toBe(404);
    expect((await get(otherCitizen, `/api/v1/evaluations/${detail.evaluationId}`)).statusCode).toBe(404);
  });

  it('takes the answer, then the call-back, which closes the task, and tells the rater', async () => {
    expect(
      (await step(ziyangOfficer, taskId, 'response', { response: '已核实并整改，今后一次性告知。' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await step(office, taskId, 'response', { response: '已核实并整改，今后一次性告知。' })).statusCode,
    ).toBe(403);
    const early = await step(chengduOfficer, taskId, 'callback', {
      calledAt: new Date().toISOString(),
      method: 'phone',
      outcome: '已电话联系',
      raterSatisfied: true,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('evaluations.action_not_allowed');
    const short = await step(chengduOfficer, taskId, 'response', { response: '已整改' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0]).toMatchObject({
      field: 'body.response',
      message: '请写明核实情况和整改措施（至少 10 个字）',
    });

    const response = '经核实，窗口未按要求一次性告知所需材料。已对经办人员批评教育，并在窗口张贴材料清单。';
    const answered = await step(chengduOfficer, taskId, 'response', { response });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({
      status: 'responded',
      response: { text: response, byName: '陈思远' },
      allowedActions: ['callback', 'appeal'],
    });
    expect(await jobs.runOnce()).toMatchObject({ claimed: 1, done: 1 });
    const told = await inbox(citizen);
    expect(told.items[0]).toMatchObject({
      kind: 'rectification_responded',
      caseId: closedCase.id,
      title: '您的评价已收到整改答复',
    });
    const seenByRater = (await get(citizen, `/api/v1/evaluations/cases/${closedCase.id}`)).json();
    expect(seenByRater.evaluation.rectification).toMatchObject({ status: 'responded', response });

    const beforeRating = await step(chengduOfficer, taskId, 'callback', {
      calledAt: new Date(Math.floor(ratedAt.getTime() / 60_000) * 60_000 - 1000).toISOString(),
      method: 'phone',
      outcome: '已电话联系',
      raterSatisfied: true,
    });
    expect(beforeRating.statusCode).toBe(400);
    expect(beforeRating.json().code).toBe('evaluations.callback_time_invalid');
    const future = await step(chengduOfficer, taskId, 'callback', {
      calledAt: new Date(Date.now() + 86_400_000).toISOString(),
      method: 'phone',
      outcome: '已电话联系',
      raterSatisfied: true,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe('body.calledAt');
    const missing = await step(chengduOfficer, taskId, 'callback', { method: 'fax', outcome: '' });
    expect(missing.statusCode).toBe(400);
    expect((missing.json().errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'body.calledAt',
      'body.method',
      'body.outcome',
      'body.raterSatisfied',
    ]);

    // Entered to the minute, as the web's time field does: the minute of the rating itself counts.
    const calledAt = new Date(Math.floor(ratedAt.getTime() / 60_000) * 60_000).toISOString();
    const closed = await step(chengduOfficer, taskId, 'callback', {
      calledAt,
      method: 'phone',
      outcome: '评价人表示已了解整改措施，认可处理结果。',
      raterSatisfied: true,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      callback: { method: 'phone', raterSatisfied: true, byName: '陈思远', calledAt },
      allowedActions: [],
    });
    const again = await step(chengduOfficer, taskId, 'appeal', {
      reason: '该评价与事实不符，属于恶意差评。',
    });
    expect(again.statusCode).toBe(409);
  });

  it('rates a window visit; the hall appeals a malicious one and only the office decides', async () => {
    const today = toShanghaiDate(new Date());
    const visit = { hallId: orgs.dyHall, window: 'b01', date: today };
    const tooOld = await rate(citizen, {
      visit: { ...visit, date: '2020-01-06' },
      grade: 4,
      indicators,
    });
    expect(tooOld.statusCode).toBe(400);
    expect(tooOld.json().errors[0].field).toBe('body.visit.date');
    const notAHall = await rate(citizen, { visit: { ...visit, hallId: orgs.cdGjj }, grade: 4, indicators });
    expect(notAHall.statusCode).toBe(404);

    const res = await rate(otherCitizen, {
      visit,
      grade: 2,
      indicators,
      comment: '工作人员态度生硬，拒绝解释。',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      channel: 'window',
      cityCode: '510600',
      orgName: '德阳市政务服务中心',
      visit: { window: 'B01', date: today, hallName: '德阳市政务服务中心' },
    });
    const second = await rate(otherCitizen, { visit: { ...visit, window: 'B01' }, grade: 5, indicators });
    expect(second.statusCode).toBe(409);
    const visitTask = res.json().rectification.id as string;
    await jobs.runOnce();
    expect((await inbox(deyangClerk)).items[0]).toMatchObject({ kind: 'rectification_opened', caseId: null });
    expect((await get(chengduOfficer, `/api/v1/rectifications/${visitTask}`)).statusCode).toBe(404);

    const reason = '监控录像显示评价人当日并未到 B01 窗口办理业务，系恶意差评。';
    expect((await step(deyangClerk, visitTask, 'appeal', { reason: '恶意' })).statusCode).toBe(400);
    const appealed = await step(deyangClerk, visitTask, 'appeal', { reason });
    expect(appealed.json()).toMatchObject({
      status: 'appealed',
      appeal: { reason, decision: null },
      allowedActions: [],
    });
    const selfDecided = await step(deyangClerk, visitTask, 'appeal-decision', {
      decision: 'upheld',
      reason: '同意申诉意见',
    });
    expect(selfDecided.statusCode).toBe(403);
    expect(
      (await step(meishanAdmin, visitTask, 'appeal-decision', { decision: 'upheld', reason: '同意申诉意见' }))
        .statusCode,
    ).toBe(404);

    const pending = (await get(office, '/api/v1/rectifications?status=appealed')).json();
    expect(pending.items.map((t: { id: string }) => t.id)).toEqual([visitTask]);
    const decided = await step(office, visitTask, 'appeal-decision', {
      decision: 'upheld',
      reason: '经调取窗口监控核实，申诉成立。',
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({
      status: 'appeal_upheld',
      evaluation: { excluded: true },
      appeal: { decision: 'upheld', decidedByName: '周明轩' },
    });
    expect(
      (await step(office, visitTask, 'appeal-decision', { decision: 'rejected', reason: '改为不成立' }))
        .statusCode,
    ).toBe(409);
    await jobs.runOnce();
    expect((await inbox(deyangClerk)).items[0]).toMatchObject({ kind: 'rectification_appeal_upheld' });
    // Kept on record for the rater, marked as left out of statistics.
    const kept = (await get(otherCitizen, '/api/v1/evaluations/mine')).json().items[0];
    expect(kept).toMatchObject({ excluded: true, grade: 2 });
  });

  it('sends the department back to rectify when the office rejects an appeal', async () => {
    const meishanCase = await insertCase(test.database, {
      applicantId: citizen.accountId,
      orgId: orgs.msGjj as string,
      cityCode: '511400',
    });
    const res = await rate(citizen, {
      caseId: meishanCase.id,
      grade: 2,
      indicators,
      comment: '办理时间超过承诺时限。',
    });
    const id = res.json().rectification.id as string;
    // The Meishan administrator reads the task of their city, but it is the department's to answer.
    const watched = await get(meishanAdmin, `/api/v1/rectifications/${id}`);
    expect(watched.json()).toMatchObject({ status: 'open', allowedActions: [] });
    expect(watched.json().evaluation.raterName).toBe('王**');
    expect(
      (await step(meishanAdmin, id, 'response', { response: '已核实并整改到位，特此答复。' })).statusCode,
    ).toBe(403);

    const meishanOfficer = await signIn(app, 'ms.gjj.officer', demoPassword);
    await step(meishanOfficer, id, 'appeal', { reason: '办件因申请人补正延误，非部门原因超时。' });
    const rejected = await step(office, id, 'appeal-decision', {
      decision: 'rejected',
      reason: '补正期间已暂停计时，超时属实。',
    });
    expect(rejected.json()).toMatchObject({ status: 'appeal_rejected', evaluation: { excluded: false } });
    const back = (await get(meishanOfficer, `/api/v1/rectifications/${id}`)).json();
    expect(back.allowedActions).toEqual(['respond']);
    const answered = await step(meishanOfficer, id, 'response', {
      response: '已优化审批流程，承诺时限内办结率纳入考核。',
    });
    expect(answered.json().allowedActions).toEqual(['callback']);
    while ((await jobs.runOnce()).claimed > 0);
    const kinds = (await inbox(meishanOfficer)).items.map((n) => n.kind);
    expect(kinds).toEqual(['rectification_appeal_rejected', 'rectification_opened']);
    expect((await inbox(meishanOfficer)).items[0]?.body).toContain('不成立');
  });
  it('pages through the tasks newest first, each once', async () => {
    const created: string[] = [];
    for (let i = 0; i < 21; i += 1) {
      const c = await insertCase(test.database, {
        applicantId: otherCitizen.accountId,
        orgId: orgs.cdGjj as string,
        cityCode: '510100',
      });
      const res = await rate(otherCitizen, {
        caseId: c.id,
        grade: 2,
        indicators,
        comment: `第 ${i + 1} 次办理不顺利`,
      });
      created.push(res.json().rectification.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?status=open&cursor=${encodeURIComponent(cursor)}` : '?status=open';
      const page = (await get(chengduOfficer, `/api/v1/rectifications${query}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(20);
      seen.push(...page.items.map((t: { id: string }) => t.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 21)).toEqual([...created].reverse());
  });
});
