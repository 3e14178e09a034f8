import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { seedDemoData } from '../../seed.js';
import { loadConfig } from '../../platform/config.js';
import { openDatabase, queryRows, type Database } from '../../platform/db/database.js';
import { applyMigrations } from '../../platform/db/migrate.js';
import { createNewsRepository } from './news.repository.js';
import { createNewsService } from './news.service.js';
import { createViewCounter, VIEW_DEDUPE_WINDOW_MS } from './view-counter.js';

const visitor = (n: number) => ({
  remoteAddress: `127.0.1.${n}`,
  headers: { 'user-agent': `Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0 reader-${n}` },
});

async function storedViews(database: Database, id: string): Promise<number> {
  const [row] = await database.withSystem((tx) =>
    queryRows<{ views: number }>(tx, sql`select views from article_view_counts where article_id = ${id}`),
  );
  return Number(row?.views ?? 0);
}

async function firstHeadline(app: FastifyInstance): Promise<string> {
  const list = await app.inject('/api/v1/portal/articles?channel=headlines&pageSize=1');
  return (list.json() as { items: { id: string }[] }).items[0]!.id;
}

describe.each(databaseKinds())('浏览量 on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let flush: () => Promise<number>;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    const built = await buildTestApp(test.database);
    app = built.app;
    flush = built.modules.portal.viewCounter.flush;
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('keeps the source page’s 2957 views for the first 要闻', async () => {
    const id = await firstHeadline(app);
    const article = (await app.inject(`/api/v1/portal/articles/${id}`)).json() as {
      title: string;
      views: number;
    };
    expect(article).toMatchObject({ title: '省推进成德眉资同城化发展领导小组第九次会议召开', views: 2957 });
  });

  it('counts exactly one view per visitor when 50 visitors send 200 requests at once', async () => {
    const id = await firstHeadline(app);
    await flush();
    const before = await storedViews(test.database, id);
    const pages = await Promise.all(
      Array.from({ length: 200 }, (_, i) => app.inject({ url: `/news/${id}`, ...visitor(i % 50) })),
    );
    expect(pages.every((page) => page.statusCode === 200)).toBe(true);
    await flush();
    expect(await storedViews(test.database, id)).toBe(before + 50);
    // The same visitors refreshing later in the window still count once.
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => app.inject({ url: `/news/${id}`, ...visitor(i) })),
    );
    await flush();
    expect(await storedViews(test.database, id)).toBe(before + 50);
    const api = (await app.inject(`/api/v1/portal/articles/${id}`)).json() as { views: number };
    expect(api.views).toBe(before + 50);
  });

  it('shows the reader their own view at once, and reading through the open-data API is not a view', async () => {
    const id = await firstHeadline(app);
    await flush();
    const before = await storedViews(test.database, id);
    for (let i = 0; i < 3; i++) await app.inject(`/api/v1/portal/articles/${id}`);
    const page = await app.inject({ url: `/news/${id}`, ...visitor(201) });
    expect(page.body).toMatch(new RegExp(`<dd data-views>\\s*${before + 1}\\s*</dd>`));
    const head = await app.inject({ method: 'HEAD', url: `/news/${id}`, ...visitor(202) });
    expect(head.statusCode).toBe(200);
    const bot = await app.inject({
      url: `/news/${id}`,
      headers: { 'user-agent': 'Mozilla/5.0 (compatible; Baiduspider/2.0)' },
    });
    expect(bot.statusCode).toBe(200);
    await flush();
    expect(await storedViews(test.database, id)).toBe(before + 1);
  });

  it('serves pages while the count cannot be written, and writes it afterwards', async () => {
    const id = await firstHeadline(app);
    await flush();
    const before = await storedViews(test.database, id);
    // Record views with no timer and no write on the request path: the service and a counter of its own.
    const counter = createViewCounter({ database: test.database, flushIntervalMs: 0 });
    await counter.start();
    const news = createNewsService({ database: test.database, repository: createNewsRepository(), counter });
    const reads = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        news.readArticle(id, { ip: `127.0.2.${i % 50}`, userAgent: 'Mozilla/5.0 storm' }),
      ),
    );
    expect(reads).toHaveLength(200);
    // Every page was answered and nothing was written yet: the views wait in memory.
    expect(await storedViews(test.database, id)).toBe(before);
    expect(counter.pending(id)).toBe(50);
    expect(await counter.flush()).toBe(50);
    expect(await storedViews(test.database, id)).toBe(before + 50);
    expect(counter.pending(id)).toBe(0);
  });

  it.runIf(kind === 'postgres')('answers a storm of page views while the count row is locked', async () => {
    const id = await firstHeadline(app);
    await flush();
    const before = await storedViews(test.database, id);
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked = () => undefined as void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = test.database.withSystem(async (tx) => {
      await tx.execute(sql`select views from article_view_counts where article_id = ${id} for update`);
      locked();
      await released;
    });
    await lockTaken;
    const blockedFlush = flush();
    const pages = await Promise.all(
      Array.from({ length: 200 }, (_, i) => app.inject({ url: `/news/${id}`, ...visitor(100 + (i % 50)) })),
    );
    expect(pages.every((page) => page.statusCode === 200)).toBe(true);
    expect(await storedViews(test.database, id)).toBe(before);
    release();
    await holder;
    await blockedFlush;
    await flush();
    expect(await storedViews(test.database, id)).toBe(before + 50);
  });

  it('counts a visitor again only after the 30-minute window, across processes too', async () => {
    const id = await firstHeadline(app);
    await flush();
    let now = Date.parse('2026-03-02T09:00:00+08:00');
    const clock = () => now;
    // Two processes: each has its own memory; the database is shared.
    const first = createViewCounter({ database: test.database, flushIntervalMs: 0, clock });
    const second = createViewCounter({ database: test.database, flushIntervalMs: 0, clock });
    await first.start();
    await second.start();
    const reader = { articleId: id, ip: '127.0.3.1', userAgent: 'Mozilla/5.0 window' };
    const before = await storedViews(test.database, id);

    first.record(reader);
    second.record(reader);
    expect(await first.flush()).toBe(1);
    expect(await second.flush()).toBe(0);
    now += 10 * 60_000;
    expect(first.record(reader)).toBe(false);
    second.record(reader);
    expect(await second.flush()).toBe(0);
    now += VIEW_DEDUPE_WINDOW_MS - 10 * 60_000 - 1;
    second.record(reader);
    expect(await second.flush()).toBe(0);
    now += 1;
    expect(first.record(reader)).toBe(true);
    expect(await first.flush()).toBe(1);
    expect(await storedViews(test.database, id)).toBe(before + 2);
  });
});

describe.each(databaseKinds())('浏览量 across a restart on %s', (kind) => {
  // Migrating and seeding an on-disk database twice takes a while on a busy machine.
  it('keeps every view a page has shown when the app stops cleanly', { timeout: 240_000 }, async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    let dataDir: string | undefined;
    let server: TestDatabase | undefined;
    const open = async (): Promise<Database> => {
      if (kind === 'pglite') return openDatabase({ dataDir: dataDir! });
      return openDatabase({ databaseUrl: server!.url, poolSize: 3 });
    };
    if (kind === 'pglite') dataDir = await mkdtemp(path.join(tmpdir(), 'tongcheng-views-'));
    else server = await createTestDatabase('postgres');
    try {
      const database = await open();
      await applyMigrations(database);
      await seedDemoData(database, config);
      const { app } = await buildTestApp(database);
      const id = await firstHeadline(app);
      const pages = await Promise.all(
        [1, 2, 3].map((n) => app.inject({ url: `/news/${id}`, ...visitor(n) })),
      );
      expect(pages.map((p) => p.statusCode)).toEqual([200, 200, 200]);
      // No flush by hand: stopping the app writes what is queued before the database closes.
      await app.close();
      await database.close();

      const reopened = await open();
      const { app: again } = await buildTestApp(reopened);
      const article = (await again.inject(`/api/v1/portal/articles/${id}`)).json() as { views: number };
      expect(article.views).toBe(2957 + 3);
      await again.close();
      await reopened.close();
    } finally {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      await server?.dispose();
    }
  });
});
