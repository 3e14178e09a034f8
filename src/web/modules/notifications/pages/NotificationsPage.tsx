import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useInbox, useMarkRead } from '../notifications.api.js';
import { NoticeItem } from '../components/NoticeItem.js';
import '../notifications.css';

/** /notifications — the signed-in person's notices, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const markRead = useMarkRead();
  return (
    <section className="page-panel">
      <DocumentTitle title={t('notifications.title')} />
      <h1>{t('notifications.title')}</h1>
      <p>{t('notifications.intro')}</p>
      <QueryState query={inbox}>
        {(data) => {
          const notices = data.pages.flatMap((page) => page.items);
          const unread = data.pages[0]?.unreadCount ?? 0;
          return (
            <>
              <p role="status" data-testid="unread-summary">
                {t('notifications.unreadSummary', { count: unread })}
              </p>
              {notices.length === 0 ? (
                <p>{t('notifications.empty')}</p>
              ) : (
                <ul className="notice-list" aria-label={t('notifications.listLabel')}>
                  {notices.map((notice) => (
                    <NoticeItem
                      key={notice.id}
                      notice={notice}
                      onOpen={() => {
                        if (!notice.readAt) markRead.mutate(notice.id);
                      }}
                      marking={markRead.isPending && markRead.variables === notice.id}
                    />
                  ))}
                </ul>
              )}
              {inbox.hasNextPage && (
                <Button
                  style={{ marginTop: 16 }}
                  loading={inbox.isFetchingNextPage}
                  onClick={() => void inbox.fetchNextPage()}
                >
                  {t('notifications.loadMore')}
                </Button>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
