import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type LabelGroup =
  | 'subjects'
  | 'modes'
  | 'itemTypes'
  | 'resultTypes'
  | 'requirements'
  | 'licences'
  | 'materialForms'
  | 'delivery'
  | 'subjectFilters'
  | 'lifeEvents'
  | 'dimensions'
  | 'materialPresence'
  | 'fieldPresence'
  | 'fieldTypes';

/**
 * Words for the catalogue's coded values (subject, handling modes, material forms, delivery,
 * life events, comparison dimensions).
 * A code the web does not know yet is shown as the server sent it rather than hidden.
 */
export function useCatalogLabel(): (group: LabelGroup, code: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (group: LabelGroup, code: string) => {
      const labels = t(`catalog.codes.${group}`, { returnObjects: true }) as Record<string, string>;
      return labels[code] ?? code;
    },
    [t],
  );
}

/** "不收费" for a zero fee, otherwise the amount in yuan. */
export function useFeeLabel(): (feeYuan: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (feeYuan: string) => (Number(feeYuan) === 0 ? t('catalog.free') : t('catalog.fee', { amount: feeYuan })),
    [t],
  );
}

/** "3 个工作日" / "3 working days". */
export function useWorkingDaysLabel(): (days: number) => string {
  const { t } = useTranslation();
  return useCallback((days: number) => t('catalog.workingDays', { count: days }), [t]);
}
