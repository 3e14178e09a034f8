import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { LoginRequest, SessionView } from '../../../../contracts/identity.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { useLogin } from '../identity.api.js';
import { requiredRule } from '../identity.rules.js';
import { safeNextPath } from '../safe-redirect.js';

/** Where to land after signing in when no page asked for it. */
function homeFor(session: SessionView): string {
  if (session.account.kind !== 'staff') return '/cases/mine';
  const roles = session.account.roles.map((r) => r.role);
  if (roles.includes('case_officer')) return '/staff/worklist';
  if (roles.includes('window_clerk')) return '/window';
  if (roles.includes('city_admin') || roles.includes('coordination_office')) return '/admin/catalog';
  return '/';
}

/** 统一用户登录: one account for all four cities, for citizens, enterprises and staff. */
export function LoginPage() {
  const { t } = useTranslation();
  const login = useLogin();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));

  const submit = (values: LoginRequest) =>
    login.mutate(
      { account: values.account.trim(), password: values.password },
      { onSuccess: (session) => void navigate(next ?? homeFor(session), { replace: true }) },
    );

  return (
    <section className="page-panel" style={{ maxWidth: 560, margin: '0 auto' }}>
      <DocumentTitle title={t('identity.login.title')} />
      <h1>{t('identity.login.title')}</h1>
      <p>{t('identity.login.intro')}</p>
      <Form<LoginRequest> name="login" layout="vertical" onFinish={submit}>
        <FormErrorSummary error={login.error} unplaced={[]} />
        <Form.Item name="account" label={t('identity.fields.account')} rules={[requiredRule(t)]}>
          <Input autoComplete="username" spellCheck={false} />
        </Form.Item>
        <Form.Item name="password" label={t('identity.fields.password')} rules={[requiredRule(t)]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={login.isPending} block>
          {t('identity.login.submit')}
        </Button>
      </Form>
      <p style={{ marginTop: 16 }}>
        {t('identity.login.noAccount')}{' '}
        <Link to={next ? `/register?next=${encodeURIComponent(next)}` : '/register'}>
          {t('identity.login.registerLink')}
        </Link>
      </p>
    </section>
  );
}
