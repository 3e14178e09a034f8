import { useState } from 'react';
import { Result, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RectificationStatus } from '../../../../contracts/evaluations.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { useSession } from '../../identity/identity.api.js';
import { useRectifications } from '../evaluations.api.js';
import { RectificationListView } from '../components/RectificationListView.js';

type Filter = RectificationStatus | 'all';
const FILTERS: readonly Filter[] = ['open', 'responded', 'appeal_rejected', 'appealed', 'all'];

function Tasks() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('open');
  const tasks = useRectifications(filter);
  return (
    <>
      <Segmented<Filter>
        aria-label={t('evaluations.tasks.filter')}
        value={filter}
        onChange={setFilter}
        options={FILTERS.map((value) => ({
          value,
          label: value === 'all' ? t('evaluations.tasks.all') : t(`evaluations.status.${value}`),
        }))}
        style={{ marginBottom: 16 }}
      />
      <RectificationListView query={tasks} empty={t('evaluations.tasks.empty')} />
    </>
  );
}

/** /rectifications — 整改任务: the department's 差评 to put right, each with its due date. */
export function RectificationListPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const isStaff = session?.account.kind === 'staff';
  return (
    <section className="page-panel">
      <DocumentTitle title={t('evaluations.tasks.title')} />
      <h1>{t('evaluations.tasks.title')}</h1>
      {isStaff ? (
        <>
          <p>{t('evaluations.tasks.intro')}</p>
          <Tasks />
        </>
      ) : (
        <Result status="403" subTitle={t('evaluations.tasks.staffOnly')} />
      )}
    </section>
  );
}
