import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from './DocumentTitle.js';
import { LinkButton } from './LinkButton.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page-panel">
      <DocumentTitle title={t('notFound.title')} />
      <Result
        status="404"
        title={<h1 style={{ margin: 0, fontSize: 24 }}>{t('notFound.title')}</h1>}
        subTitle={t('notFound.description')}
        extra={<LinkButton to="/">{t('notFound.home')}</LinkButton>}
      />
    </div>
  );
}
