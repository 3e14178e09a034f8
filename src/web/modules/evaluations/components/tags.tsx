import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RectificationStatus } from '../../../../contracts/evaluations.contract.js';
import { GRADE_COLORS, STATUS_COLORS, gradeKey } from '../evaluations.labels.js';

/** A grade in words, coloured as a hint. */
export function GradeTag({ grade }: { grade: number }) {
  const { t } = useTranslation();
  return (
    <Tag color={GRADE_COLORS[gradeKey(grade)]} data-grade={grade}>
      {t(`evaluations.grades.${gradeKey(grade)}`)}
    </Tag>
  );
}

/** Where a rectification task stands, in words. */
export function RectificationStatusTag({ status }: { status: RectificationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-task-status={status}>
      {t(`evaluations.status.${status}`)}
    </Tag>
  );
}
