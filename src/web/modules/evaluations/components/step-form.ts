import { useState } from 'react';
import type { FormInstance } from 'antd';
import type { FieldProblem } from '../../../shared/api/api-error.js';
import { showServerFieldErrors } from '../../../shared/forms/server-errors.js';

/**
 * The server's field errors of a step, placed at the form's fields; what no field shows goes to
 * the summary above the form.
 */
export function useServerErrors(form: FormInstance, fieldNames: readonly (readonly string[])[]) {
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  return {
    unplaced,
    clear: () => setUnplaced([]),
    place: (error: unknown) => setUnplaced(showServerFieldErrors(form, error, fieldNames)),
  };
}
