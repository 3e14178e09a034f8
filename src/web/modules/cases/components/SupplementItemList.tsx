import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import './cases.css';

type SupplementItem = NonNullable<CaseDetail['pendingSupplement']>['items'][number];

/** The materials or matters of a 补正 notice, each with what exactly is required. */
export function SupplementItemList({ items }: { items: readonly SupplementItem[] }) {
  const { t } = useTranslation();
  return (
    <ol className="supplement-items">
      {items.map((item, index) => (
        <li key={`${index}:${item.name}`} data-supplement-item={item.name}>
          <span className="supplement-item-name">{item.name}</span>
          <div>{t('cases.supplement.requirementLine', { requirement: item.requirement })}</div>
        </li>
      ))}
    </ol>
  );
}
