import { useTranslation } from 'react-i18next';
import type { ImplementationView } from '../../../../contracts/catalog.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useWorkingDaysLabel } from '../catalog.labels.js';
import '../components/catalog.css';

/** Every version of a city's implementation the viewer may see, newest first. */
export function VersionHistory({ versions, city }: { versions: ImplementationView[]; city: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const days = useWorkingDaysLabel();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  if (sorted.length === 0) return <p>{t('common.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="version-history">
        <caption className="visually-hidden">{t('catalog.admin.historyCaption', { city })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalog.admin.version')}</th>
            <th scope="col">{t('catalog.admin.status')}</th>
            <th scope="col">{t('catalog.admin.org')}</th>
            <th scope="col">{t('catalog.compare.promisedDays')}</th>
            <th scope="col">{t('catalog.admin.publishedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((version) => (
            <tr key={version.id} data-status={version.status}>
              <th scope="row">{version.version}</th>
              <td>{t(`catalog.admin.statuses.${version.status}`)}</td>
              <td>{version.orgName}</td>
              <td>{days(version.promisedDays)}</td>
              <td>{version.publishedAt ? formatDateTime(version.publishedAt, language) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
