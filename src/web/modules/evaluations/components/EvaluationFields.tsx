import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  BAD_COMMENT_MIN,
  COMMENT_MAX,
  isBadGrade,
  type EvaluationRequest,
  type IndicatorKey,
} from '../../../../contracts/evaluations.contract.js';
import { GRADE_ORDER, INDICATORS, gradeKey } from '../evaluations.labels.js';
import './evaluations.css';

export interface EvaluationValues {
  grade?: number;
  indicators?: Partial<Record<IndicatorKey, number>>;
  comment?: string;
}

/** The names of the fields below, for placing the server's field errors. */
export const EVALUATION_FIELD_NAMES: readonly (readonly string[])[] = [
  ['grade'],
  ['comment'],
  ...INDICATORS.map((key) => ['indicators', key]),
];

/** The rating part of a request, from the form's values (checked by the form's rules first). */
export function toRatingRequest(values: EvaluationValues): Omit<EvaluationRequest, 'caseId' | 'visit'> {
  const comment = values.comment?.trim();
  return {
    grade: values.grade ?? 0,
    indicators: {
      overall: values.indicators?.overall ?? 0,
      efficiency: values.indicators?.efficiency ?? 0,
      guideAccuracy: values.indicators?.guideAccuracy ?? 0,
      convenience: values.indicators?.convenience ?? 0,
      usability: values.indicators?.usability ?? 0,
    },
    ...(comment ? { comment } : {}),
  };
}

/**
 * 好差评 in five grades with words (非常满意 … 非常不满意), the five indicators in the same words,
 * and a comment that a 差评 must have. Native radio groups: arrow keys move within a group.
 */
export function EvaluationFields() {
  const { t } = useTranslation();
  const grade = Form.useWatch<number | undefined>('grade');
  const bad = grade !== undefined && isBadGrade(grade);
  const options = GRADE_ORDER.map((value) => ({
    value,
    label: t(`evaluations.grades.${gradeKey(value)}`),
  }));

  return (
    <>
      <Form.Item
        name="grade"
        label={t('evaluations.form.grade')}
        rules={[{ required: true, message: t('evaluations.form.gradeRequired') }]}
      >
        <Radio.Group
          aria-label={t('evaluations.form.grade')}
          options={options}
          className="evaluation-grades"
          data-testid="evaluation-grade"
        />
      </Form.Item>
      <fieldset className="evaluation-indicators">
        <legend>{t('evaluations.form.indicatorsLegend')}</legend>
        <p className="evaluation-hint">{t('evaluations.form.indicatorsHelp')}</p>
        {INDICATORS.map((key) => {
          const name = t(`evaluations.indicators.${key}`);
          return (
            <Form.Item
              key={key}
              name={['indicators', key]}
              label={name}
              rules={[{ required: true, message: t('evaluations.form.indicatorRequired', { name }) }]}
            >
              <Radio.Group aria-label={name} optionType="button" options={options} data-indicator={key} />
            </Form.Item>
          );
        })}
      </fieldset>
      <Form.Item
        name="comment"
        label={bad ? t('evaluations.form.comment') : t('evaluations.form.commentOptional')}
        required={bad}
        extra={
          bad
            ? t('evaluations.form.commentBadHelp', { min: BAD_COMMENT_MIN })
            : t('evaluations.form.commentHelp', { max: COMMENT_MAX })
        }
        dependencies={['grade']}
        rules={[
          { max: COMMENT_MAX, message: t('forms.tooLong', { max: COMMENT_MAX }) },
          {
            validator: async (_rule, value: unknown) => {
              const text = typeof value === 'string' ? value.trim() : '';
              if (bad && text.length < BAD_COMMENT_MIN)
                throw new Error(t('evaluations.form.commentRequired', { min: BAD_COMMENT_MIN }));
            },
          },
        ]}
      >
        <Input.TextArea rows={4} maxLength={COMMENT_MAX} showCount style={{ maxWidth: 720 }} />
      </Form.Item>
    </>
  );
}
