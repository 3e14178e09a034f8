import { useState } from 'react';
import { Alert, Radio, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../i18n/format.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { useCatalogRole, useVersions, type CatalogRole } from '../catalog-admin.api.js';
import { useItem } from '../catalog.api.js';
import { CITY_CODES } from '../catalog.filters.js';
import { DraftEditor } from './DraftEditor.js';
import { ImplementationSummary } from './ImplementationSummary.js';
import { VersionHistory } from './VersionHistory.js';
import '../components/catalog.css';

function CityVersions({ code, cityCode, role }: { code: string; cityCode: string; role: CatalogRole }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  const versions = useVersions(code, cityCode);
  const [status, setStatus] = useState('');
  const city = cityName(cityCode);
  const canEdit = role.adminCityCode === cityCode;
  return (
    <>
      {/* Present from the start, so what is written into it is announced. */}
      <div role="status" className="admin-status">
        {status && <Alert type="success" showIcon title={status} style={{ marginBottom: 20 }} />}
      </div>
      <QueryState query={versions}>
        {({ items }) => {
          const published = items.find((v) => v.status === 'published');
          const draft = items.find((v) => v.status === 'draft');
          return (
            <>
              <section className="page-panel" aria-labelledby="admin-published">
                <h2 id="admin-published">{t('catalog.admin.published')}</h2>
                {published ? (
                  <>
                    <p>
                      {t('catalog.admin.publishedVersion', {
                        version: published.version,
                        date: published.publishedAt ? formatDateTime(published.publishedAt, language) : '—',
                      })}
                    </p>
                    <ImplementationSummary implementation={published} headingLevel={3} />
                  </>
                ) : (
                  <p>{t('catalog.admin.noPublished', { city })}</p>
                )}
              </section>
              <section className="page-panel" aria-labelledby="admin-draft">
                <h2 id="admin-draft">{canEdit ? t('catalog.admin.editor') : t('catalog.admin.draft')}</h2>
                <p data-testid="draft-state">
                  {draft
                    ? t('catalog.admin.draftVersion', { version: draft.version })
                    : t('catalog.admin.noDraft', { city })}
                </p>
                {canEdit ? (
                  <DraftEditor
                    key={`${code}:${cityCode}`}
                    code={code}
                    cityCode={cityCode}
                    draft={draft}
                    published={published}
                    onStatus={setStatus}
                  />
                ) : (
                  <>
                    <p>{t('catalog.admin.readOnly', { city })}</p>
                    {draft && <ImplementationSummary implementation={draft} headingLevel={3} />}
                  </>
                )}
              </section>
              <section className="page-panel" aria-labelledby="admin-history">
                <h2 id="admin-history">{t('catalog.admin.history')}</h2>
                <VersionHistory versions={items} city={city} />
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}

/** /admin/catalog/:code — a city's published version, draft (editable by its administrators) and history. */
export function ImplementationAdminPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  const { code = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const { role } = useCatalogRole();
  const item = useItem(code);

  if (!role.canAdminister) {
    return (
      <section className="page-panel">
        <DocumentTitle title={t('catalog.admin.title')} />
        <h1>{t('catalog.admin.title')}</h1>
        <Result status="403" subTitle={t('catalog.admin.forbidden')} />
      </section>
    );
  }
  const requested = CITY_CODES.find((c) => c === searchParams.get('city'));
  const cityCode = role.adminCityCode ?? requested ?? CITY_CODES[0];

  return (
    <QueryState query={item}>
      {(loaded) => {
        const name = language === 'en' ? loaded.nameEn : loaded.name;
        const guidePath = `/items/${encodeURIComponent(loaded.code)}`;
        return (
          <>
            <DocumentTitle title={t('catalog.admin.editTitle', { item: name })} />
            <div className="page-panel">
              <h1>{t('catalog.admin.editTitle', { item: name })}</h1>
              <p>
                {t('catalog.itemCode')}
                {loaded.code}
              </p>
              <p>
                {role.adminCityCode
                  ? t('catalog.admin.roleCity', { city: cityName(role.adminCityCode) })
                  : t('catalog.admin.roleOffice')}
              </p>
              <p style={{ marginBottom: role.adminCityCode ? 0 : undefined }}>
                <Link to="/admin/catalog">{t('catalog.admin.backToList')}</Link>
                <span aria-hidden="true"> · </span>
                <Link to={guidePath}>{t('catalog.admin.viewGuide')}</Link>
                <span aria-hidden="true"> · </span>
                <Link to={`${guidePath}/comparison`}>{t('catalog.viewComparison')}</Link>
              </p>
              {!role.adminCityCode && (
                <fieldset className="filter-group admin-choice">
                  <legend>{t('catalog.admin.city')}</legend>
                  <Radio.Group
                    optionType="button"
                    value={cityCode}
                    onChange={(event) =>
                      setSearchParams({ city: String(event.target.value) }, { replace: true })
                    }
                    options={CITY_CODES.map((c) => ({ value: c, label: cityName(c) }))}
                  />
                </fieldset>
              )}
            </div>
            <CityVersions key={cityCode} code={loaded.code} cityCode={cityCode} role={role} />
          </>
        );
      }}
    </QueryState>
  );
}
