import { useEffect, useId, useRef, useState } from 'react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseAction, CaseDetail } from '../../../../contracts/cases.contract.js';
import { CaseActionForm, DANGEROUS_ACTIONS } from './CaseActionForm.js';
import './cases.css';

/**
 * Shown in this order: the action that moves the case forward first, then 补正, then the
 * refusals, and last the applicant's withdrawal.
 */
export const ACTION_ORDER: readonly CaseAction[] = [
  'accept',
  'begin_review',
  'grant',
  'deliver',
  'close',
  'supplement',
  'request_supplement',
  'not_accept',
  'refuse',
  'withdraw',
];
const APPLICANT_ACTIONS: ReadonlySet<CaseAction> = new Set(['supplement', 'withdraw']);

/**
 * Every action the viewer (staff or applicant) may take on the case now, as the server says in
 * `allowedActions`. Choosing one opens its form below the buttons: nothing is sent before the
 * form is confirmed, as no action can be undone. `omit` leaves out actions shown elsewhere.
 */
export function CaseActionsPanel({
  detail,
  omit = [],
  onDone,
}: {
  detail: CaseDetail;
  omit?: readonly CaseAction[];
  onDone: (action: CaseAction) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [selected, setSelected] = useState<CaseAction | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const actions = ACTION_ORDER.filter((a) => detail.allowedActions.includes(a) && !omit.includes(a));
  const open = selected && actions.includes(selected) ? selected : null;
  const forApplicant = actions.length > 0 && actions.every((a) => APPLICANT_ACTIONS.has(a));
  const regionId = `${id}-form`;
  const openerId = (action: CaseAction) => `${id}-${action}`;

  // Opening a form moves focus to its heading, so a screen reader announces what is being done.
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  if (actions.length === 0) return null;
  return (
    <section className="page-panel" aria-labelledby="case-actions" data-testid="case-actions">
      <h2 id="case-actions">{forApplicant ? t('cases.actions.applicantTitle') : t('cases.actions.title')}</h2>
      <Space wrap className="case-action-buttons">
        {actions.map((action, index) => (
          <Button
            key={action}
            id={openerId(action)}
            type={index === 0 && !DANGEROUS_ACTIONS.has(action) ? 'primary' : 'default'}
            danger={DANGEROUS_ACTIONS.has(action)}
            aria-expanded={open === action}
            aria-controls={open === action ? regionId : undefined}
            onClick={() => setSelected(open === action ? null : action)}
          >
            {t(`cases.actions.${action}`)}
          </Button>
        ))}
      </Space>
      {open && (
        <div id={regionId} className="case-action-region" role="region" aria-labelledby={`${regionId}-title`}>
          <h3 id={`${regionId}-title`} ref={headingRef} tabIndex={-1}>
            {t(`cases.actions.${open}`)}
          </h3>
          <CaseActionForm
            key={open}
            detail={detail}
            action={open}
            onDone={(action) => {
              setSelected(null);
              onDone(action);
            }}
            onCancel={() => {
              setSelected(null);
              setTimeout(() => document.getElementById(openerId(open))?.focus());
            }}
          />
        </div>
      )}
    </section>
  );
}
