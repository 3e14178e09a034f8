import { z } from 'zod';
import type { Database, Tx } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import type { JobEvent } from '../../platform/jobs/index.js';
import type { NotificationsRepository } from './notifications.repository.js';
import type { NoticeParams } from './notifications.tables.js';
import { renderCaseEmail } from './notifications.templates.js';
import type { Mailer } from './notifications.mailer.js';

/** The outbox event the case engine writes with every case event. */
export const CASE_EVENT = 'case.event';

const caseEventPayload = z.object({ caseId: z.uuid(), seq: z.number().int().min(1), type: z.string() });

/** What the case engine tells about one of its events; the shape its index.ts answers with. */
export interface CaseEventNotice {
  applicantId: string;
  caseNumber: string;
  itemCode: string;
  type: string;
  note: string | null;
  at: Date;
  details: {
    items?: { name: string; requirement: string }[];
    method?: 'online' | 'post' | 'window';
    trackingNumber?: string;
    /** Where a transferred case went. */
    toOrgName?: string;
  } | null;
}

export interface NotificationHandlerDeps {
  database: Database;
  repository: NotificationsRepository;
  mailer: Mailer;
  cases: { findCaseEventNotice(tx: Tx, caseId: string, seq: number): Promise<CaseEventNotice | null> };
  catalog: { findItem(tx: Tx, code: string): Promise<{ name: string; nameEn: string } | null> };
  identity: { findContactEmail(tx: Tx, accountId: string): Promise<string | null> };
  now?: () => Date;
}

/**
 * Tells the applicant of a case event: an inbox notice, then an e-mail when the account has an
 * address and SMTP is configured. Safe to run again for the same event: the notice is keyed by
 * case and seq, and a mail recorded as sent is not sent again.
 */
export function createCaseEventHandler(deps: NotificationHandlerDeps) {
  const { database, repository, mailer, cases, catalog, identity } = deps;
  const now = deps.now ?? (() => new Date());

  return async function handleCaseEvent(event: JobEvent): Promise<void> {
    const { caseId, seq } = caseEventPayload.parse(event.payload);
    const prepared = await database.withSystem(async (tx) => {
      const notice = await cases.findCaseEventNotice(tx, caseId, seq);
      if (!notice) throw new Error('case event not found');
      const item = await catalog.findItem(tx, notice.itemCode);
      const params: NoticeParams = {
        caseNumber: notice.caseNumber,
        itemName: item?.name ?? notice.itemCode,
        itemNameEn: item?.nameEn ?? notice.itemCode,
        ...(notice.note && ['not_accept', 'refuse', 'transfer'].includes(notice.type)
          ? { reason: notice.note }
          : {}),
        ...(notice.details?.toOrgName ? { orgName: notice.details.toOrgName } : {}),
        ...(notice.details?.items ? { items: notice.details.items } : {}),
        ...(notice.details?.method ? { method: notice.details.method } : {}),
        ...(notice.details?.trackingNumber ? { trackingNumber: notice.details.trackingNumber } : {}),
      };
      const stored = await repository.insertOnce(tx, {
        id: newId(),
        accountId: notice.applicantId,
        dedupeKey: `${CASE_EVENT}:${caseId}:${seq}`,
        kind: notice.type,
        caseId,
        params,
        // The event's time, so the inbox follows the case's history whatever order jobs ran in.
        createdAt: notice.at,
      });
      const email =
        mailer.enabled && !stored.emailSentAt
          ? await identity.findContactEmail(tx, notice.applicantId)
          : null;
      return { stored, email };
    });
    const { stored, email } = prepared;
    if (!email) return;
    const mail = renderCaseEmail(stored.kind, stored.params);
    await mailer.send({ to: email, ...mail, messageId: `<${stored.id}@notifications.tongcheng>` });
    // Between the server's acceptance and this update a crash means one more mail on retry, with the
    // same Message-ID; every other retry finds the mark and sends nothing.
    await database.withSystem((tx) => repository.markEmailSent(tx, stored.id, now()));
  };
}
