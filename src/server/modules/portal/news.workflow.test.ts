import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { signIn, type TestSession } from '../../../../test/http-session.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';
import { queryRows } from '../../platform/db/database.js';
import type { Actor } from '../../platform/actor.js';

const draft = {
  channel: 'integration',
  title: '四市公积金异地转移接续实现全程网办',
  summary: '',
  bodyHtml:
    '<p>即日起，四市缴存职工可全程网上申请转移接续。</p><script>alert(1)</script><img src=x onerror=alert(1)>',
  source: '同城化办公室',
  author: '周明轩',
};

describe.each(databaseKinds())('news editorial workflow on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let office: TestSession;
  let reviewer: TestSession;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app } = await buildTestApp(test.database));
    office = await signIn(app, 'office', demoPassword);
    reviewer = await signIn(app, 'office.review', demoPassword);
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  const editor = '/api/v1/portal/editor/articles';
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: TestSession | null, payload?: object) =>
    app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });
  const create = async (who = office, body: object = draft) => {
    const res = await call('POST', editor, who, body);
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; revision: number; status: string; bodyHtml: string; summary: string };
  };
  const publicStatus = async (id: string) => {
    const api = await app.inject(`/api/v1/portal/articles/${id}`);
    const page = await app.inject(`/news/${id}`);
    expect(page.statusCode).toBe(api.statusCode);
    return api.statusCode;
  };
  const staffActor = (session: TestSession, roles: Actor['roles']): Actor => ({
    userId: session.accountId,
    kind: 'staff',
    roles,
    cityCode: '510100',
    orgIds: [],
    displayName: '测试',
  });

  it('lets only the coordination office write news', async () => {
    const citizen = await signIn(app, '510104199003071237', demoPassword);
    const officer = await signIn(app, 'cd.gjj.officer', demoPassword);
    const cityAdmin = await signIn(app, 'ms.admin', demoPassword);
    expect((await call('POST', editor, null, draft)).statusCode).toBe(401);
    for (const who of [citizen, officer, cityAdmin]) {
      expect((await call('POST', editor, who, draft)).statusCode).toBe(403);
      expect((await call('GET', editor, who)).statusCode).toBe(403);
    }
  });

  it('stores the body sanitised and fills the summary from it; a draft is not public', async () => {
    const article = await create();
    expect(article).toMatchObject({ status: 'draft', revision: 1 });
    expect(article.bodyHtml).toBe('<p>即日起，四市缴存职工可全程网上申请转移接续。</p>');
    expect(article.summary).toBe('即日起，四市缴存职工可全程网上申请转移接续。');
    expect(await publicStatus(article.id)).toBe(404);
    const list = (await app.inject('/api/v1/portal/articles?channel=integration')).json() as {
      items: { id: string }[];
    };
    expect(list.items.map((i) => i.id)).not.toContain(article.id);
  });

  it('refuses a body with nothing safe left and addresses that are not ours or https, with located errors', async () => {
    const empty = await call('POST', editor, office, { ...draft, bodyHtml: '<script>alert(1)</script>' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([
      expect.objectContaining({ field: 'body.bodyHtml', code: 'portal.body_empty' }),
    ]);
    const badUrls = await call('POST', editor, office, {
      ...draft,
      coverImageUrl: 'javascript:alert(1)',
      attachments: [{ name: '通知.pdf', url: 'http://example.com/a.pdf' }],
    });
    expect(badUrls.statusCode).toBe(400);
    expect((badUrls.json().errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'body.attachments.0.url',
      'body.coverImageUrl',
    ]);
    const unknownChannel = await call('POST', editor, office, { ...draft, channel: 'gossip' });
    expect(unknownChannel.statusCode).toBe(400);
  });

  it('keeps every revision and refuses a save made from an old one', async () => {
    const article = await create();
    const saved = await call('PUT', `${editor}/${article.id}`, reviewer, {
      ...draft,
      title: '修改后的标题',
      baseRevision: 1,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ revision: 2, title: '修改后的标题' });
    const stale = await call('PUT', `${editor}/${article.id}`, office, { ...draft, baseRevision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('portal.article_stale');
    const revisions = (await call('GET', `${editor}/${article.id}/revisions`, office)).json() as {
      items: { revision: number; savedByName: string; title: string }[];
    };
    expect(revisions.items.map((r) => [r.revision, r.savedByName, r.title])).toEqual([
      [2, '林雨桐', '修改后的标题'],
      [1, '周明轩', draft.title],
    ]);
  });

  it('goes draft → review → published with two people, and back off the site when unpublished', async () => {
    const article = await create();
    const url = `${editor}/${article.id}`;
    expect((await call('POST', `${url}/approve`, reviewer, {})).statusCode).toBe(409);
    expect((await call('POST', `${url}/submit`, office)).json()).toMatchObject({ status: 'in_review' });
    expect((await call('POST', `${url}/submit`, office)).statusCode).toBe(409);
    // The submitter may not approve or reject their own article, and editing in review is refused.
    const own = await call('POST', `${url}/approve`, office, {});
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('portal.article_review_own');
    expect((await call('POST', `${url}/reject`, office, { note: '再改改' })).statusCode).toBe(403);
    expect((await call('PUT', url, office, { ...draft, baseRevision: 1 })).statusCode).toBe(409);
    expect((await call('GET', url, office)).json().canReview).toBe(false);
    expect((await call('GET', url, reviewer)).json().canReview).toBe(true);

    const approved = await call('POST', `${url}/approve`, reviewer, {});
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'published', scheduled: false });
    expect(await publicStatus(article.id)).toBe(200);
    expect((await app.inject('/feeds/integration.xml')).body).toContain(draft.title);
    expect((await call('PUT', url, office, { ...draft, baseRevision: 1 })).statusCode).toBe(409);

    expect((await call('POST', `${url}/unpublish`, office, { note: '数据有误' })).json()).toMatchObject({
      status: 'unpublished',
    });
    expect(await publicStatus(article.id)).toBe(404);
    expect((await app.inject('/feeds/integration.xml')).body).not.toContain(article.id);
    expect((await app.inject('/sitemap.xml')).body).not.toContain(article.id);

    // Editing an unpublished article makes it a draft again, to be reviewed once more.
    const edited = await call('PUT', url, office, { ...draft, title: '更正后的稿件', baseRevision: 1 });
    expect(edited.json()).toMatchObject({ status: 'draft', revision: 2 });
    const trail = (
      (await call('GET', url, office)).json().events as { action: string; actorName: string }[]
    ).map((e) => `${e.action}:${e.actorName}`);
    expect(trail).toEqual([
      'created:周明轩',
      'submitted:周明轩',
      'approved:林雨桐',
      'unpublished:周明轩',
      'saved:周明轩',
    ]);
  });

  it('does not let the last editor approve either, and lets a reviewer send a draft back with a note', async () => {
    const article = await create();
    const url = `${editor}/${article.id}`;
    await call('PUT', url, reviewer, { ...draft, title: '审核人改过的标题', baseRevision: 1 });
    await call('POST', `${url}/submit`, office);
    expect((await call('POST', `${url}/approve`, reviewer, {})).json().code).toBe(
      'portal.article_review_own',
    );
    // The submitter withdraws it; nobody else may.
    expect((await call('POST', `${url}/withdraw`, reviewer)).statusCode).toBe(403);
    expect((await call('POST', `${url}/withdraw`, office)).json().status).toBe('draft');

    const second = await create();
    await call('POST', `${editor}/${second.id}/submit`, office);
    const rejected = await call('POST', `${editor}/${second.id}/reject`, reviewer, { note: '请补充来源' });
    expect(rejected.json()).toMatchObject({ status: 'draft' });
    expect((await call('POST', `${editor}/${second.id}/reject`, reviewer, { note: '' })).statusCode).toBe(
      400,
    );
  });

  it('publishes a scheduled article when its time comes, with no job to run', async () => {
    const article = await create();
    const url = `${editor}/${article.id}`;
    await call('POST', `${url}/submit`, office);
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString();
    const scheduled = await call('POST', `${url}/approve`, reviewer, { publishAt: tomorrow });
    expect(scheduled.json()).toMatchObject({ status: 'published', scheduled: true, publishAt: tomorrow });
    expect(await publicStatus(article.id)).toBe(404);
    // The clock reaching publish_at is all it takes: move it into the past as time would.
    await test.database.withSystem((tx) =>
      tx.execute(sql`update articles set publish_at = now() - interval '1 minute' where id = ${article.id}`),
    );
    expect(await publicStatus(article.id)).toBe(200);
  });

  it('answers unknown ids and channels with 404', async () => {
    expect((await app.inject('/api/v1/portal/articles/not-a-uuid')).statusCode).toBe(404);
    expect(
      (await app.inject('/api/v1/portal/articles/01900000-0000-7000-8000-000000000000')).statusCode,
    ).toBe(404);
    const channel = await app.inject('/api/v1/portal/articles?channel=gossip');
    expect(channel.statusCode).toBe(404);
    expect(channel.json().code).toBe('portal.channel_not_found');
    expect((await call('GET', `${editor}/01900000-0000-7000-8000-000000000000`, office)).statusCode).toBe(
      404,
    );
  });

  it('holds the line in the database too: no self-approval, no drafts for the public', async () => {
    const article = await create();
    await call('POST', `${editor}/${article.id}/submit`, office);
    const approveAs = (actor: Actor, reviewedBy: string) =>
      test.database
        .withActor(actor, (tx) =>
          tx.execute(sql`update articles set status = 'published', publish_at = now(), reviewed_by = ${reviewedBy}
            where id = ${article.id}`),
        )
        .then(
          () => 'approved',
          (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
        );
    const submitter = staffActor(office, ['coordination_office']);
    expect(await approveAs(submitter, office.accountId)).toMatch(/approved by someone who neither submitted/);
    // Nor may another member approve in someone else's name.
    expect(await approveAs(staffActor(reviewer, ['coordination_office']), office.accountId)).toMatch(
      /approved by someone who neither submitted/,
    );
    const visible = await test.database.withActor(null, async (tx) => ({
      articles: await queryRows(tx, sql`select id from articles where id = ${article.id}`),
      revisions: await queryRows(
        tx,
        sql`select revision from article_revisions where article_id = ${article.id}`,
      ),
      events: await queryRows(tx, sql`select id from article_events where article_id = ${article.id}`),
    }));
    expect(visible).toEqual({ articles: [], revisions: [], events: [] });
    const officer = staffActor(reviewer, ['case_officer']);
    await expect(
      test.database.withActor(officer, (tx) =>
        tx.execute(sql`update articles set title = 'x' where id = ${article.id}`),
      ),
    ).resolves.toBeDefined();
    const [row] = await test.database.withSystem((tx) =>
      queryRows<{ title: string; status: string }>(
        tx,
        sql`select title, status from articles where id = ${article.id}`,
      ),
    );
    // The officer's update matched no row it may change.
    expect(row).toEqual({ title: draft.title, status: 'in_review' });
    await expect(
      test.database.withActor(null, (tx) =>
        tx.execute(
          sql`insert into article_view_counts (article_id, views, updated_at) values (${article.id}, 1000, now())`,
        ),
      ),
    ).rejects.toThrow();
  });
});
