import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../../../../contracts/evaluations.contract.js';
import type { FieldProblem } from '../../../shared/api/api-error.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { showServerFieldErrors } from '../../../shared/forms/server-errors.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useRate, useServiceHalls } from '../evaluations.api.js';
import {
  EVALUATION_FIELD_NAMES,
  EvaluationFields,
  toRatingRequest,
  type EvaluationValues,
} from '../components/EvaluationFields.js';
import { EvaluationSummary } from '../components/EvaluationSummary.js';

interface VisitValues extends EvaluationValues {
  visit?: { hallId?: string; window?: string; date?: string };
}

const VISIT_FIELD_NAMES = [
  ['visit', 'hallId'],
  ['visit', 'window'],
  ['visit', 'date'],
  ...EVALUATION_FIELD_NAMES,
] as const;

/** Today in Beijing time, 'YYYY-MM-DD', whatever the browser's zone. */
function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** /evaluations/visit — 评价窗口服务: rate a visit to a service hall's window, without a case. */
export function VisitEvaluationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const halls = useServiceHalls();
  const [form] = Form.useForm<VisitValues>();
  const rate = useRate();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const [rated, setRated] = useState<EvaluationView | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (rated) doneRef.current?.focus();
  }, [rated]);

  const submit = (values: VisitValues) => {
    setUnplaced([]);
    rate.mutate(
      {
        visit: {
          hallId: values.visit?.hallId ?? '',
          window: (values.visit?.window ?? '').trim(),
          date: values.visit?.date ?? '',
        },
        ...toRatingRequest(values),
      },
      {
        onSuccess: setRated,
        onError: (error) => setUnplaced(showServerFieldErrors(form, error, VISIT_FIELD_NAMES)),
      },
    );
  };

  return (
    <section className="page-panel">
      <DocumentTitle title={t('evaluations.visit.title')} />
      <h1>{t('evaluations.visit.title')}</h1>
      {rated ? (
        <>
          <div ref={doneRef} tabIndex={-1} data-testid="evaluation-thanks">
            <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('evaluations.visit.done')} />
          </div>
          <EvaluationSummary evaluation={rated} showRectification />
          <p style={{ marginTop: 16 }}>
            <LinkButton to="/evaluations/mine">{t('evaluations.visit.toMine')}</LinkButton>
          </p>
        </>
      ) : (
        <>
          <p>{t('evaluations.visit.intro')}</p>
          <QueryState query={halls}>
            {(list) => (
              <Form<VisitValues>
                form={form}
                name="visit-evaluation"
                layout="vertical"
                onFinish={submit}
                scrollToFirstError={{ focus: true }}
                initialValues={{ visit: { date: todayInShanghai() } }}
              >
                <FormErrorSummary error={rate.error} unplaced={unplaced} />
                <Form.Item
                  name={['visit', 'hallId']}
                  label={t('evaluations.visit.hall')}
                  rules={[{ required: true, message: t('evaluations.visit.hallRequired') }]}
                >
                  <Select
                    style={{ maxWidth: 420 }}
                    placeholder={t('evaluations.visit.hallPlaceholder')}
                    options={list.map((hall) => ({
                      value: hall.id,
                      label: language === 'en' ? hall.nameEn : hall.name,
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={['visit', 'window']}
                  label={t('evaluations.visit.window')}
                  extra={t('evaluations.visit.windowHelp')}
                  rules={[
                    {
                      required: true,
                      pattern: /^\s*[A-Za-z0-9-]{1,16}\s*$/,
                      message: t('evaluations.visit.windowRequired'),
                    },
                  ]}
                >
                  <Input maxLength={16} autoComplete="off" spellCheck={false} style={{ maxWidth: 200 }} />
                </Form.Item>
                <Form.Item
                  name={['visit', 'date']}
                  label={t('evaluations.visit.date')}
                  rules={[{ required: true, message: t('evaluations.visit.dateRequired') }]}
                >
                  <Input type="date" max={todayInShanghai()} style={{ maxWidth: 220 }} />
                </Form.Item>
                <EvaluationFields />
                <p className="evaluation-hint">{t('evaluations.form.once')}</p>
                <Button type="primary" htmlType="submit" loading={rate.isPending}>
                  {t('evaluations.form.submit')}
                </Button>
              </Form>
            )}
          </QueryState>
        </>
      )}
    </section>
  );
}
