import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../../platform/db/database.js';
import { seedDemoNews } from './news.demo.js';
import { newsPageRoutes } from './news-pages/news-pages.routes.js';
import { findWebStylesheets } from './news-pages/web-assets.js';
import { createNewsRepository } from './news.repository.js';
import { newsRoutes } from './news.routes.js';
import { createNewsService } from './news.service.js';
import { createPortalRepository } from './portal.repository.js';
import { portalRoutes } from './portal.routes.js';
import { createPortalService } from './portal.service.js';
import { createViewCounter, type ViewCounterOptions } from './view-counter.js';

export { VIEW_DEDUPE_WINDOW_MS } from './view-counter.js';

/**
 * The public portal: the site settings shown in every page's header and footer, and the news —
 * server-rendered article pages, feeds and sitemap, the open-data API, the office's editorial
 * workflow, and 浏览量 counted without slowing any page.
 */
export function createPortalModule({
  database,
  webDistDir = './dist/web',
  viewCounter: counterOptions = {},
}: {
  database: Database;
  webDistDir?: string;
  viewCounter?: Omit<ViewCounterOptions, 'database'>;
}) {
  const service = createPortalService({ database, repository: createPortalRepository() });
  const newsRepository = createNewsRepository();
  const viewCounter = createViewCounter({ database, ...counterOptions });
  const news = createNewsService({ database, repository: newsRepository, counter: viewCounter });

  const routes: FastifyPluginAsync = async (app) => {
    // The key is loaded before the first page is served; the queue is written before the database closes.
    await viewCounter.start(app.log);
    app.addHook('onClose', async () => viewCounter.stop());
    await app.register(portalRoutes(service));
    await app.register(newsRoutes(news));
    await app.register(
      newsPageRoutes({
        news,
        siteSettings: service.getSiteSettings,
        stylesheets: findWebStylesheets(webDistDir),
      }),
    );
  };

  return {
    seedSiteSettings: service.seedSiteSettings,
    seedDemoNews: () => seedDemoNews({ database, repository: newsRepository }),
    news,
    viewCounter,
    routes,
  };
}

export type PortalModule = ReturnType<typeof createPortalModule>;
