import { and, asc, count, desc, eq, gt, ilike, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import type { ArticleStatus, NewsChannel } from '../../../contracts/portal.contract.js';
import { articleEvents, articleRevisions, articleViewCounts, articles } from './news.tables.js';

export type ArticleRow = typeof articles.$inferSelect;
export type ArticleRevisionRow = typeof articleRevisions.$inferSelect;
export type ArticleEventRow = typeof articleEvents.$inferSelect;

/**
 * Published and due. Row-level security already hides everything else from the public; the
 * condition is repeated so that an editor looking at the public pages sees what the public sees.
 */
const isPublic = (): SQL => and(eq(articles.status, 'published'), lte(articles.publishAt, sql`now()`))!;

/** Newest first; the id breaks ties so paging is stable. */
const newestFirst = [desc(articles.publishAt), desc(articles.id)];

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** SQL of the portal's news: articles, their revisions and editorial trail, and view counts. */
export function createNewsRepository() {
  return {
    insertArticle: (db: Executor, row: typeof articles.$inferInsert) => db.insert(articles).values(row),
    insertRevision: (db: Executor, row: typeof articleRevisions.$inferInsert) =>
      db.insert(articleRevisions).values(row),
    insertEvent: (db: Executor, row: typeof articleEvents.$inferInsert) =>
      db.insert(articleEvents).values(row),

    async findArticle(db: Executor, id: string): Promise<ArticleRow | null> {
      const [row] = await db.select().from(articles).where(eq(articles.id, id));
      return row ?? null;
    },

    /** Locks the row for the rest of the transaction, so two editors' steps run one after the other. */
    async lockArticle(db: Executor, id: string): Promise<ArticleRow | null> {
      const [row] = await db.select().from(articles).where(eq(articles.id, id)).for('update');
      return row ?? null;
    },

    async updateArticle(db: Executor, id: string, change: Partial<typeof articles.$inferInsert>) {
      const [row] = await db.update(articles).set(change).where(eq(articles.id, id)).returning();
      return row ?? null;
    },

    async findPublicArticle(db: Executor, id: string): Promise<ArticleRow | null> {
      const [row] = await db
        .select()
        .from(articles)
        .where(and(eq(articles.id, id), isPublic()));
      return row ?? null;
    },

    async listPublic(
      db: Executor,
      { channel, q, limit, offset }: { channel?: NewsChannel; q?: string; limit: number; offset: number },
    ): Promise<{ rows: ArticleRow[]; total: number }> {
      const conditions = [isPublic()];
      if (channel) conditions.push(eq(articles.channel, channel));
      if (q) {
        const pattern = `%${escapeLike(q)}%`;
        conditions.push(
          or(
            ilike(articles.title, pattern),
            ilike(articles.subtitle, pattern),
            ilike(articles.summary, pattern),
          )!,
        );
      }
      const where = and(...conditions);
      // One after the other: a transaction is one connection.
      const rows = await db
        .select()
        .from(articles)
        .where(where)
        .orderBy(...newestFirst)
        .limit(limit)
        .offset(offset);
      const [total] = await db.select({ n: count() }).from(articles).where(where);
      return { rows, total: Number(total?.n ?? 0) };
    },

    /** The latest `perChannel` public articles of every channel, in one query. */
    async latestPerChannel(db: Executor, perChannel: number): Promise<ArticleRow[]> {
      const ranked = db
        .select({
          id: articles.id,
          rank: sql<number>`row_number() over (partition by ${articles.channel} order by ${articles.publishAt} desc, ${articles.id} desc)`.as(
            'rank',
          ),
        })
        .from(articles)
        .where(isPublic())
        .as('ranked');
      const rows = await db
        .select({ article: articles })
        .from(articles)
        .innerJoin(ranked, eq(ranked.id, articles.id))
        .where(lte(ranked.rank, perChannel))
        .orderBy(...newestFirst);
      return rows.map((r) => r.article);
    },

    listFeatured: (db: Executor, limit: number) =>
      db
        .select()
        .from(articles)
        .where(and(isPublic(), eq(articles.featured, true)))
        .orderBy(...newestFirst)
        .limit(limit),

    /** The public articles just before and just after this one in its channel. */
    async neighbours(db: Executor, article: ArticleRow) {
      const at = article.publishAt ?? new Date(0);
      const sameChannel = and(isPublic(), eq(articles.channel, article.channel));
      const columns = { id: articles.id, title: articles.title };
      const [previous] = await db
        .select(columns)
        .from(articles)
        .where(
          and(
            sameChannel,
            or(lt(articles.publishAt, at), and(eq(articles.publishAt, at), lt(articles.id, article.id))),
          ),
        )
        .orderBy(...newestFirst)
        .limit(1);
      const [next] = await db
        .select(columns)
        .from(articles)
        .where(
          and(
            sameChannel,
            or(gt(articles.publishAt, at), and(eq(articles.publishAt, at), gt(articles.id, article.id))),
          ),
        )
        .orderBy(asc(articles.publishAt), asc(articles.id))
        .limit(1);
      return { previous: previous ?? null, next: next ?? null };
    },

    async viewCount(db: Executor, articleId: string): Promise<number> {
      const [row] = await db
        .select({ views: articleViewCounts.views })
        .from(articleViewCounts)
        .where(eq(articleViewCounts.articleId, articleId));
      return row?.views ?? 0;
    },

    /** Every public article for the sitemap, newest first (a sitemap holds at most 50,000 addresses). */
    listPublicForSitemap: (db: Executor) =>
      db
        .select({ id: articles.id, publishAt: articles.publishAt, updatedAt: articles.updatedAt })
        .from(articles)
        .where(isPublic())
        .orderBy(...newestFirst)
        .limit(49_000),

    async listForEditor(
      db: Executor,
      {
        status,
        channel,
        limit,
        offset,
      }: { status?: ArticleStatus; channel?: NewsChannel; limit: number; offset: number },
    ): Promise<{ rows: ArticleRow[]; total: number }> {
      const conditions: SQL[] = [];
      if (status) conditions.push(eq(articles.status, status));
      if (channel) conditions.push(eq(articles.channel, channel));
      const where = conditions.length ? and(...conditions) : undefined;
      const rows = await db
        .select()
        .from(articles)
        .where(where)
        .orderBy(desc(articles.updatedAt), desc(articles.id))
        .limit(limit)
        .offset(offset);
      const [total] = await db.select({ n: count() }).from(articles).where(where);
      return { rows, total: Number(total?.n ?? 0) };
    },

    listRevisions: (db: Executor, articleId: string) =>
      db
        .select()
        .from(articleRevisions)
        .where(eq(articleRevisions.articleId, articleId))
        .orderBy(desc(articleRevisions.revision)),

    async findRevision(db: Executor, articleId: string, revision: number) {
      const [row] = await db
        .select()
        .from(articleRevisions)
        .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.revision, revision)));
      return row ?? null;
    },

    listEvents: (db: Executor, articleId: string) =>
      db
        .select()
        .from(articleEvents)
        .where(eq(articleEvents.articleId, articleId))
        .orderBy(asc(articleEvents.createdAt), asc(articleEvents.id)),

    async countArticles(db: Executor): Promise<number> {
      const [row] = await db.select({ n: count() }).from(articles);
      return Number(row?.n ?? 0);
    },

    /** Seeds the count an article arrived with (the source site's 浏览量); never lowers one. */
    seedViewCount: (db: Executor, articleId: string, views: number) =>
      db.insert(articleViewCounts).values({ articleId, views, updatedAt: new Date() }).onConflictDoNothing(),
  };
}

export type NewsRepository = ReturnType<typeof createNewsRepository>;
