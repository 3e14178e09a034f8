import { z } from 'zod';
import type { Database, Tx } from '../../platform/db/database.js';
import type { StaffRole } from '../../platform/actor.js';
import { newId } from '../../platform/ids.js';
import type { JobEvent } from '../../platform/jobs/index.js';
import type { Mailer } from './notifications.mailer.js';
import type { NotificationsRepository } from './notifications.repository.js';
import type { NoticeParams } from './notifications.tables.js';
import { renderCaseNotice } from './notifications.templates.js';

/** The outbox event the case engine writes for a notice to staff (a deadline alert, a transfer). */
export const CASE_STAFF_NOTICE = 'case.staff_notice';

const payloadSchema = z.object({
  kind: z.enum(['deadline_yellow', 'deadline_red', 'transfer_in']),
  caseId: z.uuid(),
  caseNumber: z.string(),
  itemCode: z.string(),
  orgId: z.uuid(),
  supervisorsOfCity: z.string().nullable(),
  fromOrgId: z.uuid().nullable(),
  dueDate: z.string().nullable(),
  dedupeKey: z.string().max(150),
});

export interface CaseStaffNoticeDeps {
  database: Database;
  repository: NotificationsRepository;
  mailer: Mailer;
  staff: {
    listStaffAccountIds(tx: Tx, query: { orgId: string; roles: readonly StaffRole[] }): Promise<string[]>;
    listCityAdminAccountIds(tx: Tx, cityCode: string): Promise<string[]>;
  };
  directory: { findOrganisation(tx: Tx, id: string): Promise<{ name: string; nameEn: string } | null> };
  catalog: { findItem(tx: Tx, code: string): Promise<{ name: string; nameEn: string } | null> };
  identity: { findContactEmail(tx: Tx, accountId: string): Promise<string | null> };
  now?: () => Date;
}

function renderEmail(kind: string, params: NoticeParams): { subject: string; text: string } {
  const zh = renderCaseNotice(kind, params, 'zh-CN');
  const en = renderCaseNotice(kind, params, 'en');
  const text = [
    '您好：',
    '',
    zh.body,
    '',
    '请登录同城审批工作台办理。本邮件由系统自动发送，请勿直接回复。',
    '',
    '------------------------------------------------------------',
    '',
    en.title,
    '',
    en.body,
    '',
    'Sign in to the Tongcheng worklist to handle it. This message was sent automatically; please do not reply.',
    '',
  ].join('\n');
  return { subject: `【同城】${zh.title}（办件编号 ${params.caseNumber ?? ''}）`, text };
}

/**
 * Tells the department's case officers (and, for a deadline alert, the city administrators who
 * supervise it) in their inboxes and by e-mail. Safe to run again: each notice is keyed by the
 * event's dedupe key and the account, and a mail recorded as sent is not sent again.
 */
export function createCaseStaffNoticeHandler(deps: CaseStaffNoticeDeps) {
  const { database, repository, mailer, staff, directory, catalog, identity } = deps;
  const now = deps.now ?? (() => new Date());

  return async function handleCaseStaffNotice(event: JobEvent): Promise<void> {
    const p = payloadSchema.parse(event.payload);
    const stored = await database.withSystem(async (tx) => {
      const item = await catalog.findItem(tx, p.itemCode);
      const from = p.fromOrgId ? await directory.findOrganisation(tx, p.fromOrgId) : null;
      const params: NoticeParams = {
        caseNumber: p.caseNumber,
        itemName: item?.name ?? p.itemCode,
        itemNameEn: item?.nameEn ?? p.itemCode,
        ...(p.dueDate ? { dueDate: p.dueDate } : {}),
        ...(from ? { orgName: from.name, orgNameEn: from.nameEn } : {}),
      };
      const officers = await staff.listStaffAccountIds(tx, { orgId: p.orgId, roles: ['case_officer'] });
      const supervisors = p.supervisorsOfCity
        ? await staff.listCityAdminAccountIds(tx, p.supervisorsOfCity)
        : [];
      const rows = [];
      for (const accountId of new Set([...officers, ...supervisors])) {
        const row = await repository.insertOnce(tx, {
          id: newId(),
          accountId,
          dedupeKey: `${p.dedupeKey}:${accountId}`,
          kind: p.kind,
          caseId: p.caseId,
          params,
          createdAt: now(),
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
