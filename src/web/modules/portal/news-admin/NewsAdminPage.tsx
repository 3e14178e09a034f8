import { Button, Radio, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { articleStatuses, type ArticleStatus } from '../../../../contracts/portal.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useEditorArticles } from '../news.api.js';
import { ArticleStatusTag } from './ArticleStatusTag.js';
import { useNewsEditorRole } from './useNewsEditorRole.js';
import '../../catalog/components/catalog.css';

function isStatus(value: string | null): value is ArticleStatus {
  return (articleStatuses as readonly string[]).includes(value ?? '');
}

/** 新闻编辑: every article of the site in any status, newest change first. */
export function NewsAdminPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { isEditor, isPending } = useNewsEditorRole();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const articles = useEditorArticles(status, page);

  if (isPending) return null;
  if (!isEditor) {
    return (
      <div className="page-panel">
        <DocumentTitle title={t('news.admin.title')} />
        <Result
          status="403"
          title={<h1 style={{ fontSize: 24 }}>{t('news.admin.title')}</h1>}
          subTitle={t('news.admin.forbidden')}
        />
      </div>
    );
  }
  const go = (next: { status?: ArticleStatus; page?: number }) => {
    const search = new URLSearchParams();
    if (next.status) search.set('status', next.status);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  return (
    <>
      <DocumentTitle title={t('news.admin.title')} />
      <section className="page-panel" aria-labelledby="news-admin-title">
        <h1 id="news-admin-title">{t('news.admin.title')}</h1>
        <p>{t('news.admin.intro')}</p>
        <LinkButton to="/admin/news/new">{t('news.admin.create')}</LinkButton>
      </section>
      <section className="page-panel" aria-labelledby="news-admin-list">
        <h2 id="news-admin-list">{t('news.admin.caption')}</h2>
        <fieldset className="filter-group" style={{ marginBottom: 16 }}>
          <legend>{t('news.admin.filter')}</legend>
          <Radio.Group
            optionType="button"
            value={status ?? 'all'}
            onChange={(event) =>
              go(event.target.value === 'all' ? {} : { status: event.target.value as ArticleStatus })
            }
            options={[
              { value: 'all', label: t('news.admin.all') },
              ...articleStatuses.map((s) => ({ value: s, label: t(`news.statuses.${s}`) })),
            ]}
          />
        </fieldset>
        <QueryState query={articles}>
          {(data) => {
            const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
            return (
              <>
                {data.items.length === 0 ? (
                  <p>{t('news.admin.empty')}</p>
                ) : (
                  <div className="table-scroll">
                    <table className="data-table">
                      <caption className="visually-hidden">{t('news.admin.caption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('news.admin.columns.title')}</th>
                          <th scope="col">{t('news.admin.columns.channel')}</th>
                          <th scope="col">{t('news.admin.columns.status')}</th>
                          <th scope="col">{t('news.admin.columns.revision')}</th>
                          <th scope="col">{t('news.admin.columns.updated')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.items.map((item) => (
                          <tr key={item.id} data-article-id={item.id}>
                            <th scope="row">
                              <Link to={`/admin/news/${item.id}`} lang="zh-CN">
                                {item.title}
                              </Link>
                            </th>
                            <td>{t(`news.channels.${item.channel}`)}</td>
                            <td>
                              <ArticleStatusTag status={item.status} scheduled={item.scheduled} />
                            </td>
                            <td>{item.revision}</td>
                            <td>
                              {t('news.admin.updatedBy', {
                                time: formatDateTime(item.updatedAt, language),
                                name: item.updatedByName,
                              })}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                {pages > 1 && (
                  <nav
                    aria-label={t('news.admin.pageOf', { page: data.page, pages })}
                    className="article-actions"
                  >
                    <Button
                      disabled={data.page <= 1}
                      onClick={() => go({ ...(status ? { status } : {}), page: data.page - 1 })}
                    >
                      {t('news.admin.previousPage')}
                    </Button>
                    <span>{t('news.admin.pageOf', { page: data.page, pages })}</span>
                    <Button
                      disabled={data.page >= pages}
                      onClick={() => go({ ...(status ? { status } : {}), page: data.page + 1 })}
                    >
                      {t('news.admin.nextPage')}
                    </Button>
                  </nav>
                )}
              </>
            );
          }}
        </QueryState>
      </section>
    </>
  );
}
