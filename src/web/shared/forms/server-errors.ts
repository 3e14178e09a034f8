import type { FormInstance } from 'antd';
import { ApiError, type FieldProblem } from '../api/api-error.js';

// The server names fields by where they were in the request ("body.idNumber", "form.mobile").
const REQUEST_PARTS = new Set(['body', 'querystring', 'params', 'headers']);

/** The antd name path of a field the server reported. */
export function fieldNamePath(field: string): string[] {
  const parts = field.split('.').filter(Boolean);
  if (parts.length > 1 && REQUEST_PARTS.has(parts[0] ?? '')) parts.shift();
  return parts;
}

/**
 * Shows the server's field errors next to the fields of the form that exist (`fieldNames`,
 * as name paths) and returns the problems no field could show, for a summary above the form.
 */
export function showServerFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly (readonly string[])[],
): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(fieldNames.map((name) => name.join('.')));
  const placed = new Map<string, string[]>();
  const unplaced: FieldProblem[] = [];
  for (const problem of error.fieldProblems) {
    const path = fieldNamePath(problem.field).join('.');
    if (known.has(path)) placed.set(path, [...(placed.get(path) ?? []), problem.message]);
    else unplaced.push(problem);
  }
  form.setFields([...placed].map(([path, errors]) => ({ name: path.split('.'), errors })));
  return unplaced;
}
