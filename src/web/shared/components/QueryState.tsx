import type { ReactNode } from 'react';
import { Alert, Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.js';

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/** Loading spinner, a readable error with retry, or the children with the loaded data. */
export function QueryState<T>({
  query,
  children,
}: {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    const message = query.error instanceof ApiError ? query.error.title : t('errors.unexpected');
    return (
      <Alert
        type="error"
        showIcon
        title={message}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  return (
    <div role="status" style={{ padding: 32, textAlign: 'center' }}>
      <Spin />
      <span style={{ marginLeft: 12 }}>{t('common.loading')}</span>
    </div>
  );
}
