import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../../../../contracts/evaluations.contract.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { formatCalendarDate } from '../../cases/cases.dates.js';

/** What a rating or task is about, in words: a case, or a hall's window on a day. */
export function useSubjectLabel(): (
  view: Pick<EvaluationView, 'caseNumber' | 'itemName' | 'visit'>,
) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (view) => {
    if (view.caseNumber)
      return t('evaluations.summary.caseSubject', { caseNumber: view.caseNumber, item: view.itemName ?? '' });
    if (view.visit)
      return t('evaluations.summary.visitSubject', {
        hall: view.visit.hallName,
        window: view.visit.window,
        date: formatCalendarDate(view.visit.date, language),
      });
    return '';
  };
}
