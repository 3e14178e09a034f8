import type { Database } from '../../platform/db/database.js';
import { createPortalRepository } from './portal.repository.js';
import { portalRoutes } from './portal.routes.js';
import { createPortalService } from './portal.service.js';

/** The public portal: for now the site settings shown in every page's header and footer. */
export function createPortalModule({ database }: { database: Database }) {
  const service = createPortalService({ database, repository: createPortalRepository() });
  return { seedSiteSettings: service.seedSiteSettings, routes: portalRoutes(service) };
}
