import { useTranslation } from 'react-i18next';
import type { ItemView } from '../../../../contracts/catalog.contract.js';

type Guide = ItemView['guide'];

// The guide is written in Chinese only; say so, so an English screen reader switches voice.
const CONTENT_LANG = 'zh-CN';

/** 受理条件 */
export function GuideConditions({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  return (
    <section className="page-panel" aria-labelledby="guide-conditions">
      <h2 id="guide-conditions">{t('catalog.guide.conditions')}</h2>
      <ol lang={CONTENT_LANG}>
        {guide.conditions.map((condition) => (
          <li key={condition}>{condition}</li>
        ))}
      </ol>
    </section>
  );
}

/** 办理流程 */
export function GuideSteps({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  return (
    <section className="page-panel" aria-labelledby="guide-steps">
      <h2 id="guide-steps">{t('catalog.guide.steps')}</h2>
      <ol lang={CONTENT_LANG}>
        {guide.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}

/** 常见问题 and 咨询与投诉 */
export function GuideQuestions({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  return (
    <>
      {guide.faq.length > 0 && (
        <section className="page-panel" aria-labelledby="guide-faq">
          <h2 id="guide-faq">{t('catalog.guide.faq')}</h2>
          {guide.faq.map((entry) => (
            <div key={entry.q} lang={CONTENT_LANG}>
              <h3 style={{ fontSize: '1em', marginBottom: 4 }}>{entry.q}</h3>
              <p style={{ marginTop: 0 }}>{entry.a}</p>
            </div>
          ))}
        </section>
      )}
      <section className="page-panel" aria-labelledby="guide-contact">
        <h2 id="guide-contact">{t('catalog.guide.contact')}</h2>
        <p>
          {t('catalog.guide.consultation')}
          <span lang={CONTENT_LANG}>{guide.consultation}</span>
        </p>
        <p style={{ marginBottom: 0 }}>
          {t('catalog.guide.complaint')}
          <span lang={CONTENT_LANG}>{guide.complaint}</span>
        </p>
      </section>
    </>
  );
}
