import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../shared/preferences/use-language.js';
import { formatAxisCount, formatCount, formatDays, formatShare, monthParts } from './statistics.format.js';

/** The dashboard's number formats in the UI language. */
export function useStatisticsFormat() {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(
    () => ({
      language,
      count: (value: number) => formatCount(value, language),
      axisCount: (value: number) => formatAxisCount(value, language),
      share: (value: number | null) => formatShare(value, language, t('statistics.units.none')),
      days: (value: number | null) =>
        value === null
          ? t('statistics.units.none')
          : t('statistics.units.days', { value: formatDays(value, language) }),
      month: (month: string) => t('statistics.month', monthParts(month)),
    }),
    [language, t],
  );
}
