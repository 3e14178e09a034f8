import type { Database, Tx } from '../../platform/db/database.js';
import type { Actor } from '../../platform/actor.js';
import { newId } from '../../platform/ids.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import {
  isNewsChannel,
  newsChannels,
  type ArticleContent,
  type ArticleList,
  type ArticleListQuery,
  type ArticleRevision,
  type ArticleStatus,
  type ArticleView,
  type EditorArticle,
  type EditorArticleSummary,
  type NewsChannel,
  type NewsFrontPage,
} from '../../../contracts/portal.contract.js';
import { newsErrors } from './news.errors.js';
import { canEditNews, canReviewArticle } from './news.policy.js';
import {
  articlePath,
  toArticleRevision,
  toArticleSummary,
  toEditorArticle,
  toEditorSummary,
} from './news.presenter.js';
import type { ArticleRow, NewsRepository } from './news.repository.js';
import { articlePlainText, isEmptyArticleHtml, sanitizeArticleHtml } from './news.sanitize.js';
import type { ViewCounter } from './view-counter.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUMMARY_LENGTH = 110;

type EventAction = 'created' | 'saved' | 'submitted' | 'withdrawn' | 'rejected' | 'approved' | 'unpublished';

/** A reader as the view counter sees them: address and browser (null: this read is not a view). */
export interface Visitor {
  ip: string;
  userAgent: string;
}

// Crawlers and link previews read pages too; they are not readers.
const NOT_A_READER = /bot|spider|crawl|slurp|preview|facebookexternalhit/i;

export function createNewsService({
  database,
  repository,
  counter,
  now = () => new Date(),
}: {
  database: Database;
  repository: NewsRepository;
  counter: ViewCounter;
  now?: () => Date;
}) {
  const asPublic = <T>(fn: (tx: Tx) => Promise<T>) => database.withActor(null, fn);

  function requireEditor(actor: Actor): void {
    if (!canEditNews(actor)) throw platformErrors.forbidden();
  }

  function channelOrNotFound(channel: string | undefined): NewsChannel | undefined {
    if (channel === undefined || channel === '') return undefined;
    if (!isNewsChannel(channel)) throw newsErrors.channelNotFound();
    return channel;
  }

  /** Sanitises the body; a body with nothing left is a located field error, never stored. */
  function prepareContent(content: ArticleContent): ArticleContent {
    const bodyHtml = sanitizeArticleHtml(content.bodyHtml);
    if (isEmptyArticleHtml(bodyHtml)) {
      throw newsErrors.articleInvalid({
        fieldErrors: [{ field: 'body.bodyHtml', code: 'portal.body_empty' }],
      });
    }
    let summary = content.summary;
    if (!summary) {
      const text = articlePlainText(bodyHtml);
      summary = text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text;
    }
    return { ...content, bodyHtml, summary };
  }

  async function lockOrNotFound(tx: Tx, id: string): Promise<ArticleRow> {
    if (!UUID.test(id)) throw newsErrors.articleNotFound();
    const row = await repository.lockArticle(tx, id);
    if (!row) throw newsErrors.articleNotFound();
    return row;
  }

  function expectStatus(row: ArticleRow, ...allowed: ArticleStatus[]): void {
    if (!allowed.includes(row.status)) throw newsErrors.transitionNotAllowed();
  }

  async function recordEvent(
    tx: Tx,
    actor: Actor,
    row: ArticleRow,
    action: EventAction,
    extra: { note?: string | null; publishAt?: Date | null } = {},
  ) {
    await repository.insertEvent(tx, {
      id: newId(),
      articleId: row.id,
      action,
      revision: row.revision,
      actorId: actor.userId,
      actorName: actor.displayName,
      note: extra.note ?? null,
      publishAt: extra.publishAt ?? null,
      createdAt: now(),
    });
  }

  async function editorView(tx: Tx, actor: Actor, row: ArticleRow): Promise<EditorArticle> {
    return toEditorArticle(row, {
      now: now(),
      canReview: canReviewArticle(actor, row),
      canWithdraw: row.status === 'in_review' && row.submittedBy === actor.userId,
      views: (await repository.viewCount(tx, row.id)) + counter.pending(row.id),
      events: await repository.listEvents(tx, row.id),
    });
  }

  /** One workflow step: lock, check, change, record; all in one transaction. */
  async function transition(
    actor: Actor,
    id: string,
    step: (tx: Tx, row: ArticleRow) => Promise<ArticleRow>,
  ): Promise<EditorArticle> {
    requireEditor(actor);
    return database.withActor(actor, async (tx) => {
      const row = await lockOrNotFound(tx, id);
      const changed = await step(tx, row);
      return editorView(tx, actor, changed);
    });
  }

  async function update(tx: Tx, id: string, change: Partial<ArticleRow>): Promise<ArticleRow> {
    const row = await repository.updateArticle(tx, id, { ...change, updatedAt: now() });
    if (!row) throw newsErrors.articleNotFound();
    return row;
  }

  async function writeRevision(tx: Tx, actor: Actor, row: ArticleRow): Promise<void> {
    await repository.insertRevision(tx, {
      articleId: row.id,
      revision: row.revision,
      channel: row.channel,
      title: row.title,
      subtitle: row.subtitle,
      summary: row.summary,
      bodyHtml: row.bodyHtml,
      source: row.source,
      author: row.author,
      coverImageUrl: row.coverImageUrl,
      coverImageAlt: row.coverImageAlt,
      attachments: row.attachments,
      featured: row.featured,
      savedBy: actor.userId,
      savedByName: actor.displayName,
      savedAt: row.updatedAt,
    });
  }

  async function publicArticle(tx: Tx, row: ArticleRow): Promise<ArticleView> {
    const { previous, next } = await repository.neighbours(tx, row);
    const link = (n: { id: string; title: string } | null) => (n ? { ...n, url: articlePath(n.id) } : null);
    return {
      ...toArticleSummary(row),
      bodyHtml: row.bodyHtml,
      attachments: row.attachments,
      views: (await repository.viewCount(tx, row.id)) + counter.pending(row.id),
      previous: link(previous),
      next: link(next),
    };
  }

  return {
    // ---- The public: published and due articles only (row-level security agrees).

    async frontPage({ perChannel = 6, featured = 4 } = {}): Promise<NewsFrontPage> {
      return asPublic(async (tx) => {
        const latest = await repository.latestPerChannel(tx, perChannel);
        const featuredRows = await repository.listFeatured(tx, featured);
        return {
          featured: featuredRows.map(toArticleSummary),
          channels: newsChannels.map((channel) => ({
            channel,
            items: latest.filter((row) => row.channel === channel).map(toArticleSummary),
          })),
        };
      });
    },

    async listArticles(
      query: Pick<ArticleListQuery, 'channel' | 'q' | 'page' | 'pageSize'>,
    ): Promise<ArticleList> {
      const channel = channelOrNotFound(query.channel);
      const { page, pageSize } = query;
      const { rows, total } = await asPublic((tx) =>
        repository.listPublic(tx, {
          ...(channel ? { channel } : {}),
          ...(query.q ? { q: query.q } : {}),
          limit: pageSize,
          offset: (page - 1) * pageSize,
        }),
      );
      return { items: rows.map(toArticleSummary), total, page, pageSize };
    },

    /** An article as the open-data API gives it; reading it this way is not a view. */
    async getArticle(id: string): Promise<ArticleView> {
      if (!UUID.test(id)) throw newsErrors.articleNotFound();
      return asPublic(async (tx) => {
        const row = await repository.findPublicArticle(tx, id);
        if (!row) throw newsErrors.articleNotFound();
        return publicArticle(tx, row);
      });
    },

    /**
     * An article read on its page. The view is noted in memory before the count is read, so the
     * reader sees their own view counted; nothing here waits for a write.
     */
    async readArticle(id: string, visitor: Visitor | null): Promise<ArticleView> {
      if (!UUID.test(id)) throw newsErrors.articleNotFound();
      return asPublic(async (tx) => {
        const row = await repository.findPublicArticle(tx, id);
        if (!row) throw newsErrors.articleNotFound();
        if (visitor && !NOT_A_READER.test(visitor.userAgent)) {
          counter.record({ articleId: row.id, ip: visitor.ip, userAgent: visitor.userAgent });
        }
        return publicArticle(tx, row);
      });
    },

    /** The newest public articles of a channel with their bodies, for its feed. */
    async feedArticles(channel: string, limit = 20): Promise<ArticleRow[]> {
      const known = channelOrNotFound(channel);
      if (!known) throw newsErrors.channelNotFound();
      const { rows } = await asPublic((tx) =>
        repository.listPublic(tx, { channel: known, limit, offset: 0 }),
      );
      return rows;
    },

    sitemapArticles: () => asPublic((tx) => repository.listPublicForSitemap(tx)),

    // ---- The coordination office: drafts, review, publishing.

    async listForEditor(
      actor: Actor,
      query: { status?: ArticleStatus; channel?: NewsChannel; page: number; pageSize: number },
    ): Promise<{ items: EditorArticleSummary[]; total: number; page: number; pageSize: number }> {
      requireEditor(actor);
      const { rows, total } = await database.withActor(actor, (tx) =>
        repository.listForEditor(tx, {
          ...(query.status ? { status: query.status } : {}),
          ...(query.channel ? { channel: query.channel } : {}),
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
        }),
      );
      const at = now();
      return {
        items: rows.map((row) => toEditorSummary(row, at)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async getForEditor(actor: Actor, id: string): Promise<EditorArticle> {
      requireEditor(actor);
      if (!UUID.test(id)) throw newsErrors.articleNotFound();
      return database.withActor(actor, async (tx) => {
        const row = await repository.findArticle(tx, id);
        if (!row) throw newsErrors.articleNotFound();
        return editorView(tx, actor, row);
      });
    },

    async createArticle(actor: Actor, input: ArticleContent): Promise<EditorArticle> {
      requireEditor(actor);
      const content = prepareContent(input);
      return database.withActor(actor, async (tx) => {
        const at = now();
        const row: ArticleRow = {
          id: newId(),
          ...content,
          status: 'draft',
          revision: 1,
          publishAt: null,
          createdBy: actor.userId,
          createdByName: actor.displayName,
          updatedBy: actor.userId,
          updatedByName: actor.displayName,
          submittedBy: null,
          submittedByName: null,
          reviewedBy: null,
          reviewedByName: null,
          createdAt: at,
          updatedAt: at,
        };
        await repository.insertArticle(tx, row);
        await writeRevision(tx, actor, row);
        await recordEvent(tx, actor, row, 'created');
        return editorView(tx, actor, row);
      });
    },

    /**
     * Saves a new revision of a draft. An unpublished article becomes a draft again when edited;
     * an article in review or published is not edited in place (withdraw or unpublish it first).
     */
    saveArticle: (actor: Actor, id: string, input: ArticleContent & { baseRevision: number }) => {
      const { baseRevision, ...rest } = input;
      const content = prepareContent(rest);
      return transition(actor, id, async (tx, row) => {
        expectStatus(row, 'draft', 'unpublished');
        if (row.revision !== baseRevision) {
          throw newsErrors.staleRevision({ params: { current: row.revision } });
        }
        const saved = await update(tx, id, {
          ...content,
          status: 'draft',
          revision: row.revision + 1,
          publishAt: row.status === 'unpublished' ? null : row.publishAt,
          updatedBy: actor.userId,
          updatedByName: actor.displayName,
          submittedBy: null,
          submittedByName: null,
        });
        await writeRevision(tx, actor, saved);
        await recordEvent(tx, actor, saved, 'saved');
        return saved;
      });
    },

    submitArticle: (actor: Actor, id: string) =>
      transition(actor, id, async (tx, row) => {
        expectStatus(row, 'draft');
        const submitted = await update(tx, id, {
          status: 'in_review',
          submittedBy: actor.userId,
          submittedByName: actor.displayName,
        });
        await recordEvent(tx, actor, submitted, 'submitted');
        return submitted;
      }),

    /** The submitter takes an article back out of review to change it. */
    withdrawArticle: (actor: Actor, id: string) =>
      transition(actor, id, async (tx, row) => {
        expectStatus(row, 'in_review');
        if (row.submittedBy !== actor.userId) throw platformErrors.forbidden();
        const back = await update(tx, id, { status: 'draft' });
        await recordEvent(tx, actor, back, 'withdrawn');
        return back;
      }),

    rejectArticle: (actor: Actor, id: string, note: string) =>
      transition(actor, id, async (tx, row) => {
        expectStatus(row, 'in_review');
        if (!canReviewArticle(actor, row)) throw newsErrors.ownArticleReview();
        const back = await update(tx, id, { status: 'draft' });
        await recordEvent(tx, actor, back, 'rejected', { note });
        return back;
      }),

    /** Publishes now, or at `publishAt` if that is still ahead (定时发布: no job; the time decides). */
    approveArticle: (actor: Actor, id: string, publishAt?: string) =>
      transition(actor, id, async (tx, row) => {
        expectStatus(row, 'in_review');
        if (!canReviewArticle(actor, row)) throw newsErrors.ownArticleReview();
        const at = now();
        const requested = publishAt ? new Date(publishAt) : at;
        const published = await update(tx, id, {
          status: 'published',
          publishAt: requested > at ? requested : at,
          reviewedBy: actor.userId,
          reviewedByName: actor.displayName,
        });
        await recordEvent(tx, actor, published, 'approved', { publishAt: published.publishAt });
        return published;
      }),

    /** Takes a published (or scheduled) article off the site at once; no second person needed. */
    unpublishArticle: (actor: Actor, id: string, note?: string) =>
      transition(actor, id, async (tx, row) => {
        expectStatus(row, 'published');
        const off = await update(tx, id, { status: 'unpublished' });
        await recordEvent(tx, actor, off, 'unpublished', { note: note ?? null });
        return off;
      }),

    async listRevisions(actor: Actor, id: string): Promise<ArticleRevision[]> {
      requireEditor(actor);
      if (!UUID.test(id)) throw newsErrors.articleNotFound();
      return database.withActor(actor, async (tx) => {
        if (!(await repository.findArticle(tx, id))) throw newsErrors.articleNotFound();
        return (await repository.listRevisions(tx, id)).map(toArticleRevision);
      });
    },
  };
}

export type NewsService = ReturnType<typeof createNewsService>;
