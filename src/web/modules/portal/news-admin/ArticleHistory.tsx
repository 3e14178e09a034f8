import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleRevision, EditorArticle } from '../../../../contracts/portal.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useArticleRevisions } from '../news.api.js';

/** Who did what and when; then every saved revision, each viewable and usable as a starting point. */
export function ArticleHistory({
  article,
  canRestore,
  onRestore,
}: {
  article: EditorArticle;
  canRestore: boolean;
  onRestore: (revision: ArticleRevision) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const revisions = useArticleRevisions(article.id);
  const [open, setOpen] = useState<number | null>(null);
  return (
    <>
      <section className="page-panel" aria-labelledby="article-history">
        <h2 id="article-history">{t('news.editor.history')}</h2>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('news.editor.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('news.editor.when')}</th>
                <th scope="col">{t('news.editor.action')}</th>
                <th scope="col">{t('news.editor.who')}</th>
                <th scope="col">{t('news.editor.revision')}</th>
                <th scope="col">{t('news.editor.note')}</th>
              </tr>
            </thead>
            <tbody>
              {article.events.map((event, index) => (
                <tr key={`${event.at}-${index}`}>
                  <td>{formatDateTime(event.at, language)}</td>
                  <td>
                    {t(`news.actions.${event.action}`)}
                    {event.publishAt && event.action === 'approved'
                      ? `（${t('news.editor.publishAt', { time: formatDateTime(event.publishAt, language) })}）`
                      : ''}
                  </td>
                  <td>{event.actorName}</td>
                  <td>{event.revision}</td>
                  <td>{event.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="page-panel" aria-labelledby="article-revisions">
        <h2 id="article-revisions">{t('news.editor.revisions')}</h2>
        <QueryState query={revisions}>
          {(data) => (
            <ul className="plain-list">
              {data.items.map((revision) => (
                <li key={revision.revision} style={{ marginBottom: 8 }}>
                  <p style={{ margin: 0 }}>
                    <strong>
                      {t('news.editor.revision')} {revision.revision}
                    </strong>
                    {' · '}
                    {revision.savedByName} · {formatDateTime(revision.savedAt, language)} ·{' '}
                    <span lang="zh-CN">{revision.title}</span>
                  </p>
                  <div className="article-actions">
                    <Button
                      size="small"
                      aria-expanded={open === revision.revision}
                      onClick={() => setOpen(open === revision.revision ? null : revision.revision)}
                    >
                      {t(open === revision.revision ? 'news.editor.hide' : 'news.editor.show', {
                        revision: revision.revision,
                      })}
                    </Button>
                    {canRestore && revision.revision !== article.revision && (
                      <Button size="small" onClick={() => onRestore(revision)}>
                        {t('news.editor.restore', { revision: revision.revision })}
                      </Button>
                    )}
                  </div>
                  {open === revision.revision && (
                    <div className="revision-preview" lang="zh-CN">
                      <h3 style={{ marginTop: 0 }}>{revision.title}</h3>
                      {/* Sanitised by the server when it was saved, as the public page shows it. */}
                      <div dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </section>
    </>
  );
}
