import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  oidcOptionalScopes,
  type OidcClientRegistration,
  type OidcRegisteredClient,
} from '../../../../contracts/oidc.contract.js';
import { ApiError, type FieldProblem } from '../../../shared/api/api-error.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { fieldNamePath } from '../../../shared/forms/server-errors.js';
import { useRegisterOidcClient } from '../oidc.api.js';

interface FormValues {
  name: string;
  clientId: string;
  type: 'confidential' | 'public';
  redirectUris: string;
  postLogoutRedirectUris?: string;
  scopes: OidcClientRegistration['scopes'];
}

const FIELDS = ['name', 'clientId', 'type', 'redirectUris', 'postLogoutRedirectUris', 'scopes'] as const;

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The secret of a confidential site, shown this once. */
function SecretOnce({ registered }: { registered: OidcRegisteredClient }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title={t('oidc.admin.registered', { name: registered.client.name })}
      description={
        registered.clientSecret ? (
          <>
            <p style={{ margin: '8px 0' }}>
              <strong>{t('oidc.admin.secretTitle')}</strong> {t('oidc.admin.secretExplain')}
            </p>
            <label htmlFor="oidc-client-secret" style={{ display: 'block', fontWeight: 600 }}>
              {t('oidc.admin.secretLabel', { clientId: registered.client.clientId })}
            </label>
            <Input
              id="oidc-client-secret"
              className="oidc-secret"
              readOnly
              value={registered.clientSecret}
              spellCheck={false}
              onFocus={(event) => event.target.select()}
            />
          </>
        ) : undefined
      }
    />
  );
}

/** 接入新网站: the system administrator registers a city's site. */
export function RegisterClientForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const register = useRegisterOidcClient();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const submit = (values: FormValues) => {
    setUnplaced([]);
    register.mutate(
      {
        name: values.name.trim(),
        clientId: values.clientId.trim(),
        type: values.type,
        redirectUris: lines(values.redirectUris),
        postLogoutRedirectUris: lines(values.postLogoutRedirectUris),
        scopes: values.scopes ?? [],
      },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          // "body.redirectUris.1" belongs to the redirect address box, one address a line.
          const byField = new Map<string, string[]>();
          const rest: FieldProblem[] = [];
          for (const problem of error.fieldProblems) {
            const [name] = fieldNamePath(problem.field);
            if (name && (FIELDS as readonly string[]).includes(name)) {
              byField.set(name, [...new Set([...(byField.get(name) ?? []), problem.message])]);
            } else rest.push(problem);
          }
          form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof FormValues, errors })));
          setUnplaced(rest);
        },
      },
    );
  };

  return (
    <section className="page-panel" aria-labelledby="oidc-register">
      <h2 id="oidc-register">{t('oidc.admin.registerTitle')}</h2>
      {register.data && <SecretOnce registered={register.data} />}
      <Form<FormValues>
        form={form}
        name="oidc-client"
        layout="vertical"
        onFinish={submit}
        initialValues={{ type: 'confidential', scopes: ['profile'] }}
        style={{ maxWidth: 640 }}
      >
        <FormErrorSummary error={register.error} unplaced={unplaced} />
        <Form.Item
          name="name"
          label={t('oidc.admin.fields.name')}
          extra={t('oidc.admin.fields.nameHelp')}
          rules={[{ required: true, message: t('forms.required') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="clientId"
          label={t('oidc.admin.fields.clientId')}
          extra={t('oidc.admin.fields.clientIdHelp')}
          rules={[{ required: true, message: t('forms.required') }]}
        >
          <Input maxLength={64} spellCheck={false} autoComplete="off" />
        </Form.Item>
        <Form.Item name="type" label={t('oidc.admin.fields.type')}>
          <Radio.Group>
            <Radio value="confidential">{t('oidc.admin.types.confidential')}</Radio>
            <Radio value="public">{t('oidc.admin.types.public')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="redirectUris"
          label={t('oidc.admin.fields.redirectUris')}
          extra={t('oidc.admin.fields.redirectUrisHelp')}
          rules={[{ required: true, message: t('forms.required') }]}
        >
          <Input.TextArea rows={2} spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="postLogoutRedirectUris"
          label={t('oidc.admin.fields.postLogoutRedirectUris')}
          extra={t('oidc.admin.fields.postLogoutRedirectUrisHelp')}
        >
          <Input.TextArea rows={2} spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('oidc.admin.fields.scopes')}
          extra={t('oidc.admin.fields.scopesHelp')}
        >
          <Checkbox.Group
            options={oidcOptionalScopes.map((scope) => ({ value: scope, label: t(`oidc.scopes.${scope}`) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('oidc.admin.register')}
        </Button>
      </Form>
    </section>
  );
}
