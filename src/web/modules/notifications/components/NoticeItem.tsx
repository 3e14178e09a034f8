import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationView } from '../../../../contracts/notifications.contract.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { formatNoticeTime, noticeTitle } from '../notifications.labels.js';

/** One notice: read state in words, when it came, what it says, and the case it is about. */
export function NoticeItem({
  notice,
  onOpen,
  marking,
}: {
  notice: NotificationView;
  onOpen: () => void;
  marking: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const isUnread = !notice.readAt;
  const title = noticeTitle(t, notice);
  return (
    <li className={isUnread ? 'notice notice-unread' : 'notice'} data-notice-kind={notice.kind}>
      <div className="notice-head">
        <Tag color={isUnread ? 'red' : 'default'} data-read-state={isUnread ? 'unread' : 'read'}>
          {isUnread ? t('notifications.unread') : t('notifications.read')}
        </Tag>
        <h2 className="notice-title">
          {notice.caseId ? (
            <Link to={`/cases/${notice.caseId}`} onClick={onOpen}>
              {title}
            </Link>
          ) : (
            title
          )}
        </h2>
        <time dateTime={notice.createdAt} className="notice-time">
          {formatNoticeTime(notice.createdAt, language)}
        </time>
      </div>
      {notice.caseNumber && (
        <p className="notice-case">{t('notifications.caseNumber', { caseNumber: notice.caseNumber })}</p>
      )}
      <p className="notice-body">{notice.body}</p>
      {isUnread && (
        <Button size="small" loading={marking} onClick={onOpen}>
          {t('notifications.markRead')}
          <span className="visually-hidden">{`：${title}`}</span>
        </Button>
      )}
    </li>
  );
}
