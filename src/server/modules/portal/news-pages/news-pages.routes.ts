import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isNewsChannel, type NewsChannel, type SiteSettings } from '../../../../contracts/portal.contract.js';
import { AppError } from '../../../platform/http/errors.js';
import type { NewsService } from '../news.service.js';
import { renderArticlePage } from './article-page.js';
import { NEWS_SCRIPT } from './assets.js';
import { renderChannelFeed, renderSitemap } from './feeds.js';
import { renderListPage, renderNotFoundPage } from './list-page.js';
import { NEWS_SCRIPT_PATH } from './page-shell.js';

const PAGE_SIZE = 20;

/** The site's address as the reader reached it (behind a trusted proxy, as the proxy says). */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** A browser fetching ahead of a click (prefetch, prerender) is not a reader yet. */
function isPrefetch(request: FastifyRequest): boolean {
  const purpose = request.headers['sec-purpose'] ?? request.headers.purpose;
  return typeof purpose === 'string' && /prefetch|prerender/i.test(purpose);
}

function positiveInt(value: unknown): number | null {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,4}$/.test(value)) return null;
  return Number(value);
}

/**
 * The public news as server-rendered HTML: /news (channels, search, pages), /news/:id (the
 * article, counted as a view), Atom feeds per channel at /feeds/<channel>.xml, /sitemap.xml.
 * These are what search engines, link previews and readers without JavaScript get; the web
 * app links to them rather than drawing articles a second time.
 */
export function newsPageRoutes({
  news,
  siteSettings,
  stylesheets,
}: {
  news: NewsService;
  siteSettings: () => Promise<SiteSettings>;
  stylesheets: string[];
}): FastifyPluginAsync {
  return async (app) => {
    async function common(request: FastifyRequest) {
      return { locale: request.locale, site: await siteSettings(), stylesheets, origin: originOf(request) };
    }

    async function sendPage(request: FastifyRequest, reply: FastifyReply, render: () => Promise<string>) {
      try {
        const page = await render();
        return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
      } catch (error) {
        const notFound = error instanceof AppError && error.status === 404;
        if (!notFound) request.log.error({ err: error }, 'news page failed');
        const page = renderNotFoundPage(await common(request), notFound ? 'not_found' : 'error');
        return reply
          .status(notFound ? 404 : 500)
          .header('cache-control', 'no-cache')
          .type('text/html; charset=utf-8')
          .send(page);
      }
    }

    app.get('/news', { schema: { hide: true } }, async (request, reply) =>
      sendPage(request, reply, async () => {
        const query = request.query as Record<string, unknown>;
        const channel = typeof query.channel === 'string' && query.channel !== '' ? query.channel : undefined;
        const q = typeof query.q === 'string' ? query.q.trim().slice(0, 50) : '';
        const page = positiveInt(query.page);
        if (page === null || (channel !== undefined && !isNewsChannel(channel))) throw notFound();
        const filter = { ...(channel ? { channel: channel as NewsChannel } : {}), ...(q ? { q } : {}) };
        const list = await news.listArticles({ ...filter, page, pageSize: PAGE_SIZE });
        if (page > 1 && list.items.length === 0) throw notFound();
        return renderListPage(list, filter, await common(request));
      }),
    );

    app.get('/news/:id', { schema: { hide: true } }, async (request, reply) =>
      sendPage(request, reply, async () => {
        const { id } = request.params as { id: string };
        // HEAD and prefetches get the page but are not views.
        const reader =
          request.method === 'GET' && !isPrefetch(request)
            ? { ip: request.ip, userAgent: request.headers['user-agent'] ?? '' }
            : null;
        const article = await news.readArticle(id, reader);
        return renderArticlePage(article, await common(request));
      }),
    );

    app.get('/feeds/:file', { schema: { hide: true } }, async (request, reply) => {
      const { file } = request.params as { file: string };
      const channel = /^([a-z]+)\.xml$/.exec(file)?.[1];
      if (!channel || !isNewsChannel(channel)) {
        return sendPage(request, reply, async () => {
          throw notFound();
        });
      }
      const rows = await news.feedArticles(channel);
      const site = await siteSettings();
      const feed = renderChannelFeed({
        origin: originOf(request),
        channel,
        siteName: site.siteName,
        hostOrganisation: site.hostOrganisation,
        rows,
      });
      return reply
        .header('cache-control', 'public, max-age=300')
        .type('application/atom+xml; charset=utf-8')
        .send(feed);
    });

    app.get('/sitemap.xml', { schema: { hide: true } }, async (request, reply) => {
      const sitemap = renderSitemap({ origin: originOf(request), articles: await news.sitemapArticles() });
      return reply
        .header('cache-control', 'public, max-age=300')
        .type('application/xml; charset=utf-8')
        .send(sitemap);
    });

    app.get(NEWS_SCRIPT_PATH, { schema: { hide: true } }, async (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=3600')
        .type('text/javascript; charset=utf-8')
        .send(NEWS_SCRIPT),
    );
  };
}

function notFound(): AppError {
  return new AppError('portal.article_not_found', 404);
}
