import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import type { FieldProblem } from '../../../shared/api/api-error.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { showServerFieldErrors } from '../../../shared/forms/server-errors.js';
import { useCaseEvaluation, useRate } from '../evaluations.api.js';
import {
  EVALUATION_FIELD_NAMES,
  EvaluationFields,
  toRatingRequest,
  type EvaluationValues,
} from './EvaluationFields.js';
import { EvaluationSummary } from './EvaluationSummary.js';

function RateCaseForm({ caseId, onRated }: { caseId: string; onRated: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EvaluationValues>();
  const rate = useRate();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const submit = (values: EvaluationValues) => {
    setUnplaced([]);
    rate.mutate(
      { caseId, ...toRatingRequest(values) },
      {
        onSuccess: onRated,
        onError: (error) => setUnplaced(showServerFieldErrors(form, error, EVALUATION_FIELD_NAMES)),
      },
    );
  };
  return (
    <Form<EvaluationValues>
      form={form}
      name="case-evaluation"
      layout="vertical"
      onFinish={submit}
      scrollToFirstError={{ focus: true }}
    >
      <FormErrorSummary error={rate.error} unplaced={unplaced} />
      <p>{t('evaluations.panel.intro')}</p>
      <EvaluationFields />
      <p className="evaluation-hint">{t('evaluations.form.once')}</p>
      <Button type="primary" htmlType="submit" loading={rate.isPending}>
        {t('evaluations.form.submit')}
      </Button>
    </Form>
  );
}

/**
 * 服务评价 on a closed case's page: the applicant rates it once; afterwards the applicant sees their
 * rating and how a 差评 was answered, and the department's staff see it with a link to its task.
 */
export function CaseEvaluationPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const closed = detail.status === 'closed';
  const state = useCaseEvaluation(detail.id, closed);
  const [justRated, setJustRated] = useState(false);
  const thanksRef = useRef<HTMLDivElement>(null);
  // The form is replaced by the rating: focus goes to the confirmation so it is announced.
  useEffect(() => {
    if (justRated && state.data?.evaluation) thanksRef.current?.focus();
  }, [justRated, state.data?.evaluation]);

  if (!closed || !state.data) return null;
  const { rateable, evaluation, rectificationId } = state.data;
  if (!rateable && !evaluation) return null;
  return (
    <section className="page-panel" aria-labelledby="case-evaluation" data-testid="case-evaluation">
      <h2 id="case-evaluation">{rateable ? t('evaluations.panel.title') : t('evaluations.panel.rated')}</h2>
      {justRated && (
        <div ref={thanksRef} tabIndex={-1} data-testid="evaluation-thanks">
          <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('evaluations.panel.thanks')} />
        </div>
      )}
      {rateable ? (
        <RateCaseForm caseId={detail.id} onRated={() => setJustRated(true)} />
      ) : (
        evaluation && (
          <>
            <EvaluationSummary evaluation={evaluation} showRectification={!rectificationId} />
            {rectificationId && (
              <p style={{ marginTop: 16 }}>
                <LinkButton to={`/rectifications/${encodeURIComponent(rectificationId)}`}>
                  {t('evaluations.panel.openTask')}
                </LinkButton>
              </p>
            )}
          </>
        )
      )}
    </section>
  );
}
