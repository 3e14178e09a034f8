import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type LabelGroup = 'eventTypes' | 'roles' | 'channels';

/** Words for coded values in case histories; an unknown code is shown as sent. */
export function useCaseLabel(): (group: LabelGroup, code: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (group: LabelGroup, code: string) => {
      const labels = t(`cases.codes.${group}`, { returnObjects: true }) as Record<string, string>;
      return labels[code] ?? code;
    },
    [t],
  );
}

/** The status word for a status code that may be outside the known set (events carry plain strings). */
export function useStatusLabel(): (status: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (status: string) => {
      const labels = t('cases.status', { returnObjects: true }) as Record<string, string>;
      return labels[status] ?? status;
    },
    [t],
  );
}
