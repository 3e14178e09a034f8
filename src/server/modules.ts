import type { Config } from './platform/config.js';
import type { Database } from './platform/db/database.js';
import { createUploads } from './platform/blobs/index.js';
import { createCalendarModule } from './modules/calendar/index.js';
import { createDirectoryModule } from './modules/directory/index.js';
import {
  createIdentityModule,
  listCityAdminAccountIds,
  listStaffAccountIds,
} from './modules/identity/index.js';
import { createCatalogModule } from './modules/catalog/index.js';
import { createCasesModule, findCaseEventNotice, findCaseRatingFacts } from './modules/cases/index.js';
import { createPortalModule } from './modules/portal/index.js';
import { createNotificationsModule } from './modules/notifications/index.js';
import {
  createEvaluationsModule,
  findRectificationNotice,
  rectificationEventPayloadSchema,
} from './modules/evaluations/index.js';
import { createAccessRecordsModule } from './modules/access-records/index.js';
import { createStatisticsModule } from './modules/statistics/index.js';
import { createOidcModule } from './modules/oidc/index.js';

/** Wires the modules in dependency order; each gets only the other modules' public faces. */
export function createModules({ config, database }: { config: Config; database: Database }) {
  const calendar = createCalendarModule({ database });
  const directory = createDirectoryModule({ database });
  const identity = createIdentityModule({ database, config, directory });
  const catalog = createCatalogModule({ database, directory });
  // Uploaded files (申请材料); its routes are registered like a module's.
  const uploads = createUploads({
    database,
    root: config.BLOB_DIR,
    maxFileBytes: config.UPLOAD_MAX_FILE_BYTES,
    pendingQuotaBytes: 4 * config.CASE_MATERIALS_MAX_BYTES,
  });
  const cases = createCasesModule({
    database,
    catalog,
    directory,
    identity,
    calendar,
    uploads,
    materialsMaxCaseBytes: config.CASE_MATERIALS_MAX_BYTES,
  });
  const portal = createPortalModule({ database, webDistDir: config.WEB_DIST_DIR });
  const notifications = createNotificationsModule({
    database,
    config,
    cases: { findCaseEventNotice },
    catalog,
    identity,
    directory,
    evaluations: {
      findRectificationNotice,
      parsePayload: (payload) => rectificationEventPayloadSchema.parse(payload),
    },
    staff: { listStaffAccountIds, listCityAdminAccountIds },
  });
  const accessRecords = createAccessRecordsModule({ database, directory });
  const evaluations = createEvaluationsModule({
    database,
    cases: { findCaseRatingFacts },
    catalog,
    directory,
    identity,
    calendar,
  });
  const statistics = createStatisticsModule({ database, directory, catalog, calendar });
  // 统一身份认证: the OpenID Connect provider of the four cities' sites.
  const oidc = createOidcModule({ database, config, identity });
  return {
    uploads,
    calendar,
    directory,
    identity,
    catalog,
    cases,
    portal,
    notifications,
    accessRecords,
    evaluations,
    statistics,
    oidc,
  };
}

export type Modules = ReturnType<typeof createModules>;
