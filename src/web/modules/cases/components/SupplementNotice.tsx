import { useTranslation } from 'react-i18next';
import type { CaseAction, CaseDetail } from '../../../../contracts/cases.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { CaseActionForm } from './CaseActionForm.js';
import { SupplementItemList } from './SupplementItemList.js';
import './cases.css';

/**
 * The pending 补正 notice (一次性告知): for the applicant, prominent, with everything to supply
 * and the form to say it was supplied; for staff, what the applicant was asked for.
 */
export function SupplementNotice({
  detail,
  onDone,
}: {
  detail: CaseDetail;
  onDone: (action: CaseAction) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pending = detail.pendingSupplement;
  if (!pending) return null;
  const forApplicant = detail.allowedActions.includes('supplement');
  const time = formatDateTime(pending.requestedAt, language);
  const count = pending.items.length;

  return (
    <section
      className={`page-panel supplement-notice${forApplicant ? ' supplement-notice-applicant' : ''}`}
      aria-labelledby="supplement-notice"
      data-testid="supplement-notice"
    >
      <h2 id="supplement-notice">
        {forApplicant ? t('cases.supplement.applicantTitle') : t('cases.supplement.staffTitle')}
      </h2>
      <p>
        {forApplicant
          ? t('cases.supplement.applicantIntro', { org: detail.decidingOrgName, time, count })
          : t('cases.supplement.staffIntro', { time, count })}
      </p>
      <SupplementItemList items={pending.items} />
      {pending.note && <p>{t('cases.supplement.note', { note: pending.note })}</p>}
      {forApplicant && (
        <>
          <h3>{t('cases.actions.supplement')}</h3>
          <CaseActionForm detail={detail} action="supplement" onDone={onDone} />
        </>
      )}
    </section>
  );
}
