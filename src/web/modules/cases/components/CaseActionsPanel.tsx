import { useId, useState } from 'react';
import { Alert, Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseAction, CaseDetail } from '../../../../contracts/cases.contract.js';
import { ApiError } from '../../../shared/api/api-error.js';
import { fieldNamePath } from '../../../shared/forms/server-errors.js';
import { useCaseAction } from '../cases.api.js';

// Shown in this order; the decisions that refuse need a reason the applicant will read.
const ACTION_ORDER: CaseAction[] = ['accept', 'grant', 'not_accept', 'refuse'];
const NEEDS_REASON: ReadonlySet<CaseAction> = new Set(['not_accept', 'refuse']);
const MIN_REASON_LENGTH = 4;

/** The actions this staff member may take on the case now, with the reason box for refusals. */
export function CaseActionsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const runAction = useCaseAction(detail.id);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<CaseAction | null>(null);
  const actions = ACTION_ORDER.filter((action) => detail.allowedActions.includes(action));
  const asksReason = actions.some((action) => NEEDS_REASON.has(action));

  const act = (action: CaseAction) => {
    const trimmed = reason.trim();
    if (NEEDS_REASON.has(action) && trimmed.length < MIN_REASON_LENGTH) {
      setReasonError(t('cases.actions.reasonRequired', { min: MIN_REASON_LENGTH }));
      document.getElementById(reasonId)?.focus();
      return;
    }
    setReasonError(null);
    setDone(null);
    runAction.mutate(
      { action, ...(trimmed ? { reason: trimmed } : {}) },
      {
        onSuccess: () => {
          setDone(action);
          setReason('');
        },
        onError: (error) => {
          const problem =
            error instanceof ApiError
              ? error.fieldProblems.find((p) => fieldNamePath(p.field).join('.') === 'reason')
              : undefined;
          if (problem) setReasonError(problem.message);
        },
      },
    );
  };

  if (actions.length === 0 && !done) return null;
  return (
    <section className="page-panel" aria-labelledby="case-actions">
      <h2 id="case-actions">{t('cases.actions.title')}</h2>
      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('cases.actions.done', { action: t(`cases.actions.${done}`) })}
        />
      )}
      {runAction.error && !reasonError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={runAction.error instanceof ApiError ? runAction.error.title : t('errors.unexpected')}
        />
      )}
      {asksReason && (
        <div style={{ marginBottom: 16, maxWidth: 640 }}>
          <label htmlFor={reasonId} style={{ display: 'block', marginBottom: 4, fontWeight: 600 }}>
            {t('cases.actions.reason')}
          </label>
          <Input.TextArea
            id={reasonId}
            rows={3}
            maxLength={2000}
            value={reason}
            status={reasonError ? 'error' : undefined}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${reasonId}-help`}
            onChange={(event) => setReason(event.target.value)}
          />
          <div
            id={`${reasonId}-help`}
            style={{ marginTop: 4 }}
            className={reasonError ? 'field-error' : undefined}
          >
            {reasonError ?? t('cases.actions.reasonHelp', { min: MIN_REASON_LENGTH })}
          </div>
        </div>
      )}
      <Space wrap>
        {actions.map((action) => (
          <Button
            key={action}
            type={action === 'accept' || action === 'grant' ? 'primary' : 'default'}
            danger={NEEDS_REASON.has(action)}
            loading={runAction.isPending && runAction.variables?.action === action}
            disabled={runAction.isPending}
            onClick={() => act(action)}
          >
            {t(`cases.actions.${action}`)}
          </Button>
        ))}
      </Space>
    </section>
  );
}
