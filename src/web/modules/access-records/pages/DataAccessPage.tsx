import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { useMyAccessRecords } from '../access-records.api.js';
import { AccessRecordListView } from '../components/AccessRecordListView.js';
import '../components/access-records.css';

/** /me/data-access — 我的数据使用记录: every use of the applicant's personal data, and why it is kept. */
export function DataAccessPage() {
  const { t } = useTranslation();
  const records = useMyAccessRecords();
  return (
    <>
      <DocumentTitle title={t('accessRecords.title')} />
      <section className="page-panel" aria-labelledby="data-access-title">
        <h1 id="data-access-title">{t('accessRecords.title')}</h1>
        <p>{t('accessRecords.intro')}</p>
        <h2>{t('accessRecords.whyTitle')}</h2>
        <ul className="access-records-why">
          <li>{t('accessRecords.why.law')}</li>
          <li>{t('accessRecords.why.who')}</li>
          <li>{t('accessRecords.why.how')}</li>
          <li>{t('accessRecords.why.doubt')}</li>
        </ul>
      </section>
      <section className="page-panel" aria-labelledby="data-access-list">
        <h2 id="data-access-list">{t('accessRecords.listTitle')}</h2>
        <AccessRecordListView
          query={records}
          caption={t('accessRecords.caption')}
          empty={t('accessRecords.empty')}
        />
      </section>
    </>
  );
}
