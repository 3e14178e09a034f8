import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { CitizenRegistrationForm } from '../components/CitizenRegistrationForm.js';
import { EnterpriseRegistrationForm } from '../components/EnterpriseRegistrationForm.js';
import { safeNextPath } from '../safe-redirect.js';

/** Registration of a citizen (个人) or an enterprise (法人) account, valid in all four cities. */
export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next')) ?? '/';
  const onRegistered = () => void navigate(next, { replace: true });

  return (
    <section className="page-panel">
      <DocumentTitle title={t('identity.register.title')} />
      <h1>{t('identity.register.title')}</h1>
      <p>{t('identity.register.intro')}</p>
      <Tabs
        items={[
          {
            key: 'citizen',
            label: t('identity.register.citizenTab'),
            children: <CitizenRegistrationForm onRegistered={onRegistered} />,
          },
          {
            key: 'enterprise',
            label: t('identity.register.enterpriseTab'),
            children: <EnterpriseRegistrationForm onRegistered={onRegistered} />,
          },
        ]}
      />
      <p style={{ marginTop: 16 }}>
        {t('identity.register.haveAccount')} <Link to="/login">{t('identity.register.loginLink')}</Link>
      </p>
    </section>
  );
}
