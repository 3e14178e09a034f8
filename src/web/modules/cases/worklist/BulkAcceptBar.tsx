import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BulkCaseActionResult } from '../../../../contracts/cases.contract.js';
import { ApiError } from '../../../shared/api/api-error.js';
import { useBulkAccept } from './worklist.api.js';

/** 批量受理: the selection's size, a confirmation, then each case's outcome. */
export function BulkAcceptBar({
  selected,
  onDone,
}: {
  selected: ReadonlySet<string>;
  onDone: (result: BulkCaseActionResult) => void;
}) {
  const { t } = useTranslation();
  const accept = useBulkAccept();
  const [confirming, setConfirming] = useState(false);
  const count = selected.size;
  return (
    <div className="worklist-bulk" data-testid="bulk-accept">
      <Space wrap>
        <span aria-live="polite">{t('worklist.bulk.selected', { count })}</span>
        {!confirming && (
          <Button type="primary" disabled={count === 0} onClick={() => setConfirming(true)}>
            {t('worklist.bulk.accept')}
          </Button>
        )}
      </Space>
      {confirming && (
        <Alert
          style={{ marginTop: 8 }}
          type="info"
          title={t('worklist.bulk.confirm', { count })}
          action={
            <Space>
              <Button
                type="primary"
                loading={accept.isPending}
                onClick={() =>
                  accept.mutate([...selected], {
                    onSuccess: (result) => {
                      setConfirming(false);
                      onDone(result);
                    },
                  })
                }
              >
                {t('worklist.bulk.confirmOk')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t('worklist.bulk.cancel')}</Button>
            </Space>
          }
        />
      )}
      {accept.error && (
        <Alert
          style={{ marginTop: 8 }}
          type="error"
          showIcon
          title={accept.error instanceof ApiError ? accept.error.title : t('errors.unexpected')}
        />
      )}
    </div>
  );
}

/** What came of a bulk acceptance: how many went through, and each case that did not, with why. */
export function BulkAcceptOutcome({ result }: { result: BulkCaseActionResult }) {
  const { t } = useTranslation();
  const failures = result.results.filter((r) => !r.ok);
  return (
    <Alert
      role="status"
      data-testid="bulk-outcome"
      style={{ marginBottom: 16 }}
      type={failures.length ? 'warning' : 'success'}
      showIcon
      title={t('worklist.bulk.done', { done: result.done })}
      description={
        failures.length > 0 && (
          <>
            {t('worklist.bulk.failed', { failed: result.failed })}
            <ul>
              {failures.map((r) => (
                <li key={r.caseId}>
                  {t('worklist.bulk.failure', {
                    caseNumber: r.caseNumber ?? r.caseId,
                    problem: r.problem?.title ?? '',
                  })}
                </li>
              ))}
            </ul>
          </>
        )
      }
    />
  );
}
