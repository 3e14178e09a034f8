import { Checkbox, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../../contracts/cases.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { formatCalendarDate } from '../cases.dates.js';
import { CaseStatusTag } from '../components/CaseStatusTag.js';
import { LightTag } from './LightTag.js';

/** Only a case awaiting acceptance may be accepted with others. */
export const isBulkAcceptable = (c: CaseSummary) => c.status === 'submitted';

export interface Selection {
  ids: ReadonlySet<string>;
  onChange: (ids: Set<string>) => void;
  max: number;
}

/**
 * A staff worklist: the route from receiving to deciding city, status and deadline light (in
 * words and an icon), due date; with a selection for bulk acceptance when one is given.
 */
export function WorklistTable({ cases, selection }: { cases: CaseSummary[]; selection?: Selection }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  const selectable = cases.filter(isBulkAcceptable);
  const toggle = (id: string, on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.ids);
    if (on) next.add(id);
    else next.delete(id);
    selection.onChange(next);
  };
  const allOn = selectable.length > 0 && selectable.every((c) => selection?.ids.has(c.id));
  const columns: TableColumnsType<CaseSummary> = [
    ...(selection
      ? [
          {
            key: 'select',
            title: t('worklist.columns.select'),
            render: (_: unknown, c: CaseSummary) =>
              isBulkAcceptable(c) ? (
                <Checkbox
                  aria-label={t('worklist.bulk.select', { caseNumber: c.caseNumber })}
                  checked={selection.ids.has(c.id)}
                  disabled={!selection.ids.has(c.id) && selection.ids.size >= selection.max}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
              ) : null,
          },
        ]
      : []),
    {
      key: 'caseNumber',
      title: t('cases.fields.caseNumber'),
      render: (_, c) => <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.caseNumber}</Link>,
    },
    { key: 'item', title: t('cases.fields.item'), dataIndex: 'itemName' },
    { key: 'applicant', title: t('cases.fields.applicant'), dataIndex: 'applicantName' },
    {
      key: 'route',
      title: t('worklist.columns.route'),
      render: (_, c) => (
        <span data-route={`${c.receivingCityCode}-${c.cityCode}`}>
          {cityName(c.receivingCityCode)} → {cityName(c.cityCode, c.cityName)} · {c.decidingOrgName}
        </span>
      ),
    },
    { key: 'status', title: t('cases.fields.status'), render: (_, c) => <CaseStatusTag status={c.status} /> },
    { key: 'light', title: t('worklist.columns.light'), render: (_, c) => <LightTag light={c.light} /> },
    {
      key: 'dueDate',
      title: t('cases.fields.dueDate'),
      render: (_, c) =>
        c.dueDate ? (
          <span data-due-date={c.dueDate}>{formatCalendarDate(c.dueDate, language)}</span>
        ) : c.status === 'submitted' || c.status === 'supplement_requested' ? (
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
  ];
  return (
    <>
      {selection && (
        // Outside the table: its header is copied into a hidden row that measures column widths.
        <Checkbox
          className="worklist-select-all"
          checked={allOn}
          indeterminate={!allOn && selectable.some((c) => selection.ids.has(c.id))}
          disabled={selectable.length === 0}
          onChange={(e) =>
            selection.onChange(
              e.target.checked
                ? new Set([...selection.ids, ...selectable.map((c) => c.id)].slice(0, selection.max))
                : new Set([...selection.ids].filter((id) => !selectable.some((c) => c.id === id))),
            )
          }
        >
          {t('worklist.bulk.selectAll')}
        </Checkbox>
      )}
      <Table<CaseSummary>
        rowKey="id"
        columns={columns}
        dataSource={cases}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('cases.list.empty') }}
      />
    </>
  );
}
