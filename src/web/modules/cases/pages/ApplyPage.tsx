import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ItemView } from '../../../../contracts/catalog.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useItem } from '../../catalog/catalog.api.js';
import { useMetroArea } from '../../directory/directory.api.js';
import { useSession } from '../../identity/identity.api.js';
import { ApplicationForm } from '../components/ApplicationForm.js';

function ApplyContent({ item }: { item: ItemView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const metroArea = useMetroArea();
  const { data: session } = useSession();
  const name = language === 'en' ? item.nameEn : item.name;
  return (
    <>
      <DocumentTitle title={t('cases.apply.title', { item: name })} />
      <section className="page-panel">
        <h1>{t('cases.apply.title', { item: name })}</h1>
        <p style={{ marginBottom: 0 }}>
          {t('cases.apply.intro')}{' '}
          <Link to={`/items/${encodeURIComponent(item.code)}`}>{t('catalog.viewGuide')}</Link>
        </p>
      </section>
      {session?.account.kind === 'staff' && (
        <Alert type="warning" showIcon style={{ marginBottom: 20 }} title={t('cases.apply.staffNotice')} />
      )}
      <QueryState query={metroArea}>
        {(area) => <ApplicationForm item={item} cities={area.cities} />}
      </QueryState>
    </>
  );
}

/** /items/:code/apply — the online application for one item. */
export function ApplyPage() {
  const { code } = useParams();
  const item = useItem(code);
  return <QueryState query={item}>{(loaded) => <ApplyContent item={loaded} />}</QueryState>;
}
