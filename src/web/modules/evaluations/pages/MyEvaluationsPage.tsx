import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useMyEvaluations } from '../evaluations.api.js';
import { EvaluationSummary } from '../components/EvaluationSummary.js';
import { useSubjectLabel } from '../components/useSubjectLabel.js';

/** /evaluations/mine — the signed-in person's ratings, with how each 差评 was answered. */
export function MyEvaluationsPage() {
  const { t } = useTranslation();
  const ratings = useMyEvaluations();
  const subject = useSubjectLabel();
  return (
    <section className="page-panel">
      <DocumentTitle title={t('evaluations.mine.title')} />
      <h1>{t('evaluations.mine.title')}</h1>
      <p>{t('evaluations.mine.intro')}</p>
      <p>
        <LinkButton to="/evaluations/visit">{t('evaluations.mine.rateVisit')}</LinkButton>
      </p>
      <QueryState query={ratings}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (items.length === 0) return <Empty description={t('evaluations.mine.empty')} />;
          return (
            <>
              <ol className="evaluation-list">
                {items.map((evaluation) => (
                  <li key={evaluation.id} className="evaluation-item">
                    <h2>{subject(evaluation)}</h2>
                    <EvaluationSummary evaluation={evaluation} showRectification />
                  </li>
                ))}
              </ol>
              {ratings.hasNextPage && (
                <Button loading={ratings.isFetchingNextPage} onClick={() => void ratings.fetchNextPage()}>
                  {t('evaluations.mine.loadMore')}
                </Button>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
