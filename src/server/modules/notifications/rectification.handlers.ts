import type { Database, Tx } from '../../platform/db/database.js';
import type { StaffRole } from '../../platform/actor.js';
import { newId } from '../../platform/ids.js';
import type { JobEvent } from '../../platform/jobs/index.js';
import type { Mailer } from './notifications.mailer.js';
import type { NotificationsRepository } from './notifications.repository.js';
import type { NoticeParams } from './notifications.tables.js';
import { renderCaseNotice } from './notifications.templates.js';

/** The outbox event the evaluations module writes when a 差评's task changes hands. */
export const RECTIFICATION_EVENT = 'rectification.event';

/** What the evaluations module tells of a task; the shape its index.ts answers with. */
export interface RectificationNotice {
  taskId: string;
  orgId: string;
  raterId: string;
  caseId: string | null;
  caseNumber: string | null;
  itemCode: string | null;
  visit: { hallId: string; window: string; date: string } | null;
  grade: number;
  dueDate: string;
  appealDecision: 'upheld' | 'rejected' | null;
  openedAt: Date;
  respondedAt: Date | null;
  appealDecidedAt: Date | null;
}

export interface RectificationHandlerDeps {
  database: Database;
  repository: NotificationsRepository;
  mailer: Mailer;
  evaluations: {
    findRectificationNotice(tx: Tx, taskId: string): Promise<RectificationNotice | null>;
    parsePayload(payload: unknown): { taskId: string; type: 'opened' | 'responded' | 'appeal_decided' };
  };
  staff: {
    listStaffAccountIds(tx: Tx, query: { orgId: string; roles: readonly StaffRole[] }): Promise<string[]>;
  };
  directory: { findOrganisation(tx: Tx, id: string): Promise<{ name: string; nameEn: string } | null> };
  catalog: { findItem(tx: Tx, code: string): Promise<{ name: string; nameEn: string } | null> };
  identity: { findContactEmail(tx: Tx, accountId: string): Promise<string | null> };
  now?: () => Date;
}

/** Who handles a 差评 of an organisation: its case officers, or the clerks of a hall's windows. */
const HANDLER_ROLES: readonly StaffRole[] = ['case_officer', 'window_clerk'];

/** The e-mail of a rectification notice: Chinese, then English; no name, ID or phone number. */
function renderEmail(kind: string, params: NoticeParams): { subject: string; text: string } {
  const zh = renderCaseNotice(kind, params, 'zh-CN');
  const en = renderCaseNotice(kind, params, 'en');
  const text = [
    '您好：',
    '',
    zh.body,
    '',
    '本邮件由系统自动发送，请勿直接回复。',
    '',
    '------------------------------------------------------------',
    '',
    en.title,
    '',
    en.body,
    '',
    'This message was sent automatically; please do not reply.',
    '',
  ].join('\n');
  return { subject: `【同城】${zh.title}`, text };
}

/**
 * Tells the department that a 差评 opened a task or that its appeal was decided, and the rater
 * that the department answered: an inbox notice per person, then an e-mail where there is an
 * address and SMTP. Safe to run again: each notice is keyed by task, step and account.
 */
export function createRectificationHandler(deps: RectificationHandlerDeps) {
  const { database, repository, mailer, evaluations, staff, directory, catalog, identity } = deps;
  const now = deps.now ?? (() => new Date());

  return async function handleRectificationEvent(event: JobEvent): Promise<void> {
    const { taskId, type } = evaluations.parsePayload(event.payload);
    const stored = await database.withSystem(async (tx) => {
      const notice = await evaluations.findRectificationNotice(tx, taskId);
      if (!notice) throw new Error('rectification task not found');
      const org = await directory.findOrganisation(tx, notice.orgId);
      const item = notice.itemCode ? await catalog.findItem(tx, notice.itemCode) : null;
      const params: NoticeParams = {
        ...(notice.caseNumber ? { caseNumber: notice.caseNumber } : {}),
        ...(notice.itemCode
          ? { itemName: item?.name ?? notice.itemCode, itemNameEn: item?.nameEn ?? notice.itemCode }
          : {}),
        orgName: org?.name ?? '',
        orgNameEn: org?.nameEn ?? '',
        ...(notice.visit ? { window: notice.visit.window, visitDate: notice.visit.date } : {}),
        grade: notice.grade,
        dueDate: notice.dueDate,
      };
      const step =
        type === 'opened'
          ? { kind: 'rectification_opened', at: notice.openedAt }
          : type === 'responded'
            ? { kind: 'rectification_responded', at: notice.respondedAt ?? notice.openedAt }
            : {
                kind:
                  notice.appealDecision === 'upheld'
                    ? 'rectification_appeal_upheld'
                    : 'rectification_appeal_rejected',
                at: notice.appealDecidedAt ?? notice.openedAt,
              };
      const recipients =
        type === 'responded'
          ? [notice.raterId]
          : await staff.listStaffAccountIds(tx, { orgId: notice.orgId, roles: HANDLER_ROLES });
      const rows = [];
      for (const accountId of recipients) {
        const row = await repository.insertOnce(tx, {
          id: newId(),
          accountId,
          dedupeKey: `${RECTIFICATION_EVENT}:${taskId}:${type}:${accountId}`,
          kind: step.kind,
          caseId: notice.caseId,
          params,
          createdAt: step.at,
        });
        const email =
          mailer.enabled && !row.emailSentAt ? await identity.findContactEmail(tx, accountId) : null;
        rows.push({ row, email });
      }
      return rows;
    });
    for (const { row, email } of stored) {
      if (!email) continue;
      await mailer.send({
        to: email,
        ...renderEmail(row.kind, row.params),
        messageId: `<${row.id}@notifications.tongcheng>`,
      });
      await database.withSystem((tx) => repository.markEmailSent(tx, row.id, now()));
    }
  };
}
