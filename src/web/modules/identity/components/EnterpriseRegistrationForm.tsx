import { useState } from 'react';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseRegistration } from '../../../../contracts/identity.contract.js';
import type { FieldProblem } from '../../../shared/api/api-error.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { showServerFieldErrors } from '../../../shared/forms/server-errors.js';
import { useRegisterEnterprise } from '../identity.api.js';
import {
  confirmPasswordRule,
  creditCodeRule,
  idNumberRule,
  mobileRule,
  newPasswordRule,
  personNameRule,
  requiredRule,
} from '../identity.rules.js';

interface Values extends EnterpriseRegistration {
  confirmPassword: string;
}

const FIELDS = [
  ['enterpriseName'],
  ['creditCode'],
  ['legalRepresentative'],
  ['legalRepresentativeIdNumber'],
  ['mobile'],
  ['password'],
] as const;

/** 法人注册: enterprise name, unified social credit code, legal representative, mobile, password. */
export function EnterpriseRegistrationForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const register = useRegisterEnterprise();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const submit = ({ confirmPassword: _confirm, ...values }: Values) => {
    setUnplaced([]);
    register.mutate(
      {
        enterpriseName: values.enterpriseName.trim(),
        creditCode: values.creditCode.trim().toUpperCase(),
        legalRepresentative: values.legalRepresentative.trim(),
        legalRepresentativeIdNumber: values.legalRepresentativeIdNumber.trim().toUpperCase(),
        mobile: values.mobile.trim(),
        password: values.password,
      },
      {
        onSuccess: onRegistered,
        onError: (error) => setUnplaced(showServerFieldErrors(form, error, FIELDS)),
      },
    );
  };

  return (
    <Form form={form} name="enterprise" layout="vertical" onFinish={submit} style={{ maxWidth: 520 }}>
      <FormErrorSummary error={register.error} unplaced={unplaced} />
      <Form.Item
        name="enterpriseName"
        label={t('identity.fields.enterpriseName')}
        rules={[requiredRule(t), { min: 2, max: 100, message: t('identity.validation.enterpriseName') }]}
        validateTrigger="onBlur"
      >
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t('identity.fields.creditCode')}
        rules={[requiredRule(t), creditCodeRule(t)]}
        validateTrigger="onBlur"
      >
        <Input maxLength={18} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="legalRepresentative"
        label={t('identity.fields.legalRepresentative')}
        rules={[requiredRule(t), personNameRule(t)]}
        validateTrigger="onBlur"
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="legalRepresentativeIdNumber"
        label={t('identity.fields.legalRepresentativeIdNumber')}
        rules={[requiredRule(t), idNumberRule(t)]}
        validateTrigger="onBlur"
      >
        <Input maxLength={18} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="mobile"
        label={t('identity.fields.mobile')}
        rules={[requiredRule(t), mobileRule(t)]}
        validateTrigger="onBlur"
      >
        <Input type="tel" maxLength={11} autoComplete="tel-national" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('identity.fields.password')}
        extra={t('identity.help.password')}
        rules={[requiredRule(t), newPasswordRule(t)]}
        validateTrigger="onBlur"
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('identity.fields.confirmPassword')}
        dependencies={['password']}
        rules={[requiredRule(t), confirmPasswordRule(t, 'password')]}
        validateTrigger="onBlur"
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={register.isPending}>
        {t('identity.register.submit')}
      </Button>
    </Form>
  );
}
