import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

/** First stop of the keyboard: jumps past the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  // Focus <main> directly: changing the hash would go through the router's history.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
      {t('layout.skipToContent')}
    </a>
  );
}
