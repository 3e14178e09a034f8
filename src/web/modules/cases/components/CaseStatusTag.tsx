import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatusName } from '../../../../contracts/cases.contract.js';

const TAG_COLORS: Record<CaseStatusName, string> = {
  submitted: 'warning',
  accepted: 'processing',
  not_accepted: 'error',
  granted: 'success',
  refused: 'error',
  withdrawn: 'default',
  supplement_requested: 'warning',
  under_review: 'processing',
  delivered: 'success',
  closed: 'default',
};

/** The case status as a coloured tag; the word carries the meaning, the colour only helps. */
export function CaseStatusTag({ status }: { status: CaseStatusName }) {
  const { t } = useTranslation();
  return (
    <Tag color={TAG_COLORS[status]} data-status={status}>
      {t(`cases.status.${status}`)}
    </Tag>
  );
}
