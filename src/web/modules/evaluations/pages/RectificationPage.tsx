import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RectificationAction, RectificationDetail } from '../../../../contracts/evaluations.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { formatCalendarDateWithWeekday } from '../../cases/cases.dates.js';
import { useRectification } from '../evaluations.api.js';
import { AppealDecisionForm } from '../components/AppealDecisionForm.js';
import { AppealForm } from '../components/AppealForm.js';
import { CallbackForm } from '../components/CallbackForm.js';
import { EvaluationSummary } from '../components/EvaluationSummary.js';
import { ResponseForm } from '../components/ResponseForm.js';
import { RectificationStatusTag } from '../components/tags.js';
import { useSubjectLabel } from '../components/useSubjectLabel.js';
import '../components/evaluations.css';

function TaskContent({ task }: { task: RectificationDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const subject = useSubjectLabel();
  const [done, setDone] = useState<{ action: RectificationAction } | null>(null);
  const [appealOpen, setAppealOpen] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const appealButton = useRef<HTMLButtonElement>(null);
  // The form that was used is gone once the task moves on: the confirmation takes focus.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const finish = (action: RectificationAction) => () => {
    setAppealOpen(false);
    setDone({ action });
  };
  const may = (action: RectificationAction) => task.allowedActions.includes(action);
  const when = (iso: string) => formatDateTime(iso, language);

  return (
    <>
      <DocumentTitle title={`${t('evaluations.task.title')} - ${subject(task)}`} />
      <section className="page-panel">
        <h1>
          {t('evaluations.task.title')} <RectificationStatusTag status={task.status} />
        </h1>
        {done && (
          <div ref={doneRef} tabIndex={-1} data-testid="step-done">
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              title={t(`evaluations.task.done.${done.action}`)}
            />
          </div>
        )}
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            {
              key: 'subject',
              label: t('evaluations.summary.subject'),
              children: task.caseId ? (
                <Link to={`/cases/${encodeURIComponent(task.caseId)}`}>{subject(task)}</Link>
              ) : (
                subject(task)
              ),
            },
            { key: 'org', label: t('evaluations.summary.org'), children: task.orgName },
            {
              key: 'due',
              label: t('evaluations.summary.dueDate'),
              children: (
                <>
                  <span data-testid="task-due-date" data-due-date={task.dueDate}>
                    {formatCalendarDateWithWeekday(task.dueDate, language)}
                  </span>
                  {task.overdue && (
                    <Tag color="error" className="rectification-overdue">
                      {t('evaluations.tasks.overdue')}
                    </Tag>
                  )}
                  <p className="rectification-meta">{t('evaluations.task.dueHelp')}</p>
                </>
              ),
            },
          ]}
        />
      </section>

      <section className="page-panel" aria-labelledby="task-evaluation">
        <h2 id="task-evaluation">{t('evaluations.task.evaluation')}</h2>
        <EvaluationSummary evaluation={task.evaluation} showRater />
      </section>

      {(task.response || may('respond')) && (
        <section className="page-panel" aria-labelledby="task-response" data-testid="task-response">
          <h2 id="task-response">{t('evaluations.task.responseTitle')}</h2>
          {task.response ? (
            <>
              <p className="rectification-record">{task.response.text}</p>
              <p className="rectification-meta">
                {t('evaluations.task.responded', {
                  name: task.response.byName,
                  when: when(task.response.at),
                })}
              </p>
            </>
          ) : (
            <ResponseForm taskId={task.id} onDone={finish('respond')} />
          )}
        </section>
      )}

      {(task.callback || may('callback')) && (
        <section className="page-panel" aria-labelledby="task-callback" data-testid="task-callback">
          <h2 id="task-callback">{t('evaluations.task.callbackTitle')}</h2>
          {task.callback ? (
            <>
              <p className="rectification-record">{task.callback.outcome}</p>
              <p className="rectification-meta">
                {t('evaluations.task.satisfiedResult', {
                  result: task.callback.raterSatisfied
                    ? t('evaluations.task.satisfied')
                    : t('evaluations.task.notSatisfied'),
                })}
              </p>
              <p className="rectification-meta">
                {t('evaluations.task.calledBack', {
                  name: task.callback.byName,
                  when: when(task.callback.recordedAt),
                  method: t(`evaluations.task.methods.${task.callback.method}`),
                  calledAt: when(task.callback.calledAt),
                })}
              </p>
            </>
          ) : (
            <>
              <p>{t('evaluations.task.callbackIntro')}</p>
              <CallbackForm taskId={task.id} onDone={finish('callback')} />
            </>
          )}
        </section>
      )}

      {(task.appeal || may('appeal') || may('decide_appeal')) && (
        <section className="page-panel" aria-labelledby="task-appeal" data-testid="task-appeal">
          <h2 id="task-appeal">{t('evaluations.task.appealTitle')}</h2>
          {task.appeal && (
            <>
              <p className="rectification-record">{task.appeal.reason}</p>
              <p className="rectification-meta">
                {t('evaluations.task.appealed', { name: task.appeal.byName, when: when(task.appeal.at) })}
              </p>
              {task.appeal.decision && task.appeal.decidedAt && (
                <div className="rectification-step" data-testid="appeal-decision">
                  <h3>{t('evaluations.task.decisionTitle')}</h3>
                  <p className="rectification-record">{task.appeal.decisionReason}</p>
                  <p className="rectification-meta">
                    {t('evaluations.task.decided', {
                      name: task.appeal.decidedByName ?? '',
                      when: when(task.appeal.decidedAt),
                      decision: t(`evaluations.task.decisions.${task.appeal.decision}`),
                    })}
                  </p>
                </div>
              )}
            </>
          )}
          {may('decide_appeal') && (
            <div className="rectification-step">
              <h3>{t('evaluations.task.decisionTitle')}</h3>
              <AppealDecisionForm taskId={task.id} onDone={finish('decide_appeal')} />
            </div>
          )}
          {may('appeal') && (
            <>
              <p>{t('evaluations.task.appealIntro')}</p>
              {appealOpen ? (
                <div className="rectification-step" role="region" aria-labelledby="appeal-form-title">
                  <h3 id="appeal-form-title">{t('evaluations.task.appealOpen')}</h3>
                  <AppealForm
                    taskId={task.id}
                    onDone={finish('appeal')}
                    onCancel={() => {
                      setAppealOpen(false);
                      setTimeout(() => appealButton.current?.focus());
                    }}
                  />
                </div>
              ) : (
                <Button ref={appealButton} onClick={() => setAppealOpen(true)} aria-expanded={false}>
                  {t('evaluations.task.appealOpen')}
                </Button>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}

/** /rectifications/:id — one 差评's task: the rating, the answer, the call-back, any appeal. */
export function RectificationPage() {
  const { id } = useParams();
  const task = useRectification(id);
  return <QueryState query={task}>{(detail) => <TaskContent key={detail.id} task={detail} />}</QueryState>;
}
