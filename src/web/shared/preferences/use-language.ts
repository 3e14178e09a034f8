import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/index.js';

/** The current UI language; re-renders the caller when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}
