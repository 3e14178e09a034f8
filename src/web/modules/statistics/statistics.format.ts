import type { Language } from '../../i18n/index.js';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'zh-CN');

/** A count as people read it: 1,234 (zh-CN groups by thousands too). */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}

/** A count on a chart axis: 1.2万 in Chinese, 12K in English. */
export function formatAxisCount(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { notation: 'compact', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A share from 0 to 1 as a percentage with one decimal: 89.9%. */
export function formatShare(value: number | null, language: Language, none: string): string {
  if (value === null) return none;
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** Working days with at most one decimal (a median may fall between two days). */
export function formatDays(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(value);
}

/** 'YYYY-MM' as 2026年5月 or 5/2026. */
export function monthParts(month: string): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}
