import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_MAX } from '../../../../contracts/evaluations.contract.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { useRectificationStep } from '../evaluations.api.js';
import { useServerErrors } from './step-form.js';

interface Values {
  decision?: 'upheld' | 'rejected';
  reason?: string;
}

/** The coordination office's decision on an appeal, with its reasons. */
export function AppealDecisionForm({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const step = useRectificationStep(taskId, 'appeal-decision');
  const errors = useServerErrors(form, [['decision'], ['reason']]);
  const submit = (values: Values) => {
    errors.clear();
    step.mutate(
      { decision: values.decision ?? 'rejected', reason: (values.reason ?? '').trim() },
      { onSuccess: onDone, onError: errors.place },
    );
  };
  return (
    <Form<Values> form={form} name="rectification-decision" layout="vertical" onFinish={submit}>
      <FormErrorSummary error={step.error} unplaced={errors.unplaced} />
      <Form.Item
        name="decision"
        label={t('evaluations.task.decision')}
        rules={[{ required: true, message: t('evaluations.task.decisionRequired') }]}
      >
        <Radio.Group
          aria-label={t('evaluations.task.decision')}
          vertical
          options={[
            { value: 'upheld', label: t('evaluations.task.upheld') },
            { value: 'rejected', label: t('evaluations.task.rejected') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('evaluations.task.decisionReason')}
        rules={[
          { required: true, whitespace: true, min: 4, message: t('evaluations.task.decisionReasonRequired') },
          { max: TEXT_MAX, message: t('forms.tooLong', { max: TEXT_MAX }) },
        ]}
      >
        <Input.TextArea rows={3} maxLength={TEXT_MAX} style={{ maxWidth: 720 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        {t('evaluations.task.decide')}
      </Button>
    </Form>
  );
}
