import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnreadCount } from '../../modules/notifications/notifications.api.js';

/** 消息 in the header with the unread count; the count is in the link's name, not only in a badge. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const { data: unread = 0 } = useUnreadCount(true);
  return (
    <Link to="/notifications" className="masthead-notifications" data-unread={unread}>
      {t('notifications.headerLink')}
      {unread > 0 && (
        <>
          <span className="masthead-badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
          <span className="visually-hidden">{t('notifications.headerUnread', { count: unread })}</span>
        </>
      )}
    </Link>
  );
}
