import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { RESPONSE_MIN, TEXT_MAX } from '../../../../contracts/evaluations.contract.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { useRectificationStep } from '../evaluations.api.js';
import { useServerErrors } from './step-form.js';

interface Values {
  response?: string;
}

/** 整改答复: what the department verified and changed; the rater reads it. */
export function ResponseForm({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const step = useRectificationStep(taskId, 'response');
  const errors = useServerErrors(form, [['response']]);
  const submit = (values: Values) => {
    errors.clear();
    step.mutate({ response: (values.response ?? '').trim() }, { onSuccess: onDone, onError: errors.place });
  };
  return (
    <Form<Values> form={form} name="rectification-response" layout="vertical" onFinish={submit}>
      <FormErrorSummary error={step.error} unplaced={errors.unplaced} />
      <Form.Item
        name="response"
        label={t('evaluations.task.responseLabel')}
        extra={t('evaluations.task.responseHelp')}
        required
        rules={[
          {
            validator: async (_rule, value: unknown) => {
              const text = typeof value === 'string' ? value.trim() : '';
              if (text.length < RESPONSE_MIN)
                throw new Error(t('evaluations.task.responseRequired', { min: RESPONSE_MIN }));
            },
          },
          { max: TEXT_MAX, message: t('forms.tooLong', { max: TEXT_MAX }) },
        ]}
      >
        <Input.TextArea rows={5} maxLength={TEXT_MAX} style={{ maxWidth: 720 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        {t('evaluations.task.respond')}
      </Button>
    </Form>
  );
}
