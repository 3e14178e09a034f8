import { Alert } from 'antd';
import { ApiError, type FieldProblem } from '../api/api-error.js';
import { useTranslation } from 'react-i18next';

/** The server's title for a failed submit, with the field problems no field could show. */
export function FormErrorSummary({ error, unplaced }: { error: unknown; unplaced: FieldProblem[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const title = error instanceof ApiError ? error.title : t('errors.unexpected');
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={title}
      description={
        unplaced.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {unplaced.map((problem) => (
              <li key={`${problem.field}:${problem.code}`}>{problem.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
