import type { FastifyPluginAsync } from 'fastify';
import type { UploadClaims } from '../../platform/blobs/index.js';
import type { Database } from '../../platform/db/database.js';
import type { CatalogModule } from '../catalog/index.js';
import type { DirectoryModule } from '../directory/index.js';
import type { IdentityModule } from '../identity/index.js';
import type { CalendarModule } from '../calendar/index.js';
import { certificatesNotConnected, type CertificateVerifier } from './case-materials.certificates.js';
import { createCaseMaterialsRepository } from './case-materials.repository.js';
import { caseMaterialsRoutes } from './case-materials.routes.js';
import { createCaseMaterials } from './case-materials.service.js';
import { createCasesRepository } from './cases.repository.js';
import { casesRoutes } from './cases.routes.js';
import { createCasesService } from './cases.service.js';
import { createCaseBulk } from './case-bulk.js';
import { DEFAULT_WARNING_DAYS } from './case-lights.js';
import { caseStaffRoutes } from './case-staff.routes.js';
import { createCaseTransfer } from './case-transfer.js';
import { createDeadlineSweep, DEADLINE_SWEEP, DEADLINE_SWEEP_PERIOD_MS } from './deadline-sweep.js';

export { findCaseEventNotice, type CaseEventNoticeFacts } from './case-event-notice.js';
export { findCaseRatingFacts, type CaseRatingFacts } from './case-rating-facts.js';
export { supplementPauses } from './case-deadline.js';
export { CASE_STAFF_NOTICE, type CaseStaffNoticePayload } from './case-staff-notice.js';
export type {
  CertificateCheck,
  CertificateQuery,
  CertificateVerifier,
} from './case-materials.certificates.js';

/** The case engine (办件): applications, the department's worklist, decisions and history. */
export function createCasesModule(deps: {
  database: Database;
  catalog: CatalogModule;
  directory: DirectoryModule;
  identity: Pick<IdentityModule, 'findApplicantProfile' | 'findCitizenByIdNumber'>;
  calendar: Pick<CalendarModule, 'dueDate'>;
  /** Uploaded files that applications and 补正 take in as materials. */
  uploads: UploadClaims;
  /** The largest total of one case's files (CASE_MATERIALS_MAX_BYTES). */
  materialsMaxCaseBytes: number;
  /** The electronic certificate service; until it is connected, references are refused. */
  certificates?: CertificateVerifier;
  /** Deadline lights turn yellow this many working days before the due date (default 2). */
  deadlineWarningDays?: number;
}) {
  const { uploads, materialsMaxCaseBytes, certificates = certificatesNotConnected, ...rest } = deps;
  const materials = createCaseMaterials({
    repository: createCaseMaterialsRepository(),
    uploads,
    certificates,
    maxCaseBytes: materialsMaxCaseBytes,
  });
  const repository = createCasesRepository();
  const service = createCasesService({ ...rest, materials, repository });
  const staff = {
    ...createCaseTransfer({ ...rest, repository }),
    ...createCaseBulk({ database: rest.database, repository, takeAction: service.takeAction }),
  };
  const sweep = createDeadlineSweep({
    ...rest,
    repository,
    warningDays: rest.deadlineWarningDays ?? DEFAULT_WARNING_DAYS,
  });
  const routes: FastifyPluginAsync = async (app) => {
    await app.register(casesRoutes(service));
    await app.register(caseMaterialsRoutes(service));
    await app.register(caseStaffRoutes(staff));
  };
  return {
    ...service,
    ...staff,
    routes,
    sweepDeadlines: sweep.sweep,
    /** Jobs the runner runs once per period across all processes (`jobs.every`). */
    periodicJobs: {
      [DEADLINE_SWEEP]: { periodMs: DEADLINE_SWEEP_PERIOD_MS, handler: sweep.handler },
    },
  };
}
