import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, WindowCaseAction } from '../../../../contracts/cases.contract.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { useCaseAction } from '../cases.api.js';

/**
 * 窗口发证: the confirm step before the receiving window hands the result to the applicant,
 * which closes the case. Nothing is sent until the clerk confirms.
 */
export function HandOverForm({
  detail,
  onDone,
  onCancel,
}: {
  detail: CaseDetail;
  onDone: (action: WindowCaseAction) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const runAction = useCaseAction(detail.id);
  return (
    <div className="case-action-form" data-action="hand_over">
      <FormErrorSummary error={runAction.error} unplaced={[]} />
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('cases.actions.handOverWarning')}
      />
      <Space wrap>
        <Button
          type="primary"
          loading={runAction.isPending}
          onClick={() => runAction.mutate({ action: 'hand_over' }, { onSuccess: () => onDone('hand_over') })}
        >
          {t('cases.actions.confirm.hand_over')}
        </Button>
        <Button onClick={onCancel} disabled={runAction.isPending}>
          {t('cases.actions.cancel')}
        </Button>
      </Space>
    </div>
  );
}
