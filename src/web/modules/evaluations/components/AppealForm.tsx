import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { RESPONSE_MIN, TEXT_MAX } from '../../../../contracts/evaluations.contract.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { useRectificationStep } from '../evaluations.api.js';
import { useServerErrors } from './step-form.js';

interface Values {
  reason?: string;
}

/** 申诉: the department's grounds for holding a rating malicious, to the coordination office. */
export function AppealForm({
  taskId,
  onDone,
  onCancel,
}: {
  taskId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const step = useRectificationStep(taskId, 'appeal');
  const errors = useServerErrors(form, [['reason']]);
  const submit = (values: Values) => {
    errors.clear();
    step.mutate({ reason: (values.reason ?? '').trim() }, { onSuccess: onDone, onError: errors.place });
  };
  return (
    <Form<Values> form={form} name="rectification-appeal" layout="vertical" onFinish={submit}>
      <FormErrorSummary error={step.error} unplaced={errors.unplaced} />
      <Form.Item
        name="reason"
        label={t('evaluations.task.appealReason')}
        required
        rules={[
          {
            validator: async (_rule, value: unknown) => {
              const text = typeof value === 'string' ? value.trim() : '';
              if (text.length < RESPONSE_MIN)
                throw new Error(t('evaluations.task.appealRequired', { min: RESPONSE_MIN }));
            },
          },
          { max: TEXT_MAX, message: t('forms.tooLong', { max: TEXT_MAX }) },
        ]}
      >
        <Input.TextArea rows={4} maxLength={TEXT_MAX} style={{ maxWidth: 720 }} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          {t('evaluations.task.appealSubmit')}
        </Button>
        <Button onClick={onCancel} disabled={step.isPending}>
          {t('evaluations.task.appealCancel')}
        </Button>
      </Space>
    </Form>
  );
}
