import type { Config } from './platform/config.js';
import type { Database } from './platform/db/database.js';
import { createModules } from './modules.js';
import { demoAccountList, demoPassword } from './demo-accounts.js';

export { demoAccounts } from './demo-accounts.js';

/** Loads the demo data of every module; each step leaves existing data alone, so it can run at every start. */
export async function seedDemoData(database: Database, config: Config): Promise<void> {
  const modules = createModules({ config, database });
  await modules.calendar.seedCalendar();
  await modules.directory.seedDirectory();
  await modules.portal.seedSiteSettings();
  await modules.catalog.seedCatalog();
  await modules.identity.seedDemoAccounts({ accounts: demoAccountList, password: demoPassword });
}
