import type {
  ArticleEvent,
  ArticleRevision,
  ArticleSummary,
  EditorArticle,
  EditorArticleSummary,
} from '../../../contracts/portal.contract.js';
import type { ArticleEventRow, ArticleRevisionRow, ArticleRow } from './news.repository.js';

/** The article's own page: server-rendered HTML, the address shared and indexed. */
export function articlePath(id: string): string {
  return `/news/${id}`;
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toArticleSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    channel: row.channel,
    title: row.title,
    subtitle: row.subtitle,
    summary: row.summary,
    source: row.source,
    author: row.author,
    coverImageUrl: row.coverImageUrl,
    coverImageAlt: row.coverImageAlt,
    featured: row.featured,
    publishedAt: (row.publishAt ?? row.updatedAt).toISOString(),
    url: articlePath(row.id),
  };
}

/** Published, with a publish time still to come. */
export function isScheduled(row: ArticleRow, now: Date): boolean {
  return row.status === 'published' && row.publishAt !== null && row.publishAt > now;
}

export function toEditorSummary(row: ArticleRow, now: Date): EditorArticleSummary {
  return {
    id: row.id,
    status: row.status,
    scheduled: isScheduled(row, now),
    channel: row.channel,
    title: row.title,
    revision: row.revision,
    publishAt: iso(row.publishAt),
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
  };
}

export function toArticleEvent(row: ArticleEventRow): ArticleEvent {
  return {
    action: row.action,
    actorName: row.actorName,
    note: row.note,
    revision: row.revision,
    publishAt: iso(row.publishAt),
    at: row.createdAt.toISOString(),
  };
}

export function toEditorArticle(
  row: ArticleRow,
  extra: { now: Date; canReview: boolean; canWithdraw: boolean; views: number; events: ArticleEventRow[] },
): EditorArticle {
  return {
    id: row.id,
    status: row.status,
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
    publishAt: iso(row.publishAt),
    scheduled: isScheduled(row, extra.now),
    createdByName: row.createdByName,
    updatedAt: row.updatedAt.toISOString(),
    submittedByName: row.submittedByName,
    canReview: extra.canReview,
    canWithdraw: extra.canWithdraw,
    url: articlePath(row.id),
    views: extra.views,
    events: extra.events.map(toArticleEvent),
  };
}

export function toArticleRevision(row: ArticleRevisionRow): ArticleRevision {
  return {
    revision: row.revision,
    savedByName: row.savedByName,
    savedAt: row.savedAt.toISOString(),
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
  };
}
