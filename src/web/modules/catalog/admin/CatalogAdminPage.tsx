import { useId } from 'react';
import { Button, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { useCatalogRole } from '../catalog-admin.api.js';
import { useItems } from '../catalog.api.js';
import '../components/catalog.css';

function ItemFinder() {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  const inputId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const keyword = searchParams.get('q')?.trim() ?? '';
  const items = useItems(keyword ? { keyword } : {});
  const loaded = items.data?.pages.flatMap((page) => page.items) ?? [];
  const total = items.data?.pages[0]?.total ?? loaded.length;
  return (
    <section className="page-panel" aria-labelledby="admin-items">
      <h2 id="admin-items">{t('catalog.admin.itemsCaption')}</h2>
      <div role="search" style={{ maxWidth: 560, marginBottom: 16 }}>
        <label htmlFor={inputId} style={{ display: 'block', marginBottom: 4, fontWeight: 600 }}>
          {t('catalog.admin.searchLabel')}
        </label>
        <Input.Search
          id={inputId}
          key={keyword}
          defaultValue={keyword}
          enterButton={t('catalog.list.search')}
          allowClear
          maxLength={50}
          onSearch={(value) => setSearchParams(value.trim() ? { q: value.trim() } : {})}
        />
      </div>
      <p role="status" className="result-count">
        {items.data ? t('catalog.list.results', { count: total }) : ''}
      </p>
      <QueryState query={items}>
        {() => (
          <>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('catalog.admin.itemsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('catalog.conformance.item')}</th>
                    <th scope="col">{t('catalog.facts.code')}</th>
                    <th scope="col">{t('catalog.facts.cities')}</th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.map((item) => (
                    <tr key={item.code} data-item-code={item.code}>
                      <th scope="row">
                        <Link to={`/admin/catalog/${encodeURIComponent(item.code)}`}>
                          {language === 'en' ? item.nameEn : item.name}
                        </Link>
                      </th>
                      <td>{item.code}</td>
                      <td>{item.cityCodes.map((c) => cityName(c)).join(t('common.listSeparator'))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {items.hasNextPage && (
              <Button
                style={{ marginTop: 16 }}
                loading={items.isFetchingNextPage}
                onClick={() => void items.fetchNextPage()}
              >
                {t('catalog.list.loadMore', { shown: loaded.length, total })}
              </Button>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

/** /admin/catalog — city administrators and the coordination office find the item to look after. */
export function CatalogAdminPage() {
  const { t } = useTranslation();
  const cityName = useCityName();
  const { role } = useCatalogRole();
  return (
    <>
      <DocumentTitle title={t('catalog.admin.title')} />
      <div className="page-panel">
        <h1>{t('catalog.admin.title')}</h1>
        {role.canAdminister ? (
          <>
            <p>{t('catalog.admin.intro')}</p>
            <p>
              {role.adminCityCode
                ? t('catalog.admin.roleCity', { city: cityName(role.adminCityCode) })
                : t('catalog.admin.roleOffice')}
            </p>
            {role.canImport && (
              <p style={{ marginBottom: 0 }}>
                <LinkButton to="/admin/catalog/import" variant="default">
                  {t('catalog.admin.importLink')}
                </LinkButton>
              </p>
            )}
          </>
        ) : (
          <Result status="403" subTitle={t('catalog.admin.forbidden')} />
        )}
      </div>
      {role.canAdminister && <ItemFinder />}
    </>
  );
}
