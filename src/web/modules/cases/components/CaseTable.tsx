import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseStatusName, CaseSummary } from '../../../../contracts/cases.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { formatCalendarDate } from '../cases.dates.js';
import { CaseStatusTag } from './CaseStatusTag.js';

// The clock starts at acceptance; until then there is no due date yet.
const NOT_YET_ACCEPTED: ReadonlySet<CaseStatusName> = new Set(['submitted', 'supplement_requested']);

/** A list of cases with their status and promised due date; staff also see the (masked) applicant. */
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
      key: 'dueDate',
      title: t('cases.fields.dueDate'),
      render: (_, c) =>
        c.dueDate ? (
          <span data-due-date={c.dueDate}>{formatCalendarDate(c.dueDate, language)}</span>
        ) : NOT_YET_ACCEPTED.has(c.status) ? (
          t('cases.list.dueAfterAcceptance')
        ) : (
          t('cases.list.noDueDate')
        ),
    },
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
