import type { Config } from './platform/config.js';
import type { Database } from './platform/db/database.js';
import { createCalendarModule } from './modules/calendar/index.js';
import { createDirectoryModule } from './modules/directory/index.js';
import { createIdentityModule } from './modules/identity/index.js';
import { createCatalogModule } from './modules/catalog/index.js';
import { createCasesModule, findCaseEventNotice } from './modules/cases/index.js';
import { createPortalModule } from './modules/portal/index.js';
import { createNotificationsModule } from './modules/notifications/index.js';

/** Wires the modules in dependency order; each gets only the other modules' public faces. */
export function createModules({ config, database }: { config: Config; database: Database }) {
  const calendar = createCalendarModule({ database });
  const directory = createDirectoryModule({ database });
  const identity = createIdentityModule({ database, config, directory });
  const catalog = createCatalogModule({ database, directory });
  const cases = createCasesModule({ database, catalog, directory, identity, calendar });
  const portal = createPortalModule({ database });
  const notifications = createNotificationsModule({
    database,
    config,
    cases: { findCaseEventNotice },
    catalog,
    identity,
  });
  return { calendar, directory, identity, catalog, cases, portal, notifications };
}

export type Modules = ReturnType<typeof createModules>;
