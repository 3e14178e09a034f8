import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/database.js';
import type { JobHandler } from '../../platform/jobs/index.js';
import {
  CASE_EVENT,
  createCaseEventHandler,
  type NotificationHandlerDeps,
} from './notifications.handlers.js';
import { createMailer } from './notifications.mailer.js';
import {
  CASE_STAFF_NOTICE,
  createCaseStaffNoticeHandler,
  type CaseStaffNoticeDeps,
} from './case-staff.handlers.js';
import {
  RECTIFICATION_EVENT,
  createRectificationHandler,
  type RectificationHandlerDeps,
} from './rectification.handlers.js';
import { createNotificationsRepository } from './notifications.repository.js';
import { notificationsRoutes } from './notifications.routes.js';
import { createNotificationsService } from './notifications.service.js';

export type { CaseEventNotice } from './notifications.handlers.js';
export { renderCaseEmail, renderCaseNotice } from './notifications.templates.js';

/** Notifications: the in-app inbox and e-mail for every change to an applicant's case. */
export function createNotificationsModule(
  deps: Pick<NotificationHandlerDeps, 'cases' | 'catalog' | 'identity'> &
    Pick<RectificationHandlerDeps, 'evaluations' | 'staff' | 'directory'> &
    Pick<CaseStaffNoticeDeps, 'staff'> & {
      database: Database;
      config: Pick<Config, 'SMTP_URL' | 'SMTP_FROM'>;
    },
) {
  const repository = createNotificationsRepository();
  const mailer = createMailer({ url: deps.config.SMTP_URL, from: deps.config.SMTP_FROM });
  const service = createNotificationsService({ database: deps.database, repository });
  const jobHandlers: Record<string, JobHandler> = {
    [CASE_EVENT]: createCaseEventHandler({ ...deps, repository, mailer }),
    [RECTIFICATION_EVENT]: createRectificationHandler({ ...deps, repository, mailer }),
    [CASE_STAFF_NOTICE]: createCaseStaffNoticeHandler({ ...deps, repository, mailer }),
  };
  return { ...service, routes: notificationsRoutes(service), jobHandlers };
}

export type NotificationsModule = ReturnType<typeof createNotificationsModule>;
