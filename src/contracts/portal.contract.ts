import { z } from 'zod';

/** The footer and header texts of the site, editable by the coordination office. */
export const siteSettingsSchema = z.object({
  siteName: z.string(),
  siteNameEn: z.string(),
  hostOrganisation: z.string(),
  hotlineLocal: z.string(),
  hotlineOutOfTown: z.string(),
  officePhone: z.string(),
  websitePhone: z.string(),
  siteCode: z.string(),
  icpRecord: z.string(),
  publicSecurityRecord: z.string(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const footerText = z.string().trim().min(1).max(120);

/** What the coordination office may set: every footer and header text, bounded. */
export const siteSettingsUpdateSchema = z.strictObject({
  siteName: footerText,
  siteNameEn: footerText,
  hostOrganisation: footerText,
  hotlineLocal: footerText,
  hotlineOutOfTown: footerText,
  officePhone: footerText,
  websitePhone: footerText,
  siteCode: footerText,
  icpRecord: footerText,
  publicSecurityRecord: footerText,
});

// ---------------------------------------------------------------------------------------------
// News (新闻动态): channels, articles for the public, the editorial workflow for the office.

/** The four channels of the portal's news, in the order the home page shows them. */
export const newsChannels = ['headlines', 'integration', 'notices', 'policy'] as const;
export type NewsChannel = (typeof newsChannels)[number];
export const newsChannelSchema = z.enum(newsChannels);

export const newsChannelNames: Record<NewsChannel, { 'zh-CN': string; en: string }> = {
  headlines: { 'zh-CN': '要闻', en: 'Top news' },
  integration: { 'zh-CN': '同城化动态', en: 'Integration updates' },
  notices: { 'zh-CN': '通知公告', en: 'Notices' },
  policy: { 'zh-CN': '政策解读', en: 'Policy explained' },
};

/** True for a channel key; anything else is "not found" for pages, feeds and the open-data API. */
export function isNewsChannel(value: string): value is NewsChannel {
  return (newsChannels as readonly string[]).includes(value);
}

export const articleStatuses = ['draft', 'in_review', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/**
 * Where an image or attachment may live: our own uploads (a path on this site) or an https
 * address. No other scheme (javascript:, data:) and no protocol-relative //host.
 */
export function isSafeAssetUrl(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//') && !value.includes('\\');
  return /^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/i.test(value);
}
const assetUrlSchema = z.string().trim().min(1).max(500).refine(isSafeAssetUrl, 'portal.asset_url_invalid');

export const articleAttachmentSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  url: assetUrlSchema,
});
export type ArticleAttachment = z.infer<typeof articleAttachmentSchema>;

/** What an editor writes. The body is rich text; the server sanitises it before storing. */
export const articleContentSchema = z.strictObject({
  channel: newsChannelSchema,
  title: z.string().trim().min(1).max(200),
  /** 副题: the rest of a long headline (speakers, attendees). */
  subtitle: z.string().trim().max(300).default(''),
  summary: z.string().trim().max(500).default(''),
  bodyHtml: z.string().min(1).max(200_000),
  /** 来源: the publication or office the article comes from. */
  source: z.string().trim().min(1).max(60),
  author: z.string().trim().max(60).default(''),
  coverImageUrl: assetUrlSchema.nullable().default(null),
  coverImageAlt: z.string().trim().max(200).default(''),
  attachments: z.array(articleAttachmentSchema).max(20).default([]),
  featured: z.boolean().default(false),
});
export type ArticleContent = z.infer<typeof articleContentSchema>;
export type ArticleContentInput = z.input<typeof articleContentSchema>;

/** Saving an existing article names the revision it was edited from, so two editors never overwrite each other. */
export const articleSaveSchema = articleContentSchema.extend({
  baseRevision: z.number().int().min(1),
});

export const articleApproveSchema = z.strictObject({
  /** Publish later (定时发布); omitted or in the past: publish now. */
  publishAt: z.iso.datetime({ offset: true }).optional(),
});
export const articleRejectSchema = z.strictObject({ note: z.string().trim().min(1).max(500) });
export const articleNoteSchema = z.strictObject({ note: z.string().trim().max(500).optional() });

export const articleSummarySchema = z.object({
  id: z.string(),
  channel: newsChannelSchema,
  title: z.string(),
  subtitle: z.string(),
  summary: z.string(),
  source: z.string(),
  author: z.string(),
  coverImageUrl: z.string().nullable(),
  coverImageAlt: z.string(),
  featured: z.boolean(),
  publishedAt: z.iso.datetime(),
  /** The article's page on this site (server-rendered, readable without JavaScript). */
  url: z.string(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

const articleLinkSchema = z.object({ id: z.string(), title: z.string(), url: z.string() }).nullable();

export const articleViewSchema = articleSummarySchema.extend({
  bodyHtml: z.string(),
  attachments: z.array(articleAttachmentSchema),
  views: z.number().int(),
  previous: articleLinkSchema,
  next: articleLinkSchema,
});
export type ArticleView = z.infer<typeof articleViewSchema>;

export const articleListQuerySchema = z.strictObject({
  channel: z.string().max(40).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

export const articleListSchema = z.object({
  items: z.array(articleSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ArticleList = z.infer<typeof articleListSchema>;

/** The home page's news: featured items and the latest of each channel, in one answer. */
export const newsFrontPageSchema = z.object({
  featured: z.array(articleSummarySchema),
  channels: z.array(z.object({ channel: newsChannelSchema, items: z.array(articleSummarySchema) })),
});
export type NewsFrontPage = z.infer<typeof newsFrontPageSchema>;

export const articleEventSchema = z.object({
  action: z.enum(['created', 'saved', 'submitted', 'withdrawn', 'rejected', 'approved', 'unpublished']),
  actorName: z.string(),
  note: z.string().nullable(),
  revision: z.number().int(),
  publishAt: z.iso.datetime().nullable(),
  at: z.iso.datetime(),
});
export type ArticleEvent = z.infer<typeof articleEventSchema>;

export const editorArticleSchema = z.object({
  id: z.string(),
  status: z.enum(articleStatuses),
  revision: z.number().int(),
  channel: newsChannelSchema,
  title: z.string(),
  subtitle: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  source: z.string(),
  author: z.string(),
  coverImageUrl: z.string().nullable(),
  coverImageAlt: z.string(),
  attachments: z.array(articleAttachmentSchema),
  featured: z.boolean(),
  publishAt: z.iso.datetime().nullable(),
  /** Published with a publish time still ahead (定时发布). */
  scheduled: z.boolean(),
  createdByName: z.string(),
  updatedAt: z.iso.datetime(),
  submittedByName: z.string().nullable(),
  /** Whether the caller may approve or reject it: in review, and not submitted or last edited by them. */
  canReview: z.boolean(),
  /** Whether the caller may take it back out of review: they submitted it. */
  canWithdraw: z.boolean(),
  url: z.string(),
  views: z.number().int(),
  events: z.array(articleEventSchema),
});
export type EditorArticle = z.infer<typeof editorArticleSchema>;

export const editorArticleListQuerySchema = z.strictObject({
  status: z.enum(articleStatuses).optional(),
  channel: newsChannelSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const editorArticleSummarySchema = z.object({
  id: z.string(),
  status: z.enum(articleStatuses),
  scheduled: z.boolean(),
  channel: newsChannelSchema,
  title: z.string(),
  revision: z.number().int(),
  publishAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  updatedByName: z.string(),
});
export type EditorArticleSummary = z.infer<typeof editorArticleSummarySchema>;

export const editorArticleListSchema = z.object({
  items: z.array(editorArticleSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const articleRevisionSchema = z.object({
  revision: z.number().int(),
  savedByName: z.string(),
  savedAt: z.iso.datetime(),
  channel: newsChannelSchema,
  title: z.string(),
  subtitle: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  source: z.string(),
  author: z.string(),
  coverImageUrl: z.string().nullable(),
  coverImageAlt: z.string(),
  attachments: z.array(articleAttachmentSchema),
  featured: z.boolean(),
});
export type ArticleRevision = z.infer<typeof articleRevisionSchema>;
