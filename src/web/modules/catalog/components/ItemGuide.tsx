import { useTranslation } from 'react-i18next';
import type { ItemView } from '../../../../contracts/catalog.contract.js';

/** 办事指南: conditions, steps, frequently asked questions, consultation and complaints. */
export function ItemGuide({ guide }: { guide: ItemView['guide'] }) {
  const { t } = useTranslation();
  // The guide is written in Chinese only; say so, so an English screen reader switches voice.
  const contentLang = 'zh-CN';
  return (
    <>
      <section className="page-panel" aria-labelledby="guide-conditions">
        <h2 id="guide-conditions">{t('catalog.guide.conditions')}</h2>
        <ol lang={contentLang}>
          {guide.conditions.map((condition) => (
            <li key={condition}>{condition}</li>
          ))}
        </ol>
      </section>
      <section className="page-panel" aria-labelledby="guide-steps">
        <h2 id="guide-steps">{t('catalog.guide.steps')}</h2>
        <ol lang={contentLang}>
          {guide.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      {guide.faq.length > 0 && (
        <section className="page-panel" aria-labelledby="guide-faq">
          <h2 id="guide-faq">{t('catalog.guide.faq')}</h2>
          {guide.faq.map((entry) => (
            <div key={entry.q} lang={contentLang}>
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
          <span lang={contentLang}>{guide.consultation}</span>
        </p>
        <p style={{ marginBottom: 0 }}>
          {t('catalog.guide.complaint')}
          <span lang={contentLang}>{guide.complaint}</span>
        </p>
      </section>
    </>
  );
}
