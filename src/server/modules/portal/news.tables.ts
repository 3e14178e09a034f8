import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { articleStatuses, newsChannels, type ArticleAttachment } from '../../../contracts/portal.contract.js';

const withTimezone = { withTimezone: true } as const;

/**
 * A news article as it stands now. The public sees it only when published and its publish time
 * has come (row-level security checks both); every saved version is kept in article_revisions.
 */
export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel', { enum: newsChannels }).notNull(),
    status: text('status', { enum: articleStatuses }).notNull(),
    /** The revision the content columns hold (article_revisions.revision). */
    revision: integer('revision').notNull(),
    title: text('title').notNull(),
    subtitle: text('subtitle').notNull().default(''),
    summary: text('summary').notNull().default(''),
    /** Sanitised on the server before it is stored; rendered as is. */
    bodyHtml: text('body_html').notNull(),
    source: text('source').notNull(),
    author: text('author').notNull().default(''),
    coverImageUrl: text('cover_image_url'),
    coverImageAlt: text('cover_image_alt').notNull().default(''),
    attachments: jsonb('attachments').$type<ArticleAttachment[]>().notNull().default([]),
    featured: boolean('featured').notNull().default(false),
    /** When the public may see it: set on approval, possibly in the future (定时发布). */
    publishAt: timestamp('publish_at', withTimezone),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    /** Who last changed the content: they may not approve it. */
    updatedBy: uuid('updated_by').notNull(),
    updatedByName: text('updated_by_name').notNull(),
    submittedBy: uuid('submitted_by'),
    submittedByName: text('submitted_by_name'),
    reviewedBy: uuid('reviewed_by'),
    reviewedByName: text('reviewed_by_name'),
    createdAt: timestamp('created_at', withTimezone).notNull(),
    updatedAt: timestamp('updated_at', withTimezone).notNull(),
  },
  (table) => [
    index('articles_published_idx')
      .on(table.channel, table.publishAt, table.id)
      .where(sql`status = 'published'`),
    index('articles_status_idx').on(table.status, table.updatedAt),
  ],
);

/** Every saved version of an article, with who saved it and when. Never changed afterwards. */
export const articleRevisions = pgTable(
  'article_revisions',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id),
    revision: integer('revision').notNull(),
    channel: text('channel', { enum: newsChannels }).notNull(),
    title: text('title').notNull(),
    subtitle: text('subtitle').notNull(),
    summary: text('summary').notNull(),
    bodyHtml: text('body_html').notNull(),
    source: text('source').notNull(),
    author: text('author').notNull(),
    coverImageUrl: text('cover_image_url'),
    coverImageAlt: text('cover_image_alt').notNull(),
    attachments: jsonb('attachments').$type<ArticleAttachment[]>().notNull(),
    featured: boolean('featured').notNull(),
    savedBy: uuid('saved_by').notNull(),
    savedByName: text('saved_by_name').notNull(),
    savedAt: timestamp('saved_at', withTimezone).notNull(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.revision] })],
);

/** The editorial trail: created, saved, submitted, withdrawn, rejected, approved, unpublished. */
export const articleEvents = pgTable(
  'article_events',
  {
    id: uuid('id').primaryKey(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id),
    action: text('action', {
      enum: ['created', 'saved', 'submitted', 'withdrawn', 'rejected', 'approved', 'unpublished'],
    }).notNull(),
    revision: integer('revision').notNull(),
    actorId: uuid('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    publishAt: timestamp('publish_at', withTimezone),
    createdAt: timestamp('created_at', withTimezone).notNull(),
  },
  (table) => [index('article_events_article_idx').on(table.articleId, table.createdAt)],
);

/** 浏览量: one row per article, raised by the view counter's flushes (views = views + n). */
export const articleViewCounts = pgTable('article_view_counts', {
  articleId: uuid('article_id')
    .primaryKey()
    .references(() => articles.id),
  views: integer('views').notNull().default(0),
  updatedAt: timestamp('updated_at', withTimezone).notNull(),
});

/**
 * When each visitor's view of an article was last counted, for the dedupe window. The visitor
 * is a keyed hash (HMAC) of address and browser, never the address itself; rows older than the
 * window are deleted, as they no longer decide anything.
 */
export const articleViewVisitors = pgTable(
  'article_view_visitors',
  {
    articleId: uuid('article_id').notNull(),
    visitorHash: varchar('visitor_hash', { length: 64 }).notNull(),
    lastCountedAt: timestamp('last_counted_at', withTimezone).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.visitorHash] }),
    index('article_view_visitors_last_counted_idx').on(table.lastCountedAt),
  ],
);

/** The one secret key of the visitor hash, shared by every process so they dedupe alike. */
export const articleViewKey = pgTable('article_view_key', {
  id: smallint('id').primaryKey(),
  secret: varchar('secret', { length: 64 }).notNull(),
  createdAt: timestamp('created_at', withTimezone).notNull(),
});
