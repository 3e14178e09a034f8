import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccessRecordView } from '../../../../contracts/access-records.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useAccessRecordLabel } from '../access-records.labels.js';
import './access-records.css';

/** Each use of the applicant's data: when, who in which role, for which city and department, why, what. */
export function AccessRecordTable({
  records,
  caption,
  showCase = true,
}: {
  records: AccessRecordView[];
  caption: string;
  showCase?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useAccessRecordLabel();
  const named = (place: { name: string; nameEn: string } | null) =>
    place ? (language === 'en' ? place.nameEn : place.name) : null;
  return (
    <div className="access-records-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="access-records-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accessRecords.columns.when')}</th>
            <th scope="col">{t('accessRecords.columns.who')}</th>
            <th scope="col">{t('accessRecords.columns.where')}</th>
            <th scope="col">{t('accessRecords.columns.why')}</th>
            <th scope="col">{t('accessRecords.columns.what')}</th>
            {showCase && <th scope="col">{t('accessRecords.columns.case')}</th>}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const where = [named(record.city), named(record.org)].filter(Boolean).join(' · ');
            return (
              <tr key={record.id} data-access-record={record.id} data-source={record.source}>
                <th scope="row">
                  <time dateTime={record.accessedAt}>{formatDateTime(record.accessedAt, language)}</time>
                </th>
                <td data-field="who">
                  <span lang={record.accessorName ? 'zh-CN' : undefined}>
                    {record.accessorName ?? t('accessRecords.systemAccessor')}
                  </span>
                  <div className="access-records-note">{label('roles', record.accessorRole)}</div>
                </td>
                <td data-field="where">{where || t('common.none')}</td>
                <td data-field="why">
                  {label('purposes', record.purpose)}
                  {record.reason && (
                    <div className="access-records-note" lang="zh-CN">
                      {t('accessRecords.reason', { reason: record.reason })}
                    </div>
                  )}
                </td>
                <td data-field="what">
                  {label('seen', record.seen)}
                  {record.registry &&
                    t('accessRecords.registry', { registry: label('registries', record.registry) })}
                </td>
                {showCase && (
                  <td data-field="case">
                    {record.caseId && record.caseNumber ? (
                      <Link to={`/cases/${encodeURIComponent(record.caseId)}`}>{record.caseNumber}</Link>
                    ) : (
                      t('accessRecords.noCase')
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
