import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../../../../contracts/evaluations.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { formatCalendarDate } from '../../cases/cases.dates.js';
import { INDICATORS, gradeKey } from '../evaluations.labels.js';
import { GradeTag, RectificationStatusTag } from './tags.js';
import { useSubjectLabel } from './useSubjectLabel.js';
import './evaluations.css';

/**
 * A rating as given: what was rated, the grade, each indicator and the comment; with `showRater`,
 * who rated (for the staff who call back), and for the rater, how the department answered.
 */
export function EvaluationSummary({
  evaluation,
  showRater = false,
  showRectification = false,
}: {
  evaluation: EvaluationView;
  showRater?: boolean;
  showRectification?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const subject = useSubjectLabel();
  const task = evaluation.rectification;
  return (
    <div data-testid="evaluation-summary" data-evaluation-id={evaluation.id}>
      {evaluation.excluded && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('evaluations.summary.excluded')} />
      )}
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'subject', label: t('evaluations.summary.subject'), children: subject(evaluation) },
          { key: 'org', label: t('evaluations.summary.org'), children: evaluation.orgName },
          {
            key: 'grade',
            label: t('evaluations.summary.grade'),
            children: <GradeTag grade={evaluation.grade} />,
          },
          ...INDICATORS.map((key) => ({
            key,
            label: t(`evaluations.indicators.${key}`),
            children: t(`evaluations.grades.${gradeKey(evaluation.indicators[key])}`),
          })),
          {
            key: 'comment',
            label: t('evaluations.summary.comment'),
            children: (
              <span className="rectification-record" data-testid="evaluation-comment">
                {evaluation.comment ?? t('evaluations.summary.noComment')}
              </span>
            ),
          },
          ...(showRater
            ? [
                { key: 'rater', label: t('evaluations.summary.rater'), children: evaluation.raterName },
                {
                  key: 'mobile',
                  label: t('evaluations.summary.raterMobile'),
                  children: evaluation.raterMobile ?? t('common.none'),
                },
              ]
            : []),
          {
            key: 'ratedAt',
            label: t('evaluations.summary.ratedAt'),
            children: formatDateTime(evaluation.createdAt, language),
          },
        ]}
      />
      {showRectification && task && (
        <section aria-labelledby={`rectification-${evaluation.id}`} data-testid="rater-rectification">
          <h3 id={`rectification-${evaluation.id}`}>
            {t('evaluations.summary.rectificationTitle')} <RectificationStatusTag status={task.status} />
          </h3>
          {task.response ? (
            <Descriptions
              bordered
              size="small"
              column={1}
              items={[
                {
                  key: 'response',
                  label: t('evaluations.summary.response'),
                  children: <span className="rectification-record">{task.response}</span>,
                },
                ...(task.respondedAt
                  ? [
                      {
                        key: 'respondedAt',
                        label: t('evaluations.summary.respondedAt'),
                        children: formatDateTime(task.respondedAt, language),
                      },
                    ]
                  : []),
              ]}
            />
          ) : (
            <p>{t('evaluations.summary.awaiting', { date: formatCalendarDate(task.dueDate, language) })}</p>
          )}
          {task.calledBackAt && (
            <p className="rectification-meta">
              {t('evaluations.summary.calledBack', { when: formatDateTime(task.calledBackAt, language) })}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
