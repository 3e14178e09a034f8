import type { Database } from '../../platform/db/database.js';
import { siteSettingsSchema, type SiteSettings } from '../../../contracts/portal.contract.js';
import type { PortalRepository } from './portal.repository.js';
import { defaultSiteSettings } from './site-settings.seed.js';

const SITE_KEY = 'site';

export function createPortalService({
  database,
  repository,
}: {
  database: Database;
  repository: PortalRepository;
}) {
  return {
    /** The header and footer texts; the source page's footer until an editor sets others. */
    async getSiteSettings(): Promise<SiteSettings> {
      const stored = await database.withActor(null, (tx) => repository.findSetting(tx, SITE_KEY));
      const parsed = siteSettingsSchema.safeParse(stored);
      return parsed.success ? parsed.data : defaultSiteSettings;
    },
    async seedSiteSettings(): Promise<void> {
      await database.withSystem((tx) => repository.insertSettingIfAbsent(tx, SITE_KEY, defaultSiteSettings));
    },
  };
}

export type PortalService = ReturnType<typeof createPortalService>;
