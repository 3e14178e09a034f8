import { useEffect, useId, useRef, useState } from 'react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  AnyCaseAction,
  CaseAction,
  CaseDetail,
  WindowCaseAction,
} from '../../../../contracts/cases.contract.js';
import { HandOverForm } from '../window/HandOverForm.js';
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
const APPLICANT_ACTIONS: ReadonlySet<AnyCaseAction> = new Set(['supplement', 'withdraw']);
/** The receiving window's actions (异地代收代办), offered after the deciding department's. */
const WINDOW_ACTION_ORDER: readonly WindowCaseAction[] = ['hand_over'];

function isDangerous(action: AnyCaseAction): boolean {
  return !isWindowAction(action) && DANGEROUS_ACTIONS.has(action);
}

function isWindowAction(action: AnyCaseAction): action is WindowCaseAction {
  return (WINDOW_ACTION_ORDER as readonly AnyCaseAction[]).includes(action);
}

/**
 * Every action the viewer (staff or applicant) may take on the case now, as the server says in
 * `allowedActions`, and the receiving window's (`windowActions`, 窗口发证). Choosing one opens its form below the buttons: nothing is sent before the
 * form is confirmed, as no action can be undone. `omit` leaves out actions shown elsewhere.
 */
export function CaseActionsPanel({
  detail,
  omit = [],
  onDone,
}: {
  detail: CaseDetail;
  omit?: readonly CaseAction[];
  onDone: (action: AnyCaseAction) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [selected, setSelected] = useState<AnyCaseAction | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const windowActions = detail.windowActions ?? [];
  const actions: AnyCaseAction[] = [
    ...ACTION_ORDER.filter((a) => detail.allowedActions.includes(a) && !omit.includes(a)),
    ...WINDOW_ACTION_ORDER.filter((a) => windowActions.includes(a)),
  ];
  const open = selected && actions.includes(selected) ? selected : null;
  const forApplicant = actions.length > 0 && actions.every((a) => APPLICANT_ACTIONS.has(a));
  const regionId = `${id}-form`;
  const openerId = (action: AnyCaseAction) => `${id}-${action}`;

  // Opening a form moves focus to its heading, so a screen reader announces what is being done.
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  const finish = (action: AnyCaseAction) => {
    setSelected(null);
    onDone(action);
  };
  const cancel = () => {
    const opener = open ? openerId(open) : null;
    setSelected(null);
    if (opener) setTimeout(() => document.getElementById(opener)?.focus());
  };

  if (actions.length === 0) return null;
  return (
    <section className="page-panel" aria-labelledby="case-actions" data-testid="case-actions">
      <h2 id="case-actions">{forApplicant ? t('cases.actions.applicantTitle') : t('cases.actions.title')}</h2>
      <Space wrap className="case-action-buttons">
        {actions.map((action, index) => (
          <Button
            key={action}
            id={openerId(action)}
            type={index === 0 && !isDangerous(action) ? 'primary' : 'default'}
            danger={isDangerous(action)}
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
          {isWindowAction(open) ? (
            <HandOverForm detail={detail} onDone={finish} onCancel={cancel} />
          ) : (
            <CaseActionForm key={open} detail={detail} action={open} onDone={finish} onCancel={cancel} />
          )}
        </div>
      )}
    </section>
  );
}
