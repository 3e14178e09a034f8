import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../../contracts/cases.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { CaseStatusTag } from './CaseStatusTag.js';

/** A list of cases; staff also see the (masked) applicant. */
export function CaseTable({
  cases,
  showApplicant = false,
}: {
  cases: CaseSummary[];
  showApplicant?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  const columns: TableColumnsType<CaseSummary> = [
    {
      key: 'caseNumber',
      title: t('cases.fields.caseNumber'),
      render: (_, c) => <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.caseNumber}</Link>,
    },
    { key: 'item', title: t('cases.fields.item'), dataIndex: 'itemName' },
    ...(showApplicant
      ? [{ key: 'applicant', title: t('cases.fields.applicant'), dataIndex: 'applicantName' as const }]
      : []),
    {
      key: 'decidingCity',
      title: t('cases.fields.decidingCity'),
      render: (_, c) => `${cityName(c.cityCode, c.cityName)} · ${c.decidingOrgName}`,
    },
    { key: 'status', title: t('cases.fields.status'), render: (_, c) => <CaseStatusTag status={c.status} /> },
    {
      key: 'submittedAt',
      title: t('cases.fields.submittedAt'),
      render: (_, c) => formatDateTime(c.submittedAt, language),
    },
    {
      key: 'promisedDays',
      title: t('cases.fields.promisedDays'),
      render: (_, c) => t('catalog.workingDays', { count: c.promisedDays }),
    },
  ];
  return (
    <Table<CaseSummary>
      rowKey="id"
      columns={columns}
      dataSource={cases}
      pagination={cases.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('cases.list.empty') }}
    />
  );
}
