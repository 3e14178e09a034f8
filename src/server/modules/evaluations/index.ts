import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database, Executor } from '../../platform/db/database.js';
import type { CalendarModule } from '../calendar/index.js';
import type { CatalogModule } from '../catalog/index.js';
import type { DirectoryModule } from '../directory/index.js';
import type { IdentityModule } from '../identity/index.js';
import type { CaseRatingFacts } from '../cases/index.js';
import { seedDemoEvaluations } from './demo-evaluations.js';
import { createEvaluationsPresenter } from './evaluations.presenter.js';
import { createEvaluationsRepository } from './evaluations.repository.js';
import { evaluationsRoutes } from './evaluations.routes.js';
import { createEvaluationsService } from './evaluations.service.js';
import { rectificationsRoutes } from './rectifications.routes.js';
import { createRectificationsService } from './rectifications.service.js';

export { findRectificationNotice, type RectificationNoticeFacts } from './rectification-notice.js';
export { RECTIFICATION_EVENT, rectificationEventPayloadSchema } from './rectification-event.js';

/**
 * 好差评 and 差评整改: the person served rates a closed case or a window visit once; a 差评 opens a
 * rectification task for the department, due in 15 working days, answered and called back, or
 * appealed to the coordination office.
 */
export function createEvaluationsModule(deps: {
  database: Database;
  cases: { findCaseRatingFacts(tx: Executor, caseId: string): Promise<CaseRatingFacts | null> };
  catalog: Pick<CatalogModule, 'findItem'>;
  directory: Pick<DirectoryModule, 'findCity' | 'findOrganisation' | 'findOrganisationByKey'>;
  identity: Pick<IdentityModule, 'findApplicantProfile' | 'findCitizenByIdNumber'>;
  calendar: Pick<CalendarModule, 'dueDate'>;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  const repository = createEvaluationsRepository();
  const presenter = createEvaluationsPresenter({ catalog: deps.catalog, directory: deps.directory, now });
  const evaluations = createEvaluationsService({ ...deps, repository, presenter, now });
  const rectifications = createRectificationsService({ database: deps.database, repository, presenter, now });
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(evaluationsRoutes(evaluations));
    await app.register(rectificationsRoutes(rectifications));
  };
  return {
    ...evaluations,
    rectifications,
    routes,
    seedDemoEvaluations: () => seedDemoEvaluations({ ...deps, repository, now }),
  };
}

export type EvaluationsModule = ReturnType<typeof createEvaluationsModule>;
