import type { Actor } from '../../platform/actor.js';
import type { Database } from '../../platform/db/database.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import type { Locale } from '../../platform/http/i18n.js';
import type { NotificationList, NotificationView } from '../../../contracts/notifications.contract.js';
import { notificationsErrors } from './notifications.errors.js';
import type { InboxCursor, NotificationRow, NotificationsRepository } from './notifications.repository.js';
import { renderCaseNotice } from './notifications.templates.js';

function encodeCursor(row: NotificationRow): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string | undefined): InboxCursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = new Date(at);
    if (Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) {
      throw new Error('bad cursor');
    }
    return { createdAt, id };
  } catch {
    throw platformErrors.badRequest();
  }
}

/** A stored notice as its owner reads it, in their language. */
export function toNotificationView(row: NotificationRow, locale: Locale): NotificationView {
  const { title, body } = renderCaseNotice(row.kind, row.params, locale);
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    caseNumber: row.params.caseNumber ?? null,
    title,
    body,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The inbox: a person reads and marks only their own notices (the policy is ownership, enforced twice). */
export function createNotificationsService({
  database,
  repository,
  now = () => new Date(),
}: {
  database: Database;
  repository: NotificationsRepository;
  now?: () => Date;
}) {
  return {
    async listMine({
      actor,
      cursor,
      locale,
    }: {
      actor: Actor;
      cursor?: string | undefined;
      locale: Locale;
    }): Promise<NotificationList> {
      const after = decodeCursor(cursor);
      return database.withActor(actor, async (tx) => {
        const rows = await repository.listForAccount(tx, actor.userId, after);
        const visible = rows.slice(0, repository.pageSize);
        const last = visible[visible.length - 1];
        return {
          items: visible.map((row) => toNotificationView(row, locale)),
          nextCursor: rows.length > repository.pageSize && last ? encodeCursor(last) : null,
          unreadCount: await repository.countUnread(tx, actor.userId),
        };
      });
    },

    async markRead({
      actor,
      id,
      locale,
    }: {
      actor: Actor;
      id: string;
      locale: Locale;
    }): Promise<NotificationView> {
      return database.withActor(actor, async (tx) => {
        const row = await repository.markRead(tx, actor.userId, id, now());
        if (!row) throw notificationsErrors.notFound();
        return toNotificationView(row, locale);
      });
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
