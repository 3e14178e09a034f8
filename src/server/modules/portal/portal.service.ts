import type { Database } from '../../platform/db/database.js';
import { hasRole, type Actor } from '../../platform/actor.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
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
    /**
     * The office edits the footer. Site settings are public configuration, not a person's or a
     * city's record, so the write runs as the owner after the role check here.
     */
    async updateSiteSettings({
      actor,
      settings,
    }: {
      actor: Actor;
      settings: SiteSettings;
    }): Promise<SiteSettings> {
      if (!hasRole(actor, 'coordination_office') && !hasRole(actor, 'system_admin'))
        throw platformErrors.forbidden();
      await database.withSystem((tx) => repository.upsertSetting(tx, SITE_KEY, settings));
      return settings;
    },

    async seedSiteSettings(): Promise<void> {
      await database.withSystem((tx) => repository.insertSettingIfAbsent(tx, SITE_KEY, defaultSiteSettings));
    },
  };
}

export type PortalService = ReturnType<typeof createPortalService>;
