import type { Config } from './platform/config.js';
import type { Database } from './platform/db/database.js';
import { createModules } from './modules.js';
import { demoAccountList, demoPassword } from './demo-accounts.js';

export { demoAccounts } from './demo-accounts.js';

/** Loads the demo data of every module; each step leaves existing data alone, so it can run at every start. */
export async function seedDemoData(
  database: Database,
  config: Config,
  /** history: six months of past cases for the statistics; for a served demo, not for tests that count lists. */
  { history = false }: { history?: boolean } = {},
): Promise<void> {
  const modules = createModules({ config, database });
  await modules.calendar.seedCalendar();
  await modules.directory.seedDirectory();
  await modules.portal.seedSiteSettings();
  await modules.catalog.seedCatalog();
  await modules.identity.seedDemoAccounts({ accounts: demoAccountList, password: demoPassword });
  // 新闻动态: the source article as the first 要闻, and a handful of items in every channel.
  await modules.portal.seedDemoNews();
  // The site of examples/deyang-citizen-site, registered for 统一身份认证.
  await modules.oidc.seedDemoClients();
  // Window-visit ratings by the demo citizens, so satisfaction statistics and 整改任务 have data.
  await modules.evaluations.seedDemoEvaluations();
  // Six months of past cases in the four cities, counted for the public statistics (同城化政务服务统计).
  if (history) await modules.statistics.seedDemoHistory(demoAccountList);
}
