import { useState } from 'react';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CitizenRegistration } from '../../../../contracts/identity.contract.js';
import type { FieldProblem } from '../../../shared/api/api-error.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { showServerFieldErrors } from '../../../shared/forms/server-errors.js';
import { useRegisterCitizen } from '../identity.api.js';
import {
  confirmPasswordRule,
  idNumberRule,
  mobileRule,
  newPasswordRule,
  personNameRule,
  requiredRule,
} from '../identity.rules.js';

interface Values extends CitizenRegistration {
  confirmPassword: string;
}

const FIELDS = [['realName'], ['idNumber'], ['mobile'], ['password']] as const;

/** 个人用户注册: real name, ID number, mobile, password. */
export function CitizenRegistrationForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const register = useRegisterCitizen();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const submit = ({ realName, idNumber, mobile, password }: Values) => {
    setUnplaced([]);
    register.mutate(
      { realName: realName.trim(), idNumber: idNumber.trim().toUpperCase(), mobile: mobile.trim(), password },
      {
        onSuccess: onRegistered,
        onError: (error) => setUnplaced(showServerFieldErrors(form, error, FIELDS)),
      },
    );
  };

  return (
    <Form form={form} name="citizen" layout="vertical" onFinish={submit} style={{ maxWidth: 520 }}>
      <FormErrorSummary error={register.error} unplaced={unplaced} />
      <Form.Item
        name="realName"
        label={t('identity.fields.realName')}
        rules={[requiredRule(t), personNameRule(t)]}
        validateTrigger="onBlur"
      >
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('identity.fields.idNumber')}
        extra={t('identity.help.idNumber')}
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
