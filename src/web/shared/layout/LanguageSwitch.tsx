import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n/index.js';
import { useLanguage } from '../preferences/use-language.js';

/** 中文 / English; the button names the other language in that language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const target = language === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="masthead-button"
      lang={target}
      aria-label={t('layout.switchLanguage')}
      onClick={() => void changeLanguage(target)}
    >
      {target === 'en' ? 'English' : '中文'}
    </button>
  );
}
