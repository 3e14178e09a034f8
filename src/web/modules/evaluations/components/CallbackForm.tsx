import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_MAX, type CallbackMethod } from '../../../../contracts/evaluations.contract.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { useRectificationStep } from '../evaluations.api.js';
import { useServerErrors } from './step-form.js';

interface Values {
  calledAt?: string;
  method?: CallbackMethod;
  outcome?: string;
  raterSatisfied?: boolean;
}

const METHODS: CallbackMethod[] = ['phone', 'visit'];

/** Now in Beijing time as a datetime-local value, 'YYYY-MM-DDTHH:mm'. */
function nowInShanghai(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** 回访: when and how the rater was reached, what they said, whether they are satisfied. */
export function CallbackForm({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const step = useRectificationStep(taskId, 'callback');
  const errors = useServerErrors(form, [['calledAt'], ['method'], ['outcome'], ['raterSatisfied']]);
  const submit = (values: Values) => {
    errors.clear();
    step.mutate(
      {
        // The time is entered as Beijing time, whatever the browser's own zone.
        calledAt: `${values.calledAt ?? ''}:00+08:00`,
        method: values.method ?? 'phone',
        outcome: (values.outcome ?? '').trim(),
        raterSatisfied: values.raterSatisfied ?? false,
      },
      { onSuccess: onDone, onError: errors.place },
    );
  };
  return (
    <Form<Values>
      form={form}
      name="rectification-callback"
      layout="vertical"
      onFinish={submit}
      initialValues={{ calledAt: nowInShanghai() }}
      scrollToFirstError={{ focus: true }}
    >
      <FormErrorSummary error={step.error} unplaced={errors.unplaced} />
      <Form.Item
        name="calledAt"
        label={t('evaluations.task.calledAt')}
        rules={[{ required: true, message: t('evaluations.task.calledAtRequired') }]}
      >
        <Input type="datetime-local" max={nowInShanghai()} style={{ maxWidth: 260 }} />
      </Form.Item>
      <Form.Item
        name="method"
        label={t('evaluations.task.method')}
        rules={[{ required: true, message: t('evaluations.task.methodRequired') }]}
      >
        <Radio.Group
          aria-label={t('evaluations.task.method')}
          options={METHODS.map((m) => ({ value: m, label: t(`evaluations.task.methods.${m}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="outcome"
        label={t('evaluations.task.outcome')}
        extra={t('evaluations.task.outcomeHelp')}
        rules={[
          { required: true, whitespace: true, min: 4, message: t('evaluations.task.outcomeRequired') },
          { max: TEXT_MAX, message: t('forms.tooLong', { max: TEXT_MAX }) },
        ]}
      >
        <Input.TextArea rows={3} maxLength={TEXT_MAX} style={{ maxWidth: 720 }} />
      </Form.Item>
      <Form.Item
        name="raterSatisfied"
        label={t('evaluations.task.raterSatisfied')}
        rules={[{ required: true, message: t('evaluations.task.raterSatisfiedRequired') }]}
      >
        <Radio.Group
          aria-label={t('evaluations.task.raterSatisfied')}
          options={[
            { value: true, label: t('evaluations.task.satisfied') },
            { value: false, label: t('evaluations.task.notSatisfied') },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        {t('evaluations.task.recordCallback')}
      </Button>
    </Form>
  );
}
