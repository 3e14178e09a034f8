import { Button, Table, Tag, type TableColumnsType } from 'antd';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RectificationList, RectificationSummary } from '../../../../contracts/evaluations.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { formatCalendarDate } from '../../cases/cases.dates.js';
import { GradeTag, RectificationStatusTag } from './tags.js';
import { useSubjectLabel } from './useSubjectLabel.js';
import './evaluations.css';

/** Tasks with what was rated, who served, the grade, the due date and where each stands. */
function RectificationTable({ tasks, empty }: { tasks: RectificationSummary[]; empty: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const subject = useSubjectLabel();
  const columns: TableColumnsType<RectificationSummary> = [
    {
      key: 'subject',
      title: t('evaluations.tasks.columns.subject'),
      render: (_, task) => (
        <Link to={`/rectifications/${encodeURIComponent(task.id)}`} data-task-id={task.id}>
          {subject(task)}
        </Link>
      ),
    },
    { key: 'org', title: t('evaluations.tasks.columns.org'), render: (_, task) => task.orgName },
    {
      key: 'grade',
      title: t('evaluations.tasks.columns.grade'),
      render: (_, task) => <GradeTag grade={task.grade} />,
    },
    {
      key: 'dueDate',
      title: t('evaluations.tasks.columns.dueDate'),
      render: (_, task) => (
        <>
          <span data-due-date={task.dueDate}>{formatCalendarDate(task.dueDate, language)}</span>
          {task.overdue && (
            <Tag color="error" className="rectification-overdue">
              {t('evaluations.tasks.overdue')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'status',
      title: t('evaluations.tasks.columns.status'),
      render: (_, task) => <RectificationStatusTag status={task.status} />,
    },
    {
      key: 'createdAt',
      title: t('evaluations.tasks.columns.createdAt'),
      render: (_, task) => formatDateTime(task.createdAt, language),
    },
  ];
  return (
    <Table<RectificationSummary>
      rowKey="id"
      columns={columns}
      dataSource={tasks}
      pagination={tasks.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
    />
  );
}

/** The loaded pages of a task list as one table, with "load more" while the server has more. */
export function RectificationListView({
  query,
  empty,
}: {
  query: UseInfiniteQueryResult<InfiniteData<RectificationList>>;
  empty: string;
}) {
  const { t } = useTranslation();
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <RectificationTable tasks={data.pages.flatMap((page) => page.items)} empty={empty} />
          {query.hasNextPage && (
            <Button
              style={{ marginTop: 16 }}
              loading={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              {t('evaluations.tasks.loadMore')}
            </Button>
          )}
        </>
      )}
    </QueryState>
  );
}
