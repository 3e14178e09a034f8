import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type LabelGroup = 'roles' | 'purposes' | 'seen' | 'registries';

/** Words for the coded values of a record; a code the web does not know yet is shown as sent. */
export function useAccessRecordLabel(): (group: LabelGroup, code: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (group: LabelGroup, code: string) => {
      const labels = t(`accessRecords.${group}`, { returnObjects: true }) as Record<string, string>;
      return labels[code] ?? code;
    },
    [t],
  );
}
