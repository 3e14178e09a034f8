import type { Database } from '../../platform/db/database.js';
import type { CatalogModule } from '../catalog/index.js';
import type { DirectoryModule } from '../directory/index.js';
import type { IdentityModule } from '../identity/index.js';
import type { CalendarModule } from '../calendar/index.js';
import { createCasesRepository } from './cases.repository.js';
import { casesRoutes } from './cases.routes.js';
import { createCasesService } from './cases.service.js';

export { findCaseEventNotice, type CaseEventNoticeFacts } from './case-event-notice.js';

/** The case engine (办件): applications, the department's worklist, decisions and history. */
export function createCasesModule(deps: {
  database: Database;
  catalog: CatalogModule;
  directory: DirectoryModule;
  identity: Pick<IdentityModule, 'findApplicantProfile' | 'findCitizenByIdNumber'>;
  calendar: Pick<CalendarModule, 'dueDate'>;
}) {
  const service = createCasesService({ ...deps, repository: createCasesRepository() });
  return { ...service, routes: casesRoutes(service) };
}
